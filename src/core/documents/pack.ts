// buildPackPdf: the single entry point that turns PackData into the whole printable pack.
// pdfkit draws every Clearpack page into one document; pdf-lib then appends the attached
// certificate PDFs page by page and places JPEG/PNG certificates on pages. The output is
// deterministic: fixed dates, no random IDs, so the same data gives the same bytes.
import { createHash } from 'node:crypto';
import type { PackData, PackDocumentKind, PackPdf, Paper } from '../../shared/documents';
import { appendFiles, openFile } from '../pdf/attached';
import type { OpenedFile } from '../pdf/attached';
import { Kit, PAPER_SIZES } from './kit';
import { drawBatteryMark, drawBatteryStatement } from './battery';
import { drawCn22, drawCn22Label, drawCn23 } from './cn';
import { drawCover } from './cover';
import type { CoverEntry } from './cover';
import { drawInvoice } from './invoice';
import { drawPackingList } from './packing';
import { drawProductSheet, productKeys } from './product';

export interface PackOptions {
  paper?: Paper;
}

interface Attachment { name: string; certificate: string; file: OpenedFile & { pages: number } }

/** Opens every attached certificate file up front, so the cover can say which ones failed. */
async function openAttachments(d: PackData, skipped: PackPdf['skipped']): Promise<Attachment[]> {
  const out: Attachment[] = [];
  for (const cert of d.certificates ?? []) {
    for (const f of cert.files ?? []) {
      const file = await openFile(f.data);
      if (file.kind !== 'none') out.push({ name: f.name, certificate: `${cert.type} ${cert.number}`, file });
      else if (file.problem === 'corrupt_pdf') skipped.push({ name: f.name, reason: `corrupt or unreadable PDF (${file.detail})`, problem: 'corrupt_pdf' });
      else skipped.push({ name: f.name, reason: 'not a PDF, JPEG or PNG file', problem: 'unsupported' });
    }
  }
  return out;
}

const WHERE = {
  invoice: 'Outside, in the document pouch (3 copies); keep one',
  cn22: 'Outside: affix to the parcel, address side',
  cn23: 'Outside, in the document pouch; keep a copy',
  packing: 'Inside the parcel, on top of the contents',
  product: 'Inside the parcel; keep a copy',
  batteryStatement: 'Outside, in the document pouch',
  batteryMark: 'Outside: cut out and affix next to the address',
  certificates: 'Kept by the seller; show on request',
};

export async function buildPackPdf(d: PackData, opts: PackOptions = {}): Promise<PackPdf> {
  const paper = opts.paper ?? 'A4';
  const date = new Date(`${d.invoiceDate}T00:00:00Z`);
  const skipped: PackPdf['skipped'] = [];
  const attachments = await openAttachments(d, skipped);

  const kit = new Kit({ paper, title: `Shipment pack ${d.reference}`, date, footer: `${d.reference} · ${d.invoiceNumber}` });
  const entries: CoverEntry[] = [];
  const section = (kind: PackDocumentKind, name: string, where: string, draw: () => void, subject?: string) => {
    const first = kit.pageCount + 1;
    draw();
    entries.push({ kind, name, firstPage: first, lastPage: kit.pageCount, where, ...(subject === undefined ? {} : { subject }) });
  };

  kit.page(); // the cover, drawn at the end
  // What a form had to leave out or cut: printed with the preflight's findings on the cover.
  const notes: string[] = [];
  section('invoice', 'Commercial invoice', WHERE.invoice, () => drawInvoice(kit, d));
  if (d.form === 'CN22') {
    section('cn22', 'CN22 customs declaration', WHERE.cn22, () => drawCn22(kit, d, notes));
    section('cn22Label', 'CN22 as 4 × 6 in label', WHERE.cn22, () => drawCn22Label(kit, d));
  } else section('cn23', 'CN23 customs declaration', WHERE.cn23, () => drawCn23(kit, d));
  section('packing', 'Packing list', WHERE.packing, () => drawPackingList(kit, d));
  for (const key of productKeys(d)) section('product', `Product information: ${key}`, WHERE.product, () => drawProductSheet(kit, d, key), key);
  const b = d.batteries;
  if (b) {
    section('batteryStatement', 'Lithium battery statement', WHERE.batteryStatement, () => drawBatteryStatement(kit, d, b));
    section('batteryMark', 'Lithium battery mark', WHERE.batteryMark, () => drawBatteryMark(kit, b));
  }
  let next = kit.pageCount + 1;
  for (const a of attachments) {
    entries.push({ kind: 'certificate', subject: `${a.certificate} (${a.name})`, name: `Certificate ${a.certificate} (${a.name})`, firstPage: next, lastPage: next + a.file.pages - 1, where: WHERE.certificates });
    next += a.file.pages;
  }
  const extra = next - 1 - kit.pageCount;
  drawCover(kit, notes.length ? { ...d, preflight: { result: 'warnings', findings: [...d.preflight.findings, ...notes.map((n) => `Note: ${n}`)] } } : d, entries, skipped);
  entries.unshift({ kind: 'cover', name: 'Cover', firstPage: 1, lastPage: 1, where: 'Kept by the seller' });
  kit.numberPages(extra);
  let bytes = await kit.end();
  const total = next - 1;

  if (attachments.length)
    bytes = await appendFiles(bytes, attachments.map((a) => ({ file: a.file, caption: `${a.certificate} · ${a.name}` })), { pageSize: PAPER_SIZES[paper], date, total });

  return {
    bytes,
    pages: total,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    form: d.form,
    documents: entries.map(({ kind, name, firstPage, lastPage, subject }) => ({ kind, name, firstPage, lastPage, ...(subject === undefined ? {} : { subject }) })),
    skipped,
  };
}

/** The commercial invoice alone (for comparisons and reuse), numbered like the pack. */
export async function buildInvoicePdf(d: PackData, opts: PackOptions = {}): Promise<Uint8Array> {
  const kit = new Kit({ paper: opts.paper ?? 'A4', title: `Invoice ${d.invoiceNumber}`, date: new Date(`${d.invoiceDate}T00:00:00Z`), footer: d.invoiceNumber });
  drawInvoice(kit, d);
  kit.numberPages();
  return kit.end();
}

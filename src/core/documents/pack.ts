// buildPackPdf: the single entry point that turns PackData into the whole printable pack.
// pdfkit draws every Clearpack page into one document; pdf-lib then appends the attached
// certificate PDFs page by page and places JPEG/PNG certificates on pages. The output is
// deterministic: fixed dates, no random IDs, so the same data gives the same bytes.
import { createHash } from 'node:crypto';
import type { PackData, PackDocumentKind, PackFinding, PackPdf, Paper } from '../../shared/documents';
import { documentName, PACK_TEXT } from '../../shared/documents-text';
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

interface Attachment { name: string; certificate: string; typeZh?: string; file: OpenedFile & { pages: number } }

/** Opens every attached certificate file up front, so the cover can say which ones failed. */
async function openAttachments(d: PackData, skipped: PackPdf['skipped']): Promise<Attachment[]> {
  const out: Attachment[] = [];
  for (const cert of d.certificates ?? []) {
    for (const f of cert.files ?? []) {
      const file = await openFile(f.data);
      if (file.kind !== 'none') out.push({ name: f.name, certificate: `${cert.type} ${cert.number}`, typeZh: cert.typeZh, file });
      else if (file.problem === 'corrupt_pdf') skipped.push({ name: f.name, reason: `${PACK_TEXT.en.skippedReason.corrupt_pdf} (${file.detail})`, problem: 'corrupt_pdf' });
      else skipped.push({ name: f.name, reason: PACK_TEXT.en.skippedReason.unsupported, problem: 'unsupported' });
    }
  }
  return out;
}

/** Where each document goes, for the seller and the packer: English and Chinese (printed on the cover). */
const WHERE = {
  cover: { en: 'Kept by the seller', zh: '卖家留存' },
  invoice: { en: 'Outside, in the document pouch (3 copies); keep one', zh: '包裹外，放入单证袋（3 份）；自留 1 份' },
  // The CN 22 comes twice, on A4 and as a 4 × 6 in label: one of them goes on the parcel, not both.
  cn22: { en: 'Outside: affix to the parcel, address side (this or the 4 × 6 in label, not both)', zh: '包裹外：贴在包裹的地址面（此页或 4×6 英寸标签，二选一）' },
  cn22Label: { en: 'Outside: affix to the parcel, address side (this or the A4 CN22, not both)', zh: '包裹外：贴在包裹的地址面（此标签或 A4 版 CN22，二选一）' },
  cn23: { en: 'Outside, in the document pouch; keep a copy', zh: '包裹外，放入单证袋；自留 1 份副本' },
  packing: { en: 'Inside the parcel, on top of the contents', zh: '包裹内，放在内件最上面' },
  product: { en: 'Inside the parcel; keep a copy', zh: '包裹内；自留 1 份副本' },
  batteryStatement: { en: 'Outside, in the document pouch', zh: '包裹外，放入单证袋' },
  batteryMark: { en: 'Outside: cut out and affix next to the address', zh: '包裹外：剪下，贴在地址旁边' },
  certificates: { en: 'Kept by the seller; show on request', zh: '卖家留存；应要求出示' },
} satisfies Record<string, CoverEntry['where']>;

export async function buildPackPdf(d: PackData, opts: PackOptions = {}): Promise<PackPdf> {
  const paper = opts.paper ?? 'A4';
  const date = new Date(`${d.invoiceDate}T00:00:00Z`);
  const skipped: PackPdf['skipped'] = [];
  const attachments = await openAttachments(d, skipped);

  const kit = new Kit({ paper, title: `Shipment pack ${d.reference}`, date, footer: `${d.reference} · ${d.invoiceNumber}` });
  const entries: CoverEntry[] = [];
  // Each document is named by its kind (PACK_TEXT): the English in the pack's record, both on the cover.
  const section = (kind: PackDocumentKind, where: CoverEntry['where'], draw: () => void, subject?: string) => {
    const first = kit.pageCount + 1;
    draw();
    entries.push({ kind, name: documentName(kind, 'en', subject), firstPage: first, lastPage: kit.pageCount, where, ...(subject === undefined ? {} : { subject }) });
  };

  kit.page(); // the cover, drawn at the end
  // What a form had to leave out or cut: printed with the preflight's findings on the cover.
  const notes: PackFinding[] = [];
  section('invoice', WHERE.invoice, () => drawInvoice(kit, d));
  if (d.form === 'CN22') {
    section('cn22', WHERE.cn22, () => drawCn22(kit, d, notes));
    section('cn22Label', WHERE.cn22Label, () => drawCn22Label(kit, d));
  } else section('cn23', WHERE.cn23, () => drawCn23(kit, d));
  section('packing', WHERE.packing, () => drawPackingList(kit, d));
  for (const key of productKeys(d)) section('product', WHERE.product, () => drawProductSheet(kit, d, key), key);
  const b = d.batteries;
  if (b) {
    section('batteryStatement', WHERE.batteryStatement, () => drawBatteryStatement(kit, d, b));
    section('batteryMark', WHERE.batteryMark, () => drawBatteryMark(kit, b));
  }
  let next = kit.pageCount + 1;
  for (const a of attachments) {
    const subject = `${a.certificate} (${a.name})`;
    // the Chinese line names the type only (the number and file are on the English line)
    const zh = a.typeZh ? documentName('certificate', 'zh', a.typeZh) : undefined;
    entries.push({ kind: 'certificate', subject, name: documentName('certificate', 'en', subject), ...(zh ? { zh } : {}), firstPage: next, lastPage: next + a.file.pages - 1, where: WHERE.certificates });
    next += a.file.pages;
  }
  const extra = next - 1 - kit.pageCount;
  // What a form left out is a note (not a warning): it joins the findings, the result stays.
  drawCover(kit, notes.length ? { ...d, preflight: { ...d.preflight, findings: [...d.preflight.findings, ...notes] } } : d, entries, skipped);
  entries.unshift({ kind: 'cover', name: documentName('cover', 'en'), firstPage: 1, lastPage: 1, where: WHERE.cover });
  kit.numberPages(extra, { bilingual: (page) => page === 0 }); // the cover is the seller's
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

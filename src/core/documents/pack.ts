// buildPackPdf: the single entry point that turns PackData into the whole printable pack.
// pdfkit draws every Clearpack page into one document; pdf-lib then appends the attached
// certificate PDFs page by page and places JPEG/PNG certificates on pages. The output is
// deterministic: fixed dates, no random IDs, so the same data gives the same bytes.
import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { PackData, PackPdf, Paper } from '../../shared/documents';
import { Kit, PAPER_SIZES, pageLabel } from './kit';
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

type Attachment =
  | { name: string; certificate: string; kind: 'pdf'; doc: PDFDocument; pages: number }
  | { name: string; certificate: string; kind: 'jpg' | 'png'; data: Uint8Array; pages: 1 };

const isPdf = (b: Uint8Array) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46; // %PDF
const isJpeg = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8;
const isPng = (b: Uint8Array) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;

/** Opens every attached certificate file up front, so the cover can say which ones failed. */
async function openAttachments(d: PackData, skipped: PackPdf['skipped']): Promise<Attachment[]> {
  const out: Attachment[] = [];
  for (const cert of d.certificates ?? []) {
    for (const f of cert.files ?? []) {
      const certificate = `${cert.type} ${cert.number}`;
      if (isPdf(f.data)) {
        try {
          const doc = await PDFDocument.load(f.data, { updateMetadata: false });
          const pages = doc.getPageCount();
          if (pages < 1) throw new Error('no pages');
          out.push({ name: f.name, certificate, kind: 'pdf', doc, pages });
        } catch (e) {
          skipped.push({ name: f.name, reason: `corrupt or unreadable PDF (${(e as Error).message.split('\n')[0]})` });
        }
      } else if (isJpeg(f.data) || isPng(f.data)) {
        out.push({ name: f.name, certificate, kind: isPng(f.data) ? 'png' : 'jpg', data: f.data, pages: 1 });
      } else {
        skipped.push({ name: f.name, reason: 'not a PDF, JPEG or PNG file' });
      }
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
  const section = (name: string, where: string, draw: () => void) => {
    const first = kit.pageCount + 1;
    draw();
    entries.push({ name, firstPage: first, lastPage: kit.pageCount, where });
  };

  kit.page(); // the cover, drawn at the end
  section('Commercial invoice', WHERE.invoice, () => drawInvoice(kit, d));
  if (d.form === 'CN22') {
    section('CN22 customs declaration', WHERE.cn22, () => drawCn22(kit, d));
    section('CN22 as 4 × 6 in label', WHERE.cn22, () => drawCn22Label(kit, d));
  } else section('CN23 customs declaration', WHERE.cn23, () => drawCn23(kit, d));
  section('Packing list', WHERE.packing, () => drawPackingList(kit, d));
  for (const key of productKeys(d)) section(`Product information: ${key}`, WHERE.product, () => drawProductSheet(kit, d, key));
  const b = d.batteries;
  if (b) {
    section('Lithium battery statement', WHERE.batteryStatement, () => drawBatteryStatement(kit, d, b));
    section('Lithium battery mark', WHERE.batteryMark, () => drawBatteryMark(kit, b));
  }
  let next = kit.pageCount + 1;
  for (const a of attachments) {
    entries.push({ name: `Certificate ${a.certificate} (${a.name})`, firstPage: next, lastPage: next + a.pages - 1, where: WHERE.certificates });
    next += a.pages;
  }
  const extra = next - 1 - kit.pageCount;
  drawCover(kit, d, entries, skipped);
  entries.unshift({ name: 'Cover', firstPage: 1, lastPage: 1, where: 'Kept by the seller' });
  kit.numberPages(extra);
  const drawn = kit.pageCount;
  let bytes = await kit.end();
  const total = next - 1;

  if (attachments.length) bytes = await appendAttachments(bytes, attachments, paper, date, total, drawn);

  return {
    bytes,
    pages: total,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    form: d.form,
    documents: entries.map(({ name, firstPage, lastPage }) => ({ name, firstPage, lastPage })),
    skipped,
  };
}

async function appendAttachments(base: Uint8Array, attachments: Attachment[], paper: Paper, date: Date, total: number, drawn: number): Promise<Uint8Array> {
  const out = await PDFDocument.load(base, { updateMetadata: false });
  const font = await out.embedFont(StandardFonts.Helvetica);
  let n = drawn;
  for (const a of attachments) {
    if (a.kind === 'pdf') {
      const pages = await out.copyPages(a.doc, a.doc.getPageIndices());
      for (const p of pages) {
        out.addPage(p);
        stamp(p, font, `${a.certificate} · ${a.name}`, ++n, total);
      }
    } else {
      const [pw, ph] = PAPER_SIZES[paper];
      const page = out.addPage([pw, ph]);
      const img = a.kind === 'png' ? await out.embedPng(a.data) : await out.embedJpg(a.data);
      const margin = 40;
      const s = Math.min((pw - 2 * margin) / img.width, (ph - 2 * margin - 30) / img.height, 1);
      const w = img.width * s;
      const h = img.height * s;
      page.drawImage(img, { x: (pw - w) / 2, y: ph - margin - 20 - h, width: w, height: h });
      stamp(page, font, `${a.certificate} · ${a.name}`, ++n, total);
    }
  }
  out.setCreationDate(date);
  out.setModificationDate(date);
  out.setProducer('Clearpack');
  out.setCreator('Clearpack');
  return out.save({ useObjectStreams: false });
}

/** Caption and "Page N of M" on a merged page (ASCII only: the standard font has no CJK). */
function stamp(page: PDFPage, font: PDFFont, caption: string, n: number, total: number): void {
  const { width } = page.getSize();
  const ascii = (s: string) => s.replace(/[^\x20-\x7e]/g, '?');
  const label = pageLabel(n, total);
  page.drawText(ascii(caption).slice(0, 90), { x: 30, y: 12, size: 7, font, color: rgb(0.3, 0.3, 0.3) });
  page.drawText(label, { x: width - 30 - font.widthOfTextAtSize(label, 7), y: 12, size: 7, font, color: rgb(0.3, 0.3, 0.3) });
}

/** The commercial invoice alone (for comparisons and reuse), numbered like the pack. */
export async function buildInvoicePdf(d: PackData, opts: PackOptions = {}): Promise<Uint8Array> {
  const kit = new Kit({ paper: opts.paper ?? 'A4', title: `Invoice ${d.invoiceNumber}`, date: new Date(`${d.invoiceDate}T00:00:00Z`), footer: d.invoiceNumber });
  drawInvoice(kit, d);
  kit.numberPages();
  return kit.end();
}

// Files the user attached, inside the PDFs we make: one place that tells a file's type by its
// first bytes (never by its name) and merges attached PDFs and images after a drawn document
// (certificates after a customs pack, evidence after a claim letter). pdf-lib does the merging;
// pdfkit (src/core/documents/kit) draws. A folder of its own so that attachments/, claims/ and
// documents/ can all use it without needing each other.
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { AttachmentType } from '../../shared/attachments';

/** The type of a file by its first bytes (16 are enough); null for anything but PDF, PNG, JPEG and WebP. */
export function sniffType(head: Uint8Array): AttachmentType | null {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (b.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}

/** An attached file, opened up front so an index or a cover can say what is merged and where. */
export type OpenedFile =
  | { kind: 'pdf'; doc: PDFDocument; pages: number }
  | { kind: 'jpg' | 'png'; data: Uint8Array; pages: 1 }
  /** `webp`: a real image pdf-lib cannot embed (and we take no native converter). */
  | { kind: 'none'; pages: 0; problem: 'corrupt_pdf' | 'webp' | 'unknown'; detail: string | null };

export async function openFile(data: Uint8Array): Promise<OpenedFile> {
  const type = sniffType(data.subarray(0, 16));
  if (type === 'application/pdf') {
    try {
      const doc = await PDFDocument.load(data, { updateMetadata: false });
      const pages = doc.getPageCount();
      if (pages < 1) throw new Error('no pages');
      return { kind: 'pdf', doc, pages };
    } catch (e) {
      return { kind: 'none', pages: 0, problem: 'corrupt_pdf', detail: (e as Error).message.split('\n')[0] ?? null };
    }
  }
  if (type === 'image/png') return { kind: 'png', data, pages: 1 };
  if (type === 'image/jpeg') return { kind: 'jpg', data, pages: 1 };
  return { kind: 'none', pages: 0, problem: type === 'image/webp' ? 'webp' : 'unknown', detail: null };
}

export interface MergeOptions {
  /** Size of the page an image is placed on, in points. */
  pageSize: [number, number];
  /** Fixed dates: the same input gives the same bytes. */
  date: Date;
  /** Page count of the whole result, for "Page N of M" on each merged page. */
  total: number;
}

/** Appends each file's pages (PDF pages as they are, an image centred on its own page), each stamped with its caption and page number. */
export async function appendFiles(base: Uint8Array, files: { file: OpenedFile; caption: string }[], o: MergeOptions): Promise<Uint8Array> {
  const out = await PDFDocument.load(base, { updateMetadata: false });
  const font = await out.embedFont(StandardFonts.Helvetica);
  let n = out.getPageCount();
  for (const { file, caption } of files) {
    if (file.kind === 'pdf') {
      const pages = await out.copyPages(file.doc, file.doc.getPageIndices());
      for (const p of pages) {
        out.addPage(p);
        stamp(p, font, caption, ++n, o.total);
      }
    } else if (file.kind === 'jpg' || file.kind === 'png') {
      const [pw, ph] = o.pageSize;
      const page = out.addPage([pw, ph]);
      const img = file.kind === 'png' ? await out.embedPng(file.data) : await out.embedJpg(file.data);
      const margin = 40;
      const s = Math.min((pw - 2 * margin) / img.width, (ph - 2 * margin - 30) / img.height, 1);
      const w = img.width * s;
      const h = img.height * s;
      page.drawImage(img, { x: (pw - w) / 2, y: ph - margin - 20 - h, width: w, height: h });
      stamp(page, font, caption, ++n, o.total);
    }
  }
  out.setCreationDate(o.date);
  out.setModificationDate(o.date);
  out.setProducer('Clearpack');
  out.setCreator('Clearpack');
  return out.save({ useObjectStreams: false });
}

/** "Page N of M", on drawn pages (the document kit) and merged ones alike. */
export const pageLabel = (n: number, total: number): string => `Page ${n} of ${total}`;
/** The same in Chinese, for the pages written in both languages (drawn pages only: merged ones are ASCII). */
export const pageLabelZh = (n: number, total: number): string => `第 ${n} 页，共 ${total} 页`;

/** Caption and "Page N of M" on a merged page (ASCII only: the standard font has no CJK). */
function stamp(page: PDFPage, font: PDFFont, caption: string, n: number, total: number): void {
  const { width } = page.getSize();
  const ascii = (s: string) => s.replace(/[^\x20-\x7e]/g, '?');
  const label = pageLabel(n, total);
  page.drawText(ascii(caption).slice(0, 90), { x: 30, y: 12, size: 7, font, color: rgb(0.3, 0.3, 0.3) });
  page.drawText(label, { x: width - 30 - font.widthOfTextAtSize(label, 7), y: 12, size: 7, font, color: rgb(0.3, 0.3, 0.3) });
}

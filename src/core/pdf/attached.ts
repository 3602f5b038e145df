// Files the user attached, inside the PDFs we make: one place that tells a file's type by its
// first bytes (never by its name) and merges attached PDFs and images after a drawn document
// (certificates after a customs pack, evidence after a claim letter). pdf-lib does the merging;
// pdfkit (src/core/documents/kit) draws. A folder of its own so that attachments/, claims/ and
// documents/ can all use it without needing each other.
import { PDFDocument } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import PDFKit from 'pdfkit';
import type { AttachmentType } from '../../shared/attachments';
import { fontObject, runs } from './fonts';
import type { FontName } from './fonts';

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
  /** How a merged page is numbered (default pageLabel: "Page 3 of 9"), in the document's language. */
  label?: (n: number, total: number) => string;
}

/** Appends each file's pages (PDF pages as they are, an image centred on its own page), each stamped with its caption and page number. */
export async function appendFiles(base: Uint8Array, files: { file: OpenedFile; caption: string }[], o: MergeOptions): Promise<Uint8Array> {
  const out = await PDFDocument.load(base, { updateMetadata: false });
  const label = o.label ?? pageLabel;
  const stamps: { page: PDFPage; caption: string; label: string }[] = [];
  let n = out.getPageCount();
  for (const { file, caption } of files) {
    if (file.kind === 'pdf') {
      const pages = await out.copyPages(file.doc, file.doc.getPageIndices());
      for (const p of pages) {
        out.addPage(p);
        stamps.push({ page: p, caption, label: label(++n, o.total) });
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
      stamps.push({ page, caption, label: label(++n, o.total) });
    }
  }
  await stampAll(out, stamps, o.date);
  out.setCreationDate(o.date);
  out.setModificationDate(o.date);
  out.setProducer('Clearpack');
  out.setCreator('Clearpack');
  return out.save({ useObjectStreams: false });
}

/** "Page N of M", on drawn pages (the document kit) and merged ones alike. */
export const pageLabel = (n: number, total: number): string => `Page ${n} of ${total}`;
/** The same in Chinese, for the pages written in both languages and for Chinese letters. */
export const pageLabelZh = (n: number, total: number): string => `第 ${n} 页，共 ${total} 页`;

const STAMP = { size: 7, margin: 30, baseline: 12, color: '#4d4d4d' };

/**
 * The caption and page number at the foot of every merged page, in any script: a file named
 * 包裹照片.png is named so (the standard PDF font has no Chinese, and printed "????.png"). pdfkit
 * draws them with the documents' fonts (each a subset) on an overlay, one page per stamped page of
 * its size, which pdf-lib then lays over each page.
 */
async function stampAll(out: PDFDocument, stamps: { page: PDFPage; caption: string; label: string }[], date: Date): Promise<void> {
  if (stamps.length === 0) return;
  const doc = new PDFKit({ autoFirstPage: false, compress: true, font: null as unknown as string, info: { CreationDate: date, ModDate: date } });
  for (const name of ['sans', 'cjk', 'hangul'] as FontName[]) doc.registerFont(name, fontObject(name) as never);
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const widthOf = (text: string) =>
    runs(text).reduce((w, r) => {
      doc.font(r.font).fontSize(STAMP.size);
      return w + doc.widthOfString(r.text);
    }, 0);
  const draw = (text: string, x: number, y: number) => {
    for (const r of runs(text)) {
      doc.font(r.font).fontSize(STAMP.size).fillColor(STAMP.color);
      doc.text(r.text, x, y, { lineBreak: false });
      x += doc.widthOfString(r.text);
    }
  };
  for (const s of stamps) {
    const { width, height } = s.page.getSize();
    doc.addPage({ size: [width, height], margin: 0 });
    const labelWidth = widthOf(s.label);
    // The caption takes the room the number leaves, cut with an ellipsis when a file's name is long.
    const room = width - 2 * STAMP.margin - labelWidth - 12;
    let caption = s.caption;
    if (widthOf(caption) > room) {
      const chars = [...caption];
      while (chars.length > 1 && widthOf(`${chars.join('')}…`) > room) chars.pop();
      caption = `${chars.join('')}…`;
    }
    // pdfkit measures from the top and places the text's top there: the baseline sits ~STAMP.baseline up from the foot.
    const y = height - STAMP.baseline - STAMP.size;
    draw(caption, STAMP.margin, y);
    draw(s.label, width - STAMP.margin - labelWidth, y);
  }
  doc.end();
  await ended;
  const overlays = await out.embedPdf(Buffer.concat(chunks), stamps.map((_, i) => i));
  stamps.forEach((s, i) => s.page.drawPage(overlays[i]!, { x: 0, y: 0 }));
}

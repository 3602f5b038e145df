// Evidence merged after a claim letter: PDF pages appended as they are, JPEG and PNG images placed
// one per page. pdf-lib cannot embed WebP (and we take no native image converter), so a WebP file
// is listed in the index as not embeddable; an unreadable PDF is listed by name and skipped.
import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { EvidenceEntry } from '../../shared/claims';

export interface EvidenceSource {
  name: string;
  kind: EvidenceEntry['kind'];
  /** Where to read it; null when the file is missing. */
  path: string | null;
}

export type OpenedEvidence =
  | { entry: Omit<EvidenceEntry, 'number' | 'firstPage' | 'lastPage'>; kind: 'pdf'; doc: PDFDocument; pages: number }
  | { entry: Omit<EvidenceEntry, 'number' | 'firstPage' | 'lastPage'>; kind: 'jpg' | 'png'; data: Uint8Array; pages: 1 }
  | { entry: Omit<EvidenceEntry, 'number' | 'firstPage' | 'lastPage'>; kind: 'none'; pages: 0 };

const isPdf = (b: Uint8Array) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46;
const isJpeg = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8;
const isPng = (b: Uint8Array) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
const isWebp = (b: Uint8Array) => b.length > 12 && Buffer.from(b.subarray(0, 4)).toString('latin1') === 'RIFF' && Buffer.from(b.subarray(8, 12)).toString('latin1') === 'WEBP';

/** Opens every piece of evidence up front, so the index can say which ones are merged and where. */
export async function openEvidence(sources: EvidenceSource[]): Promise<OpenedEvidence[]> {
  const out: OpenedEvidence[] = [];
  for (const s of sources) {
    const base = { name: s.name, kind: s.kind };
    let data: Uint8Array;
    try {
      if (!s.path) throw new Error('missing');
      data = new Uint8Array(readFileSync(s.path));
    } catch {
      out.push({ kind: 'none', pages: 0, entry: { ...base, fileType: '?', status: 'unreadable', reason: 'file missing from the data folder' } });
      continue;
    }
    if (isPdf(data)) {
      try {
        const doc = await PDFDocument.load(data, { updateMetadata: false });
        const pages = doc.getPageCount();
        if (pages < 1) throw new Error('no pages');
        out.push({ kind: 'pdf', doc, pages, entry: { ...base, fileType: 'PDF', status: 'merged', reason: null } });
      } catch (e) {
        out.push({ kind: 'none', pages: 0, entry: { ...base, fileType: 'PDF', status: 'unreadable', reason: `corrupt or unreadable PDF (${(e as Error).message.split('\n')[0]}): skipped` } });
      }
    } else if (isJpeg(data) || isPng(data)) {
      out.push({ kind: isPng(data) ? 'png' : 'jpg', data, pages: 1, entry: { ...base, fileType: isPng(data) ? 'PNG' : 'JPEG', status: 'merged', reason: null } });
    } else if (isWebp(data)) {
      out.push({ kind: 'none', pages: 0, entry: { ...base, fileType: 'WebP', status: 'not_embeddable', reason: 'WebP image: not embeddable in a PDF; send the file alongside this letter' } });
    } else {
      out.push({ kind: 'none', pages: 0, entry: { ...base, fileType: '?', status: 'unreadable', reason: 'not a PDF, JPEG, PNG or WebP file: skipped' } });
    }
  }
  return out;
}

/** Page numbers of each piece, counting from the page after the letter's last. */
export function numberEvidence(opened: OpenedEvidence[], letterPages: number): EvidenceEntry[] {
  let next = letterPages + 1;
  return opened.map((o, i) => {
    const first = o.pages ? next : null;
    const last = o.pages ? next + o.pages - 1 : null;
    next += o.pages;
    return { ...o.entry, number: i + 1, firstPage: first, lastPage: last };
  });
}

export async function appendEvidence(base: Uint8Array, opened: OpenedEvidence[], pageSize: [number, number], date: Date, total: number): Promise<Uint8Array> {
  const out = await PDFDocument.load(base, { updateMetadata: false });
  const font = await out.embedFont(StandardFonts.Helvetica);
  let n = out.getPageCount();
  let index = 0;
  for (const o of opened) {
    index++;
    const caption = `Evidence ${index}: ${o.entry.name}`;
    if (o.kind === 'pdf') {
      const pages = await out.copyPages(o.doc, o.doc.getPageIndices());
      for (const p of pages) {
        out.addPage(p);
        stamp(p, font, caption, ++n, total);
      }
    } else if (o.kind === 'jpg' || o.kind === 'png') {
      const [pw, ph] = pageSize;
      const page = out.addPage([pw, ph]);
      const img = o.kind === 'png' ? await out.embedPng(o.data) : await out.embedJpg(o.data);
      const margin = 40;
      const s = Math.min((pw - 2 * margin) / img.width, (ph - 2 * margin - 30) / img.height, 1);
      page.drawImage(img, { x: (pw - img.width * s) / 2, y: ph - margin - 20 - img.height * s, width: img.width * s, height: img.height * s });
      stamp(page, font, caption, ++n, total);
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
  const label = `Page ${n} of ${total}`;
  page.drawText(ascii(caption).slice(0, 90), { x: 30, y: 12, size: 7, font, color: rgb(0.3, 0.3, 0.3) });
  page.drawText(label, { x: width - 30 - font.widthOfTextAtSize(label, 7), y: 12, size: 7, font, color: rgb(0.3, 0.3, 0.3) });
}

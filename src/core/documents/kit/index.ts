// The document kit: the drawing helpers every Clearpack PDF is made of (customs packs today;
// claim letters, incident reports and supplier reviews later). A Kit wraps one pdfkit document
// with buffered pages so that "Page N of M" can be written once the page count is known.
// Coordinates are PDF points (1/72 in); `mm()` converts.
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import bwip from 'bwip-js/generic';
import type { Paper } from '../../../shared/documents';
import type { LetterLanguage } from '../../../shared/consultations';
import { pageLabel, pageLabelZh } from '../../pdf/attached';
import { fontObject, runs } from '../../pdf/fonts';
import type { FontName } from '../../pdf/fonts';
import { localityLines } from './address';

export { money, amount, kg } from './money';

export const mm = (v: number) => (v * 72) / 25.4;

export const PAPER_SIZES: Record<Paper, [number, number]> = {
  A4: [595.28, 841.89],
  Letter: [612, 792],
};

/** 4 × 6 in shipping label. */
export const LABEL_SIZE: [number, number] = [288, 432];

export const MARGIN = 40;
const FOOTER = 24;

export interface TextOptions {
  width?: number;
  size?: number;
  bold?: boolean;
  align?: 'left' | 'right' | 'center';
  color?: string;
  lineGap?: number;
}

export interface Column {
  header: string;
  /** Width in points. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface KitOptions {
  paper: Paper;
  title: string;
  /** Fixed creation date: the same input must give the same bytes. */
  date: Date;
  /** Printed left in every footer, e.g. the shipment reference. */
  footer?: string;
  /** Pages numbered in English and Chinese ("Page 1 of 3 · 第 1 页，共 3 页"): a document for the seller, not for customs. */
  bilingual?: boolean;
  /** The language of the kit's own words (page numbers, "(continued)"): a letter written in Chinese says them in Chinese. Default 'en'. */
  language?: LetterLanguage;
}

export class Kit {
  readonly doc: PDFKit.PDFDocument;
  readonly paper: Paper;
  private readonly chunks: Uint8Array[] = [];
  private readonly ended: Promise<void>;
  private readonly footer: string;
  private readonly bilingual: boolean;
  private readonly language: LetterLanguage;
  /** The heading of the document being drawn, repeated on each page it continues onto (`continuesAs`). */
  private running: { title: string; reference: string } | null = null;

  constructor(opts: KitOptions) {
    this.paper = opts.paper;
    this.footer = opts.footer ?? '';
    this.bilingual = opts.bilingual ?? false;
    this.language = opts.language ?? 'en';
    this.doc = new PDFDocument({
      size: PAPER_SIZES[opts.paper],
      margin: MARGIN,
      bufferPages: true,
      autoFirstPage: false,
      compress: true,
      // No default Helvetica: pdfkit would read and parse its AFM file for every document, and
      // every text here sets one of our fonts first.
      font: null as unknown as string,
      info: {
        Title: opts.title,
        Producer: 'Clearpack',
        Creator: 'Clearpack',
        CreationDate: opts.date,
        ModDate: opts.date,
      },
    });
    for (const name of ['sans', 'sans-bold', 'cjk', 'hangul'] as FontName[]) this.doc.registerFont(name, fontObject(name) as never);
    fastStreams(this.doc);
    this.doc.on('data', (c: Uint8Array) => this.chunks.push(c));
    this.ended = new Promise((resolve) => this.doc.on('end', () => resolve()));
  }

  get pageWidth() {
    return this.doc.page.width;
  }
  get pageHeight() {
    return this.doc.page.height;
  }
  /** Usable width between the margins. */
  get contentWidth() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get left() {
    return this.doc.page.margins.left;
  }
  get top() {
    return this.doc.page.margins.top;
  }
  /** Lowest y that content may reach (the footer lives below). */
  get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom - FOOTER;
  }
  get y() {
    return this.doc.y;
  }
  set y(v: number) {
    this.doc.y = v;
  }
  /** Number of pages drawn so far. */
  get pageCount() {
    return this.doc.bufferedPageRange().count;
  }

  /** A new page on the pack's paper (or another size, e.g. the 4×6 in label): a new document, so no running heading until it says one. */
  page(size?: [number, number], margin = MARGIN): void {
    this.running = null;
    this.addPage(size ?? PAPER_SIZES[this.paper], margin);
  }

  private addPage(size: [number, number], margin: number): void {
    this.doc.addPage({ size, margin });
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  /** The kit's word for a document or table carried over to another page, in its language. */
  get continued(): string {
    return this.language === 'zh' ? '（续）' : '(continued)';
  }

  /**
   * From here until the next `page()`, every page the document breaks onto starts with its title,
   * "(continued)" and its reference (e.g. the invoice and shipment numbers), so a page read alone
   * still says what it belongs to.
   */
  continuesAs(title: string, reference: string): void {
    this.running = { title, reference };
  }

  /** Starts a new page when fewer than `height` points are left (with the running heading, if any). Returns true if it did. */
  ensure(height: number): boolean {
    if (this.doc.y + height <= this.bottom) return false;
    this.addPage([this.pageWidth, this.pageHeight], this.doc.page.margins.top);
    if (this.running) this.runningHeading(this.running);
    return true;
  }

  /** "COMMERCIAL INVOICE (continued)" on the left, the reference on the right, and a rule. */
  private runningHeading(r: { title: string; reference: string }): void {
    const x = this.left;
    const y = this.top;
    const w = this.contentWidth;
    const title = `${r.title}${this.language === 'zh' ? '' : ' '}${this.continued}`;
    const tw = Math.min(w * 0.55, this.widthOf(title, { size: 11, bold: true }) + 1);
    const h = this.text(title, x, y, { size: 11, bold: true, width: tw });
    const rh = this.text(r.reference, x + tw + 12, y + 1, { size: 8.5, width: w - tw - 12, align: 'right' });
    const bottom = y + Math.max(h, rh + 1) + 3;
    this.doc.moveTo(x, bottom).lineTo(x + w, bottom).lineWidth(0.8).strokeColor('black').stroke();
    this.doc.y = bottom + 8;
  }

  // ---- text ----

  /**
   * Selects a font. The font's shaped words (fontkit layout, the costliest part of drawing text)
   * are kept per process rather than per document: every pack re-prints the same words.
   */
  private font(name: FontName): void {
    this.doc.font(name);
    shareLayouts((this.doc as unknown as { _font: EmbeddedFontLike })._font);
  }

  /** Height `text` takes at `width` (mixed scripts measured with the CJK font, which is wider). */
  heightOf(text: string, width: number, o: TextOptions = {}): number {
    if (!text) return 0;
    const size = o.size ?? 9;
    const lineGap = o.lineGap ?? 0;
    const key = `${o.bold ? 1 : 0}|${size}|${width}|${lineGap}|${text}`;
    const known = heights.get(key);
    if (known !== undefined) return known;
    const r = runs(text, o.bold);
    this.font(r.length === 1 ? r[0]!.font : 'cjk');
    this.doc.fontSize(size);
    const h = this.doc.heightOfString(text, { width, lineGap });
    if (heights.size >= CACHE_LIMIT) heights.clear();
    heights.set(key, h);
    return h;
  }

  widthOf(text: string, o: TextOptions = {}): number {
    let w = 0;
    for (const r of runs(text, o.bold)) {
      this.font(r.font);
      w += this.doc.fontSize(o.size ?? 9).widthOfString(r.text);
    }
    return w;
  }

  /**
   * Draws text at (x, y), wrapped at `width`, each script in a font that has it. Returns the
   * height used. Never breaks the page by itself: callers `ensure()` space first.
   */
  text(text: string, x: number, y: number, o: TextOptions = {}): number {
    if (!text) return 0;
    const doc = this.doc;
    const width = o.width ?? this.contentWidth - (x - this.left);
    const saveBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // no automatic page break
    doc.fontSize(o.size ?? 9).fillColor(o.color ?? 'black');
    let ly = y;
    // One chain of runs per line: pdfkit's `continued` text does not carry explicit newlines well.
    const lineGap = o.lineGap ?? 0;
    const align = o.align ?? 'left';
    for (const line of text.split('\n')) {
      const parts = runs(line || ' ', o.bold);
      if (parts.length === 1) {
        // One font and (usually) one line: when it fits, draw it without pdfkit's line wrapper,
        // which measures every word again. Same position and line advance as the wrapper's.
        this.font(parts[0]!.font);
        const w = doc.widthOfString(parts[0]!.text);
        if (w <= width) {
          const dx = align === 'right' ? width - doc.widthOfString(parts[0]!.text.trimEnd()) : align === 'center' ? (width - w) / 2 : 0;
          doc.text(parts[0]!.text, x + dx, ly, { lineBreak: false, lineGap });
          ly += doc.currentLineHeight(true) + lineGap;
          doc.y = ly;
          continue;
        }
      } else if (align !== 'left') {
        // Several fonts on one right-aligned or centred line: pdfkit aligns each `continued` piece
        // on its own (they overlap), so when the line fits, the runs are placed one after the other.
        const runWidths = parts.map((p) => {
          this.font(p.font);
          return doc.widthOfString(p.text);
        });
        const total = runWidths.reduce((s, v) => s + v, 0);
        if (total <= width) {
          let px = x + (align === 'right' ? width - total : (width - total) / 2);
          let lh = 0;
          parts.forEach((p, i) => {
            this.font(p.font);
            doc.text(p.text, px, ly, { lineBreak: false, lineGap });
            lh = Math.max(lh, doc.currentLineHeight(true));
            px += runWidths[i]!;
          });
          ly += lh + lineGap;
          doc.y = ly;
          continue;
        }
      }
      parts.forEach((p, i) => {
        const opts = { width, align: o.align ?? 'left', lineGap: o.lineGap ?? 0, continued: i < parts.length - 1 };
        this.font(p.font);
        if (i === 0) doc.text(p.text, x, ly, opts);
        else doc.text(p.text, opts);
      });
      ly = doc.y;
    }
    doc.page.margins.bottom = saveBottom;
    doc.fillColor('black');
    const used = doc.y - y;
    return used;
  }

  /**
   * `parts` joined with `sep` on as few lines of `width` as they fit, each part whole on one line:
   * a line breaks between two parts, where the separator is left out (no line starts or ends with it).
   */
  joinWhole(parts: string[], width: number, o: TextOptions = {}, sep = ' · '): string {
    const lines: string[] = [];
    for (const part of parts) {
      const last = lines.at(-1);
      if (last !== undefined && this.widthOf(`${last}${sep}${part}`, o) <= width) lines[lines.length - 1] = `${last}${sep}${part}`;
      else lines.push(part);
    }
    return lines.join('\n');
  }

  /** A paragraph at the current position, breaking the page first if it does not fit. */
  paragraph(text: string, o: TextOptions = {}, gap = 4): void {
    const width = o.width ?? this.contentWidth;
    this.ensure(this.heightOf(text, width, o));
    this.doc.y += this.text(text, this.left, this.doc.y, { ...o, width }) + gap;
  }

  heading(text: string, size = 11): void {
    this.ensure(size * 3);
    this.doc.y += 4;
    this.doc.y += this.text(text, this.left, this.doc.y, { size, bold: true }) + 3;
  }

  // ---- blocks ----

  /** Document title with up to a few right-aligned key lines (number, date), and a rule. */
  header(title: string, subtitle?: string, right: string[] = []): void {
    const x = this.left;
    const y = this.top;
    const w = this.contentWidth;
    let h = this.text(title, x, y, { size: 17, bold: true, width: w * 0.6 });
    if (subtitle) h += this.text(subtitle, x, y + h, { size: 9, color: '#444', width: w * 0.6 });
    let rh = 0;
    for (const line of right) rh += this.text(line, x + w * 0.55, y + rh, { size: 9, width: w * 0.45, align: 'right' });
    const bottom = y + Math.max(h, rh) + 4;
    this.doc.moveTo(x, bottom).lineTo(x + w, bottom).lineWidth(1.2).strokeColor('black').stroke();
    this.doc.y = bottom + 10;
  }

  /** A labelled address with its tax IDs, in a box. Returns the height. */
  /**
   * A party's box: label, name, address lines, tax ids. Returns its height. `frame: false` draws the
   * text only, so boxes side by side can be framed at their common height with `frame()` (drawing a
   * block twice left the first, shorter frame's bottom as a stray line inside the box).
   */
  addressBlock(label: string, p: AddressLike, x: number, y: number, width: number, o: { height?: number; phone?: string; frame?: boolean } = {}): number {
    const pad = 5;
    const lines = addressLines(p, o.phone);
    let h = pad + this.text(label, x + pad, y + pad, { size: 7, bold: true, color: '#555', width: width - 2 * pad }) + 1;
    h += this.text(p.name, x + pad, y + h, { size: 10, bold: true, width: width - 2 * pad });
    for (const line of lines) h += this.text(line, x + pad, y + h, { size: 9, width: width - 2 * pad });
    const ids = taxIds(p);
    if (ids.length) h += 2;
    for (const id of ids) h += this.text(id, x + pad, y + h, { size: 8.5, bold: true, width: width - 2 * pad });
    h += pad;
    const boxH = Math.max(h, o.height ?? 0);
    if (o.frame !== false) this.frame(x, y, width, boxH);
    return boxH;
  }

  /** A box's thin black frame. */
  frame(x: number, y: number, width: number, height: number): void {
    this.doc.rect(x, y, width, height).lineWidth(0.6).strokeColor('#000').stroke();
  }

  /** Label/value pairs in two aligned columns. Returns the height. */
  keyValues(pairs: [string, string][], x: number, y: number, width: number, labelWidth = width * 0.4, size = 9): number {
    let h = 0;
    for (const [k, v] of pairs) {
      const lh = Math.max(this.heightOf(k, labelWidth - 4, { size, bold: true }), this.heightOf(v || '—', width - labelWidth, { size }));
      this.text(k, x, y + h, { size, bold: true, width: labelWidth - 4, color: '#333' });
      this.text(v || '—', x + labelWidth, y + h, { size, width: width - labelWidth });
      h += lh + 2;
    }
    return h;
  }

  /**
   * A table from the current position. Long cells wrap; a row that does not fit moves to the
   * next page, where the header row is drawn again. Cells may be strings or several lines.
   */
  table(columns: Column[], rows: (string | string[])[][], o: { size?: number; x?: number; zebra?: boolean; keepWithLast?: number } = {}): void {
    const size = o.size ?? 8.5;
    const pad = 3;
    const x0 = o.x ?? this.left;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const rowHeight = (cells: string[], bold: boolean) => this.rowHeight(columns, cells, size, bold);

    const headerCells = columns.map((c) => c.header);
    const headerH = rowHeight(headerCells, true);
    const drawRow = (cells: string[], h: number, bold: boolean, fill?: string) => {
      const y = this.doc.y;
      if (fill) this.doc.rect(x0, y, total, h).fillColor(fill).fill().fillColor('black');
      let x = x0;
      cells.forEach((c, i) => {
        const col = columns[i]!;
        this.text(c, x + pad, y + pad, { size, bold, width: col.width - 2 * pad, align: col.align });
        x += col.width;
      });
      this.doc.lineWidth(0.5).strokeColor('#000');
      this.doc.rect(x0, y, total, h).stroke();
      x = x0;
      for (const col of columns.slice(0, -1)) {
        x += col.width;
        this.doc.moveTo(x, y).lineTo(x, y + h).stroke();
      }
      this.doc.y = y + h;
    };
    const drawHeader = () => drawRow(headerCells, headerH, true, '#e6e6e6');

    // What follows the table (e.g. the totals) goes with the last row: `keepWithLast` points more.
    const after = (ri: number) => (ri === rows.length - 1 && o.keepWithLast ? o.keepWithLast + 6 : 0);
    // A single row is the last one: the header waits for it (and what follows) rather than stand alone.
    this.ensure(headerH + (rows.length === 1 ? Math.max(20, rowHeight(rows[0]!.map(cellText), false) + after(0)) : 20));
    drawHeader();
    rows.forEach((row, ri) => {
      const cells = row.map(cellText);
      const h = rowHeight(cells, false);
      if (this.ensure(h + after(ri))) {
        // A page with a running heading already says "(continued)".
        if (!this.running) {
          this.text(this.continued, x0, this.doc.y, { size: 7, color: '#555' });
          this.doc.y += 10;
        }
        drawHeader();
      }
      drawRow(cells, h, false, o.zebra && ri % 2 ? '#f6f6f6' : undefined);
    });
    this.doc.y += 6;
  }

  /** The height table() takes for these rows when they fit on the current page (the gap after included). */
  tableHeight(columns: Column[], rows: (string | string[])[][], o: { size?: number } = {}): number {
    const size = o.size ?? 8.5;
    const header = this.rowHeight(columns, columns.map((c) => c.header), size, true);
    return rows.reduce((h, row) => h + this.rowHeight(columns, row.map(cellText), size, false), header) + 6;
  }

  private rowHeight(columns: Column[], cells: string[], size: number, bold: boolean): number {
    const pad = 3;
    return Math.max(...cells.map((c, i) => this.heightOf(c, columns[i]!.width - 2 * pad, { size, bold }))) + 2 * pad;
  }

  /** The room `signature()` keeps together for this declaration. */
  signatureHeight(declaration: string): number {
    // What signature() draws: the declaration, its 10 pt gap, 26 pt to the lines, 20 pt of labels under
    // them (+2 of slack). It asked for 80: a review whose signature fitted went alone onto a page 2.
    return this.heightOf(declaration, this.contentWidth) + 58;
  }

  /** Declaration text, then signature line with name, title, place and date (labelled in the document's words, `colon` after a label: by default "：" after one that ends in Chinese, else ": "). */
  signature(
    declaration: string,
    s: { name: string; title: string; place?: string | null; date: string },
    labels: { signature: string; title: string; placeAndDate: string; colon?: string } = { signature: 'Signature', title: 'Title', placeAndDate: 'Place and date' },
  ): void {
    const w = this.contentWidth;
    this.ensure(this.signatureHeight(declaration));
    this.paragraph(declaration, { size: 9 }, 10);
    const y = this.doc.y + 26;
    const x = this.left;
    const col = (w - 20) / 3;
    this.doc.lineWidth(0.6).strokeColor('#000');
    this.doc.moveTo(x, y).lineTo(x + col, y).stroke();
    this.doc.moveTo(x + col + 10, y).lineTo(x + 2 * col + 10, y).stroke();
    this.doc.moveTo(x + 2 * col + 20, y).lineTo(x + w, y).stroke();
    this.text(`${labels.signature} — ${s.name}`, x, y + 3, { size: 8, width: col });
    const say = (label: string, value: string) => (labels.colon === undefined ? labelled(label, value) : `${label}${labels.colon}${value}`);
    this.text(say(labels.title, s.title), x + col + 10, y + 3, { size: 8, width: col });
    this.text(say(labels.placeAndDate, [s.place, s.date].filter(Boolean).join(', ')), x + 2 * col + 20, y + 3, { size: 8, width: col });
    this.doc.y = y + 20;
  }

  /** Code 128 (encoded by bwip-js) drawn as vector bars, with the text under it. Returns height. */
  barcode(value: string, x: number, y: number, width: number, height: number, caption = true): number {
    const [sym] = bwip.raw({ bcid: 'code128', text: value }) as { sbs: number[] }[];
    const sbs = sym!.sbs;
    const modules = sbs.reduce((s, v) => s + v, 0);
    const unit = width / modules;
    let cx = x;
    this.doc.fillColor('black');
    sbs.forEach((w, i) => {
      if (i % 2 === 0) this.doc.rect(cx, y, w * unit, height);
      cx += w * unit;
    });
    this.doc.fill();
    if (!caption) return height;
    return height + 2 + this.text(value, x, y + height + 2, { size: 9, width, align: 'center' });
  }

  /** A checkbox, ticked or not, with its label. */
  checkbox(label: string, checked: boolean, x: number, y: number, size = 8): number {
    this.doc.lineWidth(0.6).strokeColor('#000').rect(x, y + 1, size, size).stroke();
    if (checked) {
      this.doc
        .moveTo(x + 1.5, y + 1 + size / 2)
        .lineTo(x + size / 2.5, y + size - 0.5)
        .lineTo(x + size - 1, y + 2.5)
        .lineWidth(1.2)
        .stroke();
    }
    return this.text(label, x + size + 4, y, { size: size + 0.5, width: 200 });
  }

  /**
   * Writes "Page N of M" (and the footer text) on every page. `extraPages` are pages appended
   * later (merged certificates), counted in M and numbered by the merger. Pages of a bilingual
   * document, and those `bilingual` picks (a pack's cover), say it in Chinese too.
   */
  numberPages(extraPages = 0, o: { bilingual?: (pageIndex: number) => boolean } = {}): void {
    const { start, count } = this.doc.bufferedPageRange();
    const total = count + extraPages;
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const p = this.doc.page;
      const small = p.width < 300;
      const y = p.height - (small ? 7.5 : 28);
      const saveBottom = p.margins.bottom;
      p.margins.bottom = 0;
      const w = p.width - 2 * (small ? 10 : MARGIN);
      const x = small ? 10 : MARGIN;
      if (this.footer && !small) this.text(this.footer, x, y, { size: 7.5, width: w / 2, color: '#555' });
      const both = !small && (this.bilingual || (o.bilingual?.(i - start) ?? false));
      const label = both ? `${pageLabel(i + 1, total)} · ${pageLabelZh(i + 1, total)}` : this.language === 'zh' ? pageLabelZh(i + 1, total) : pageLabel(i + 1, total);
      this.text(label, x, y, { size: small ? 5.5 : 7.5, width: w, align: 'right', color: '#555' });
      p.margins.bottom = saveBottom;
    }
  }

  /** Ends the document and returns its bytes. */
  async end(): Promise<Uint8Array> {
    this.doc.end();
    await this.ended;
    return Buffer.concat(this.chunks);
  }
}

/** A table cell's text: several lines joined. */
const cellText = (c: string | string[]) => (Array.isArray(c) ? c.filter(Boolean).join('\n') : c);

// ---- caches shared by every document of the process ----

const CACHE_LIMIT = 50_000;
/** Text heights by bold|size|width|lineGap|text: measuring wraps the text, as costly as drawing it. */
const heights = new Map<string, number>();

interface LayoutRun {
  advanceWidth: number;
}
interface EmbeddedFontLike {
  font: object;
  layoutRun(text: string): LayoutRun;
  layoutCached(text: string): LayoutRun;
  shared?: true;
}
/** Shaped words per fontkit font (pdfkit keeps them per document only). */
const layouts = new WeakMap<object, Map<string, LayoutRun>>();

function shareLayouts(f: EmbeddedFontLike): void {
  if (f.shared) return;
  shareSubsets(f as unknown as EmbeddedFontWithSubset);
  let cache = layouts.get(f.font);
  if (!cache) layouts.set(f.font, (cache = new Map()));
  const words = cache;
  // pdfkit's layoutRun scales positions by the font's units per em, the same for every document
  // using this font, and never changes a cached run afterwards, so the runs can be shared.
  f.layoutCached = (text: string) => {
    let run = words.get(text);
    if (!run) {
      run = f.layoutRun(text);
      if (words.size >= CACHE_LIMIT) words.clear();
      words.set(text, run);
    }
    return run;
  };
  f.shared = true;
}

interface StreamRef {
  compress: boolean;
  buffer: Uint8Array[];
  data: Record<string, unknown>;
  finalize(): void;
  write(chunk: string | Uint8Array): void;
  /** Bytes already deflated (a cached font subset): written as they are. */
  deflated?: Uint8Array;
}

/**
 * Streams are deflated at level 1 instead of zlib's default 6: several times faster, and the
 * packs stay far below their size goal. pdfkit has no option for the level, so each stream
 * object of this document deflates itself when it is written.
 */
function fastStreams(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as { ref(data?: object): StreamRef };
  const ref = d.ref.bind(d);
  const w = doc as unknown as { _write(data: string | Uint8Array): void };
  const write = w._write.bind(w);
  w._write = (data: string | Uint8Array) => write(typeof data === 'string' ? Buffer.from(data + '\n', 'latin1') : data);
  d.ref = (data?: object) => {
    const r = ref(data);
    if (!r.compress) return r;
    r.compress = false;
    // Page content arrives as many small strings (one per drawing operator); pdfkit turns each
    // into bytes with a JavaScript loop. Collect them and convert once, natively (latin1 keeps
    // the low byte of each code unit, as pdfkit does).
    let text = '';
    const flush = () => {
      if (text) r.buffer.push(Buffer.from(text, 'latin1'));
      text = '';
    };
    r.write = (chunk: string | Uint8Array) => {
      if (typeof chunk === 'string') text += chunk + '\n';
      else {
        flush();
        r.buffer.push(chunk);
      }
    };
    const finalize = r.finalize;
    r.finalize = function (this: StreamRef) {
      flush();
      if (this.deflated) this.buffer = [this.deflated];
      else if (this.buffer.length) this.buffer = [deflateSync(this.buffer.length === 1 ? this.buffer[0]! : Buffer.concat(this.buffer), { level: 1 })];
      if (this.buffer.length) this.data.Filter = 'FlateDecode';
      finalize.call(this);
    };
    return r;
  };
}

interface EmbeddedFontWithSubset {
  /** The fontkit font, shared by every document of the process (fonts.ts); `_glyphs` its glyph objects by id. */
  font: { _glyphs: Record<number, unknown> };
  document: { ref(data?: object): StreamRef };
  subset: { glyphs: number[]; encode(): Uint8Array };
  embed(): void;
}
/** Deflated font subsets per fontkit font, by the glyph ids in subset order. */
const subsets = new WeakMap<object, Map<string, Uint8Array>>();
const SUBSET_LIMIT = 200;

/**
 * Subsetting a font (reading and re-encoding every glyph, then deflating it) is the costliest
 * part of ending a document. The same glyphs in the same order give the same subset bytes, so
 * they are kept per process: a document that prints the same characters as an earlier one reuses
 * them.
 */
function shareSubsets(f: EmbeddedFontWithSubset): void {
  let cache = subsets.get(f.font);
  if (!cache) subsets.set(f.font, (cache = new Map()));
  const known = cache;
  const embed = f.embed;
  f.embed = function (this: EmbeddedFontWithSubset) {
    const key = this.subset.glyphs.join(',');
    const font = this.font;
    const doc = this.document;
    const ref = doc.ref;
    const encode = this.subset.encode.bind(this.subset);
    // pdfkit's embed() first creates the font file stream, then writes encode()'s bytes to it.
    doc.ref = (data?: object) => {
      doc.ref = ref;
      const r = ref.call(doc, data);
      let bytes = known.get(key);
      if (!bytes) {
        bytes = deflateSync(encodeForgetting(font, encode), { level: 1 });
        if (known.size >= SUBSET_LIMIT) known.clear();
        known.set(key, bytes);
      }
      r.deflated = bytes;
      return r;
    };
    this.subset.encode = () => new Uint8Array(0);
    try {
      embed.call(this);
    } finally {
      doc.ref = ref;
    }
  };
}

/**
 * Encodes a subset, then forgets the glyphs the subsetter created. It adds the glyphs a composite
 * glyph is built from (the period inside "·" and "…") without their characters, and fontkit keeps
 * a glyph as it was first created: since the font is shared by every document of the process, a
 * later document printing that glyph would map it to no text (its "." read back as nothing).
 */
function encodeForgetting(font: EmbeddedFontWithSubset['font'], encode: () => Uint8Array): Uint8Array {
  const known = new Set(Object.keys(font._glyphs));
  const bytes = encode();
  for (const id of Object.keys(font._glyphs)) if (!known.has(id)) delete font._glyphs[Number(id)];
  return bytes;
}

/** The colon after a label: "：" (no space) after one that ends in Chinese, ": " after any other. */
export const colonAfter = (label: string) => (/[\p{sc=Han}\u3000-\u303f\uff00-\uffef]$/u.test(label) ? '：' : ': ');

/** "Label: value", "发票日期：2025-03-14", "Invoice date · 发票日期：2025-03-14". */
export const labelled = (label: string, value: string) => `${label}${colonAfter(label)}${value}`;

export { pageLabel } from '../../pdf/attached';
export { localityLines } from './address';

export interface AddressLike {
  name: string;
  company?: string | null;
  addressLines: string[];
  city: string;
  postalCode?: string | null;
  region?: string | null;
  country: string;
  phone?: string | null;
  email?: string | null;
  eori?: string | null;
  ioss?: string | null;
  vat?: string | null;
  otherTaxId?: string | null;
}

const regionNames: Record<LetterLanguage, Intl.DisplayNames> = { en: new Intl.DisplayNames(['en'], { type: 'region' }), zh: new Intl.DisplayNames(['zh-Hans'], { type: 'region' }) };
/** A country's name in the document's language ("United States", "美国"); the code itself when unknown. */
export const countryName = (code: string, language: LetterLanguage = 'en') => {
  try {
    return regionNames[language].of(code) ?? code;
  } catch {
    return code;
  }
};

/** "United States (US)", "美国（US）": the name in the document's language, then the code in its parentheses. */
export const countryAndCode = (code: string, language: LetterLanguage = 'en') => inParentheses(countryName(code, language), code, language);

/** "name (aside)" in English, "名称（aside）" in Chinese: a Chinese text takes full-width parentheses, with no space. */
export const inParentheses = (text: string, aside: string, language: LetterLanguage = 'en') => (language === 'zh' ? `${text}（${aside}）` : `${text} (${aside})`);

/**
 * The address's lines under its name, on every document that prints one: the company, the street
 * lines as typed, the locality lines in the country's postal order (./address), the country
 * ("United States (US)" in `language`), the telephone (labelled `phone`: "Tel. 电话" on a bilingual
 * page) and the e-mail. No country line when the country is not known.
 */
export function addressLines(p: AddressLike, phone = 'Tel.', language: LetterLanguage = 'en'): string[] {
  return [
    p.company ?? '',
    ...p.addressLines,
    ...localityLines(p),
    p.country ? countryAndCode(p.country, language) : '',
    p.phone ? `${phone} ${p.phone}` : '',
    p.email ?? '',
  ].filter(Boolean);
}

/** The seller profile's address (its fields may be empty) as an AddressLike, for the letters that print it. */
export const profileAddress = (p: { addressLines: string[]; city: string | null; postcode: string | null; state: string | null; country: string | null; phone: string | null; email: string | null }): AddressLike => ({
  name: '',
  addressLines: p.addressLines,
  city: p.city ?? '',
  postalCode: p.postcode,
  region: p.state,
  country: p.country ?? '',
  phone: p.phone,
  email: p.email,
});

export function taxIds(p: AddressLike): string[] {
  return [
    p.eori ? `EORI: ${p.eori}` : '',
    p.ioss ? `IOSS: ${p.ioss}` : '',
    p.vat ? `VAT: ${p.vat}` : '',
    p.otherTaxId ? `Tax ID: ${p.otherTaxId}` : '',
  ].filter(Boolean);
}

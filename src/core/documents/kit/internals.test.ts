// The document kit hooks pdfkit internals to stay fast (README, "how the document kit stays fast"):
// `doc.ref()` stream objects (compress, buffer, data, write, finalize) for level-1 deflate,
// `doc._write` for native latin1 conversion, and the embedded font's `embed`, `subset`,
// `layoutRun`/`layoutCached` for shared font subsets and shaped words. pdfkit is pinned exactly
// in package.json; these tests fail when an upgrade changes what the kit relies on, before a
// customer's pack silently changes.
import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontObject } from '../../pdf/fonts';
import { Kit } from './index';

const date = new Date('2026-11-21T00:00:00Z');

function rawDoc(): PDFKit.PDFDocument {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true, font: null as unknown as string });
  doc.registerFont('sans', fontObject('sans') as never);
  doc.addPage();
  doc.font('sans');
  return doc;
}

async function kitDocument(text: string): Promise<Uint8Array> {
  const kit = new Kit({ paper: 'A4', title: 'Internals', date, footer: 'INT-1' });
  kit.page();
  kit.text(text, kit.left, kit.top, { size: 12 });
  kit.text('蓝牙耳机 — 한국어', kit.left, kit.top + 40, { size: 12 });
  kit.numberPages(0);
  return kit.end();
}

/** Every stream object of a PDF: its number, dictionary and raw bytes. */
function streams(pdf: Uint8Array): { num: number; dict: string; bytes: Buffer }[] {
  const s = Buffer.from(pdf).toString('latin1');
  const out: { num: number; dict: string; bytes: Buffer }[] = [];
  for (const m of s.matchAll(/(\d+) 0 obj\s*(<<[\s\S]*?>>)\s*stream\n/g)) {
    const start = m.index + m[0].length;
    const end = s.indexOf('\nendstream', start);
    out.push({ num: Number(m[1]), dict: m[2]!, bytes: Buffer.from(s.slice(start, end), 'latin1') });
  }
  return out;
}

describe('pdfkit internals the document kit relies on', () => {
  it('doc.ref() returns a stream object with compress, buffer, data, write and finalize; doc._write exists', () => {
    const doc = rawDoc();
    const d = doc as unknown as Record<string, unknown>;
    expect(typeof d.ref).toBe('function');
    expect(typeof d._write).toBe('function');
    const r = (d.ref as (data?: object) => Record<string, unknown>).call(doc, {});
    expect(r.compress).toBe(true);
    expect(Array.isArray(r.buffer)).toBe(true);
    expect(typeof r.data).toBe('object');
    expect(typeof r.write).toBe('function');
    expect(typeof r.finalize).toBe('function');
    doc.end();
  });

  it('the embedded font has font, document, embed, subset (glyphs, encode), layoutRun and layoutCached', () => {
    const doc = rawDoc();
    doc.text('Hello');
    const f = (doc as unknown as { _font: Record<string, unknown> })._font;
    expect(typeof f.font).toBe('object');
    expect(f.document).toBe(doc);
    expect(typeof f.embed).toBe('function');
    expect(typeof f.layoutRun).toBe('function');
    expect(typeof f.layoutCached).toBe('function');
    const subset = f.subset as { glyphs: unknown; encode: unknown };
    expect(Array.isArray(subset.glyphs)).toBe(true);
    expect(typeof subset.encode).toBe('function');
    doc.end();
  });

  it('embed() asks doc.ref() for the font file stream first, then encodes the subset (the order the shared subsets hook on)', () => {
    const doc = rawDoc();
    doc.text('Hello');
    const f = (doc as unknown as { _font: { embed(): void; subset: { encode(): Uint8Array } } })._font;
    const d = doc as unknown as { ref(data?: object): unknown };
    const order: string[] = [];
    const ref = d.ref.bind(d);
    d.ref = (data?: object) => (order.push('ref'), ref(data));
    const encode = f.subset.encode.bind(f.subset);
    f.subset.encode = () => (order.push('encode'), encode());
    f.embed();
    expect(order.slice(0, 2)).toEqual(['ref', 'encode']);
  });

  it('through the kit: every stream is deflated once and inflates; font files are whole TrueType subsets', async () => {
    const pdf = await kitDocument('Bluetooth headphones 851830');
    const all = streams(pdf);
    expect(all.length).toBeGreaterThan(3);
    const text = Buffer.from(pdf).toString('latin1');
    const fontFiles = new Set([...text.matchAll(/\/FontFile2 (\d+) 0 R/g)].map((m) => Number(m[1])));
    expect(fontFiles.size).toBeGreaterThanOrEqual(2);
    for (const s of all) {
      expect(s.dict.match(/\/FlateDecode/g), `object ${s.num}`).toHaveLength(1);
      const plain = inflateSync(s.bytes);
      if (fontFiles.has(s.num)) expect(plain.readUInt32BE(0), `font file ${s.num}`).toBe(0x00010000);
    }
  });

  it('a document built through the kit is byte-identical when built again (warm shared subsets and words give the cold bytes)', async () => {
    const words = 'Internals check: qzxj QZXJ 7946 ~!'; // words and glyphs no earlier test here printed
    const cold = await kitDocument(words);
    const warm = await kitDocument(words);
    expect(Buffer.from(warm).equals(Buffer.from(cold))).toBe(true);
  });

  it('fontkit keeps its glyph objects by id in font._glyphs, and a subset creates the glyphs a composite glyph is built from', async () => {
    const bold = fontObject('sans-bold') as unknown as { _glyphs: Record<number, { codePoints: number[] }>; glyphForCodePoint(cp: number): { id: number } };
    const period = bold.glyphForCodePoint(0x2e).id;
    expect(bold._glyphs[period]?.codePoints).toEqual([0x2e]);
    // As in a process that has not printed a bold period yet: the next document embeds "·", made of one.
    delete bold._glyphs[period];
    const kit = new Kit({ paper: 'A4', title: 'Internals', date });
    kit.page();
    kit.text('Lots received ·', kit.left, kit.top, { bold: true });
    await kit.end();
    // The subsetter's period (created without its character) is forgotten: the next one to print a
    // period lays it out with its character, so its ToUnicode map reads it back.
    expect(bold._glyphs[period]).toBeUndefined();
    const next = new Kit({ paper: 'A4', title: 'Internals', date });
    next.page();
    next.text('does not count.', next.left, next.top, { bold: true });
    await next.end();
    expect(bold._glyphs[period]?.codePoints).toEqual([0x2e]);
  });
});

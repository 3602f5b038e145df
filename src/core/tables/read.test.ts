import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../shared/imports';
import { parseCsvText, streamCsvText } from './read';

/** Everything a stream of `text` visits, parsed `chunkChars` characters at a time. */
function visitAll(text: string, chunkChars?: number) {
  const out: { header: string[]; records: [number, string[], string | null][]; problems: ImportIssue[]; chunks: [number, number, number][] } = {
    header: [], records: [], problems: [], chunks: [],
  };
  const count = streamCsvText(text, {
    header: (cells) => (out.header = cells),
    record: (row, cells, problem) => {
      out.records.push([row, cells, problem?.key ?? null]);
      if (problem) out.problems.push(problem);
    },
    chunk: (records, done, total) => out.chunks.push([records, done, total]),
  }, { chunkChars });
  expect(count).toBe(out.records.length);
  return out;
}

// Cells sellers' files hold: quotes, commas, CRLF and LF inside quoted fields, Chinese, emoji, blanks.
const cell = fc.oneof(
  fc.constantFrom('', ' ', '真丝围巾', 'a,b', 'say "hi"', 'line 1\r\nline 2', 'x\ny', '🙂', '  padded  ', '12.50'),
  fc.string({ maxLength: 12 }).filter((s) => !s.includes('\u0000')),
);
const csvText = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 25 }), fc.constantFrom('\n', '\r\n'))
  .map(([columns, rows, newline]) => {
    const header = Array.from({ length: columns }, (_, i) => `col${i}`);
    return Papa.unparse({ fields: header, data: rows }, { newline });
  });

describe('streamCsvText', () => {
  it('visits the same records and problems whatever the chunk size', () => {
    fc.assert(
      fc.property(csvText, fc.integer({ min: 1, max: 64 }), (text, chunkChars) => {
        const whole = visitAll(text, 1 << 20);
        const chunked = visitAll(text, chunkChars);
        expect(chunked.header).toEqual(whole.header);
        expect(chunked.records).toEqual(whole.records);
        expect(chunked.problems).toEqual(whole.problems);
      }),
      { numRuns: 300 },
    );
  });

  it('names a stray quote, an unclosed quote and a wrong column count by their row, once, in a later chunk too', () => {
    const lines = ['sku,name'];
    for (let i = 0; i < 40; i++) lines.push(`S${i},Name ${i}`);
    lines[20] = 'S19,"bad"quote"';
    lines[30] = 'S29,one,too many';
    lines.push('S40,"never closed', 'S41,swallowed');
    const text = lines.join('\r\n');
    for (const chunkChars of [7, 64, 1 << 20]) {
      const { problems, records } = visitAll(text, chunkChars);
      expect(problems.map((p) => [p.row, p.key])).toEqual([
        [21, 'csv_bad_quote'],
        [31, 'csv_column_count'],
        [42, 'csv_unclosed_quote'],
      ]);
      expect(records.at(-1)![0]).toBe(42);
    }
  });

  it('skips blank lines but keeps counting rows; a BOM is not part of the first header', () => {
    const { header, records } = visitAll('\uFEFFsku,name\n\nA,One\n  ,  \nB,Two\n', 16);
    expect(header).toEqual(['sku', 'name']);
    expect(records).toEqual([
      [3, ['A', 'One'], null],
      [5, ['B', 'Two'], null],
    ]);
  });

  it('tells how far it has got before each chunk, so progress can estimate the rows to come', () => {
    const text = ['sku', ...Array.from({ length: 1000 }, (_, i) => `SKU-${String(i).padStart(4, '0')}`)].join('\n');
    const { chunks } = visitAll(text, 1000);
    expect(chunks.length).toBeGreaterThan(5);
    for (const [records, done, total] of chunks) {
      expect(total).toBe(text.length);
      // Rows of equal length: the estimate from the share parsed is within 1 % of the truth.
      expect(Math.abs(((records - 1) * total) / done - 1000)).toBeLessThan(10);
    }
    expect(chunks.at(-1)!.slice(0, 2)).toEqual([1001, text.length]);
  });

  it('a semicolon file with decimal commas is read by ";" with or without a final line break', () => {
    const body = 'Artikelnummer;Titel;Beschreibung;Gewicht (kg);Preis;Ursprungsland\r\nA-1;Teekanne;NULL;1,2;24,90;China\r\nA-2;Tasse;N/A;0,3;9,50;-';
    for (const text of [body, `${body}\r\n`, `${body}\r\n\r\n`]) {
      const { header, records } = visitAll(text);
      expect(header).toHaveLength(6);
      expect(records.map(([, cells]) => cells[4])).toEqual(['24,90', '9,50']);
    }
  });

  it('parseCsvText stops after the rows asked for (previews)', () => {
    const parsed = parseCsvText('a,b\n1,2\n3,4\n5,6\n', 2);
    expect(parsed.headers).toEqual(['a', 'b']);
    expect(parsed.records.map((r) => r.cells)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseCsvText(' , \n1,2').issues.map((i) => i.key)).toEqual(['csv_no_header']);
  });
});

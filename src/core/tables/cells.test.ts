// Formula injection: every CSV the app writes neutralises cells a spreadsheet would run, and our own
// import reads them back unchanged (products and suppliers, through the real core and real files).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tempDir, testCore } from '../../../test/helpers';
import type { TestCore } from '../../../test/helpers';
import { file, jobResult } from '../../../test/jobs';
import type { ImportReport } from '../../shared/imports';
import { neutraliseCell, restoreCell } from './cells';

const EXPLOITS = [`=cmd|' /C calc'!A0`, '+1+1', '-2+3', '@SUM(A1)', '=HYPERLINK("http://x","y")', '\tTAB', '\rCR'];
/** Values that must survive next to the exploits: already quoted ones, a lone quote, a negative number. */
const TRICKY = [`'=already quoted`, `''=twice`, `'hello`, `'`, '-5', '-12.50', `'-5`, 'a=b'];

/** A spreadsheet app runs a cell as a formula when it starts with one of these. */
const RUNS = /^[=+\-@\t\r]/;
const NUMBER = /^-\d+(\.\d+)?$/;

function cellsOf(path: string): string[][] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

function expectNoFormula(path: string): void {
  for (const row of cellsOf(path)) for (const cell of row) if (RUNS.test(cell)) expect(cell).toMatch(NUMBER);
}

describe('CSV cells', () => {
  it('neutralise then restore gives back every string; a neutralised cell never starts a formula', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...EXPLOITS, ...TRICKY), fc.tuple(fc.constantFrom("'", "''", ''), fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string()).map((p) => p.join(''))), (s) => {
        const cell = neutraliseCell(s);
        expect(restoreCell(cell)).toBe(s);
        if (RUNS.test(cell)) expect(cell).toMatch(NUMBER);
      }),
      { numRuns: 5000 },
    );
    expect(EXPLOITS.map(neutraliseCell)).toEqual(EXPLOITS.map((s) => `'${s}`));
    expect(['-5', '-12.50', 'plain', `'hello`, `'`].map(neutraliseCell)).toEqual(['-5', '-12.50', 'plain', `'hello`, `'`]);
    expect(restoreCell(`'-5`)).toBe('-5');
  });

  it('products: exploit strings in names, descriptions and other texts are never raw at the start of a cell, and export → import gives them back', async () => {
    const source = testCore();
    const texts = [...EXPLOITS, ...TRICKY];
    for (const [i, s] of texts.entries())
      await source.ok('products.create', { sku: `X-${i}`, name: s.trim() ? s : `n${i}`, description: `${s}\nsecond line`, localName: s, material: s });
    const stored = await listed(source);
    // Trimming happens on the way in (a name never starts with a tab), not in the CSV.
    expect(stored.find((p) => p.sku === 'X-5')!.name).toBe('TAB');
    expect(stored.find((p) => p.sku === 'X-0')!.name).toBe(EXPLOITS[0]);
    const path = join(tempDir(), 'catalog.csv');
    await jobResult(source, 'products.exportCsv', { path });
    expectNoFormula(path);
    expect(readFileSync(path, 'utf8')).toContain(`'=cmd|' /C calc'!A0`);

    const target = testCore();
    const report = await jobResult<ImportReport>(target, 'products.importCsv', { path });
    expect(report).toMatchObject({ committed: true, created: texts.length, errorCount: 0 });
    expect(await listed(target)).toEqual(stored);
  }, 60_000);

  it('suppliers: the same for names, addresses and contacts', async () => {
    const source = testCore();
    const texts = [...EXPLOITS, ...TRICKY].filter((s) => s.trim());
    for (const [i, s] of texts.entries())
      await source.ok('suppliers.create', { name: `${s} ${i}`, localName: s, country: 'CN', address: s, contacts: [{ name: s }] });
    const full = async (core: TestCore) => {
      const out = [];
      for (const { id } of (await core.ok('suppliers.list', { limit: 500 } as never)).items) {
        const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = (await core.ok('suppliers.get', { id })) as unknown as Record<string, unknown>;
        out.push(rest);
      }
      return out.sort((a, b) => (String(a.name) < String(b.name) ? -1 : 1));
    };
    const stored = await full(source);
    expect(stored.length).toBe(texts.length);
    const path = join(tempDir(), 'suppliers.csv');
    await jobResult(source, 'suppliers.exportCsv', { path });
    expectNoFormula(path);
    const target = testCore();
    const report = await jobResult<ImportReport>(target, 'suppliers.importCsv', { path });
    expect(report).toMatchObject({ committed: true, errorCount: 0 });
    expect(await full(target)).toEqual(stored);
  }, 60_000);

  it('a negative number in a numeric column still reads as a number (quoted or not)', async () => {
    const core = testCore();
    const path = file('neg.csv', `sku,name,unitNetWeightG\nN-1,A,-5\nN-2,B,'-5\nN-3,C,=5\n`);
    const report = await jobResult<ImportReport>(core, 'products.importCsv', { path, dryRun: true });
    // -5 is a number that is negative (not "not a number"), quoted or not; "=5" is not a number.
    expect(report.errors.map((e) => `${e.row}:${e.field}:${e.key}`)).toEqual(['2:unitNetWeightG:negative', '3:unitNetWeightG:negative', '4:unitNetWeightG:not_a_number']);
  }, 60_000);
});

async function listed(core: TestCore) {
  return (await core.ok('products.list', { status: 'all', sort: 'sku', limit: 500 })).items.map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => rest);
}

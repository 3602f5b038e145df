import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ImportReport, SupplierImportReport } from '../../shared/imports';
import { tempDir, testCore } from '../../../test/helpers';
import type { TestCore } from '../../../test/helpers';
import { file, jobResult } from '../../../test/jobs';
import { xlsxBytes } from '../../../test/fixtures/xlsx';

// A generic product sheet with what real files hold: a negative weight, a price that is not one,
// a SKU three times, a row with a column too many, and good rows around them.
const CSV = [
  'sku,name,weight_g,price',
  'CUP-1,Tea cup,180,12.99',
  'CUP-2,Saucer,-5,4.50',
  'CUP-1,Tea cup again,180,12.99',
  'POT-1,Teapot,650,abc',
  'CUP-1,Tea cup thrice,180,12.99',
  'BOWL-1,Bowl,300,8.00,extra',
  'SPOON-1,=HYPERLINK("x"),20,1.00',
].join('\r\n');

const importProducts = (core: TestCore, path: string, extra: Record<string, unknown> = {}) =>
  jobResult<ImportReport>(core, 'products.importCsv', { path, weightUnit: 'g', currency: 'USD', ...extra });

const readCsv = (path: string) => Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('bad rows: all or nothing by default, or skipped with onError "skip"', () => {
  it('by default nothing is written and every duplicate SKU is a problem of its own row', async () => {
    const core = testCore();
    const path = file('products.csv', `${CSV}\r\n`);
    const report = await importProducts(core, path);
    expect(report).toMatchObject({ committed: false, created: 0, onError: 'all', badRows: 5 });
    expect(report.errors.filter((e) => e.key === 'duplicate_in_file').map((e) => [e.row, e.params?.row])).toEqual([[4, 2], [6, 2]]);
    expect(core.snapshot('products')).toEqual({ products: [] });
  });

  it('"skip" writes the good rows (the first of a duplicate SKU kept), reports the bad, and their CSV is ready to fix and re-import', async () => {
    const core = testCore();
    const path = file('products.csv', `${CSV}\r\n`);
    const dry = await importProducts(core, path, { onError: 'skip', dryRun: true });
    expect(dry).toMatchObject({ committed: false, created: 0, badRows: 5 });
    expect(dry.problemsFile).toMatch(/^[0-9a-f]{32}$/);

    const report = await importProducts(core, path, { onError: 'skip' });
    expect(report).toMatchObject({ committed: true, created: 2, badRows: 5, onError: 'skip' });
    expect(report.errors.map((e) => [e.row, e.key])).toEqual([
      [3, 'negative'], [4, 'duplicate_in_file'], [5, 'not_a_number'], [6, 'duplicate_in_file'], [7, 'csv_column_count'],
    ]);
    const { items } = await core.ok('products.list', { sort: 'sku' });
    expect(items.map((p) => [p.sku, p.name])).toEqual([['CUP-1', 'Tea cup'], ['SPOON-1', '=HYPERLINK("x")']]);

    // The problems CSV: the file's columns, the bad rows' cells as read, and why.
    const out = join(tempDir(), 'problems.csv');
    expect(await core.ok('products.saveProblemsCsv', { token: report.problemsFile!, path: out })).toMatchObject({ path: out });
    const rows = readCsv(out);
    expect(rows[0]).toEqual(['sku', 'name', 'weight_g', 'price', 'problem']);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['CUP-2', 'Saucer', '-5', '4.50'], ['CUP-1', 'Tea cup again', '180', '12.99'], ['POT-1', 'Teapot', '650', 'abc'],
      ['CUP-1', 'Tea cup thrice', '180', '12.99'], ['BOWL-1', 'Bowl', '300', '8.00'],
    ]);
    expect(rows[1]![4]).toMatch(/^weight_g: /);
    expect(rows[2]![4]).toBe('sku: SKU "CUP-1" is already on row 2');
    expect(rows[3]![4]).toBe('price: "abc" is not a number');
    // Not replaced without asking; the data folder's staging area is not a place to save to.
    expect((await core.fail('products.saveProblemsCsv', { token: report.problemsFile!, path: out })).details.issues![0]!.key).toBe('file_exists');
    expect((await core.fail('products.saveProblemsCsv', { token: report.problemsFile!, path: join(core.ctx.dataDir, '.imports', 'x.csv') })).details.issues![0]!.key)
      .toBe('path_in_data_folder');
    expect((await core.fail('products.saveProblemsCsv', { token: 'f'.repeat(32), path: join(tempDir(), 'p.csv') })).details.issues![0]!.key).toBe('problems_gone');

    // Fixed (the duplicates renamed, the bad cells corrected, the problem column left as it is): it imports.
    const fixed = readFileSync(out, 'utf8').replace('-5', '95').replace('abc', '30.00').replace('Tea cup again', 'x').replace(/CUP-1,x/, 'CUP-3,x').replace('CUP-1,Tea cup thrice', 'CUP-4,Tea cup thrice').replace('8.00', '8.50');
    const again = join(tempDir(), 'fixed.csv');
    writeFileSync(again, fixed);
    const second = await importProducts(core, again, { mapping: { sku: 'sku', name: 'name', unitNetWeightG: 'weight_g', unitValue: 'price' } });
    expect(second).toMatchObject({ committed: true, created: 5, errorCount: 0, problemsFile: null });
    expect((await core.ok('products.list', {})).total).toBe(7);
  });

  it('"skip" still stops on a problem of the file itself (a missing column), writing nothing', async () => {
    const core = testCore();
    const path = file('products.csv', 'name,price\r\nTea cup,1.00\r\n');
    const report = await importProducts(core, path, { onError: 'skip' });
    expect(report).toMatchObject({ committed: false, created: 0, badRows: 0, problemsFile: null });
    expect(report.errors[0]).toMatchObject({ row: null, key: 'mapping_required' });
  });

  it('suppliers: "skip" creates the good rows from an Excel sheet and stages the bad ones', async () => {
    const core = testCore();
    const path = file('suppliers.xlsx', await xlsxBytes([{ sheet: 'Suppliers', rows: [
      ['Supplier', 'Country', 'Email'],
      ['Hangzhou Silk Co', 'CN', 'sales@silk.example'],
      ['Nowhere Ltd', 'XX', 'a@b.example'],
      ['Ningbo Mould', 'CN', 'not-an-email'],
      ['Yiwu Toys', 'CN', null],
    ] }]));
    const all = await jobResult<SupplierImportReport>(core, 'suppliers.importCsv', { path });
    expect(all).toMatchObject({ committed: false, created: 0, badRows: 2 });
    const report = await jobResult<SupplierImportReport>(core, 'suppliers.importCsv', { path, onError: 'skip' });
    expect(report).toMatchObject({ committed: true, created: 2, badRows: 2, sheet: 'Suppliers' });
    expect((await core.ok('suppliers.list', { sort: 'name' })).items.map((s) => s.name).sort()).toEqual(['Hangzhou Silk Co', 'Yiwu Toys']);
    const out = join(tempDir(), 'supplier-problems.csv');
    await core.ok('suppliers.saveProblemsCsv', { token: report.problemsFile!, path: out });
    const rows = readCsv(out);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([['Supplier', 'Country', 'Email'], ['Nowhere Ltd', 'XX', 'a@b.example'], ['Ningbo Mould', 'CN', 'not-an-email']]);
    expect(rows[1]![3]).toMatch(/^Country: /);
    expect(rows[2]![3]).toMatch(/^Email: /);
    expect(existsSync(join(core.ctx.dataDir, '.imports', `${report.problemsFile}.csv`))).toBe(true);
  });
});

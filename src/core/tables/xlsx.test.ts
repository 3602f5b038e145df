import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportReport, SupplierImportReport } from '../../shared/imports';
import { tempDir, testCore } from '../../../test/helpers';
import { file, jobResult } from '../../../test/jobs';
import { xlsxBytes } from '../../../test/fixtures/xlsx';
import { cellText, excelNumberText } from './xlsx';

// Shaped like a Shopify product export saved from Excel: text SKUs with leading zeros, prices as
// numbers (one the float of a sum, as a formula leaves it), grams, a barcode, then a sheet of notes.
const SHOPIFY = ['Handle', 'Title', 'Body (HTML)', 'Vendor', 'Option1 Name', 'Option1 Value', 'Variant SKU', 'Variant Grams', 'Variant Price', 'Variant Barcode'];
const products = [
  SHOPIFY,
  ['tea-cup', 'Porcelain tea cup', '<p>Fine <b>porcelain</b> &amp; gold rim.</p>', 'Jingdezhen Co', 'Size', 'Small', '00123', 180, 12.99, 6901234567890],
  ['tea-cup', null, null, null, null, 'Large', '00124', 240.5, 10.99 + 2.000000000000001, 6901234567906],
  [null, null, null, null, null, null, null, null, null, null],
  ['teapot', '紫砂茶壶 Teapot', '<p>宜兴紫砂</p>', '宜兴工坊', 'Title', 'Default Title', '0007', 650, 0.1 + 0.2 + 45, null],
];
const notes = [['Note'], ['Prices in EUR'], ['Ask the seller before changing']];

describe('Excel workbooks (.xlsx)', () => {
  it('numbers as Excel shows them (15 significant digits, never an exponent), dates as ISO text', () => {
    expect(excelNumberText('12.990000000000002')).toBe('12.99');
    expect(excelNumberText('45.300000000000004')).toBe('45.3');
    expect(excelNumberText('6901234567890')).toBe('6901234567890');
    expect(excelNumberText('-0.5')).toBe('-0.5');
    expect(excelNumberText('1E-7')).toBe('0.0000001');
    expect(excelNumberText('1.5E+21')).toBe('1500000000000000000000');
    expect(cellText(new Date(Date.UTC(2024, 2, 5)) as never)).toBe('2024-03-05');
    expect(cellText(new Date(Date.UTC(2024, 2, 5, 14, 30)) as never)).toBe('2024-03-05 14:30:00');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(null)).toBe('');
  });

  it('a Shopify sheet previews with its sheets listed and imports the values the seller sees: leading zeros kept, no float tails', async () => {
    const core = testCore();
    const path = file('products_export.xlsx', await xlsxBytes([{ sheet: 'Products', rows: products }, { sheet: 'Notes', rows: notes }]));
    const preview = await core.ok('products.previewCsv', { path });
    expect(preview).toMatchObject({ fileKind: 'xlsx', sheets: ['Products', 'Notes'], sheet: 'Products', format: 'shopify', headers: SHOPIFY });
    expect(preview.mapping).toMatchObject({ sku: 'Variant SKU', unitNetWeightG: 'Variant Grams', unitValue: 'Variant Price' });
    expect(preview.rows[0]).toEqual(['tea-cup', 'Porcelain tea cup', '<p>Fine <b>porcelain</b> &amp; gold rim.</p>', 'Jingdezhen Co', 'Size', 'Small', '00123', '180', '12.99', '6901234567890']);
    expect(preview.rows[1]![8]).toBe('12.99');
    expect(preview.rows).toHaveLength(3); // the blank row is not a record

    const report = await jobResult<ImportReport>(core, 'products.importCsv', { path, currency: 'EUR' });
    expect(report).toMatchObject({ committed: true, created: 3, errorCount: 0, sheet: 'Products', badRows: 0, problemsFile: null });
    const { items } = await core.ok('products.list', { sort: 'sku' });
    expect(items.map((p) => [p.sku, p.name, p.unitNetWeightG, p.unitValue, p.currency])).toEqual([
      ['0007', '紫砂茶壶 Teapot', 650, 4530, 'EUR'],
      ['00123', 'Porcelain tea cup - Small', 180, 1299, 'EUR'],
      ['00124', 'Porcelain tea cup - Large', 241, 1299, 'EUR'],
    ]);
    expect(items[1]!.description).toBe('Fine porcelain & gold rim.');
  });

  it('the sheet is chosen by name or number; an unknown sheet is a field error listing the sheets', async () => {
    const core = testCore();
    const path = file('book.xlsx', await xlsxBytes([{ sheet: 'Notes', rows: notes }, { sheet: 'Products', rows: products }]));
    expect((await core.ok('products.previewCsv', { path })).headers).toEqual(['Note']);
    expect((await core.ok('products.previewCsv', { path, sheet: 'Products' })).format).toBe('shopify');
    expect((await core.ok('products.previewCsv', { path, sheet: 2 })).sheet).toBe('Products');
    const wrong = await core.fail('products.previewCsv', { path, sheet: 'Produkte' });
    expect(wrong.details.issues).toMatchObject([{ path: 'sheet', key: 'sheet_not_found', params: { sheets: 'Notes, Products' } }]);
    const report = await jobResult<ImportReport>(core, 'products.importCsv', { path, sheet: 'Products', currency: 'USD' });
    expect(report).toMatchObject({ committed: true, created: 3, sheet: 'Products' });
  });

  it('suppliers are read from a workbook by the same reader', async () => {
    const core = testCore();
    const path = file('suppliers.xlsx', await xlsxBytes([
      { sheet: 'Lieferanten', rows: [['Supplier', 'Country', 'Phone', 'Audit date'], ['Hangzhou Silk Co', 'CN', 8657112345678, new Date(Date.UTC(2024, 4, 17))]] },
    ]));
    expect((await core.ok('suppliers.previewCsv', { path })).rows).toEqual([['Hangzhou Silk Co', 'CN', '8657112345678', '2024-05-17']]);
    const report = await jobResult<SupplierImportReport>(core, 'suppliers.importCsv', { path, mapping: { assessmentDate: null } });
    expect(report).toMatchObject({ committed: true, created: 1, sheet: 'Lieferanten' });
    const { items } = await core.ok('suppliers.list', {});
    const supplier = await core.ok('suppliers.get', { id: items[0]!.id });
    expect(supplier).toMatchObject({ name: 'Hangzhou Silk Co', country: 'CN', contacts: [{ phone: '8657112345678' }] });
  });

  it('an old .xls, a password-protected workbook, a damaged one and a plain ZIP are refused on path, before any job', async () => {
    const core = testCore();
    const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const xls = file('old.xls', Buffer.concat([ole2, Buffer.alloc(600, 0), Buffer.from('Workbook', 'utf16le')]));
    const encrypted = file('secret.xlsx', Buffer.concat([ole2, Buffer.alloc(600, 0), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(600, 0)]));
    const good = file('cut.xlsx', await xlsxBytes([{ sheet: 'Products', rows: products }]));
    // The start and the end of a real workbook (its parts named), with the middle lost.
    const bytes = readFileSync(good);
    const damaged = file('damaged.xlsx', Buffer.concat([bytes.subarray(0, 200), Buffer.alloc(50, 7), bytes.subarray(bytes.length - 600)]));
    const zip = file('photos.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.alloc(60, 0)]));
    for (const [path, key] of [[xls, 'file_xls'], [encrypted, 'file_encrypted'], [damaged, 'file_bad_xlsx'], [zip, 'file_not_xlsx']] as const) {
      const preview = await core.fail('products.previewCsv', { path });
      expect(preview.details.issues, path).toMatchObject([{ path: 'path', key }]);
      if (key !== 'file_bad_xlsx') expect((await core.fail('products.importCsv', { path })).details.issues).toMatchObject([{ path: 'path', key }]);
      expect((await core.fail('suppliers.previewCsv', { path })).details.issues).toMatchObject([{ path: 'path', key }]);
    }
    // Named .csv, a workbook is still read as one (the bytes say what it is).
    const renamed = join(tempDir(), 'export.csv');
    writeFileSync(renamed, bytes);
    expect((await core.ok('products.previewCsv', { path: renamed })).fileKind).toBe('xlsx');
    expect(core.snapshot('products')).toEqual({ products: [] });
  });
});

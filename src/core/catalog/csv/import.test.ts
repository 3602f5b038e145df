import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportReport, ImportReport } from '../../../shared/imports';
import type { Product } from '../../../shared/products';
import { tempDir, testCore } from '../../../../test/helpers';
import { file, jobResult, runJob } from '../../../../test/jobs';
import type { TestCore } from '../../../../test/helpers';

const TABLES = ['products', 'products_fts'];

const importCsv = (core: TestCore, path: string, extra: Record<string, unknown> = {}) => jobResult<ImportReport>(core, 'products.importCsv', { path, ...extra });

const SHOPIFY_HEADER =
  'Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Variant SKU,Variant Grams,Variant Inventory Qty,Variant Price,Cost per item,Variant Barcode,Image Src';
const SHOPIFY_CSV = [
  SHOPIFY_HEADER,
  // A product with two variants: Title, Body and Vendor only on the first row; a multi-line quoted Body in Chinese.
  'silk-scarf,真丝围巾 Silk scarf,"<p>100% 桑蚕丝, hand-rolled edges.</p>\r\n<ul><li>90 × 90 cm</li><li>Gift box &amp; card</li></ul>",杭州丝绸厂,Scarves,silk,TRUE,Colour,Red,Size,Large,SC-RED-L,60,10,29.00,9.50,6901234567890,https://cdn.example/scarf.jpg',
  'silk-scarf,,,,,,,,Blue,,Large,SC-BLU-L,60.0,4,29.00,9.50,,https://cdn.example/scarf2.jpg',
  // An image-only row: no variant data.
  'silk-scarf,,,,,,,,,,,,,,,,,https://cdn.example/scarf3.jpg',
  // A single-variant product ("Default Title").
  'mug,Ceramic mug,<b>Stoneware</b>,Jingdezhen Co,Mugs,,TRUE,Title,Default Title,,,MUG-1,320,5,"1,299.50",3,,',
].join('\r\n');

describe('products.importCsv', () => {
  it('reads a Shopify export (BOM, CRLF, multi-line quoted Chinese Body, variants, image rows) and reports vendors', async () => {
    const core = testCore();
    const path = file('shopify.csv', `\uFEFF${SHOPIFY_CSV}\r\n`);
    const preview = await core.ok('products.previewCsv', { path });
    expect(preview.format).toBe('shopify');
    expect(preview.mapping).toMatchObject({ sku: 'Variant SKU', name: 'Title', description: 'Body (HTML)', unitNetWeightG: 'Variant Grams', unitValue: 'Variant Price', vendor: 'Vendor' });
    expect(preview.rows[0]![2]).toContain('\r\n');

    const dry = await importCsv(core, path, { dryRun: true, currency: 'EUR' });
    expect(dry).toMatchObject({ dryRun: true, committed: false, rows: 4, skipped: 1, products: 3, created: 0, errorCount: 0 });
    expect(core.snapshot('products')).toEqual({ products: [] });

    const report = await importCsv(core, path, { currency: 'EUR' });
    expect(report).toMatchObject({ committed: true, created: 3 });
    expect(report.vendors).toEqual([
      { vendor: '杭州丝绸厂', count: 2, skus: ['SC-RED-L', 'SC-BLU-L'], supplierId: null },
      { vendor: 'Jingdezhen Co', count: 1, skus: ['MUG-1'], supplierId: null },
    ]);
    const { items } = await core.ok('products.list', { sort: 'sku' });
    expect(items.map((p) => [p.sku, p.name, p.unitNetWeightG, p.unitValue, p.currency])).toEqual([
      ['MUG-1', 'Ceramic mug', 320, 129950, 'EUR'],
      ['SC-BLU-L', '真丝围巾 Silk scarf - Blue / Large', 60, 2900, 'EUR'],
      ['SC-RED-L', '真丝围巾 Silk scarf - Red / Large', 60, 2900, 'EUR'],
    ]);
    expect(items[2]!.description).toBe('100% 桑蚕丝, hand-rolled edges.\n\n• 90 × 90 cm\n• Gift box & card');
    expect(items[0]!.description).toBe('Stoneware');
    // Found by Chinese search like any product.
    expect((await core.ok('products.list', { query: '丝围' })).total).toBe(2);
  });

  it('reports every bad row (row, column, key) on a dry run and writes nothing on commit', async () => {
    const core = testCore();
    await core.ok('products.create', { sku: 'EXISTING-1', name: 'Already here' });
    const before = core.snapshot(...TABLES);
    const path = file('bad.csv', [
      'sku,name,hsCode,unitNetWeightG,unitValue,currency',
      'OK-1,Good product,851830,100,1.00,USD',
      'OK-2,Negative weight,851830,-5,1.00,USD', // row 3
      'OK-3,Unknown HS,999999,10,,', // row 4: chapter 99 does not exist
      'OK-4,HS not in the nomenclature,851899,10,,', // row 5: format fine, not a subheading
      'ok-1,Duplicate of row 2 (case-insensitive),,,,', // row 6
      'existing-1,Duplicate of the catalog,,,,', // row 7
      ',No SKU,,,,', // row 8
      'OK-9,Price not a number,,,abc,USD', // row 9
    ].join('\n'));
    for (const dryRun of [true, false]) {
      const report = await importCsv(core, path, { dryRun });
      expect(report.committed).toBe(false);
      expect(report.created).toBe(0);
      expect(report.errors.map((e) => [e.row, e.column, e.key])).toEqual([
        [3, 'unitNetWeightG', 'negative'],
        [4, 'hsCode', 'hs_chapter'],
        [5, 'hsCode', 'hs_unknown'],
        [6, 'sku', 'duplicate_in_file'],
        [7, 'sku', 'duplicate'],
        [8, 'sku', 'required'],
        [9, 'unitValue', 'not_a_number'],
      ]);
      expect(report.errors[3]!.params).toMatchObject({ row: 2 });
      expect(core.snapshot(...TABLES)).toEqual(before);
    }
  });

  it("a manufacturer longer than the 400 characters a sheet can print is refused at its column and row; nothing is written", async () => {
    const core = testCore();
    const before = core.snapshot(...TABLES);
    const long = `Shenzhen Sound Co., Ltd., ${'8 Keji Rd, '.repeat(40)}China`;
    const path = file('maker.csv', ['sku,name,manufacturer', 'SPK-1,"Speaker, portable","Shenzhen Sound Co., Ltd., 8 Keji Rd, Shenzhen, China"', `SPK-2,"Speaker, large","${long}"`].join('\n'));
    const report = await importCsv(core, path);
    expect(report).toMatchObject({ committed: false, created: 0, errorCount: 1 });
    expect(report.errors[0]).toMatchObject({ row: 3, column: 'manufacturer' });
    expect(core.snapshot(...TABLES)).toEqual(before);
  });

  it('a bad row or a duplicate after thousands of good rows (already written) rolls the whole import back', async () => {
    const core = testCore();
    await core.ok('products.create', { sku: 'EXISTING-1', name: 'Already here' });
    const before = core.snapshot(...TABLES);
    const good = Array.from({ length: 3000 }, (_, i) => `G-${i},Good product ${i},851830,100,1.00,USD`);
    for (const last of ['G-LAST,Negative weight,851830,-5,1.00,USD', 'g-7,Duplicate of row 9,,,,', 'existing-1,Duplicate of the catalog,,,,']) {
      const path = file('late-bad.csv', ['sku,name,hsCode,unitNetWeightG,unitValue,currency', ...good, last].join('\n'));
      const report = await importCsv(core, path);
      expect(report).toMatchObject({ committed: false, created: 0, errorCount: 1 });
      expect(report.errors[0]!.row).toBe(3002);
      expect(core.snapshot(...TABLES)).toEqual(before);
    }
  });

  it('a wrong column count on one row and an unclosed quote are reported with their row; nothing is written', async () => {
    const core = testCore();
    const columns = await importCsv(core, file('cols.csv', 'sku,name,hsCode\nA-1,One,851830\nA-2,Two\nA-3,Three,851830,extra\nA-4,Four,851830\n'));
    expect(columns.errors.map((e) => [e.row, e.key, e.params])).toEqual([
      [3, 'csv_column_count', { expected: 3, found: 2 }],
      [4, 'csv_column_count', { expected: 3, found: 4 }],
    ]);
    expect(columns.committed).toBe(false);
    const quote = await importCsv(core, file('quote.csv', 'sku,name\nQ-1,Fine\nQ-2,"Never closed\nQ-3,Lost\n'));
    expect(quote.errors[0]).toMatchObject({ row: 3, key: 'csv_unclosed_quote' });
    expect(quote.committed).toBe(false);
    expect(core.snapshot(...TABLES)).toEqual({ products: [], products_fts: [] });
  });

  it('refuses a 200 MB file by its size, binary garbage, a missing file — before any job starts', async () => {
    const core = testCore();
    const big = join(tempDir(), 'big.csv');
    execFileSync('truncate', ['-s', '200M', big]); // sparse: takes no disk space
    const tooBig = await core.fail('products.importCsv', { path: big, dryRun: true });
    expect(tooBig).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'path', key: 'file_too_large', params: { sizeMb: 200, maxMb: 100, max: 100 } }] } });
    expect((await core.fail('products.previewCsv', { path: big })).details.issues![0]!.key).toBe('file_too_large');

    const garbage = Buffer.alloc(4096);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 256;
    const binary = file('garbage.csv', garbage);
    expect(await core.fail('products.importCsv', { path: binary })).toMatchObject({ details: { issues: [{ path: 'path', key: 'file_not_text' }] } });
    expect((await core.fail('products.importCsv', { path: join(tempDir(), 'nope.csv') })).details.issues![0]!.key).toBe('file_not_found');
    expect(core.snapshot(...TABLES)).toEqual({ products: [], products_fts: [] });
  });

  it('a file whose one Windows-1252 byte is past 64 KB previews in Windows-1252 and imports as it previewed', async () => {
    const core = testCore();
    const good = ['sku,name', ...Array.from({ length: 5000 }, (_, i) => `T-${i},Tea cup ${i}`)].join('\n');
    const path = file('late-latin1.csv', Buffer.concat([Buffer.from(`${good}\n`), Buffer.from('T-X,Caf\xe9 cr\xe8me\n', 'latin1')]));
    expect(good.length).toBeGreaterThan(64 * 1024); // past what a sniff of the file's start reads
    expect((await core.ok('products.previewCsv', { path })).encoding).toBe('windows-1252');
    expect(await importCsv(core, path, { dryRun: true })).toMatchObject({ committed: false, errorCount: 0, products: 5001 });
    expect(await importCsv(core, path)).toMatchObject({ committed: true, created: 5001, errorCount: 0 });
    expect((await core.ok('products.list', { query: 'T-X' })).items.map((p) => p.name)).toEqual(['Café crème']);
  });

  it('maps a generic spreadsheet by its headers (English and Chinese), and the mapping can be corrected', async () => {
    const core = testCore();
    const path = file('generic.csv', '货号,品名,中文品名,海关编码,原产国,净重(g),单价,币种,Notes\nG-1,Phone case,手机壳,3926.90,cn,30,2.5,usd,x\n');
    const preview = await core.ok('products.previewCsv', { path });
    expect(preview.format).toBe('generic');
    expect(preview.mapping).toMatchObject({ sku: '货号', name: '品名', localName: '中文品名', hsCode: '海关编码', originCountry: '原产国', unitNetWeightG: '净重(g)', unitValue: '单价', currency: '币种', material: null });
    const wrong = await importCsv(core, path, { dryRun: true, mapping: { material: 'Nope' } });
    expect(wrong.errors).toMatchObject([{ row: null, column: 'Nope', key: 'mapping_unknown_column' }]);
    const report = await importCsv(core, path, { mapping: { material: 'Notes' } });
    expect(report.created).toBe(1);
    expect((await core.ok('products.get', { id: 1 })) as Product).toMatchObject({ sku: 'G-1', hsCode: '392690', originCountry: 'CN', unitNetWeightG: 30, unitValue: 250, currency: 'USD', material: 'x' });
  });

  it('export then import into an empty database gives back the same catalog (with compliance facts and archived products)', async () => {
    const source = testCore();
    await source.ok('demo.load', {});
    await source.ok('products.create', { sku: 'ML-1', name: 'Multi-line "quoted", text', description: 'Line one\r\nLine two, with comma\n第三行', unitValue: 1234, currency: 'JPY' });
    await source.ok('products.create', { sku: 'TC-1', name: 'T-shirt, knitted, of cotton', hsCode: '610910', tariffCodes: { US: '6109100012', EU: '61091000' }, euResponsiblePerson: 'Rep B.V., Damrak 1, Amsterdam, rp@rep.example', manufacturer: 'Ningbo Knit Co., Ltd., 88 Jiangnan Rd, Ningbo 315000, China, qa@knit.example' });
    await source.ok('products.archive', { id: 3 });
    const path = join(tempDir(), 'catalog.csv');
    const exported = await runJob<ExportReport>(source, 'products.exportCsv', { path });
    expect(exported.state).toBe('done');
    const count = (await source.ok('products.list', { status: 'all', limit: 1 })).total;
    expect(count).toBeGreaterThanOrEqual(33);
    expect(exported.result!.products).toBe(count);

    const target = testCore();
    const preview = await target.ok('products.previewCsv', { path });
    expect(preview.format).toBe('clearpack');
    const report = await importCsv(target, path);
    expect(report).toMatchObject({ committed: true, created: count, errorCount: 0 });
    const all = async (core: TestCore) =>
      (await core.ok('products.list', { status: 'all', sort: 'sku', limit: 500 })).items.map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => rest);
    const original = await all(source);
    expect(await all(target)).toEqual(original);
    expect(original.some((p) => p.status === 'archived')).toBe(true);
    expect(original.some((p) => p.compliance.battery.type === 'lithium_ion')).toBe(true);
    // The national tariff codes, the EU responsible person and the manufacturer travel too.
    expect(original.find((p) => p.sku === 'TC-1')).toMatchObject({
      tariffCodes: { US: '6109100012', EU: '61091000' }, euResponsiblePerson: 'Rep B.V., Damrak 1, Amsterdam, rp@rep.example',
      manufacturer: 'Ningbo Knit Co., Ltd., 88 Jiangnan Rd, Ningbo 315000, China, qa@knit.example',
    });
  });
});

describe('products.importCsv with linkVendors', () => {
  it('links each product to the supplier named by its Vendor (existing, case-insensitive, or created in vendorCountry), in the same transaction', async () => {
    const core = testCore();
    const existing = await core.ok('suppliers.create', { name: 'JINGDEZHEN CO', country: 'CN' });
    const path = file('shopify.csv', `\uFEFF${SHOPIFY_CSV}\r\n`);
    const dry = await importCsv(core, path, { dryRun: true, linkVendors: true, vendorCountry: 'vn', currency: 'EUR' });
    expect(dry).toMatchObject({ committed: false, suppliersCreated: 1, linked: 0, errorCount: 0 });
    expect(dry.vendors.map((v) => [v.vendor, v.supplierId])).toEqual([['杭州丝绸厂', null], ['Jingdezhen Co', existing.id]]);
    expect(core.snapshot('products', 'suppliers', 'product_suppliers')).toMatchObject({ products: [], product_suppliers: [] });

    const report = await importCsv(core, path, { linkVendors: true, vendorCountry: 'vn', currency: 'EUR' });
    // The real import counts the supplier it created, as the dry run said it would (it used to say 0).
    expect(report).toMatchObject({ committed: true, created: 3, linked: 3, suppliersCreated: 1 });
    const created = report.vendors.find((v) => v.vendor === '杭州丝绸厂')!.supplierId!;
    expect(await core.ok('suppliers.get', { id: created })).toMatchObject({ name: '杭州丝绸厂', country: 'VN', productCount: 2 });
    const links = await core.ok('productSuppliers.list', { supplierId: existing.id });
    expect(links.map((l) => [l.productSku, l.isDefault])).toEqual([['MUG-1', true]]);
    expect((await core.ok('productSuppliers.list', { supplierId: created })).map((l) => l.productSku).sort()).toEqual(['SC-BLU-L', 'SC-RED-L']);
    expect((await core.ok('suppliers.list', { limit: 10 })).total).toBe(2);
  });

  it('a vendor whose supplier is archived, or a bad vendorCountry, is reported and nothing is written', async () => {
    const core = testCore();
    const old = await core.ok('suppliers.create', { name: 'jingdezhen co', country: 'CN' });
    await core.ok('suppliers.archive', { id: old.id });
    const before = core.snapshot('products', 'suppliers', 'product_suppliers');
    const path = file('shopify.csv', SHOPIFY_CSV);
    for (const dryRun of [true, false]) {
      const report = await importCsv(core, path, { dryRun, linkVendors: true, currency: 'EUR' });
      expect(report.committed).toBe(false);
      expect(report.errors.map((e) => [e.row, e.column, e.key])).toEqual([[5, 'Vendor', 'supplier_archived']]);
    }
    expect(core.snapshot('products', 'suppliers', 'product_suppliers')).toEqual(before);
    const bad = await core.fail('products.importCsv', { path, linkVendors: true, vendorCountry: 'XX' });
    expect(bad.details.issues![0]).toMatchObject({ path: 'vendorCountry', key: 'country_unknown' });
    // Without linkVendors the archived namesake does not matter.
    expect((await importCsv(core, path, { currency: 'EUR' })).created).toBe(3);
    expect(core.snapshot('product_suppliers')).toEqual({ product_suppliers: [] });
  });
});

describe('jobs', () => {
  const bigCsv = (rows: number) => {
    const lines = ['sku,name,localName,hsCode,originCountry,unitNetWeightG,unitValue,currency'];
    for (let i = 0; i < rows; i++) lines.push(`BIG-${i},Wireless headphones ${i},无线耳机 ${i},851830,CN,250,19.99,USD`);
    return file('big.csv', lines.join('\n'));
  };

  it('progress is polled with jobs.get; a cancelled import writes nothing; writes are refused while it runs', async () => {
    const core = testCore();
    const path = bigCsv(30_000);
    const { jobId } = await core.ok('products.importCsv', { path });
    const conflict = await core.fail('products.create', { sku: 'X', name: 'x' });
    expect(conflict.code).toBe('CONFLICT');
    expect((await core.fail('products.importCsv', { path })).code).toBe('CONFLICT');
    // Wait until the work is under way, then cancel.
    let job = await core.ok('jobs.get', { jobId });
    while (job.state === 'running' && job.progress.phase === 'starting') {
      await new Promise((ok) => setTimeout(ok, 20));
      job = await core.ok('jobs.get', { jobId });
    }
    expect(['reading', 'validating', 'writing']).toContain(job.progress.phase);
    await core.ok('jobs.cancel', { jobId });
    job = await core.ctx.jobs!.wait(jobId);
    expect(job.state).toBe('cancelled');
    expect(core.snapshot(...TABLES)).toEqual({ products: [], products_fts: [] });
    await core.ok('products.create', { sku: 'X', name: 'x' });
  });

  it('a full import reports progress up to its total and commits every row', async () => {
    const core = testCore();
    const { jobId } = await core.ok('products.importCsv', { path: bigCsv(5000) });
    const phases = new Set<string>();
    let job = await core.ok('jobs.get', { jobId });
    while (job.state === 'running') {
      phases.add(job.progress.phase);
      await new Promise((ok) => setTimeout(ok, 10));
      job = await core.ok('jobs.get', { jobId });
    }
    expect(job.state).toBe('done');
    expect(job.progress).toEqual({ done: 5000, total: 5000, phase: 'writing' });
    // Rows are checked and written in one pass ('importing', counted against an estimate of the rows
    // in the file), then the last rows are written.
    expect([...phases].filter((p) => !['starting', 'reading', 'importing', 'writing'].includes(p))).toEqual([]);
    expect((job.result as ImportReport).created).toBe(5000);
    expect((await core.ok('products.list', { query: '耳机 4999' })).total).toBe(1);
    expect((await core.fail('jobs.get', { jobId: 'nope' })).code).toBe('NOT_FOUND');
  });
});

describe('demo.load', () => {
  it('fills an empty catalog through the core (HS codes valid, compliance facts), and refuses a catalog that is not empty', async () => {
    const core = testCore();
    const loaded = await core.ok('demo.load', {});
    expect(loaded.counts.products).toBeGreaterThanOrEqual(30);
    const { items } = await core.ok('products.list', { limit: 500 });
    expect(items.some((p) => p.compliance.battery.type === 'lithium_metal')).toBe(true);
    expect(items.some((p) => p.compliance.categories.includes('cosmetics') && p.compliance.dangerousGoods.flammableLiquid)).toBe(true);
    for (const cat of ['food', 'toy', 'textile', 'dietary_supplement'] as const) expect(items.some((p) => p.compliance.categories.includes(cat))).toBe(true);
    expect(items.filter((p) => !p.customsReady).length).toBeGreaterThan(0);
    expect(items.every((p) => p.localName && /\p{Script=Han}/u.test(p.localName))).toBe(true);
    const before = core.snapshot(...TABLES);
    expect(await core.fail('demo.load', {})).toMatchObject({ code: 'CONFLICT', details: { issues: [{ key: 'demo_not_empty' }] } });
    expect(core.snapshot(...TABLES)).toEqual(before);
  });
});

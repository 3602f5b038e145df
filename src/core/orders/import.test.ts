import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OrdersImportReport } from '../../shared/orders';
import type { Shipment } from '../../shared/shipments';
import { tempDir, testCore } from '../../../test/helpers';
import type { TestCore } from '../../../test/helpers';
import { file, jobResult } from '../../../test/jobs';
import { xlsxBytes } from '../../../test/fixtures/xlsx';
import { demoOrders, demoOrderFiles, SAMPLE_FORMATS, sampleOrderFile } from './samples';
import type { SampleFormat, SampleOrder } from './samples';

const SHIPMENT_TABLES = ['shipments', 'shipment_items', 'shipment_parcels', 'shipment_events', 'shipments_fts'];
const FIXTURE = join(import.meta.dirname, '../../../test/fixtures/orders/shopify_orders_export.csv');
const TODAY = '2026-11-21';

const importOrders = (core: TestCore, path: string, extra: Record<string, unknown> = {}) => jobResult<OrdersImportReport>(core, 'orders.importCsv', { path, ...extra });

async function demoCore(): Promise<TestCore> {
  const core = testCore();
  await core.ok('demo.load', {});
  return core;
}

const shipmentOf = async (core: TestCore, report: OrdersImportReport, order: string): Promise<Shipment> =>
  core.ok('shipments.get', { id: report.shipments.find((s) => s.orderNumber === order)!.id });

const item = (s: Shipment) => s.items.map((i) => [i.sku, i.quantity, i.unitValue]);

/** What each platform's file says of the demo's five orders (Etsy's, eBay's and Amazon's files leave some out). */
const EXPECTED_SKIPS: Record<SampleFormat, Partial<OrdersImportReport['skipped']>> = {
  shopify: { cancelled: 1, fulfilled: 1 }, woocommerce: { cancelled: 1, fulfilled: 1 }, etsy_items: { fulfilled: 1 }, etsy_orders: { fulfilled: 1 },
  ebay: { fulfilled: 1 }, amazon: {}, generic: { cancelled: 1, fulfilled: 1 },
};

describe('orders.importCsv: each platform', () => {
  it.each(SAMPLE_FORMATS)('%s: recognised, each open order one draft shipment with the right facts, preflighted; twice = nothing new', async (format) => {
    const core = await demoCore();
    const path = file(`orders-${format}`, sampleOrderFile(format, demoOrders(), '2026-11-20'));
    const preview = await core.ok('orders.previewCsv', { path });
    expect(preview.format).toBe(format);
    expect(preview.mapping.orderNumber).toBeTruthy();

    const dry = await importOrders(core, path, { dryRun: true });
    expect(dry).toMatchObject({ committed: false, created: 0, good: 3, problemCount: 0 });
    const report = await importOrders(core, path);
    expect(report).toMatchObject({ format, committed: true, created: 3, problemCount: 0, verdicts: { ready: 2, warned: 0, blocked: 1 } });
    expect(report.skipped).toMatchObject({ cancelled: 0, refunded: 0, fulfilled: 0, ...EXPECTED_SKIPS[format] });
    expect(report.linesLeftOut).toBe(format === 'shopify' ? 1 : 0);
    expect(report.shipments.map((s) => [s.orderNumber, s.verdict])).toEqual([['#1003', 'blocked'], ['#1001', 'ready'], ['#1002', 'ready']]);

    const emily = await shipmentOf(core, report, '#1001');
    expect(emily.consignee).toMatchObject({ name: 'Emily Carter', addressLines: ['1420 Pine Street', 'Apt 5B'], city: 'Seattle', postcode: '98101', country: 'US' });
    expect(emily.consignee.state).toBe('WA');
    // Unit price 12.90 × 2 (Amazon and WooCommerce give the line's total, 25.80); the gift card left out.
    expect(item(emily)).toEqual([['HM-MG-CER', 2, 1290]]);
    expect(emily).toMatchObject({
      currency: 'USD', postage: 650, category: 'sale_of_goods', shipDate: TODAY, invoiceNumber: '1001', invoiceDate: TODAY, orderRefs: ['#1001'], status: 'draft',
    });
    // The parcel weighs what the catalog says its items weigh (2 × 320 g).
    expect(emily.parcels.map((p) => p.grossWeightG)).toEqual([640]);
    const hannah = await shipmentOf(core, report, '#1003');
    expect(hannah).toMatchObject({ currency: 'EUR', postage: 790, consignee: { country: 'DE', city: 'Hamburg' } });
    expect(item(hannah)).toEqual([['EL-PB-10K', 1, 2990]]);
    expect(report.shipments[0]!.findings.map((f) => f.key)).toContain('pf.msg.battery_alone_hs');

    const before = core.snapshot(...SHIPMENT_TABLES);
    const again = await importOrders(core, path);
    expect(again).toMatchObject({ committed: false, created: 0, good: 0, skipped: { already_imported: 3 } });
    expect(core.snapshot(...SHIPMENT_TABLES)).toEqual(before);
  });

  it('a hand-written Shopify export (BOM, CRLF, order fields on the first row, apostrophe postcodes, accents): two ready, one blocked', async () => {
    const core = await demoCore();
    const report = await importOrders(core, FIXTURE, { store: 'my-shop' });
    expect(report).toMatchObject({
      format: 'shopify', store: 'my-shop', rows: 7, orders: 6, good: 3, created: 3, linesLeftOut: 1,
      skipped: { cancelled: 1, refunded: 1, fulfilled: 1, no_shipping: 0, already_imported: 0 }, verdicts: { ready: 2, warned: 0, blocked: 1 },
    });
    expect(report.skippedOrders).toEqual([{ orderNumber: '#2004', reason: 'refunded' }, { orderNumber: '#2005', reason: 'fulfilled' }, { orderNumber: '#2006', reason: 'cancelled' }]);
    const jose = await shipmentOf(core, report, '#2002');
    expect(jose.consignee).toEqual({
      name: 'José Álvarez', company: 'Álvarez & Hijos LLC', addressLines: ['88 Harbor Road'], city: 'Portland', state: 'ME', postcode: '04101', country: 'US',
      phone: null, email: 'jose.alvarez@example.com', taxId: null,
    });
    expect(item(jose)).toEqual([['HM-BT-SS', 1, 2400]]);
    expect(jose.postage).toBe(490);
    // Found in the list by its order number.
    expect((await core.ok('shipments.list', { query: '2002' })).items.map((s) => s.id)).toEqual([jose.id]);
  });

  it('the demo writes one order file per platform, listed by orders.demoFiles', async () => {
    const core = await demoCore();
    const files = await core.ok('orders.demoFiles', {});
    expect(files.map((f) => f.format)).toEqual([...SAMPLE_FORMATS]);
    expect(files).toEqual(demoOrderFiles(core.ctx.dataDir));
    for (const f of files) expect((await core.ok('orders.previewCsv', { path: f.path })).format).toBe(f.format);
  });
});

/** A generic sheet of orders, one line per row. */
const sheet = (rows: string[][]) =>
  file('orders.csv', [['Order No', 'Recipient', 'Address', 'City', 'Postcode', 'Country', 'SKU', 'Qty', 'Unit price', 'Currency', 'Shipping'], ...rows].map((r) => r.join(',')).join('\n'));
const good = (n: string, extra: Partial<Record<'country' | 'sku' | 'qty' | 'price' | 'city', string>> = {}) => [
  n, 'Anna Schmidt', 'Hauptstraße 5', extra.city ?? 'Berlin', '10115', extra.country ?? 'Germany', extra.sku ?? 'HM-MG-CER', extra.qty ?? '1', extra.price ?? '12.90', 'EUR', '4.90',
];

describe('orders.importCsv: bad input (nothing saved changes)', () => {
  async function refused(rows: string[][], expected: Partial<OrdersImportReport['problems'][number]>) {
    const core = await demoCore();
    const before = core.snapshot(...SHIPMENT_TABLES);
    const report = await importOrders(core, sheet(rows));
    expect(report).toMatchObject({ committed: false, created: 0 });
    expect(report.problems).toContainEqual(expect.objectContaining(expected));
    expect(core.snapshot(...SHIPMENT_TABLES)).toEqual(before);
    return { core, report, before };
  }

  it('a file with no order number column: the mapping asks for it, nothing is read', async () => {
    const core = await demoCore();
    const path = file('no-number.csv', 'Recipient,Address,City,Country,SKU,Qty\nAnna Schmidt,Hauptstraße 5,Berlin,DE,HM-MG-CER,1\n');
    const report = await importOrders(core, path);
    expect(report.problems).toEqual([expect.objectContaining({ orderNumber: null, row: null, field: 'orderNumber', key: 'mapping_required' })]);
    expect(report).toMatchObject({ orders: 0, committed: false });
  });

  it('two orders with the same number and different addresses', async () => {
    await refused([good('A-1'), good('A-1', { city: 'Munich', sku: 'HM-BT-SS' })], {
      orderNumber: 'A-1', row: 3, field: 'city', column: 'City', key: 'order_conflict', params: { order: 'A-1', first: 'Berlin', value: 'Munich', firstRow: 2 },
    });
  });

  it('a country that is not a country', async () => {
    await refused([good('B-1', { country: 'Atlantis' })], { orderNumber: 'B-1', row: 2, field: 'country', column: 'Country', key: 'country_unknown', params: { order: 'B-1', value: 'Atlantis' } });
  });

  it('an address without a country', async () => {
    await refused([good('B-2', { country: '' })], { orderNumber: 'B-2', field: 'country', key: 'country_missing' });
  });

  it('a line with a SKU that is archived, and one no product has', async () => {
    const core = await demoCore();
    const mug = (await core.ok('products.list', { query: 'HM-MG-CER' })).items[0]!;
    await core.ok('products.archive', { id: mug.id });
    const before = core.snapshot(...SHIPMENT_TABLES);
    const report = await importOrders(core, sheet([good('C-1'), good('C-2', { sku: 'NOPE-1' })]));
    expect(report.problems).toEqual([
      expect.objectContaining({ orderNumber: 'C-1', row: 2, field: 'sku', column: 'SKU', key: 'product_archived', params: { order: 'C-1', sku: 'HM-MG-CER' } }),
      expect.objectContaining({ orderNumber: 'C-2', row: 3, field: 'sku', key: 'sku_unknown', params: { order: 'C-2', sku: 'NOPE-1' } }),
    ]);
    expect(report).toMatchObject({ badOrders: 2, committed: false });
    expect(core.snapshot(...SHIPMENT_TABLES)).toEqual(before);
  });

  it('a negative price, a quantity of 0', async () => {
    const { report } = await refused([good('D-1', { price: '-12.90' }), good('D-2', { qty: '0' })], { orderNumber: 'D-1', field: 'unitPrice', column: 'Unit price', key: 'price_negative' });
    expect(report.problems).toContainEqual(expect.objectContaining({ orderNumber: 'D-2', row: 3, field: 'quantity', column: 'Qty', key: 'quantity_zero' }));
  });

  it('an empty file and a 200 MB file are refused before the job starts, naming the limit', async () => {
    const core = await demoCore();
    const empty = file('empty.csv', '');
    expect(await core.fail('orders.importCsv', { path: empty })).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'path', key: 'file_empty' }] } });
    const big = join(tempDir(), 'huge.csv');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    const err = await core.fail('orders.importCsv', { path: big });
    expect(err).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'path', key: 'file_too_large', params: { sizeMb: 200, maxMb: 100 } }] } });
    expect(await core.fail('orders.previewCsv', { path: big })).toMatchObject({ details: { issues: [{ key: 'file_too_large' }] } });
  });

  it('onError "skip": the good orders are imported, the bad ones listed; default: none', async () => {
    const core = await demoCore();
    const path = sheet([good('E-1'), good('E-2', { sku: 'NOPE-2' }), good('E-3', { sku: 'HM-BT-SS' })]);
    expect(await importOrders(core, path)).toMatchObject({ committed: false, created: 0, good: 2, badOrders: 1 });
    const report = await importOrders(core, path, { onError: 'skip' });
    expect(report).toMatchObject({ committed: true, created: 2, good: 2, badOrders: 1, problems: [expect.objectContaining({ orderNumber: 'E-2', key: 'sku_unknown' })] });
    expect(report.shipments.map((s) => s.orderNumber).sort()).toEqual(['E-1', 'E-3']);
    // Fixed and imported again: only the one that was bad is new.
    const fixed = sheet([good('E-1'), good('E-2'), good('E-3', { sku: 'HM-BT-SS' })]);
    expect(await importOrders(core, fixed)).toMatchObject({ created: 1, skipped: { already_imported: 2 }, shipments: [expect.objectContaining({ orderNumber: 'E-2' })] });
  });
});

describe('orders.importCsv: what a platform writes', () => {
  it('Etsy Sold Orders with several items asks for the Order Items file instead of guessing prices', async () => {
    const core = await demoCore();
    const orders: SampleOrder[] = [{ ...demoOrders()[0]!, lines: [{ sku: 'HM-MG-CER', name: 'Mug', quantity: 1, price: '12.90' }, { sku: 'HM-BT-SS', name: 'Bottle', quantity: 1, price: '24.00' }] }];
    const report = await importOrders(core, file('EtsySoldOrders.csv', sampleOrderFile('etsy_orders', orders, TODAY)));
    expect(report.problems).toEqual([expect.objectContaining({ orderNumber: '#1001', field: 'sku', key: 'order_items_unknown', params: { order: '#1001', count: 2 } })]);
  });

  it('eBay: amounts with their currency sign, a multi-item order (order row, then item rows), the report trailer', async () => {
    const core = await demoCore();
    const orders: SampleOrder[] = [{ ...demoOrders()[1]!, currency: 'GBP', country: 'GB', countryName: 'United Kingdom', lines: [
      { sku: 'HM-MG-CER', name: 'Mug', quantity: 3, price: '9.50' }, { sku: 'HM-BT-SS', name: 'Bottle', quantity: 1, price: '18.00' },
    ] }];
    const text = sampleOrderFile('ebay', orders, TODAY);
    expect(text).toContain('£9.50');
    expect(text).toContain('record(s) downloaded');
    const report = await importOrders(core, file('ebay.csv', text));
    expect(report).toMatchObject({ format: 'ebay', problemCount: 0, created: 1 });
    const s = await shipmentOf(core, report, '#1002');
    expect(s).toMatchObject({ currency: 'GBP', postage: 490, consignee: { country: 'GB' } });
    expect(item(s)).toEqual([['HM-MG-CER', 3, 950], ['HM-BT-SS', 1, 1800]]);
  });

  it('Amazon: the order shipping is the sum of its lines\' shipping-price; item-price is the line total', async () => {
    const core = await demoCore();
    const header = 'order-id\torder-item-id\tpurchase-date\tsku\tproduct-name\tquantity-purchased\tcurrency\titem-price\tshipping-price\trecipient-name\tship-address-1\tship-city\tship-postal-code\tship-country';
    const rows = [
      '114-1234567-0000001\t1\t2026-11-20T08:00:00+00:00\tHM-MG-CER\tMug\t3\tUSD\t38.70\t3.00\tEmily Carter\t1420 Pine Street\tSeattle\t98101\tUS',
      '114-1234567-0000001\t2\t2026-11-20T08:00:00+00:00\tHM-BT-SS\tBottle\t1\tUSD\t24.00\t1.50\tEmily Carter\t1420 Pine Street\tSeattle\t98101\tUS',
    ];
    const report = await importOrders(core, file('amazon.txt', [header, ...rows].join('\n')));
    expect(report).toMatchObject({ format: 'amazon', created: 1 });
    const s = await shipmentOf(core, report, '114-1234567-0000001');
    expect(s.postage).toBe(450);
    expect(item(s)).toEqual([['HM-MG-CER', 3, 1290], ['HM-BT-SS', 1, 2400]]);
    expect(s.invoiceNumber).toBe('114-1234567-0000001');
  });
});

describe('orders from an Excel workbook', () => {
  it('a generic sheet saved as .xlsx imports like its CSV: the order, its consignee country and the line\'s price as written', async () => {
    const core = await demoCore();
    const header = ['Order No', 'Recipient', 'Address', 'City', 'Postcode', 'Country', 'SKU', 'Qty', 'Unit price', 'Currency', 'Shipping'];
    // Numbers as Excel stores them (a float tail on the price, a number postcode), the country by its name.
    const path = file('orders.xlsx', await xlsxBytes([{ sheet: 'Orders', rows: [header, ['X-1', 'Anna Schmidt', 'Hauptstraße 5', 'Berlin', 10115, 'Deutschland', 'HM-MG-CER', 2, 12.900000000000002, 'EUR', 4.9]] }]));
    const preview = await core.ok('orders.previewCsv', { path });
    expect(preview).toMatchObject({ format: 'generic', headers: header, rows: [['X-1', 'Anna Schmidt', 'Hauptstraße 5', 'Berlin', '10115', 'Deutschland', 'HM-MG-CER', '2', '12.9', 'EUR', '4.9']] });
    const report = await importOrders(core, path);
    expect(report).toMatchObject({ committed: true, created: 1 });
    const shipment = await shipmentOf(core, report, 'X-1');
    expect(shipment.consignee).toMatchObject({ country: 'DE', postcode: '10115' });
    expect(item(shipment)).toEqual([['HM-MG-CER', 2, 1290]]);
  });
});

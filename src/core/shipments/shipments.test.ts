import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';
import type { TestCore } from '../../../test/helpers';
import type { Shipment } from '../../shared/shipments';

const TABLES = ['shipments', 'shipment_items', 'shipment_parcels', 'shipment_events', 'settings', 'seller_rules'];
const consignee = { name: 'Anna Schmidt', addressLines: ['Hauptstr. 5'], city: 'Berlin', postcode: '10115', country: 'DE' };

async function setup() {
  const core = testCore();
  const shirt = await core.ok('products.create', { sku: 'TS-001', name: 'Cotton T-shirt, men’s', hsCode: '6109.10', originCountry: 'CN', unitNetWeightG: 200, unitValue: 1500, currency: 'USD', compliance: { categories: ['textile'], fibreContent: '100% cotton' } });
  const bank = await core.ok('products.create', {
    sku: 'PB-10', name: 'Power bank 10000 mAh', hsCode: '850760', originCountry: 'CN', unitNetWeightG: 220, unitValue: 1200, currency: 'USD',
    compliance: { battery: { type: 'lithium_ion', configuration: 'alone', whPerBattery: 37, whPerCell: 37, cellsPerUnit: 1, batteriesPerUnit: 1 } },
  });
  await core.ok('settings.update', { iossNumber: 'IM2760000001', exporterName: 'Shenzhen Shop' });
  return { core, shirt, bank };
}

const draft = (core: TestCore, extra: Record<string, unknown> = {}) =>
  core.ok('shipments.create', { consignee, orderRefs: ['#1001'], invoiceNumber: 'INV-1', shipDate: '2026-11-22', parcels: [{ grossWeightG: 600 }], ...extra } as never) as Promise<Shipment>;

describe('shipments', () => {
  it('creates with an automatic reference; items copy the product’s customs facts, editable per shipment', async () => {
    const { core, shirt } = await setup();
    const s = await draft(core, { items: [{ productId: shirt.id, quantity: 2 }] });
    expect(s.reference).toBe('SH-2026-000001');
    expect(s.status).toBe('draft');
    expect(s.currency).toBe('USD');
    expect(s.items[0]).toMatchObject({ sku: 'TS-001', description: 'Cotton T-shirt, men’s', quantity: 2, unitValue: 1500, hsCode: '610910', originCountry: 'CN', unitNetWeightG: 200 });
    expect(s.goodsValue).toBe(3000);
    expect(s.timeline).toMatchObject([{ kind: 'created', toStatus: 'draft' }]);
    const edited = await core.ok('shipments.update', { id: s.id, items: [{ productId: shirt.id, quantity: 3, description: 'Cotton T-shirt, blue', unitValue: 1400 }] });
    expect(edited.items[0]).toMatchObject({ description: 'Cotton T-shirt, blue', quantity: 3, unitValue: 1400, hsCode: '610910' });
    // The catalog is not rewritten by a shipment edit.
    expect((await core.ok('products.get', { id: shirt.id })).name).toBe('Cotton T-shirt, men’s');
  });

  it('converts the product’s value into the shipment currency with the profile’s rates', async () => {
    const { core, shirt } = await setup();
    await core.ok('settings.update', { rates: [{ from: 'USD', to: 'EUR', rate: 0.9, date: '2026-11-01' }, { from: 'USD', to: 'XDR', rate: 0.73, date: '2026-11-01' }] });
    const s = await draft(core, { currency: 'EUR', items: [{ productId: shirt.id, quantity: 1 }] });
    expect(s.items[0]!.unitValue).toBe(1350);
  });

  it('walks the workflow: ready only without blocks, then shipped and delivered, with a timeline', async () => {
    const { core, shirt, bank } = await setup();
    const s = await draft(core, { items: [{ productId: bank.id, quantity: 1 }] });
    const pf = await core.ok('shipments.preflight', { id: s.id });
    expect(pf.findings.find((f) => f.rule === 'battery.alone')).toMatchObject({ severity: 'block', field: 'items.0.productId' });
    const before = core.snapshot(...TABLES);
    const err = await core.fail('shipments.setStatus', { id: s.id, status: 'ready' });
    expect(err.code).toBe('BLOCKED');
    expect((err.details.findings as { rule: string }[]).map((f) => f.rule)).toContain('battery.alone');
    expect(core.snapshot(...TABLES)).toEqual(before);

    // Fix: the loose battery is replaced by the shirt.
    await core.ok('shipments.update', { id: s.id, items: [{ productId: shirt.id, quantity: 1 }] });
    expect((await core.ok('shipments.preflight', { id: s.id })).blocked).toBe(false);
    await core.ok('shipments.setStatus', { id: s.id, status: 'ready' });
    await core.ok('shipments.setStatus', { id: s.id, status: 'shipped', note: 'Handed to China Post' });
    const done = await core.ok('shipments.setStatus', { id: s.id, status: 'delivered' });
    expect(done.timeline.map((e) => [e.fromStatus, e.toStatus])).toEqual([[null, 'draft'], ['draft', 'ready'], ['ready', 'shipped'], ['shipped', 'delivered']]);
    expect(done.timeline[2]!.note).toBe('Handed to China Post');
    // A shipped declaration cannot be edited.
    expect((await core.fail('shipments.update', { id: s.id, carrier: 'DHL' })).code).toBe('CONFLICT');
  });

  it('the default supplier’s standing: probation warns, blocked blocks and the shipment cannot be ready', async () => {
    const { core, shirt } = await setup();
    const supplier = await core.ok('suppliers.create', { name: 'Ningbo Textiles', country: 'CN' });
    await core.ok('productSuppliers.set', { productId: shirt.id, supplierId: supplier.id, isDefault: true });
    const s = await draft(core, { items: [{ productId: shirt.id, quantity: 1 }] });
    const rulesOf = async () => (await core.ok('shipments.preflight', { id: s.id })).findings.filter((f) => f.rule.startsWith('supplier.'));
    expect(await rulesOf()).toEqual([]);
    await core.ok('suppliers.update', { id: supplier.id, status: 'probation' });
    expect(await rulesOf()).toMatchObject([{ rule: 'supplier.probation', severity: 'warn', field: 'items.0.productId', message: { params: { supplier: 'Ningbo Textiles', sku: 'TS-001' } } }]);
    await core.ok('suppliers.update', { id: supplier.id, status: 'blocked' });
    expect(await rulesOf()).toMatchObject([{ rule: 'supplier.blocked', severity: 'block', field: 'items.0.productId' }]);
    const before = core.snapshot(...TABLES);
    const err = await core.fail('shipments.setStatus', { id: s.id, status: 'ready' });
    expect(err.code).toBe('BLOCKED');
    expect((err.details.findings as { rule: string }[]).map((f) => f.rule)).toContain('supplier.blocked');
    expect(core.snapshot(...TABLES)).toEqual(before);
    // A non-default supplier’s standing does not count: another default lifts the block.
    const other = await core.ok('suppliers.create', { name: 'Hangzhou Knitwear', country: 'CN' });
    await core.ok('productSuppliers.set', { productId: shirt.id, supplierId: other.id, isDefault: true });
    expect(await rulesOf()).toEqual([]);
    await core.ok('shipments.setStatus', { id: s.id, status: 'ready' });
  });

  it('editing a ready shipment makes it a draft again', async () => {
    const { core, shirt } = await setup();
    const s = await draft(core, { items: [{ productId: shirt.id, quantity: 1 }] });
    await core.ok('shipments.setStatus', { id: s.id, status: 'ready' });
    const edited = await core.ok('shipments.update', { id: s.id, trackingNumber: 'LX123456789CN' });
    expect(edited.status).toBe('draft');
    expect(edited.timeline.at(-1)).toMatchObject({ fromStatus: 'ready', toStatus: 'draft', note: 'edited' });
  });

  it('addItem and removeItem edit one line in one transaction', async () => {
    const { core, shirt, bank } = await setup();
    const s = await draft(core);
    const one = await core.ok('shipments.addItem', { id: s.id, productId: shirt.id, quantity: 2 });
    const two = await core.ok('shipments.addItem', { id: s.id, productId: bank.id });
    expect(two.items.map((i) => i.sku)).toEqual(['TS-001', 'PB-10']);
    const back = await core.ok('shipments.removeItem', { id: s.id, itemId: two.items[1]!.id });
    expect(back.items.map((i) => i.sku)).toEqual(['TS-001']);
    expect(back.items[0]!.quantity).toBe(one.items[0]!.quantity);
  });

  it('lists newest first, filters by status, searches reference, consignee and tracking', async () => {
    const { core, shirt } = await setup();
    const a = await draft(core, { items: [{ productId: shirt.id, quantity: 1 }] });
    await draft(core, { consignee: { ...consignee, name: '山田 太郎', country: 'JP', city: 'Tokyo' }, trackingNumber: 'EE123456785CN' });
    await core.ok('shipments.setStatus', { id: a.id, status: 'ready' });
    expect((await core.ok('shipments.list', {})).items.map((s) => s.id)).toEqual([2, 1]);
    expect((await core.ok('shipments.list', { status: 'ready' })).items.map((s) => s.reference)).toEqual(['SH-2026-000001']);
    expect((await core.ok('shipments.list', { query: '山田' })).total).toBe(1);
    expect((await core.ok('shipments.list', { query: 'EE1234' })).items[0]!.country).toBe('JP');
    expect((await core.ok('shipments.list', { query: 'anna' })).items[0]).toMatchObject({ id: 1, itemCount: 1, goodsValue: 1500, consigneeName: 'Anna Schmidt' });
  });
});

describe('bad input changes nothing', () => {
  const cases: [string, (ids: { shirt: number; archived: number; s: number }) => [string, unknown], string, string][] = [
    ['unknown country', ({ s }) => ['shipments.update', { id: s, consignee: { ...consignee, country: 'XX' } }], 'consignee.country', 'country_unknown'],
    ['an item of an archived product', ({ s, archived }) => ['shipments.update', { id: s, items: [{ productId: archived, quantity: 1 }] }], 'items.0.productId', 'product_archived'],
    ['addItem of an archived product', ({ s, archived }) => ['shipments.addItem', { id: s, productId: archived }], 'items.1.productId', 'product_archived'],
    ['negative quantity', ({ s, shirt }) => ['shipments.update', { id: s, items: [{ productId: shirt, quantity: -1 }] }], 'items.0.quantity', 'too_small'],
    ['value in an unknown currency', ({ s }) => ['shipments.update', { id: s, currency: 'ABC' }], 'currency', 'currency_unknown'],
    ['a parcel with zero weight', ({ s }) => ['shipments.update', { id: s, parcels: [{ grossWeightG: 0 }] }], 'parcels.0.grossWeightG', 'too_small'],
    ['a consignee without address lines', ({ s }) => ['shipments.update', { id: s, consignee: { ...consignee, addressLines: [] } }], 'consignee.addressLines', 'too_few'],
    ['an unknown HS code on an item', ({ s, shirt }) => ['shipments.update', { id: s, items: [{ productId: shirt, quantity: 1, hsCode: '610999' }] }], 'items.0.hsCode', 'hs_unknown'],
    ['draft → delivered', ({ s }) => ['shipments.setStatus', { id: s, status: 'delivered' }], 'status', 'status_transition'],
    ['an unknown IOSS format', () => ['settings.update', { iossNumber: 'IOSS1' }], 'iossNumber', 'bad_format'],
    ['a rate in an unknown currency', () => ['settings.update', { rates: [{ from: 'ABC', to: 'XDR', rate: 1, date: '2026-01-01' }] }], 'rates.0.from', 'currency_unknown'],
  ];
  it.each(cases)('%s', async (_name, call, path, key) => {
    const { core, shirt } = await setup();
    const archived = await core.ok('products.create', { sku: 'OLD-1', name: 'Old model lamp' });
    const s = await draft(core, { items: [{ productId: shirt.id, quantity: 1 }] });
    await core.ok('products.archive', { id: archived.id });
    const before = core.snapshot(...TABLES, 'shipments_fts');
    const [method, input] = call({ shirt: shirt.id, archived: archived.id, s: s.id });
    const err = await core.fail(method, input);
    expect(err.details.issues?.[0]).toMatchObject({ path, key });
    expect(core.snapshot(...TABLES, 'shipments_fts')).toEqual(before);
  });

  it('a shipment created with an archived product is not created', async () => {
    const { core } = await setup();
    const old = await core.ok('products.create', { sku: 'OLD-2', name: 'Old lamp' });
    await core.ok('products.archive', { id: old.id });
    const before = core.snapshot(...TABLES);
    expect((await core.fail('shipments.create', { consignee, items: [{ productId: old.id, quantity: 1 }] })).details.issues?.[0]?.key).toBe('product_archived');
    expect(core.snapshot(...TABLES)).toEqual(before);
  });

  it('preflight of a shipment with no items is a block finding, not a crash', async () => {
    const { core } = await setup();
    const s = await core.ok('shipments.create', { consignee });
    const r = await core.ok('shipments.preflight', { id: s.id });
    expect(r.findings.filter((f) => f.severity === 'block').map((f) => f.rule)).toEqual(expect.arrayContaining(['decl.no_items', 'decl.no_parcels']));
    expect((await core.fail('shipments.setStatus', { id: s.id, status: 'ready' })).code).toBe('BLOCKED');
  });
});

describe('seller profile and seller rules', () => {
  it('settings start with dated reference rates and keep what the seller saves', async () => {
    const core = testCore();
    const p0 = await core.ok('settings.get');
    expect(p0.rates.find((r) => r.from === 'USD' && r.to === 'XDR')).toMatchObject({ date: '2025-09-01' });
    const p1 = await core.ok('settings.update', {
      exporterName: 'Shenzhen Shop', addressLines: ['1 Keji Rd'], country: 'cn', eori: 'GB123456789000', vatNumbers: [{ country: 'GB', number: 'GB123456789' }],
      abnArn: '12345678901', otherTaxIds: [{ label: 'USCC', number: '91440300MA5F' }], signatoryName: 'Li Wei', signatoryTitle: 'Owner', paperSize: 'Letter', defaultCurrency: 'eur',
    });
    expect(p1).toMatchObject({ country: 'CN', defaultCurrency: 'EUR', paperSize: 'Letter', updatedAt: '2026-11-21T10:00:00.000Z' });
    expect((await core.ok('settings.get')).vatNumbers).toEqual([{ country: 'GB', number: 'GB123456789' }]);
    const err = await core.fail('settings.update', { vatNumbers: [{ country: 'GB', number: '1' }, { country: 'GB', number: '2' }] });
    expect(err.details.issues?.[0]).toMatchObject({ path: 'vatNumbers.1.country', key: 'vat_duplicate' });
  });

  it('rules.create|list|update|remove, and a seller rule blocks the preflight', async () => {
    const { core, shirt } = await setup();
    const s = await draft(core, { items: [{ productId: shirt.id, quantity: 1 }] });
    const rule = await core.ok('rules.create', { match: 'product', productId: shirt.id, destination: 'EU', severity: 'block', message: 'Held at DE customs: fibre label missing' });
    expect((await core.ok('rules.list', {})).total).toBe(1);
    expect((await core.ok('shipments.preflight', { id: s.id })).findings.find((f) => f.rule === `seller.${rule.id}`)).toMatchObject({ severity: 'block' });
    await core.ok('rules.update', { id: rule.id, active: false });
    expect((await core.ok('shipments.preflight', { id: s.id })).blocked).toBe(false);
    expect((await core.fail('rules.create', { match: 'hs_prefix', severity: 'warn', message: 'x' })).details.issues?.[0]).toMatchObject({ path: 'hsPrefix', key: 'required' });
    expect((await core.fail('rules.create', { match: 'product', productId: 999, severity: 'warn', message: 'x' })).details.issues?.[0]?.key).toBe('product_unknown');
    await core.ok('rules.remove', { id: rule.id });
    expect((await core.ok('rules.list', {})).total).toBe(0);
  });
});

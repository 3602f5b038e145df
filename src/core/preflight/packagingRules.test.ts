// Issue 18 on a real SQLite file: packing facts saved and read back, bad input refused with nothing
// changed, the seller's packaging rules in the preflight, and a packaging hold's "prevent this next time".
import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';
import type { TestCore } from '../../../test/helpers';

const consignee = { name: 'Jack Brown', addressLines: ['1 George St'], city: 'Sydney', postcode: '2000', country: 'AU' };
const TABLES = ['products', 'shipments', 'shipment_parcels', 'shipment_items', 'packaging_rules', 'holds'];

async function setup() {
  const core = testCore();
  await core.ok('settings.update', { exporterName: 'Shenzhen Shop', abnArn: '12345678901' });
  const vase = await core.ok('products.create', {
    sku: 'VA-01', name: 'Glass flower vase', hsCode: '701391', originCountry: 'CN', unitNetWeightG: 400, unitValue: 1500, currency: 'USD',
    compliance: { packing: { fragile: true, upright: true, needs: ['bubble_wrap', 'double_box', 'bubble_wrap'], note: 'Wrap the neck twice' } },
  });
  return { core, vase };
}

async function shipped(core: TestCore, productId: number, parcel: Record<string, unknown>) {
  const s = await core.ok('shipments.create', { consignee, invoiceNumber: 'INV-9', shipDate: '2026-11-20', items: [{ productId, quantity: 1 }], parcels: [{ grossWeightG: 700, ...parcel }] });
  await core.ok('shipments.setStatus', { id: s.id, status: 'ready' });
  return core.ok('shipments.setStatus', { id: s.id, status: 'shipped' });
}

describe('packing facts and packaging rules (real database)', () => {
  it('a product keeps its packing facts; a parcel keeps its packaging, inner packaging, battery protection and mail class', async () => {
    const { core, vase } = await setup();
    expect(vase.compliance.packing).toEqual({
      fragile: true, liquid: false, liquidMl: null, powder: false, sharp: false, perishable: false, temperatureSensitive: false, highValue: false, upright: true,
      needs: ['bubble_wrap', 'double_box'], note: 'Wrap the neck twice',
    });
    const s = await core.ok('shipments.create', {
      consignee, items: [{ productId: vase.id, quantity: 1 }],
      parcels: [{ grossWeightG: 900, lengthMm: 300, widthMm: 200, heightMm: 200, packagingType: 'double_wall_box', innerPackaging: { sealed: true, absorbent: true }, batteryProtected: true, mailClass: 'postal_parcel' }],
    });
    const again = await core.ok('shipments.get', { id: s.id });
    expect(again.parcels[0]).toMatchObject({ packagingType: 'double_wall_box', innerPackaging: { sealed: true, absorbent: true, secondary: false }, batteryProtected: true, mailClass: 'postal_parcel' });
    // A parcel sent without the new fields reads as nothing stated.
    const plain = await core.ok('shipments.create', { consignee, items: [{ productId: vase.id, quantity: 1 }], parcels: [{ grossWeightG: 900 }] });
    expect(plain.parcels[0]).toMatchObject({ packagingType: null, innerPackaging: { sealed: false, absorbent: false, secondary: false }, batteryProtected: false, mailClass: null });
  });

  it('bad input: a liquid without a volume, zero or negative dimensions, an unknown packaging type — refused by field, nothing saved changes', async () => {
    const { core, vase } = await setup();
    const s = await core.ok('shipments.create', { consignee, items: [{ productId: vase.id, quantity: 1 }], parcels: [{ grossWeightG: 900, lengthMm: 300, widthMm: 200, heightMm: 100 }] });
    const before = core.snapshot(...TABLES);
    const liquid = await core.fail('products.update', { id: vase.id, compliance: { packing: { liquid: true } } });
    expect(liquid.code).toBe('VALIDATION');
    expect(liquid.details.issues).toEqual([expect.objectContaining({ path: 'compliance.packing.liquidMl', key: 'liquid_volume_required' })]);
    const created = await core.fail('products.create', { sku: 'SE-01', name: 'Face serum', compliance: { packing: { liquid: true, liquidMl: null } } });
    expect(created.details.issues?.[0]).toMatchObject({ path: 'compliance.packing.liquidMl' });
    const zeroMl = await core.fail('products.update', { id: vase.id, compliance: { packing: { liquid: true, liquidMl: 0 } } });
    expect(zeroMl.details.issues?.[0]?.path).toBe('compliance.packing.liquidMl');
    const zero = await core.fail('shipments.update', { id: s.id, parcels: [{ grossWeightG: 900, lengthMm: 0, widthMm: 200, heightMm: 100 }] });
    expect(zero.details.issues?.map((i) => i.path)).toEqual(['parcels.0.lengthMm']);
    const negative = await core.fail('shipments.update', { id: s.id, parcels: [{ grossWeightG: 900, lengthMm: 300, widthMm: -5, heightMm: -1 }] });
    expect(negative.details.issues?.map((i) => i.path).sort()).toEqual(['parcels.0.heightMm', 'parcels.0.widthMm']);
    const weight = await core.fail('shipments.update', { id: s.id, parcels: [{ grossWeightG: 0 }] });
    expect(weight.details.issues?.[0]?.path).toBe('parcels.0.grossWeightG');
    const type = await core.fail('shipments.update', { id: s.id, parcels: [{ grossWeightG: 900, packagingType: 'shoebox' }] });
    expect(type.details.issues?.[0]?.path).toBe('parcels.0.packagingType');
    const rule = await core.fail('packagingRules.create', { kind: 'carrier_limit', carrier: 'YunExpress', severity: 'block', message: 'No figure' });
    expect(rule.details.issues?.[0]).toMatchObject({ path: 'maxWeightG', key: 'carrier_limit_required' });
    const rule2 = await core.fail('packagingRules.create', { kind: 'carrier_limit', maxLengthMm: 0, severity: 'block', message: 'Zero' });
    expect(rule2.details.issues?.[0]?.path).toBe('maxLengthMm');
    expect(core.snapshot(...TABLES)).toEqual(before);
  });

  it('a carrier limit the seller adds applies to that carrier only, and names what is over', async () => {
    const { core, vase } = await setup();
    await core.ok('packagingRules.create', { kind: 'carrier_limit', carrier: 'YunExpress', maxWeightG: 800, severity: 'block', message: 'YunExpress small parcels: 800 g' });
    const s = await core.ok('shipments.create', { consignee, carrier: 'yunexpress', invoiceNumber: 'INV-1', items: [{ productId: vase.id, quantity: 1 }], parcels: [{ grossWeightG: 900, packagingType: 'double_wall_box' }] });
    const pf = await core.ok('shipments.preflight', { id: s.id });
    const f = pf.findings.find((x) => x.rule.startsWith('pack.carrier.'))!;
    expect(f).toMatchObject({ severity: 'block', field: 'parcels.0' });
    expect(f.message.text).toContain('900 g > 800 g');
    const other = await core.ok('shipments.update', { id: s.id, carrier: 'China Post' });
    expect((await core.ok('shipments.preflight', { id: other.id })).findings.some((x) => x.rule.startsWith('pack.carrier.'))).toBe(false);
  });

  it('a packaging hold offers "prevent this next time" as a packaging rule that the next shipment of the product meets', async () => {
    const { core, vase } = await setup();
    const s = await shipped(core, vase.id, { packagingType: 'single_wall_box' });
    const docs = await core.ok('holds.create', { shipmentId: s.id, date: '2026-11-21', authority: 'postal_operator', reason: 'documents' });
    const notPackaging = await core.fail('holds.preventPackaging', { holdId: docs.id, packagingTypes: ['double_wall_box'] });
    expect(notPackaging.details.issues?.[0]).toMatchObject({ path: 'holdId', key: 'hold_not_packaging' });
    const hold = await core.ok('holds.create', { shipmentId: s.id, date: '2026-11-22', authority: 'postal_operator', reason: 'packaging', detail: 'Vase broken in a single-wall box' });
    const { rule, hold: linked } = await core.ok('holds.preventPackaging', { holdId: hold.id, packagingTypes: ['double_wall_box'] });
    expect(rule).toMatchObject({ kind: 'product_packaging', productId: vase.id, productSku: 'VA-01', destination: 'AU', packagingTypes: ['double_wall_box'], severity: 'block', source: `hold:${hold.id}` });
    expect(rule.message).toContain('Vase broken in a single-wall box');
    expect(linked.packagingRuleId).toBe(rule.id);
    const next = await core.ok('shipments.create', { consignee, invoiceNumber: 'INV-10', items: [{ productId: vase.id, quantity: 1 }], parcels: [{ grossWeightG: 900, packagingType: 'single_wall_box' }] });
    const pf = await core.ok('shipments.preflight', { id: next.id });
    expect(pf.findings.find((f) => f.rule === `pack.rule.${rule.id}`)).toMatchObject({ severity: 'block', field: 'parcels.0.packagingType' });
    expect((await core.fail('shipments.setStatus', { id: next.id, status: 'ready' })).code).toBe('BLOCKED');
    await core.ok('shipments.update', { id: next.id, parcels: [{ grossWeightG: 1100, packagingType: 'double_wall_box' }] });
    const ok = await core.ok('shipments.preflight', { id: next.id });
    expect(ok.findings.some((f) => f.rule === `pack.rule.${rule.id}`)).toBe(false);
    // Listed, switched off, removed.
    expect((await core.ok('packagingRules.list', { productId: vase.id })).total).toBe(1);
    expect((await core.ok('packagingRules.update', { id: rule.id, active: false })).active).toBe(false);
    await core.ok('packagingRules.remove', { id: rule.id });
    expect((await core.ok('holds.get', { id: hold.id })).packagingRuleId).toBeNull();
  });
});

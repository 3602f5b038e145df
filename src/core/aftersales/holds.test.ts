import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';
import type { TestCore } from '../../../test/helpers';

const TABLES = ['holds', 'shipments', 'shipment_events', 'seller_rules'];
const consignee = { name: 'Jack Brown', addressLines: ['1 George St'], city: 'Sydney', postcode: '2000', country: 'AU' };

async function setup() {
  const core = testCore();
  // Perfume declared without its dangerous-goods facts: exactly how a parcel gets held.
  // A lipstick (HS 3304.10), not a perfume: since issue 15 a perfume (HS 3303) is blocked from mail by its HS code, so it could never be shipped and held.
  const perfume = await core.ok('products.create', { sku: 'PF-50', name: 'Lipstick, matte, red', hsCode: '330410', originCountry: 'FR', unitNetWeightG: 120, unitValue: 3500, currency: 'USD', compliance: { categories: ['cosmetics'] } });
  await core.ok('settings.update', { exporterName: 'Shenzhen Shop', abnArn: '12345678901' });
  return { core, perfume };
}

async function shipped(core: TestCore, productId: number) {
  const s = await core.ok('shipments.create', { consignee, invoiceNumber: 'INV-9', shipDate: '2026-11-20', items: [{ productId, quantity: 1 }], parcels: [{ grossWeightG: 400 }] });
  await core.ok('shipments.setStatus', { id: s.id, status: 'ready' });
  return core.ok('shipments.setStatus', { id: s.id, status: 'shipped' });
}

describe('inspection holds', () => {
  it('a hold makes the shipment held; released puts it back to shipped, through the workflow (timeline)', async () => {
    const { core, perfume } = await setup();
    const s = await shipped(core, perfume.id);
    const hold = await core.ok('holds.create', {
      shipmentId: s.id, date: '2026-11-21', authority: 'carrier_security', reason: 'dangerous_goods', detail: 'Perfume is a flammable liquid (UN1266)',
      requested: 'Safety data sheet', handling: 'supply_documents', deadline: '2026-11-28', cost: 2500,
    });
    expect(hold).toMatchObject({ outcome: 'pending', country: 'AU', costCurrency: 'USD', shipmentReference: s.reference });
    let after = await core.ok('shipments.get', { id: s.id });
    expect(after.status).toBe('held');
    expect(after.timeline.at(-1)).toMatchObject({ kind: 'status', fromStatus: 'shipped', toStatus: 'held' });
    await core.ok('holds.update', { id: hold.id, outcome: 'released' });
    after = await core.ok('shipments.get', { id: s.id });
    expect(after.status).toBe('shipped');
    expect(after.timeline.at(-1)).toMatchObject({ fromStatus: 'held', toStatus: 'shipped' });
    // An ended hold's outcome is final.
    const err = await core.fail('holds.update', { id: hold.id, outcome: 'destroyed' });
    expect(err.details.issues?.[0]).toMatchObject({ path: 'outcome', key: 'hold_outcome_final' });
  });

  it('returned and destroyed outcomes move the shipment to returned / destroyed', async () => {
    const { core, perfume } = await setup();
    for (const outcome of ['returned', 'destroyed'] as const) {
      const s = await shipped(core, perfume.id);
      const hold = await core.ok('holds.create', { shipmentId: s.id, date: '2026-11-21', authority: 'customs', reason: 'documents' });
      await core.ok('holds.update', { id: hold.id, outcome, handling: outcome === 'returned' ? 'return_to_sender' : 'destroy_abandon' });
      expect((await core.ok('shipments.get', { id: s.id })).status).toBe(outcome);
    }
  });

  it('bad input: a hold on a draft shipment is refused, nothing saved changes', async () => {
    const { core, perfume } = await setup();
    const s = await core.ok('shipments.create', { consignee, items: [{ productId: perfume.id, quantity: 1 }] });
    const before = core.snapshot(...TABLES);
    const err = await core.fail('holds.create', { shipmentId: s.id, date: '2026-11-21', authority: 'customs', reason: 'other' });
    expect(err.code).toBe('CONFLICT');
    expect(err.details.issues?.[0]).toMatchObject({ path: 'shipmentId', key: 'hold_not_shipped', params: { status: 'draft' } });
    expect(core.snapshot(...TABLES)).toEqual(before);
    const bad = await core.fail('holds.create', { shipmentId: s.id, date: '2026-13-01', authority: 'police', reason: 'other' });
    expect(bad.details.issues?.map((i) => i.path).sort()).toEqual(['authority', 'date']);
  });

  it('"prevent this next time" creates a seller rule that blocks the same product to the same country in a new shipment', async () => {
    const { core, perfume } = await setup();
    const s = await shipped(core, perfume.id);
    const hold = await core.ok('holds.create', { shipmentId: s.id, date: '2026-11-21', authority: 'carrier_security', reason: 'dangerous_goods', detail: 'Perfume is a flammable liquid' });
    const { rule, hold: linked } = await core.ok('holds.preventRule', { holdId: hold.id, scope: 'product', severity: 'block' });
    expect(rule).toMatchObject({ match: 'product', productId: perfume.id, destination: 'AU', severity: 'block' });
    expect(rule.message).toContain('Perfume is a flammable liquid');
    expect(linked.ruleId).toBe(rule.id);
    const next = await core.ok('shipments.create', { consignee, invoiceNumber: 'INV-10', items: [{ productId: perfume.id, quantity: 1 }], parcels: [{ grossWeightG: 400 }] });
    const pf = await core.ok('shipments.preflight', { id: next.id });
    expect(pf.findings.filter((f) => f.severity === 'block').map((f) => f.rule).join(' ')).toMatch(/seller/);
    const blocked = await core.fail('shipments.setStatus', { id: next.id, status: 'ready' });
    expect(blocked.code).toBe('BLOCKED');
    // To another country the rule does not apply.
    const de = await core.ok('shipments.create', { consignee: { ...consignee, country: 'DE', city: 'Berlin' }, items: [{ productId: perfume.id, quantity: 1 }], parcels: [{ grossWeightG: 400 }] });
    expect((await core.ok('shipments.preflight', { id: de.id })).findings.some((f) => f.message.text.includes('flammable liquid'))).toBe(false);
  });

  it('prevent by HS prefix and by category; a category is needed when the product has none', async () => {
    const { core, perfume } = await setup();
    const s = await shipped(core, perfume.id);
    const hold = await core.ok('holds.create', { shipmentId: s.id, date: '2026-11-21', authority: 'customs', reason: 'dangerous_goods' });
    expect((await core.ok('holds.preventRule', { holdId: hold.id, scope: 'hsPrefix', severity: 'warn' })).rule).toMatchObject({ match: 'hs_prefix', hsPrefix: '330410' });
    expect((await core.ok('holds.preventRule', { holdId: hold.id, scope: 'category' })).rule).toMatchObject({ match: 'category', category: 'cosmetics' });
    const err = await core.fail('holds.preventRule', { holdId: hold.id, scope: 'product', productId: 999 });
    expect(err.details.issues?.[0]).toMatchObject({ path: 'productId', key: 'hold_product_not_in_shipment' });
  });

  it('statistics: holds by reason, destination and product', async () => {
    const { core, perfume } = await setup();
    for (const reason of ['dangerous_goods', 'dangerous_goods', 'packaging'] as const) {
      const s = await shipped(core, perfume.id);
      await core.ok('holds.create', { shipmentId: s.id, date: '2026-11-21', authority: 'customs', reason });
    }
    const stats = await core.ok('holds.stats', {});
    expect(stats.total).toBe(3);
    expect(stats.byReason).toEqual([{ reason: 'dangerous_goods', count: 2 }, { reason: 'packaging', count: 1 }]);
    expect(stats.byDestination).toEqual([{ country: 'AU', count: 3 }]);
    expect(stats.byProduct).toEqual([{ productId: perfume.id, sku: 'PF-50', name: 'Lipstick, matte, red', count: 3 }]);
    expect((await core.ok('holds.list', { outcome: 'pending' })).total).toBe(3);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { testCore } from '../../../test/helpers';
import { claimSetup } from '../../../test/fixtures/claims';
import { preflightDay } from '../../../test/fixtures/preflight-day';
import * as engine from '../preflight/engine';
import { claimsForDashboard } from './dashboard';

afterEach(() => {
  vi.restoreAllMocks();
});

const consignee = { name: 'Jack Brown', addressLines: ['1 George St'], city: 'Sydney', postcode: '2000', country: 'AU' };

describe('dashboard', () => {
  it('shows what needs the seller today, each card a count and its first records', async () => {
    const core = testCore(); // now 2026-11-21T10:00Z
    // Not a perfume (HS 3303): since issue 15 its HS code keeps it out of the mail, so it could not be shipped and held.
    const p = await core.ok('products.create', { sku: 'PF-50', name: 'Lipstick, matte, red', hsCode: '330410', originCountry: 'FR', unitNetWeightG: 120, unitValue: 3500, currency: 'USD' });
    await core.ok('settings.update', { abnArn: '12345678901' });
    const s = await core.ok('shipments.create', { consignee, invoiceNumber: 'I', items: [{ productId: p.id, quantity: 1 }], parcels: [{ grossWeightG: 300 }] });
    await core.ok('shipments.setStatus', { id: s.id, status: 'ready' });
    await core.ok('shipments.setStatus', { id: s.id, status: 'shipped' });
    const hold = await core.ok('holds.create', { shipmentId: s.id, date: '2026-11-21', authority: 'customs', reason: 'dangerous_goods', deadline: '2026-11-25' });
    const draft = await core.ok('shipments.create', { consignee, items: [] });
    const overdue = await core.ok('cases.create', { customerName: 'Late', customerCountry: 'AU', productId: p.id, type: 'return', reason: 'other', openedAt: '2026-11-19T08:00:00Z' });
    const dueToday = await core.ok('cases.create', { customerName: 'Today', customerCountry: 'AU', productId: p.id, type: 'return', reason: 'other', openedAt: '2026-11-20T20:00:00Z' });
    await core.ok('cases.create', { customerName: 'Tomorrow', customerCountry: 'AU', productId: p.id, type: 'return', reason: 'other' });
    await core.ok('certificates.create', { type: 'sds', issueDate: '2025-01-01', expiryDate: '2026-12-10', productIds: [p.id] });
    await core.ok('certificates.create', { type: 'doc_ce', issueDate: '2025-01-01', expiryDate: '2027-06-01', productIds: [p.id] });
    const sup = await core.ok('suppliers.create', { name: 'Grasse Fragrance', country: 'FR' });
    await core.ok('suppliers.update', { id: sup.id, status: 'probation' });

    const d = await core.ok('dashboard.get', {});
    expect(d.today).toBe('2026-11-21');
    expect(d.casesDue.count).toBe(2);
    expect(d.casesDue.items).toMatchObject([
      { id: overdue.id, kind: 'first_response', overdue: true },
      { id: dueToday.id, due: '2026-11-21T20:00:00.000Z', overdue: false },
    ]);
    expect(d.holdsOpen).toMatchObject({ count: 1, items: [{ id: hold.id, shipmentId: s.id, country: 'AU', deadline: '2026-11-25' }] });
    expect(d.certificatesExpiring).toMatchObject({ count: 1, items: [{ type: 'sds', expiryDate: '2026-12-10' }] });
    expect(d.shipmentsNotReady.count).toBe(1);
    expect(d.shipmentsNotReady.items[0]).toMatchObject({ id: draft.id });
    expect(d.shipmentsNotReady.items[0]!.blocks).toBeGreaterThan(0);
    expect(d.suppliersAtRisk).toMatchObject({ count: 1, items: [{ id: sup.id, status: 'probation' }] });
    // No claims table on this branch: both claim cards are empty.
    expect(d.claimsToFile).toEqual({ count: 0, items: [] });
    expect(d.claimsWaiting).toEqual({ count: 0, items: [] });
    // Answering the late case takes it off the first-response deadline (its resolution is due later).
    await core.ok('cases.update', { id: overdue.id, status: 'in_progress' });
    expect((await core.ok('dashboard.get', {})).casesDue.count).toBe(1);
  });

  it('claims: drafts to file (most urgent deadline first, late ones too) and claims waiting for the insurer', async () => {
    const core = testCore();
    const { shipment, policy } = await claimSetup(core);
    const claim = (incidentDate: string) => core.ok('claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'loss', incidentDate, amountClaimed: 100 });
    const later = await claim('2026-11-15'); // deadline 2026-12-15
    const late = await claim('2026-10-01'); // deadline 2026-10-31, already passed
    const filed = await claim('2026-11-10');
    await core.ok('claims.update', { id: filed.id, status: 'filed' });
    const c = claimsForDashboard(core.ctx.db, '2026-11-21');
    expect(c.toFile).toMatchObject({ count: 2, items: [{ id: late.id, date: '2026-10-31' }, { id: later.id, date: '2026-12-15' }] });
    expect(c.waiting).toMatchObject({ count: 1, items: [{ id: filed.id, reference: filed.reference, type: 'loss', status: 'filed', date: '2026-11-21' }] });
  });

  it('the drafts card: the same counts as the editor’s preflight, each draft checked at most once per call, none again until the data changes', async () => {
    const { core, shirt, shipments: s } = await preflightDay(testCore());
    const spy = vi.spyOn(engine, 'preflight');
    const d = await core.ok('dashboard.get', { perCard: 20 });
    // The numbers the dashboard gave on this fixture before issue 16 (when each draft ran the editor's preflight on its own).
    const expected = [
      [s.tomorrow, 0], [s.smallOver, 1], [s.vaseDouble, 0], [s.vaseSingle, 1], [s.yunUnder, 0],
      [s.yunOver, 1], [s.bank, 1], [s.shirtDe, 0], [s.shirt, 0], [s.empty, 2],
    ] as const;
    expect(d.shipmentsNotReady).toEqual({
      count: 10,
      items: expected.map(([x, blocks]) => ({ id: x.id, reference: x.reference, consigneeName: x.consignee.name, country: x.consignee.country, blocks })),
    });
    for (const item of d.shipmentsNotReady.items)
      expect(item.blocks).toBe((await core.ok('shipments.preflight', { id: item.id })).findings.filter((f) => f.severity === 'block').length);
    // The ten drafts shown (and the editor's ten calls after them): each checked once by dashboard.get.
    const byDashboard = spy.mock.calls.slice(0, 10).map(([input]) => (input.shipment as { id?: number }).id);
    expect(spy).toHaveBeenCalledTimes(20);
    expect(new Set(byDashboard)).toEqual(new Set(expected.map(([x]) => x.id)));

    // Nothing changed: the dashboard again checks nothing; the default card shows the first five.
    spy.mockClear();
    expect((await core.ok('dashboard.get', {})).shipmentsNotReady).toEqual({ count: 10, items: d.shipmentsNotReady.items.slice(0, 5) });
    expect(spy).not.toHaveBeenCalled();

    // A product changes: the next look checks each draft shown once more, and counts the new blocks.
    await core.ok('products.update', { id: shirt.id, compliance: { categories: ['textile'], fibreContent: '100% cotton', battery: { type: 'lithium_ion', configuration: 'alone', whPerBattery: 10, whPerCell: 10, cellsPerUnit: 1, batteriesPerUnit: 1 } } });
    const after = await core.ok('dashboard.get', { perCard: 20 });
    expect(spy).toHaveBeenCalledTimes(10);
    const blocks = new Map(after.shipmentsNotReady.items.map((x) => [x.id, x.blocks]));
    for (const x of [s.tomorrow, s.smallOver, s.yunUnder, s.yunOver, s.shirtDe, s.shirt]) expect(blocks.get(x.id), x.reference).toBeGreaterThan(0);
    expect(blocks.get(s.vaseDouble.id)).toBe(0);
  });
});

// The preflight column of the shipments list (issue 16, point 3): the list says what the editor's
// preflight says (the issue-18 parcel facts and packaging rules too), after an edit of the shipment
// and after a change of a product it holds, with no save of the shipment in between; "ready to
// print" keeps today's shipments without a block.
import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';
import type { TestCore } from '../../../test/helpers';
import type { Shipment, ShipmentSummary } from '../../shared/shipments';
import { preflightDay } from '../../../test/fixtures/preflight-day';

const consignee = { name: 'Anna Schmidt', addressLines: ['Hauptstr. 5'], city: 'Berlin', postcode: '10115', country: 'DE' };

async function setup() {
  const core = testCore();
  const shirt = await core.ok('products.create', { sku: 'TS-001', name: 'Cotton T-shirt, men’s', hsCode: '6109.10', originCountry: 'CN', unitNetWeightG: 200, unitValue: 1500, currency: 'USD', compliance: { categories: ['textile'], fibreContent: '100% cotton' } });
  await core.ok('settings.update', { iossNumber: 'IM2760000001', exporterName: 'Shenzhen Shop' });
  return { core, shirt };
}
const today = (core: TestCore) => core.ctx.today();
const draft = (core: TestCore, extra: Record<string, unknown> = {}) =>
  core.ok('shipments.create', { consignee, orderRefs: ['#1001'], invoiceNumber: 'INV-1', shipDate: today(core), parcels: [{ grossWeightG: 600 }], ...extra } as never) as Promise<Shipment>;
const row = async (core: TestCore, id: number): Promise<ShipmentSummary> => (await core.ok('shipments.list', {})).items.find((s) => s.id === id)!;
const editorCounts = async (core: TestCore, id: number) => {
  const pf = await core.ok('shipments.preflight', { id });
  const n = (s: string) => pf.findings.filter((f) => f.severity === s).length;
  return { block: n('block'), warn: n('warn'), info: n('info') };
};

describe('the preflight column of the shipments list', () => {
  it('is the editor’s verdict, fresh after an edit of the shipment', async () => {
    const { core, shirt } = await setup();
    const s = await draft(core);
    expect((await row(core, s.id)).preflight).toMatchObject({ verdict: 'blocked', ...(await editorCounts(core, s.id)) });
    await core.ok('shipments.update', { id: s.id, items: [{ productId: shirt.id, quantity: 2 }] });
    const after = (await row(core, s.id)).preflight!;
    expect(after.verdict).not.toBe('blocked');
    expect(after).toMatchObject(await editorCounts(core, s.id));
  });

  it('follows a change of a product the shipment holds, without the shipment being saved again', async () => {
    const { core, shirt } = await setup();
    const s = await draft(core, { items: [{ productId: shirt.id, quantity: 1 }] });
    const before = (await row(core, s.id)).preflight!;
    expect(before.verdict).not.toBe('blocked');
    // The T-shirt turns out to hold a loose lithium battery: every shipment with it is blocked now.
    await core.ok('products.update', { id: shirt.id, compliance: { categories: ['textile'], fibreContent: '100% cotton', battery: { type: 'lithium_ion', configuration: 'alone', whPerBattery: 10, whPerCell: 10, cellsPerUnit: 1, batteriesPerUnit: 1 } } });
    const after = (await row(core, s.id)).preflight!;
    expect(after).toMatchObject({ verdict: 'blocked', ...(await editorCounts(core, s.id)) });
    expect((await core.ok('shipments.get', { id: s.id })).updatedAt).toBe(s.updatedAt);
  });

  it('has nothing to say once a shipment has left, and “ready to print” keeps today’s printable shipments', async () => {
    const { core, shirt } = await setup();
    const good = await draft(core, { items: [{ productId: shirt.id, quantity: 1 }] });
    const blocked = await draft(core);
    const tomorrow = await draft(core, { items: [{ productId: shirt.id, quantity: 1 }], shipDate: '2099-01-01' });
    const gone = await draft(core, { items: [{ productId: shirt.id, quantity: 1 }] });
    await core.ok('shipments.setStatus', { id: gone.id, status: 'ready' });
    await core.ok('shipments.setStatus', { id: gone.id, status: 'shipped' });
    expect((await row(core, gone.id)).preflight).toBeNull();
    const page = await core.ok('shipments.list', { readyToPrint: true });
    expect(page.items.map((s) => s.id)).toEqual([good.id]);
    expect(page.total).toBe(1);
    expect([blocked.id, tomorrow.id].every((id) => !page.items.some((s) => s.id === id))).toBe(true);
  });

  it('says what the editor says on the issue-18 facts: the carrier, the parcel’s packaging type and mail class, the packaging rules', async () => {
    const { core, shipments: s } = await preflightDay(testCore());
    const page = await core.ok('shipments.list', { limit: 500 });
    for (const x of Object.values(s)) {
      const counts = await editorCounts(core, x.id);
      const verdict = counts.block > 0 ? 'blocked' : counts.warn > 0 ? 'warnings' : 'ready';
      expect(page.items.find((r) => r.id === x.id)!.preflight, x.reference).toEqual({ verdict, ...counts });
    }
    // Over the carrier's limit, in the wrong box for a vase, a small packet over its weight: blocked, so not ready to print.
    for (const blocked of [s.yunOver, s.vaseSingle, s.smallOver]) expect((await row(core, blocked.id)).preflight!.verdict).toBe('blocked');
    expect((await core.ok('shipments.list', { readyToPrint: true })).items.map((r) => r.id)).toEqual([s.vaseDouble.id, s.yunUnder.id, s.shirtDe.id, s.shirt.id]);
  });
});

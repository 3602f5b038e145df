// The preflight summaries kept between calls (issue 16, speed): the shipments list's column and its
// "Ready to print" filter say what the editor says (the issue-18 parcel facts and packaging rules
// included); the day's preflight runs once per change of data, not once per page; and no verdict is
// ever older than the data — after a change of a product, its supplier, a certificate, a rule, the
// profile or the day, with no save of the shipment in between. A stale "ready" is worse than slow.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as engine from '../preflight/engine';
import { testCore } from '../../../test/helpers';
import type { TestCore } from '../../../test/helpers';
import { auConsignee, deConsignee, preflightDay } from '../../../test/fixtures/preflight-day';
import { queryContext } from '../api';
import { preflightSummaries } from './summary';

afterEach(() => {
  vi.restoreAllMocks();
});

const editorCounts = async (core: TestCore, id: number) => {
  const pf = await core.ok('shipments.preflight', { id });
  const n = (s: string) => pf.findings.filter((f) => f.severity === s).length;
  return { block: n('block'), warn: n('warn'), info: n('info') };
};
const column = async (core: TestCore, id: number) => (await core.ok('shipments.list', { limit: 500 })).items.find((s) => s.id === id)!.preflight;
const readyIds = async (core: TestCore) => (await core.ok('shipments.list', { readyToPrint: true, limit: 500 })).items.map((s) => s.id);
/** Every shipment of the list: its column is the editor's verdict, counts and all. */
async function expectColumnIsEditors(core: TestCore, ids: number[]) {
  const page = await core.ok('shipments.list', { limit: 500 });
  for (const id of ids) {
    const counts = await editorCounts(core, id);
    const verdict = counts.block > 0 ? 'blocked' : counts.warn > 0 ? 'warnings' : 'ready';
    expect(page.items.find((s) => s.id === id)!.preflight, `shipment ${id}`).toEqual({ verdict, ...counts });
  }
}
/** The shipments the checker ran over since the spy was set, by id. */
const checkedIds = (spy: { mock: { calls: [engine.PreflightInput][] } }) => spy.mock.calls.map(([input]) => (input.shipment as { id?: number }).id);

describe('the list’s preflight summaries, kept between calls', () => {
  it('never show a verdict older than the data: a product, its supplier, a rule, a packaging rule, the profile', async () => {
    const { core, shirt, vaseBox, shipments: s } = await preflightDay(testCore());
    const all = Object.values(s).map((x) => x.id);
    expect(await readyIds(core)).toEqual([s.vaseDouble.id, s.yunUnder.id, s.shirtDe.id, s.shirt.id]);
    // Read again with nothing changed: the kept summaries, the same answer.
    expect(await readyIds(core)).toEqual([s.vaseDouble.id, s.yunUnder.id, s.shirtDe.id, s.shirt.id]);

    // The T-shirt turns out to hold a loose lithium battery: every shipment with it is blocked now, none of them saved again.
    await core.ok('products.update', { id: shirt.id, compliance: { categories: ['textile'], fibreContent: '100% cotton', battery: { type: 'lithium_ion', configuration: 'alone', whPerBattery: 10, whPerCell: 10, cellsPerUnit: 1, batteriesPerUnit: 1 } } });
    expect(await readyIds(core)).toEqual([s.vaseDouble.id]);
    expect((await column(core, s.shirt.id))!.verdict).toBe('blocked');
    expect((await core.ok('shipments.get', { id: s.shirt.id })).updatedAt).toBe(s.shirt.updatedAt);
    await expectColumnIsEditors(core, all);
    await core.ok('products.update', { id: shirt.id, compliance: { categories: ['textile'], fibreContent: '100% cotton' } });
    expect(await readyIds(core)).toEqual([s.vaseDouble.id, s.yunUnder.id, s.shirtDe.id, s.shirt.id]);

    // Its default supplier is blocked, then another supplier's standing changes nothing.
    const supplier = await core.ok('suppliers.create', { name: 'Ningbo Textiles', country: 'CN' });
    await core.ok('productSuppliers.set', { productId: shirt.id, supplierId: supplier.id, isDefault: true });
    expect(await readyIds(core)).toEqual([s.vaseDouble.id, s.yunUnder.id, s.shirtDe.id, s.shirt.id]);
    await core.ok('suppliers.update', { id: supplier.id, status: 'blocked' });
    expect(await readyIds(core)).toEqual([s.vaseDouble.id]);
    await expectColumnIsEditors(core, all);
    await core.ok('suppliers.update', { id: supplier.id, status: 'approved' });
    expect(await readyIds(core)).toEqual([s.vaseDouble.id, s.yunUnder.id, s.shirtDe.id, s.shirt.id]);

    // The vase's box rule switched off: the single-wall box passes; a seller rule on glassware blocks both vases.
    await core.ok('packagingRules.update', { id: vaseBox.id, active: false });
    expect(await readyIds(core)).toEqual([s.vaseDouble.id, s.vaseSingle.id, s.yunUnder.id, s.shirtDe.id, s.shirt.id]);
    await core.ok('rules.create', { match: 'hs_prefix', hsPrefix: '7013', destination: 'AU', severity: 'block', message: 'No glass to Australia this month' });
    expect(await readyIds(core)).toEqual([s.yunUnder.id, s.shirtDe.id, s.shirt.id]);
    await expectColumnIsEditors(core, all);

    // The profile: without its IOSS number, the German shipment's verdict changes with it.
    const withIoss = (await column(core, s.shirtDe.id))!;
    await core.ok('settings.update', { iossNumber: null });
    const withoutIoss = (await column(core, s.shirtDe.id))!;
    expect(withoutIoss).not.toEqual(withIoss);
    await expectColumnIsEditors(core, all);
  });

  it('follow the day: a certificate valid today blocks tomorrow, with nothing written', async () => {
    let now = new Date('2026-11-21T10:00:00Z');
    const core = testCore(() => now);
    const lamp = await core.ok('products.create', { sku: 'LAMP-1', name: 'LED desk lamp, metal', hsCode: '940521', originCountry: 'CN', unitNetWeightG: 800, unitValue: 2500, currency: 'EUR', compliance: { categories: ['electrical'] } });
    await core.ok('certificates.create', { type: 'doc_ce', number: 'DOC-1', issueDate: '2024-01-01', expiryDate: '2026-11-21', productIds: [lamp.id] });
    // No ship date: checked against today.
    const s = await core.ok('shipments.create', { consignee: deConsignee, currency: 'EUR', shipDate: null, invoiceNumber: 'INV-1', items: [{ productId: lamp.id, quantity: 1 }], parcels: [{ grossWeightG: 1200 }] } as never);
    const today = await column(core, s.id);
    expect(today!.block).toBe(0);
    now = new Date('2026-11-22T10:00:00Z');
    const tomorrow = await column(core, s.id);
    expect(tomorrow!.block).toBe(1);
    expect(tomorrow).toEqual({ verdict: 'blocked', ...(await editorCounts(core, s.id)) });
  });

  it('run the day’s preflight once per change of data, not once per page, and page it without a gap or a repeat', async () => {
    const { core, shirt, bank } = await preflightDay(testCore());
    const today = core.ctx.today();
    // 40 more of today's shipments, every third with the loose power bank (blocked).
    for (let i = 0; i < 40; i++)
      await core.ok('shipments.create', { consignee: { ...auConsignee, name: `Customer ${i}` }, invoiceNumber: `INV-${i}`, shipDate: today, items: [{ productId: i % 3 === 0 ? bank.id : shirt.id, quantity: 1 }], parcels: [{ grossWeightG: 600 }] });
    const day = core.ctx.db.prepare(`SELECT id FROM shipments WHERE ship_date = ? AND status IN ('draft', 'ready')`).pluck().all(today) as number[];
    const whole = await core.ok('shipments.list', { readyToPrint: true, limit: 500 });
    expect(whole.total).toBe(4 + 40 - 14);

    const spy = vi.spyOn(engine, 'preflight');
    const pages = [];
    for (let offset = 0; offset < whole.total + 7; offset += 7) pages.push(await core.ok('shipments.list', { readyToPrint: true, offset, limit: 7 }));
    // Nothing changed since the whole list was read: no shipment checked again.
    expect(spy).not.toHaveBeenCalled();
    const paged = pages.flatMap((p) => p.items.map((s) => s.id));
    expect(paged).toEqual(whole.items.map((s) => s.id));
    expect(new Set(paged).size).toBe(paged.length);
    expect(pages.every((p) => p.total === whole.total)).toBe(true);
    expect(pages.at(-1)!.items).toEqual([]);

    // An edit: the next page checks the day again, each of its shipments once; the pages after it, none.
    await core.ok('shipments.update', { id: whole.items[0]!.id, items: [{ productId: bank.id, quantity: 1 }] });
    const first = await core.ok('shipments.list', { readyToPrint: true, offset: 0, limit: 7 });
    expect(checkedIds(spy).sort((a, b) => a! - b!)).toEqual([...day].sort((a, b) => a - b));
    expect(first.total).toBe(whole.total - 1);
    expect(first.items.map((s) => s.id)).toEqual(whole.items.slice(1, 8).map((s) => s.id));
    spy.mockClear();
    await core.ok('shipments.list', { readyToPrint: true, offset: 7, limit: 7 });
    expect(spy).not.toHaveBeenCalled();
  });

  it('are not kept from a connection’s own writes (a job worker queries on its writer) nor from a transaction that is rolled back', async () => {
    const { core, shirt, shipments: s } = await preflightDay(testCore());
    // The writer as the query's connection: its own commits do not change data_version, total_changes() does.
    const onWriter = { ...queryContext(core.ctx), db: core.ctx.db };
    expect(preflightSummaries(onWriter, [s.shirt.id]).get(s.shirt.id)!.block).toBe(0);
    const battery = { categories: ['textile'], fibreContent: '100% cotton', battery: { type: 'lithium_ion', configuration: 'alone', whPerBattery: 10, whPerCell: 10, cellsPerUnit: 1, batteriesPerUnit: 1 } };
    await core.ok('products.update', { id: shirt.id, compliance: battery } as never);
    expect(preflightSummaries(onWriter, [s.shirt.id]).get(s.shirt.id)!.block).toBe(1);
    await core.ok('products.update', { id: shirt.id, compliance: { categories: ['textile'], fibreContent: '100% cotton' } });
    expect(preflightSummaries(onWriter, [s.shirt.id]).get(s.shirt.id)!.block).toBe(0);

    // Read inside a transaction that changes the product, then rolled back: what was read there is not kept.
    const compliance = core.ctx.db.prepare('SELECT compliance FROM products WHERE id = ?').pluck().get(shirt.id) as string;
    const batteryJson = JSON.stringify({ ...JSON.parse(compliance), battery: battery.battery });
    expect(() =>
      core.ctx.db.transaction(() => {
        core.ctx.db.prepare('UPDATE products SET compliance = ? WHERE id = ?').run(batteryJson, shirt.id);
        expect(preflightSummaries(onWriter, [s.shirt.id]).get(s.shirt.id)!.block).toBe(1);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(preflightSummaries(onWriter, [s.shirt.id]).get(s.shirt.id)!.block).toBe(0);
    expect((await column(core, s.shirt.id))!.block).toBe(0);
  });
});

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';
import type { BatchReport } from '../../shared/documents';

describe('demo.load', () => {
  it('fills an empty data file with products, suppliers, certificates and shipments, and refuses a second time', async () => {
    const core = testCore();
    const loaded = await core.ok('demo.load', {});
    expect(loaded.counts).toMatchObject({ suppliers: 5 });
    expect(loaded.counts.products).toBeGreaterThanOrEqual(30);
    expect(loaded.counts.shipments).toBeGreaterThanOrEqual(5);
    const suppliers = await core.ok('suppliers.list', {});
    expect(new Set(suppliers.items.map((s) => s.country))).toEqual(new Set(['CN', 'BD', 'KR']));
    expect(suppliers.items.map((s) => s.status)).toEqual(expect.arrayContaining(['approved', 'probation', 'blocked']));
    const expiring = await core.ok('certificates.expiring', { withinDays: 30 });
    expect(expiring.items.length).toBeGreaterThanOrEqual(2);
    const shipments = await core.ok('shipments.list', {});
    const verdicts = await Promise.all(shipments.items.map((s) => core.ok('shipments.preflight', { id: s.id })));
    const blocked = verdicts.filter((v) => v.findings.some((f) => f.severity === 'block'));
    expect(blocked.length).toBeGreaterThan(0);
    expect(blocked.length).toBeLessThan(verdicts.length);
    expect(loaded.counts.lots).toBeGreaterThanOrEqual(20);
    const lots = await core.ok('lots.list', {});
    expect(lots.items.map((l) => l.status)).toEqual(expect.arrayContaining(['awaiting_inspection', 'released']));
    expect(lots.items.some((l) => l.supplierName.startsWith('Yiwu'))).toBe(false); // blocked: no lot taken
    expect((await core.fail('demo.load', {})).code).toBe('CONFLICT');
  });

  it('names the maker of the demo suppliers’ goods (GPSR), and leaves the rest without on purpose', async () => {
    const core = testCore();
    await core.ok('demo.load', {});
    const maker = (sku: string) => core.ctx.db.prepare('SELECT manufacturer FROM products WHERE sku = ?').pluck().get(sku) as string | null;
    expect(maker('EL-PB-10K')).toMatch(/^Shenzhen Volt Electronics Co\., Ltd\., .+ Shenzhen 518109, China · \S+@\S+$/);
    expect(maker('CO-FC-HYA')).toMatch(/Seoul/);
    expect(maker('TY-PL-PANDA')).toBeNull();
  });
});

describe('demo.load after the parcel', () => {
  it('gives a fresh demo something in every dashboard card', async () => {
    const core = testCore();
    const t0 = performance.now();
    const loaded = await core.ok('demo.load', {});
    const ms = performance.now() - t0;
    console.log(`demo.load: ${ms.toFixed(0)} ms`);
    expect(loaded.counts).toMatchObject({ cases: 6, holds: 1, claims: 2 });
    const d = await core.ok('dashboard.get', {});
    for (const key of ['casesDue', 'holdsOpen', 'claimsToFile', 'claimsWaiting', 'certificatesExpiring', 'shipmentsNotReady', 'suppliersAtRisk'] as const) {
      expect(d[key].count, key).toBeGreaterThan(0);
      expect(d[key].items.length, key).toBeGreaterThan(0);
    }
    expect(d.casesDue.items.some((c) => c.overdue)).toBe(true);
    expect(d.casesDue.items.some((c) => !c.overdue && c.due.slice(0, 10) === d.today)).toBe(true);
    expect(d.holdsOpen.items[0]!.deadline! > d.today).toBe(true);
    expect(d.suppliersAtRisk.items.map((s) => s.status)).toEqual(expect.arrayContaining(['probation', 'blocked']));

    const cases = await core.ok('cases.list', {});
    expect(new Set(cases.items.map((c) => c.type)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(cases.items.map((c) => c.reason)).size).toBeGreaterThanOrEqual(4);
    expect(cases.items.some((c) => c.status === 'closed')).toBe(true);
    const defect = await Promise.all(cases.items.filter((c) => c.reason === 'quality_defect').map((c) => core.ok('cases.get', { id: c.id })));
    expect(defect.some((c) => c.supplierName === 'Ningbo Brightlight Lighting' && c.status !== 'closed')).toBe(true);
    const closed = await core.ok('cases.get', { id: cases.items.find((c) => c.status === 'closed')!.id });
    expect(closed.history.map((h) => h.toStatus)).toEqual(['open', 'in_progress', 'resolved', 'closed']);

    const hold = (await core.ok('holds.list', {})).items[0]!;
    expect((await core.ok('shipments.get', { id: hold.shipmentId })).status).toBe('held');

    const claims = (await core.ok('claims.list', {})).items;
    const draft = await core.ok('claims.get', { id: claims.find((c) => c.status === 'draft')!.id });
    expect(draft.daysToDeadline).toBeGreaterThan(0);
    expect(draft.warnings).toEqual([]);
    expect(claims.find((c) => c.status === 'filed')?.filedOn).toBe(d.today);
  });
});

describe('demo.load: the seller’s day', () => {
  it('gives today (the one clock) shipments ready to print and ones that need attention; Print today builds the ready ones', async () => {
    // A fixed moment late in the seller's day: "today" is the clock's, not the computer's.
    const core = testCore(() => new Date('2026-11-22T21:30:00.000Z'));
    await core.ok('settings.update', { timeZone: 'Asia/Shanghai' });
    await core.ok('demo.load', {});
    // The zone saved before the demo is kept, beside the demo seller.
    expect(await core.ok('settings.get', {})).toMatchObject({ timeZone: 'Asia/Shanghai', exporterName: expect.stringMatching(/Shenzhen/) });
    const day = await core.ok('documents.today', {});
    expect(day.today).toBe('2026-11-23'); // already the 23rd in Shanghai
    expect(day.ready).toBeGreaterThanOrEqual(2);
    expect(day.attention).toBeGreaterThanOrEqual(1);
    expect(day.printed).toBe(0);
    // Those that need attention say why: each has a blocking finding or a warning.
    expect(day.attentionItems).toHaveLength(Math.min(day.attention, 5));
    expect(day.attentionItems.every((s) => s.finding && s.finding.severity !== 'info')).toBe(true);
    expect(day.attentionItems.some((s) => s.finding!.severity === 'block')).toBe(true);
    const ready = (await core.ok('shipments.list', { status: 'ready' })).items.filter((s) => s.shipDate === day.today);
    expect(ready).toHaveLength(day.ready);

    const job = await core.ctx.jobs!.wait((await core.ok('documents.printToday', {})).jobId);
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    const report = job.result as BatchReport;
    expect(report.blocked).toEqual([]);
    expect(report.built.map((b) => b.shipmentId).sort()).toEqual(ready.map((s) => s.id).sort());
    expect(existsSync(report.combinedPath!)).toBe(true);
    expect(await core.ok('documents.today', {})).toMatchObject({ ready: 0, attention: day.attention, printed: day.ready });
  }, 120_000);
});

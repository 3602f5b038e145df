import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';

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
});

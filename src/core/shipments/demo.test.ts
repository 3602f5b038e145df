import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';
import { seedDemoShipments } from './demo';

describe('seedDemoShipments', () => {
  it('creates a profile and shipments that pass, warn and block for different reasons', async () => {
    const core = testCore();
    const result = core.ctx.db.transaction(() => seedDemoShipments(core.ctx))();
    expect(result).toEqual({ shipments: 8, createdProducts: 5 });
    expect((await core.ok('settings.get')).exporterName).toMatch(/Shenzhen/);
    const list = await core.ok('shipments.list', {});
    const byCountry = new Map(list.items.map((s) => [s.country, s]));
    expect(byCountry.get('DE')!.status).toBe('delivered');
    expect(byCountry.get('US')!.status).toBe('ready');
    const rules = async (country: string) => (await core.ok('shipments.preflight', { id: byCountry.get(country)!.id })).findings.filter((f) => f.severity !== 'info').map((f) => f.rule);
    expect(await rules('GB')).toContain('battery.alone');
    expect(await rules('FR')).toContain('dg.flammable_liquid');
    // Issue 18: the perfume's glass bottle in a padded envelope without inner packaging.
    expect(await rules('FR')).toEqual(expect.arrayContaining(['pack.fragile_soft', 'pack.liquid_inner']));
    expect(await rules('US')).not.toContain('pack.battery_protection');
    expect(await rules('JP')).toEqual(expect.arrayContaining(['decl.description_vague', 'form.invoice_missing']));
    expect(await rules('AU')).toEqual(expect.arrayContaining(['special.cosmetics', 'tax.au_gst']));
    // Today's (the one clock): the ready ones pass the preflight, the drafts each have a warning or a block; the two that left are dated before.
    const today = core.ctx.today();
    const ofToday = list.items.filter((s) => s.shipDate === today);
    const ready = ofToday.filter((s) => s.status === 'ready');
    expect(ready.map((s) => s.country).sort()).toEqual(['NL', 'US']);
    for (const s of ready) expect((await core.ok('shipments.preflight', { id: s.id })).findings.filter((f) => f.severity === 'block')).toEqual([]);
    const drafts = ofToday.filter((s) => s.status === 'draft');
    expect(drafts).toHaveLength(4);
    for (const s of drafts) expect((await core.ok('shipments.preflight', { id: s.id })).findings.some((f) => f.severity !== 'info'), s.country).toBe(true);
    expect(list.items.filter((s) => s.shipDate! < today).map((s) => s.status).sort()).toEqual(['delivered', 'ready']);
    // Twice: products are reused, not duplicated.
    expect(core.ctx.db.transaction(() => seedDemoShipments(core.ctx))().createdProducts).toBe(0);
  });
});

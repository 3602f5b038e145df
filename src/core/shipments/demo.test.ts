import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';
import { seedDemoShipments } from './demo';

describe('seedDemoShipments', () => {
  it('creates a profile and shipments that pass, warn and block for different reasons', async () => {
    const core = testCore();
    const result = core.ctx.db.transaction(() => seedDemoShipments(core.ctx))();
    expect(result).toEqual({ shipments: 6, createdProducts: 5 });
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
    // Twice: products are reused, not duplicated.
    expect(core.ctx.db.transaction(() => seedDemoShipments(core.ctx))().createdProducts).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';

const ready = { sku: 'PB-1', name: 'Power bank 10000 mAh', hsCode: '850760', originCountry: 'CN', unitNetWeightG: 210, unitValue: 1500, currency: 'USD' };

describe('product compliance facts', () => {
  it('are stored, returned whole, and replaced as a whole on update', async () => {
    const core = testCore();
    const p = await core.ok('products.create', {
      ...ready,
      compliance: { battery: { type: 'lithium_ion', configuration: 'alone', whPerBattery: 37, cellsPerUnit: 2, batteriesPerUnit: 1 }, categories: ['electrical'] },
    });
    expect(p.compliance.battery).toMatchObject({ type: 'lithium_ion', configuration: 'alone', whPerBattery: 37, whPerCell: null });
    expect(p.compliance.dangerousGoods.magnet).toBe(false);
    expect(p.compliance.categories).toEqual(['electrical']);
    const u = await core.ok('products.update', { id: p.id, compliance: { dangerousGoods: { magnet: true } } });
    expect(u.compliance.battery.type).toBe('none');
    expect(u.compliance.dangerousGoods.magnet).toBe(true);
    const kept = await core.ok('products.update', { id: p.id, name: 'Power bank' });
    expect(kept.compliance.dangerousGoods.magnet).toBe(true);
  });

  it.each([
    ['lithium-ion without Wh', { battery: { type: 'lithium_ion', configuration: 'contained_in_equipment' } }, 'compliance.battery.whPerBattery', 'battery_wh_required'],
    ['lithium-metal without lithium grams', { battery: { type: 'lithium_metal', configuration: 'alone', whPerBattery: 3 } }, 'compliance.battery.lithiumGPerBattery', 'battery_lithium_required'],
    ['battery without configuration', { battery: { type: 'other' } }, 'compliance.battery.configuration', 'battery_configuration_required'],
    ['textile without fibre content', { categories: ['textile'] }, 'compliance.fibreContent', 'fibre_content_required'],
    ['other dangerous goods without UN number', { dangerousGoods: { other: true } }, 'compliance.dangerousGoods.unNumber', 'un_number_required'],
    ['flammable liquid of unknown kind', { dangerousGoods: { flammableLiquid: true } }, 'compliance.dangerousGoods.flammableLiquidKind', 'flammable_kind_required'],
    ['malformed UN number', { dangerousGoods: { other: true, unNumber: 'UN12' } }, 'compliance.dangerousGoods.unNumber', 'bad_format'],
    ['unknown category', { categories: ['weapons'] }, 'compliance.categories.0', 'not_allowed'],
    ['negative Wh', { battery: { type: 'lithium_ion', configuration: 'alone', whPerBattery: -1 } }, 'compliance.battery.whPerBattery', 'negative'],
  ])('refuses %s, naming the field, and saves nothing', async (_label, compliance, path, key) => {
    const core = testCore();
    const before = core.snapshot('products');
    const err = await core.fail('products.create', { ...ready, compliance });
    expect(err.code).toBe('VALIDATION');
    expect(err.details.issues).toContainEqual(expect.objectContaining({ path, key }));
    expect(core.snapshot('products')).toEqual(before);
  });

  it('accepts a bare UN number and writes it in full', async () => {
    const core = testCore();
    const p = await core.ok('products.create', { ...ready, compliance: { dangerousGoods: { other: true, unNumber: '1266' } } });
    expect(p.compliance.dangerousGoods.unNumber).toBe('UN1266');
  });
});

describe('customs readiness', () => {
  it('names what is missing and filters the catalog by it', async () => {
    const core = testCore();
    const bare = await core.ok('products.create', { sku: 'S-1', name: 'Imported from a store' });
    expect(bare.customsReady).toBe(false);
    expect(bare.customsGaps).toEqual(['missing_hs', 'missing_origin', 'missing_weight', 'missing_value']);
    // HS 8518.30 (headphones): with everything filled in it is customs-ready …
    const full = await core.ok('products.create', { ...ready, hsCode: '851830' });
    expect(full).toMatchObject({ customsReady: true, customsGaps: [] });
    // … a power bank (HS 8507.60) never is, whatever "how it ships" says: mail does not take it.
    const bank = await core.ok('products.create', { ...ready, sku: 'PB-2', compliance: { battery: { type: 'lithium_ion', configuration: 'contained_in_equipment', whPerBattery: 37 } } });
    expect(bank).toMatchObject({ customsReady: false, customsGaps: ['battery_not_mailable'] });
    const alone = await core.ok('products.update', { id: bank.id, hsCode: '851830', compliance: { battery: { type: 'lithium_ion', configuration: 'alone', whPerBattery: 37 } } });
    expect(alone.customsGaps).toEqual(['battery_not_mailable']);
    await core.ok('products.archive', { id: bank.id });
    const battery = await core.ok('products.update', { id: full.id, compliance: { battery: { type: 'other', configuration: 'contained_in_equipment' } } });
    expect(battery.customsReady).toBe(true);
    expect((await core.ok('products.list', { customsReady: false })).items.map((p) => p.sku)).toEqual(['S-1']);
    expect((await core.ok('products.list', { customsReady: true })).items.map((p) => p.sku)).toEqual(['PB-1']);
    expect((await core.ok('products.list', { customsReady: false, query: 'store' })).total).toBe(1);
    expect((await core.ok('products.list', { customsReady: true, query: 'store' })).total).toBe(0);
    const fixed = await core.ok('products.update', { id: bare.id, hsCode: '392690', originCountry: 'CN', unitNetWeightG: 40, unitValue: 300, currency: 'EUR' });
    expect(fixed.customsReady).toBe(true);
  });
});

describe('compliance facts are kept tidy', () => {
  it('drops the figures of a battery set to none and the kind of a liquid no longer flammable', async () => {
    const core = testCore();
    const p = await core.ok('products.create', {
      ...ready,
      compliance: { battery: { type: 'none', configuration: 'alone', whPerBattery: 37 }, dangerousGoods: { flammableLiquid: false, flammableLiquidKind: 'perfume' } },
    });
    expect(p.compliance.battery).toEqual({ type: 'none', configuration: null, whPerBattery: null, whPerCell: null, lithiumGPerCell: null, lithiumGPerBattery: null, cellsPerUnit: null, batteriesPerUnit: null });
    expect(p.compliance.dangerousGoods.flammableLiquidKind).toBeNull();
  });

  it('keeps a category given twice once, in the declared order', async () => {
    const core = testCore();
    const p = await core.ok('products.create', { ...ready, compliance: { categories: ['textile', 'toy', 'textile'], fibreContent: '100% cotton' } });
    expect(p.compliance.categories).toEqual(['toy', 'textile']);
  });

  it('clears a UN number sent as empty text, and still needs one for other dangerous goods', async () => {
    const core = testCore();
    const p = await core.ok('products.create', { ...ready, compliance: { dangerousGoods: { magnet: true, unNumber: '' } } });
    expect(p.compliance.dangerousGoods.unNumber).toBeNull();
    const err = await core.fail('products.update', { id: p.id, compliance: { dangerousGoods: { other: true, unNumber: '  ' } } });
    expect(err.details.issues).toContainEqual(expect.objectContaining({ path: 'compliance.dangerousGoods.unNumber', key: 'un_number_required' }));
  });

  it('refuses on update what it refuses on create, and the stored facts stay as they were', async () => {
    const core = testCore();
    const p = await core.ok('products.create', { ...ready, compliance: { battery: { type: 'lithium_ion', configuration: 'alone', whPerBattery: 37 } } });
    const before = core.snapshot('products');
    const err = await core.fail('products.update', { id: p.id, compliance: { battery: { type: 'lithium_ion', configuration: 'alone' }, categories: ['textile'] } });
    expect(err.details.issues?.map((i) => i.path).sort()).toEqual(['compliance.battery.whPerBattery', 'compliance.fibreContent']);
    expect(core.snapshot('products')).toEqual(before);
  });
});

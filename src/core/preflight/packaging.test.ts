// Issue 18's packaging rules: for each, a case that makes it fire and a near miss that keeps it quiet.
import { describe, expect, it } from 'vitest';
import { EMPTY_COMPLIANCE } from '../../shared/compliance';
import { EMPTY_PACKING } from '../../shared/packing';
import type { PackagingRule, ProductPacking } from '../../shared/packing';
import type { ProductFacts } from '../../shared/preflight';
import type { Parcel } from '../../shared/shipments';
import { findResourcesDir } from '../paths';
import { preflight } from './engine';
import type { PreflightInput } from './engine';
import { loadReferenceRules } from '../reference';

const reference = loadReferenceRules(findResourcesDir());
const rates = reference.exchangeRates.rates.map((r) => ({ ...r, date: '2026-11-14' }));

interface Draft {
  input: Omit<PreflightInput, 'products' | 'reference'>;
  product: ProductFacts;
}

function base(): Draft {
  return {
    product: { id: 1, sku: 'VA-001', status: 'active', compliance: { ...structuredClone(EMPTY_COMPLIANCE), packing: structuredClone(EMPTY_PACKING) }, hsCode: '701391', unitValue: 1500, currency: 'USD', tariffCodes: {} },
    input: {
      shipment: {
        consignee: { name: 'Anna Schmidt', company: null, addressLines: ['Hauptstr. 5'], city: 'Berlin', state: null, postcode: '10115', country: 'DE', phone: null, email: null, taxId: null },
        category: 'sale_of_goods',
        categoryExplanation: null,
        currency: 'USD',
        carrier: 'YunExpress',
        items: [{ id: 1, productId: 1, sku: 'VA-001', description: 'Glass flower vase', quantity: 1, unitValue: 1500, hsCode: '701391', originCountry: 'CN', unitNetWeightG: 400 }],
        parcels: [{ id: 1, grossWeightG: 700, lengthMm: 200, widthMm: 150, heightMm: 100, packaging: null, packagingType: 'single_wall_box', innerPackaging: { sealed: false, absorbent: false, secondary: false }, batteryProtected: false, mailClass: null }],
        orderRefs: ['#1001'],
        invoiceNumber: 'INV-1001',
        shipDate: '2026-11-21',
      },
      profile: { exporterName: 'Shop', eori: null, iossNumber: 'IM2760000001', vatNumbers: [], abnArn: null, euResponsiblePerson: 'EU Rep GmbH, Berlin', rates, defaultPostalOperator: 'CN-POST' },
      sellerRules: [],
      certificates: [],
      date: '2026-11-21',
      packagingRules: [],
    },
  };
}

const run = (d: Draft) => preflight({ ...d.input, reference, products: new Map([[d.product.id, d.product]]) });
const make = (mutate: (d: Draft) => void): Draft => {
  const d = base();
  mutate(d);
  return d;
};
const parcel = (d: Draft, p: Partial<Parcel>) => Object.assign(d.input.shipment.parcels[0]!, p);
const packing = (d: Draft, p: Partial<ProductPacking>) => Object.assign(d.product.compliance.packing!, p);
const battery = (d: Draft) =>
  Object.assign(d.product.compliance.battery, { type: 'lithium_ion', configuration: 'contained_in_equipment', whPerBattery: 10, whPerCell: 10, cellsPerUnit: 1, batteriesPerUnit: 1 });
const prule = (r: Partial<PackagingRule>): PackagingRule => ({
  id: 4, kind: 'carrier_limit', carrier: 'YunExpress', productId: null, productSku: null, destination: '*', maxWeightG: null, maxLengthMm: null, maxSumMm: null,
  maxLengthGirthMm: null, volumetricDivisor: null, packagingTypes: [], severity: 'block', message: 'YunExpress takes at most 1200 mm in sum', source: null, active: true,
  createdAt: '', updatedAt: '', ...r,
});

type Case = { rule: string; severity: string; fire: (d: Draft) => void; quiet: (d: Draft) => void; field?: string };
const cases: Case[] = [
  // Small packets: 2 kg; L+W+D 900 mm, longest 600 mm (2 mm tolerance); rolls: L + 2×D 1040 mm, longest 900 mm.
  { rule: 'pack.small_packet_over', severity: 'block', fire: (d) => parcel(d, { mailClass: 'small_packet', grossWeightG: 2001 }), quiet: (d) => parcel(d, { mailClass: 'small_packet', grossWeightG: 2000 }), field: 'parcels.0' },
  { rule: 'pack.small_packet_over', severity: 'block', fire: (d) => parcel(d, { mailClass: 'small_packet', lengthMm: 500, widthMm: 250, heightMm: 153 }), quiet: (d) => parcel(d, { mailClass: 'small_packet', lengthMm: 500, widthMm: 250, heightMm: 152 }) },
  { rule: 'pack.small_packet_over', severity: 'block', fire: (d) => parcel(d, { mailClass: 'small_packet', lengthMm: 603, widthMm: 100, heightMm: 100 }), quiet: (d) => parcel(d, { mailClass: 'small_packet', lengthMm: 602, widthMm: 100, heightMm: 100 }) },
  { rule: 'pack.small_packet_over', severity: 'block', fire: (d) => parcel(d, { mailClass: 'small_packet', packagingType: 'tube', lengthMm: 850, widthMm: 97, heightMm: 97 }), quiet: (d) => parcel(d, { mailClass: 'small_packet', packagingType: 'tube', lengthMm: 850, widthMm: 96, heightMm: 96 }) },
  { rule: 'pack.small_packet_over', severity: 'block', fire: (d) => parcel(d, { mailClass: 'small_packet', packagingType: 'tube', lengthMm: 903, widthMm: 50, heightMm: 50 }), quiet: (d) => parcel(d, { mailClass: 'small_packet', packagingType: 'tube', lengthMm: 902, widthMm: 50, heightMm: 50 }) },
  // Mail class not said: a note that it cannot go as a small packet.
  { rule: 'pack.small_packet_over', severity: 'info', fire: (d) => parcel(d, { grossWeightG: 2500 }), quiet: (d) => parcel(d, { grossWeightG: 2500, mailClass: 'postal_parcel' }) },
  // Postal parcels: 30 kg; 1.5 m any side; 3 m length + girth.
  { rule: 'pack.postal_parcel_over', severity: 'block', fire: (d) => parcel(d, { mailClass: 'postal_parcel', grossWeightG: 30_001 }), quiet: (d) => parcel(d, { mailClass: 'postal_parcel', grossWeightG: 30_000 }), field: 'parcels.0' },
  { rule: 'pack.postal_parcel_over', severity: 'block', fire: (d) => parcel(d, { mailClass: 'postal_parcel', lengthMm: 1501, widthMm: 100, heightMm: 100 }), quiet: (d) => parcel(d, { mailClass: 'postal_parcel', lengthMm: 1500, widthMm: 100, heightMm: 100 }) },
  { rule: 'pack.postal_parcel_over', severity: 'block', fire: (d) => parcel(d, { mailClass: 'postal_parcel', lengthMm: 1000, widthMm: 500, heightMm: 501 }), quiet: (d) => parcel(d, { mailClass: 'postal_parcel', lengthMm: 1000, widthMm: 500, heightMm: 500 }) },
  { rule: 'pack.postal_parcel_over', severity: 'warn', fire: (d) => parcel(d, { grossWeightG: 31_000 }), quiet: (d) => parcel(d, { grossWeightG: 31_000, mailClass: 'courier' }) },
  // The seller's carrier limits: only for that carrier (any case), only where its destination applies.
  { rule: 'pack.carrier.4', severity: 'block', fire: (d) => (d.input.packagingRules = [prule({ maxSumMm: 449 })]), quiet: (d) => (d.input.packagingRules = [prule({ maxSumMm: 450 })]), field: 'parcels.0' },
  { rule: 'pack.carrier.4', severity: 'warn', fire: (d) => (d.input.packagingRules = [prule({ carrier: 'yunexpress ', maxWeightG: 500, severity: 'warn' })]), quiet: (d) => (d.input.packagingRules = [prule({ carrier: 'Cainiao', maxWeightG: 500 })]) },
  { rule: 'pack.carrier.4', severity: 'block', fire: (d) => (d.input.packagingRules = [prule({ carrier: null, maxLengthGirthMm: 699, destination: 'EU' })]), quiet: (d) => (d.input.packagingRules = [prule({ carrier: null, maxLengthGirthMm: 699, destination: 'US' })]) },
  { rule: 'pack.carrier.4', severity: 'block', fire: (d) => (d.input.packagingRules = [prule({ maxLengthMm: 199 })]), quiet: (d) => (d.input.packagingRules = [prule({ maxLengthMm: 199, active: false })]) },
  // Fragile goods in a soft mailer.
  { rule: 'pack.fragile_soft', severity: 'warn', fire: (d) => { packing(d, { fragile: true }); parcel(d, { packagingType: 'poly_mailer' }); }, quiet: (d) => packing(d, { fragile: true }), field: 'parcels.0.packagingType' },
  { rule: 'pack.fragile_soft', severity: 'warn', fire: (d) => { packing(d, { fragile: true }); parcel(d, { packagingType: 'padded_envelope' }); }, quiet: (d) => parcel(d, { packagingType: 'padded_envelope' }) },
  // Liquids: leak-proof primary receptacle + absorbent + secondary packaging.
  { rule: 'pack.liquid_inner', severity: 'block', fire: (d) => packing(d, { liquid: true, liquidMl: 30 }), quiet: (d) => { packing(d, { liquid: true, liquidMl: 30 }); parcel(d, { innerPackaging: { sealed: true, absorbent: true, secondary: true } }); }, field: 'parcels.0.innerPackaging' },
  { rule: 'pack.liquid_inner', severity: 'block', fire: (d) => { packing(d, { liquid: true, liquidMl: 30 }); parcel(d, { innerPackaging: { sealed: true, absorbent: false, secondary: true } }); }, quiet: (d) => parcel(d, { innerPackaging: { sealed: true, absorbent: false, secondary: true } }) },
  // Lithium batteries contained in equipment: protection against short circuit and activation; rigid outer packaging.
  { rule: 'pack.battery_protection', severity: 'warn', fire: (d) => battery(d), quiet: (d) => { battery(d); parcel(d, { batteryProtected: true }); }, field: 'parcels.0.batteryProtected' },
  { rule: 'pack.battery_rigid', severity: 'warn', fire: (d) => { battery(d); parcel(d, { packagingType: 'padded_envelope' }); }, quiet: (d) => { battery(d); parcel(d, { packagingType: 'double_wall_box' }); }, field: 'parcels.0.packagingType' },
  // Gross weight below the items' net weight plus the packaging's tare (a single-wall box: 150 g).
  { rule: 'pack.gross_below_tare', severity: 'warn', fire: (d) => parcel(d, { grossWeightG: 549 }), quiet: (d) => parcel(d, { grossWeightG: 550 }), field: 'parcels.0.grossWeightG' },
  { rule: 'pack.gross_below_tare', severity: 'warn', fire: (d) => parcel(d, { grossWeightG: 420, packagingType: 'double_wall_box' }), quiet: (d) => parcel(d, { grossWeightG: 420, packagingType: null }) },
  // Volumetric weight above the actual: 200 × 150 × 100 mm at 5000 cm³/kg = 600 g.
  { rule: 'pack.volumetric', severity: 'info', fire: (d) => parcel(d, { grossWeightG: 599 }), quiet: (d) => parcel(d, { grossWeightG: 600 }), field: 'parcels.0.lengthMm' },
  { rule: 'pack.volumetric', severity: 'info', fire: (d) => (d.input.packagingRules = [prule({ volumetricDivisor: 4000 })]), quiet: (d) => (d.input.packagingRules = [prule({ volumetricDivisor: 4286 })]) },
  // The seller's product packaging rule (e.g. from a hold).
  { rule: 'pack.rule.9', severity: 'block', fire: (d) => (d.input.packagingRules = [prule({ id: 9, kind: 'product_packaging', carrier: null, productId: 1, packagingTypes: ['double_wall_box'], message: 'Glass travels double-boxed' })]), quiet: (d) => { parcel(d, { packagingType: 'double_wall_box' }); d.input.packagingRules = [prule({ id: 9, kind: 'product_packaging', carrier: null, productId: 1, packagingTypes: ['double_wall_box'] })]; }, field: 'parcels.0.packagingType' },
  { rule: 'pack.rule.9', severity: 'warn', fire: (d) => (d.input.packagingRules = [prule({ id: 9, kind: 'product_packaging', productId: 1, packagingTypes: ['tube'], severity: 'warn', destination: 'DE' })]), quiet: (d) => (d.input.packagingRules = [prule({ id: 9, kind: 'product_packaging', productId: 2, packagingTypes: ['tube'] })]) },
];

describe('packaging rules in the preflight', () => {
  it('the base parcel (a glass vase in a box, weighed right) has no packaging finding', () => {
    const r = run(base());
    expect(r.findings.filter((f) => f.rule.startsWith('pack.'))).toEqual([]);
  });

  cases.forEach((c, i) => {
    it(`${c.rule} #${i}: fires (${c.severity}) and keeps quiet on the near miss`, () => {
      const all = run(make(c.fire)).findings;
      const fired = all.filter((f) => f.rule === c.rule);
      expect(fired.length, JSON.stringify(all.map((f) => f.rule))).toBeGreaterThan(0);
      expect(fired[0]!.severity).toBe(c.severity);
      if (c.field) expect(fired[0]!.field).toBe(c.field);
      expect(fired[0]!.message.text).not.toMatch(/\{\{/);
      expect(fired[0]!.fix?.text ?? '').not.toMatch(/\{\{/);
      const quiet = run(make(c.quiet)).findings.filter((f) => f.rule === c.rule);
      expect(quiet).toEqual([]);
    });
  });

  it('the volumetric note names the divisor, and the carrier limit says what is over in figures', () => {
    const v = run(make((d) => parcel(d, { grossWeightG: 599 }))).findings.find((f) => f.rule === 'pack.volumetric')!;
    expect(v.message).toMatchObject({ key: 'pf.msg.pack_volumetric', params: { volumetric: 600, divisor: 5000, weight: 599, dims: '200 × 150 × 100' } });
    const c = run(make((d) => (d.input.packagingRules = [prule({ maxSumMm: 400, maxWeightG: 500 })]))).findings.find((f) => f.rule === 'pack.carrier.4')!;
    expect(c.message.text).toContain('700 g > 500 g');
    expect(c.message.text).toContain('L+W+H 450 mm > 400 mm');
    expect(c.message.text).toContain('YunExpress takes at most 1200 mm in sum');
  });

  it('a product with needs met in one of two parcels is not flagged; thirty lines of it make one finding', () => {
    const two = make((d) => {
      packing(d, { liquid: true, liquidMl: 50 });
      d.input.shipment.parcels.push({ ...d.input.shipment.parcels[0]!, id: 2, innerPackaging: { sealed: true, absorbent: true, secondary: true } });
    });
    expect(run(two).findings.filter((f) => f.rule === 'pack.liquid_inner')).toEqual([]);
    const many = make((d) => {
      packing(d, { liquid: true, liquidMl: 50 });
      d.input.shipment.items = Array.from({ length: 30 }, (_, i) => ({ ...d.input.shipment.items[0]!, id: i + 1, unitNetWeightG: 10 }));
    });
    const f = run(many).findings.filter((x) => x.rule === 'pack.liquid_inner');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.params).toMatchObject({ sku: 'VA-001', ml: 50 });
  });

  it('a product whose packing facts were stored before issue 18 reads as nothing stated', () => {
    const old = make((d) => {
      delete (d.product.compliance as { packing?: unknown }).packing;
      parcel(d, { packagingType: 'poly_mailer', grossWeightG: 700 });
    });
    expect(run(old).findings.filter((f) => f.rule === 'pack.fragile_soft')).toEqual([]);
  });
});

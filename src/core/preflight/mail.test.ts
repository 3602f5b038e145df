// "Cannot go by post" (issue 16, point 3): the product's facts alone, read with the preflight's own
// rules — each reason is one the preflight blocks on for a shipment of that product.
import { describe, expect, it } from 'vitest';
import { EMPTY_COMPLIANCE } from '../../shared/compliance';
import type { Compliance } from '../../shared/compliance';
import type { ProductFacts } from '../../shared/preflight';
import { findResourcesDir } from '../paths';
import { loadReferenceRules } from '../reference';
import { preflight } from './engine';
import { mailBlocks } from './mail';

const reference = loadReferenceRules(findResourcesDir());
const rates = reference.exchangeRates.rates.map((r) => ({ ...r, date: reference.exchangeRates.date }));

function facts(o: { battery?: Partial<Compliance['battery']>; dg?: Partial<Compliance['dangerousGoods']> }): Compliance {
  const c = structuredClone(EMPTY_COMPLIANCE);
  return { ...c, battery: { ...c.battery, ...o.battery }, dangerousGoods: { ...c.dangerousGoods, ...o.dg } };
}

/** The preflight's blocking rules for one unit of the product sent by post to Germany. */
function preflightBlocks(hsCode: string, compliance: Compliance): string[] {
  const product: ProductFacts = { id: 1, sku: 'X-1', status: 'active', material: null, compliance };
  const r = preflight({
    shipment: {
      consignee: { name: 'Anna Schmidt', company: null, addressLines: ['Hauptstr. 5'], city: 'Berlin', state: null, postcode: '10115', country: 'DE', phone: null, email: null, taxId: null },
      category: 'sale_of_goods', categoryExplanation: null, currency: 'EUR',
      items: [{ id: 1, productId: 1, sku: 'X-1', description: 'Thing', quantity: 1, unitValue: 1000, hsCode, originCountry: 'CN', unitNetWeightG: 200 }],
      parcels: [{ id: 1, grossWeightG: 400, lengthMm: 200, widthMm: 100, heightMm: 50, packaging: null }],
      orderRefs: ['#1'], invoiceNumber: 'INV-1', shipDate: '2026-12-02',
    },
    profile: { exporterName: 'Shop', eori: null, iossNumber: null, vatNumbers: [], abnArn: null, rates, defaultPostalOperator: null },
    products: new Map([[1, product]]), reference, sellerRules: [], certificates: [], date: '2026-12-02',
  });
  return r.findings.filter((f) => f.severity === 'block').map((f) => f.rule);
}

const liIon = { type: 'lithium_ion' as const, whPerBattery: 37, whPerCell: 37, cellsPerUnit: 1, batteriesPerUnit: 1 };
const cases: { name: string; hs: string; compliance: Compliance; kinds: string[] }[] = [
  { name: 'a power bank by its HS code, whatever "how it ships" says', hs: '850760', compliance: facts({ battery: { ...liIon, configuration: 'contained_in_equipment' } }), kinds: ['battery_alone'] },
  { name: 'a lithium battery declared alone', hs: '851830', compliance: facts({ battery: { ...liIon, configuration: 'alone' } }), kinds: ['battery_alone'] },
  { name: 'a battery packed with equipment', hs: '851830', compliance: facts({ battery: { ...liIon, configuration: 'packed_with_equipment' } }), kinds: ['battery_packed_with'] },
  { name: 'a perfume by its box', hs: '330300', compliance: facts({ dg: { flammableLiquid: true, flammableLiquidKind: 'perfume' } }), kinds: ['dangerous_goods'] },
  { name: 'a perfume by its HS code only', hs: '330300', compliance: facts({}), kinds: ['dg_hs_code'] },
  { name: 'an aerosol', hs: '961610', compliance: facts({ dg: { aerosol: true } }), kinds: ['dangerous_goods'] },
];

describe('mailBlocks', () => {
  for (const c of cases)
    it(`${c.name}: cannot go by post, and the preflight blocks it by the same rule`, () => {
      const blocks = mailBlocks({ hsCode: c.hs, compliance: c.compliance }, reference);
      expect(blocks.map((b) => b.kind)).toEqual(c.kinds);
      const pf = preflightBlocks(c.hs, c.compliance);
      for (const b of blocks) expect(pf).toContain(b.rule);
    });

  it('headphones with their battery inside, a T-shirt and a wine (a warning, not a block) can go by post', () => {
    expect(mailBlocks({ hsCode: '851830', compliance: facts({ battery: { ...liIon, whPerBattery: 1.85, whPerCell: 1.85, configuration: 'contained_in_equipment' } }) }, reference)).toEqual([]);
    expect(mailBlocks({ hsCode: '610910', compliance: facts({}) }, reference)).toEqual([]);
    expect(mailBlocks({ hsCode: '220421', compliance: facts({}) }, reference)).toEqual([]);
  });

  it('names the UN number the rule gives', () => {
    expect(mailBlocks({ hsCode: '850760', compliance: facts({ battery: { ...liIon, configuration: 'alone' } }) }, reference)).toEqual([{ kind: 'battery_alone', un: 'UN3480', rule: 'battery.alone' }]);
  });
});

// The postal-form findings (issue 15, point 1): each fires on its case and stays quiet on the near miss.
import { describe, expect, it } from 'vitest';
import { EMPTY_COMPLIANCE } from '../../shared/compliance';
import type { ProductFacts } from '../../shared/preflight';
import { findResourcesDir } from '../paths';
import { loadReferenceRules } from '../reference';
import { preflight } from './engine';
import type { PreflightInput } from './engine';

const reference = loadReferenceRules(findResourcesDir());
const rates = reference.exchangeRates.rates.map((r) => ({ ...r, date: reference.exchangeRates.date }));

function input(o: { country?: string; tracking?: string | null; operator?: string | null; defaultOperator?: string | null; hs?: string; fibre?: string | null; material?: string | null } = {}): PreflightInput {
  const product: ProductFacts = {
    id: 1, sku: 'TS-001', status: 'active', material: o.material ?? null,
    compliance: { ...structuredClone(EMPTY_COMPLIANCE), fibreContent: o.fibre ?? null },
  };
  return {
    shipment: {
      consignee: { name: 'Ann Lee', company: null, addressLines: ['5 Main St'], city: 'Boston', state: 'MA', postcode: '02110', country: o.country ?? 'US', phone: null, email: null, taxId: null },
      category: 'sale_of_goods', categoryExplanation: null, currency: 'USD',
      items: [{ id: 1, productId: 1, sku: 'TS-001', description: 'T-shirt, knitted, men’s', quantity: 2, unitValue: 1500, hsCode: o.hs ?? '610910', originCountry: 'CN', unitNetWeightG: 200 }],
      parcels: [{ id: 1, grossWeightG: 600, lengthMm: 300, widthMm: 200, heightMm: 50, packaging: null }],
      orderRefs: ['#1001'], invoiceNumber: 'INV-1001', shipDate: '2026-11-21',
      trackingNumber: o.tracking === undefined ? 'RR123456785CN' : o.tracking,
      postalOperator: o.operator === undefined ? 'CN-POST' : o.operator,
    },
    profile: { exporterName: 'Shop', eori: null, iossNumber: null, vatNumbers: [], abnArn: null, rates, defaultPostalOperator: o.defaultOperator ?? null },
    products: new Map([[1, product]]),
    reference, sellerRules: [], certificates: [], date: '2026-11-21',
  };
}
const rules = (i: PreflightInput) => preflight(i).findings.map((f) => f.rule);
const finding = (i: PreflightInput, rule: string) => preflight(i).findings.find((f) => f.rule === rule);

describe('preflight: postal forms', () => {
  it('no designated operator on the shipment nor in the profile warns on the field; either one is enough', () => {
    const f = finding(input({ operator: null, fibre: '100% cotton' }), 'postal.operator_missing');
    expect(f).toMatchObject({ severity: 'warn', field: 'postalOperator' });
    expect(f!.message.text).toMatch(/designated operator/);
    expect(rules(input({ operator: null, defaultOperator: 'GB-RM', fibre: '100% cotton' }))).not.toContain('postal.operator_missing');
    expect(rules(input({ operator: 'US-USPS', fibre: '100% cotton' }))).not.toContain('postal.operator_missing');
    // An id that is no longer in the list counts as none.
    expect(rules(input({ operator: 'XX-GONE', fibre: '100% cotton' }))).toContain('postal.operator_missing');
  });

  it('an S10 item number with a wrong check digit warns with the right digit; a right one and courier numbers stay quiet', () => {
    const f = finding(input({ tracking: 'LX 123 456 789 CN' }), 'postal.s10_check_digit');
    expect(f).toMatchObject({ severity: 'warn', field: 'trackingNumber' });
    expect(f!.message.params).toEqual({ number: 'LX123456789CN', digit: 9, expected: 5 });
    for (const tracking of ['LX123456785CN', 'rr473124829gb', '1Z999AA10123456784', 'YT2233445566778899', null])
      expect(rules(input({ tracking })), String(tracking)).not.toContain('postal.s10_check_digit');
  });

  it('an S10 item number issued in another country than the designated operator’s warns; the operator’s own, courier numbers and no operator stay quiet', () => {
    const f = finding(input({ tracking: 'RR473124829GB', operator: 'CN-POST', fibre: '100% cotton' }), 'postal.s10_country');
    expect(f).toMatchObject({ severity: 'warn', field: 'trackingNumber' });
    expect(f!.message.params).toEqual({ number: 'RR473124829GB', country: 'GB', operator: 'China Post', operatorCountry: 'CN' });
    expect(f!.message.text).toContain('China Post');
    // The profile's default operator counts like the shipment's.
    expect(rules(input({ tracking: 'RR123456785CN', operator: null, defaultOperator: 'GB-RM', fibre: '100% cotton' }))).toContain('postal.s10_country');
    for (const o of [
      { tracking: 'RR123456785CN', operator: 'CN-POST' },
      { tracking: 'rr473124829gb', operator: 'GB-RM' },
      { tracking: '1Z999AA10123456784', operator: 'CN-POST' },
      { tracking: 'RR473124829GB', operator: null },
    ])
      expect(rules(input({ ...o, fibre: '100% cotton' })), JSON.stringify(o)).not.toContain('postal.s10_country');
  });

  it('a textile to the US whose product does not state its fibre content warns; a stated one (facts or material), another destination or a non-textile stay quiet', () => {
    const f = finding(input({ fibre: null, material: 'cotton' }), 'decl.fibre_content_missing');
    expect(f).toMatchObject({ severity: 'warn', field: 'items.0.productId' });
    expect(f!.message.text).toContain('19 CFR 141.89');
    expect(rules(input({ fibre: '60% cotton, 40% polyester' }))).not.toContain('decl.fibre_content_missing');
    expect(rules(input({ material: 'Knitted fabric, 95 % cotton 5 % elastane' }))).not.toContain('decl.fibre_content_missing');
    expect(rules(input({ country: 'DE' }))).not.toContain('decl.fibre_content_missing');
    expect(rules(input({ hs: '851830' }))).not.toContain('decl.fibre_content_missing');
    expect(rules(input({ hs: '500710' }))).toContain('decl.fibre_content_missing'); // chapter 50 (silk) is a textile too
    expect(rules(input({ hs: '640399' }))).not.toContain('decl.fibre_content_missing'); // 64: footwear, not chapters 50–63
  });
});

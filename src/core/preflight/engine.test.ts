// Every preflight rule: one case that makes it fire, one near miss that keeps it quiet.
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../shared/iso';
import { EMPTY_COMPLIANCE } from '../../shared/compliance';
import type { Compliance } from '../../shared/compliance';
import type { CertificateFact, ProductFacts, SellerRule } from '../../shared/preflight';
import { chooseCustomsForm } from '../../shared/preflight';
import { findResourcesDir } from '../paths';
import { preflight } from './engine';
import type { PreflightInput } from './engine';
import { loadReferenceRules } from '../reference';
import { saidIn } from '../../shared/preflight-text-zh';

const reference = loadReferenceRules(findResourcesDir());
// Rates taken a week before the ship date (the shipped starting rates are older than 30 days and would warn).
const rates = reference.exchangeRates.rates.map((r) => ({ ...r, date: '2026-11-14' }));

interface Draft {
  input: Omit<PreflightInput, 'products' | 'reference'>;
  product: ProductFacts;
}

function base(): Draft {
  return {
    product: { id: 1, sku: 'TS-001', status: 'active', compliance: structuredClone(EMPTY_COMPLIANCE), hsCode: '610910', unitValue: 1500, currency: 'USD', tariffCodes: {} },
    input: {
      shipment: {
        consignee: { name: 'Anna Schmidt', company: null, addressLines: ['Hauptstr. 5'], city: 'Berlin', state: null, postcode: '10115', country: 'DE', phone: null, email: null, taxId: null },
        category: 'sale_of_goods',
        categoryExplanation: null,
        currency: 'USD',
        items: [{ id: 1, productId: 1, sku: 'TS-001', description: 'Cotton T-shirt, men’s', quantity: 2, unitValue: 1500, hsCode: '610910', originCountry: 'CN', unitNetWeightG: 200 }],
        parcels: [{ id: 1, grossWeightG: 600, lengthMm: 300, widthMm: 200, heightMm: 50, packaging: 'poly mailer' }],
        orderRefs: ['#1001'],
        invoiceNumber: 'INV-1001',
        shipDate: '2026-11-21',
      },
      profile: { exporterName: 'Shop', eori: null, iossNumber: 'IM2760000001', vatNumbers: [{ country: 'GB', number: 'GB123456789' }], abnArn: '12345678901', euResponsiblePerson: 'EU Rep GmbH, Hauptstr. 1, 10115 Berlin, rep@example.eu', rates, defaultPostalOperator: 'CN-POST' },
      sellerRules: [],
      certificates: [],
      date: '2026-11-21',
    },
  };
}

const run = (d: Draft) => preflight({ ...d.input, reference, products: new Map([[d.product.id, d.product]]) });
const make = (mutate: (d: Draft) => void): Draft => {
  const d = base();
  mutate(d);
  return d;
};
const battery = (d: Draft, b: Partial<Compliance['battery']>) => Object.assign(d.product.compliance.battery, { type: 'lithium_ion', configuration: 'contained_in_equipment', whPerBattery: 10, whPerCell: 10, cellsPerUnit: 1, batteriesPerUnit: 1 }, b);
const dest = (d: Draft, country: string) => (d.input.shipment.consignee.country = country);
const item = (d: Draft) => d.input.shipment.items[0]!;
const cert = (type: string, expiryDate: string | null): CertificateFact => ({ type, number: `${type.toUpperCase()}-1`, productIds: [1], expiryDate });
const rule = (r: Partial<SellerRule>): SellerRule => ({ id: 7, match: 'product', productId: 1, productSku: 'P-1', productName: 'Product', category: null, hsPrefix: null, destination: '*', severity: 'block', message: 'Hold: supplier recall', active: true, createdAt: '', updatedAt: '', ...r });

type Case = { rule: string; severity: string; fire: (d: Draft) => void; quiet: (d: Draft) => void; field?: string };
const cases: Case[] = [
  { rule: 'decl.no_items', severity: 'block', fire: (d) => (d.input.shipment.items = []), quiet: () => {}, field: 'items' },
  { rule: 'decl.no_parcels', severity: 'block', fire: (d) => (d.input.shipment.parcels = []), quiet: () => {}, field: 'parcels' },
  { rule: 'decl.description_missing', severity: 'block', fire: (d) => (item(d).description = ' '), quiet: (d) => (item(d).description = 'Silk scarf'), field: 'items.0.description' },
  { rule: 'decl.description_short', severity: 'block', fire: (d) => (item(d).description = 'Hat'), quiet: (d) => (item(d).description = 'Socks'), field: 'items.0.description' },
  { rule: 'decl.description_vague', severity: 'block', fire: (d) => (item(d).description = 'Gift'), quiet: (d) => (item(d).description = 'Gift box of green tea'), field: 'items.0.description' },
  { rule: 'decl.description_vague', severity: 'block', fire: (d) => (item(d).description = 'Spare parts and accessories'), quiet: (d) => (item(d).description = 'Bicycle brake pads (spare parts)') },
  { rule: 'decl.description_vague', severity: 'block', fire: (d) => (item(d).description = 'Daily necessities'), quiet: (d) => (item(d).description = 'Stainless steel water bottle') },
  { rule: 'decl.description_vague', severity: 'block', fire: (d) => (item(d).description = 'Used clothes'), quiet: (d) => (item(d).description = 'Used wool sweater, women’s') },
  { rule: 'decl.description_not_latin', severity: 'block', fire: (d) => (item(d).description = '纯棉T恤'), quiet: (d) => (item(d).description = 'Café crème mug, porcelain'), field: 'items.0.description' },
  { rule: 'decl.hs_missing', severity: 'block', fire: (d) => (item(d).hsCode = null), quiet: (d) => (item(d).hsCode = '61091000'), field: 'items.0.hsCode' },
  { rule: 'decl.hs_unknown', severity: 'block', fire: (d) => (item(d).hsCode = '610999'), quiet: (d) => (item(d).hsCode = '610990'), field: 'items.0.hsCode' },
  { rule: 'decl.origin_missing', severity: 'block', fire: (d) => (item(d).originCountry = null), quiet: () => {}, field: 'items.0.originCountry' },
  { rule: 'decl.zero_value', severity: 'block', fire: (d) => (item(d).unitValue = 0), quiet: (d) => { item(d).unitValue = 0; d.input.shipment.category = 'commercial_sample'; }, field: 'items.0.unitValue' },
  { rule: 'decl.net_over_gross', severity: 'block', fire: (d) => (d.input.shipment.parcels[0]!.grossWeightG = 399), quiet: (d) => (d.input.shipment.parcels[0]!.grossWeightG = 400), field: 'parcels' },
  { rule: 'decl.gift_on_sale', severity: 'block', fire: (d) => (d.input.shipment.category = 'gift'), quiet: (d) => { d.input.shipment.category = 'gift'; d.input.shipment.orderRefs = []; }, field: 'category' },
  { rule: 'decl.other_no_explanation', severity: 'block', fire: (d) => (d.input.shipment.category = 'other'), quiet: (d) => { d.input.shipment.category = 'other'; d.input.shipment.categoryExplanation = 'Repair and return'; } },
  { rule: 'decl.product_archived', severity: 'block', fire: (d) => (d.product.status = 'archived'), quiet: () => {} },
  { rule: 'form.invoice_missing', severity: 'block', fire: (d) => (d.input.shipment.invoiceNumber = null), quiet: (d) => { d.input.shipment.invoiceNumber = null; d.input.shipment.category = 'gift'; d.input.shipment.orderRefs = []; }, field: 'invoiceNumber' },
  { rule: 'battery.alone', severity: 'block', fire: (d) => battery(d, { configuration: 'alone' }), quiet: (d) => battery(d, { configuration: 'contained_in_equipment' }), field: 'items.0.productId' },
  { rule: 'battery.alone', severity: 'block', fire: (d) => battery(d, { type: 'lithium_metal', configuration: 'alone', lithiumGPerCell: 0.5, lithiumGPerBattery: 0.5 }), quiet: (d) => battery(d, { type: 'lithium_metal', configuration: 'packed_with_equipment', lithiumGPerCell: 0.5, lithiumGPerBattery: 0.5 }) },
  { rule: 'battery.facts_missing', severity: 'block', fire: (d) => battery(d, { whPerBattery: null, whPerCell: null }), quiet: (d) => battery(d, { whPerCell: null }) },
  { rule: 'battery.over_limit', severity: 'block', fire: (d) => battery(d, { whPerCell: 20.5 }), quiet: (d) => battery(d, { whPerCell: 20 }) },
  { rule: 'battery.over_limit', severity: 'block', fire: (d) => battery(d, { whPerBattery: 100.1, whPerCell: 10 }), quiet: (d) => battery(d, { whPerBattery: 100, whPerCell: 10 }) },
  { rule: 'battery.over_limit', severity: 'block', fire: (d) => battery(d, { type: 'lithium_metal', lithiumGPerCell: 1.1, lithiumGPerBattery: 1.1 }), quiet: (d) => battery(d, { type: 'lithium_metal', lithiumGPerCell: 1, lithiumGPerBattery: 2 }) },
  { rule: 'battery.over_limit', severity: 'block', fire: (d) => battery(d, { type: 'lithium_metal', lithiumGPerCell: 0.5, lithiumGPerBattery: 2.5 }), quiet: (d) => battery(d, { type: 'lithium_metal', lithiumGPerCell: 0.5, lithiumGPerBattery: 2 }) },
  { rule: 'battery.too_many', severity: 'block', fire: (d) => { battery(d, { cellsPerUnit: 3, batteriesPerUnit: 3 }); item(d).quantity = 2; }, quiet: (d) => { battery(d, { cellsPerUnit: 2, batteriesPerUnit: 1 }); item(d).quantity = 2; } },
  { rule: 'battery.section2', severity: 'info', fire: (d) => battery(d, {}), quiet: (d) => battery(d, { whPerCell: 25 }) },
  { rule: 'dg.flammable_liquid', severity: 'block', fire: (d) => Object.assign(d.product.compliance.dangerousGoods, { flammableLiquid: true, flammableLiquidKind: 'perfume' }), quiet: () => {} },
  { rule: 'dg.aerosol', severity: 'block', fire: (d) => (d.product.compliance.dangerousGoods.aerosol = true), quiet: () => {} },
  { rule: 'dg.compressed_gas', severity: 'block', fire: (d) => (d.product.compliance.dangerousGoods.compressedGas = true), quiet: () => {} },
  { rule: 'dg.magnet', severity: 'block', fire: (d) => (d.product.compliance.dangerousGoods.magnet = true), quiet: () => {} },
  { rule: 'dg.corrosive', severity: 'block', fire: (d) => (d.product.compliance.dangerousGoods.corrosive = true), quiet: () => {} },
  { rule: 'dg.other', severity: 'block', fire: (d) => Object.assign(d.product.compliance.dangerousGoods, { other: true, unNumber: 'UN3480' }), quiet: () => {} },
  { rule: 'cert.missing', severity: 'warn', fire: (d) => (d.product.compliance.categories = ['electrical']), quiet: (d) => { d.product.compliance.categories = ['electrical']; d.input.certificates = [cert('doc_ce', '2027-01-01')]; } },
  { rule: 'cert.missing', severity: 'warn', fire: (d) => { dest(d, 'GB'); d.product.compliance.categories = ['toy']; }, quiet: (d) => { dest(d, 'GB'); d.product.compliance.categories = ['toy']; d.input.certificates = [cert('doc_ce', null)]; } },
  { rule: 'cert.missing', severity: 'warn', fire: (d) => { dest(d, 'US'); d.product.compliance.categories = ['radio_device']; }, quiet: (d) => { dest(d, 'US'); d.product.compliance.categories = ['electrical']; } },
  { rule: 'cert.missing', severity: 'warn', fire: (d) => { dest(d, 'JP'); d.product.compliance.categories = ['electrical']; }, quiet: (d) => { dest(d, 'JP'); d.product.compliance.categories = ['electrical']; d.input.certificates = [cert('pse', '2026-11-21')]; } },
  { rule: 'cert.missing', severity: 'warn', fire: (d) => { dest(d, 'KR'); d.product.compliance.categories = ['radio_device']; }, quiet: (d) => dest(d, 'KR') },
  { rule: 'cert.missing', severity: 'warn', fire: (d) => { dest(d, 'AU'); d.product.compliance.categories = ['electrical']; }, quiet: (d) => { dest(d, 'AU'); d.product.compliance.categories = ['electrical']; d.input.certificates = [cert('rcm', null)]; } },
  { rule: 'cert.missing', severity: 'warn', fire: (d) => { dest(d, 'CN'); d.product.compliance.categories = ['electrical']; }, quiet: (d) => { dest(d, 'CN'); d.product.compliance.categories = ['electrical']; d.input.certificates = [cert('ccc', null)]; } },
  { rule: 'cert.expired', severity: 'block', fire: (d) => (d.input.certificates = [cert('test_report', '2026-11-20')]), quiet: (d) => (d.input.certificates = [cert('test_report', '2026-11-20'), cert('test_report', '2027-05-01')]) },
  { rule: 'special.food_animal', severity: 'block', fire: (d) => { d.product.compliance.categories = ['food']; item(d).hsCode = '040690'; }, quiet: (d) => { d.product.compliance.categories = ['food']; item(d).hsCode = '090210'; }, field: 'items.0.productId' },
  { rule: 'special.food', severity: 'warn', fire: (d) => { d.product.compliance.categories = ['food']; item(d).hsCode = '090210'; }, quiet: (d) => (d.product.compliance.categories = ['textile']) },
  { rule: 'special.food', severity: 'warn', fire: (d) => { dest(d, 'US'); d.product.compliance.categories = ['food']; }, quiet: () => {} },
  { rule: 'special.medicine', severity: 'block', fire: (d) => (d.product.compliance.categories = ['medicine']), quiet: () => {} },
  { rule: 'special.cosmetics', severity: 'warn', fire: (d) => (d.product.compliance.categories = ['cosmetics']), quiet: () => {} },
  { rule: 'special.dietary_supplement', severity: 'warn', fire: (d) => { dest(d, 'BR'); d.product.compliance.categories = ['dietary_supplement']; }, quiet: () => {} },
  { rule: 'tax.eu_ioss', severity: 'warn', fire: (d) => (d.input.profile.iossNumber = null), quiet: (d) => { d.input.profile.iossNumber = null; item(d).unitValue = 15000; }, field: 'profile.iossNumber' },
  { rule: 'tax.gb_vat', severity: 'warn', fire: (d) => { dest(d, 'GB'); d.input.profile.vatNumbers = []; }, quiet: (d) => dest(d, 'GB'), field: 'profile.vatNumbers' },
  { rule: 'tax.us_duties', severity: 'info', fire: (d) => dest(d, 'US'), quiet: (d) => { dest(d, 'US'); d.input.date = '2025-08-28'; d.input.shipment.shipDate = '2025-08-28'; } },
  { rule: 'tax.au_gst', severity: 'warn', fire: (d) => { dest(d, 'AU'); d.input.profile.abnArn = null; }, quiet: (d) => dest(d, 'AU'), field: 'profile.abnArn' },
  { rule: 'tax.ca_taxes', severity: 'info', fire: (d) => dest(d, 'CA'), quiet: (d) => { dest(d, 'CA'); item(d).unitValue = 500; } },
  { rule: 'tax.jp_duties', severity: 'info', fire: (d) => { dest(d, 'JP'); item(d).unitValue = 10000; }, quiet: (d) => dest(d, 'JP') },
  { rule: 'tax.kr_duties', severity: 'info', fire: (d) => { dest(d, 'KR'); item(d).unitValue = 10000; }, quiet: (d) => { dest(d, 'KR'); item(d).unitValue = 7500; } },
  { rule: 'rates.missing', severity: 'warn', fire: (d) => (d.input.profile.rates = []), quiet: () => {}, field: 'profile.rates' },
  { rule: 'address.state', severity: 'warn', fire: (d) => dest(d, 'US'), quiet: (d) => { dest(d, 'US'); d.input.shipment.consignee.state = 'TX'; }, field: 'consignee.state' },
  { rule: 'address.state', severity: 'warn', fire: (d) => { dest(d, 'CA'); d.input.shipment.consignee.state = '  '; }, quiet: (d) => { dest(d, 'CA'); d.input.shipment.consignee.state = 'ON'; } },
  { rule: 'address.postcode', severity: 'warn', fire: (d) => { dest(d, 'AU'); d.input.shipment.consignee.postcode = null; }, quiet: (d) => dest(d, 'AU'), field: 'consignee.postcode' },
  { rule: 'address.state', severity: 'warn', fire: (d) => dest(d, 'BR'), quiet: (d) => { dest(d, 'BR'); d.input.shipment.consignee.state = 'SP'; }, field: 'consignee.state' },
  { rule: 'address.postcode', severity: 'warn', fire: (d) => { dest(d, 'BR'); d.input.shipment.consignee.postcode = ' '; }, quiet: (d) => { dest(d, 'BR'); d.input.shipment.consignee.postcode = '01310-100'; }, field: 'consignee.postcode' },
  { rule: 'address.postcode', severity: 'warn', fire: (d) => { dest(d, 'IN'); d.input.shipment.consignee.postcode = null; }, quiet: (d) => { dest(d, 'IN'); d.input.shipment.consignee.postcode = '400001'; }, field: 'consignee.postcode' },
  { rule: 'address.postcode_format', severity: 'warn', fire: (d) => { dest(d, 'US'); d.input.shipment.consignee.postcode = '7870'; }, quiet: (d) => { dest(d, 'US'); d.input.shipment.consignee.postcode = '78701-1234'; }, field: 'consignee.postcode' },
  { rule: 'address.postcode_format', severity: 'warn', fire: (d) => { dest(d, 'CA'); d.input.shipment.consignee.postcode = 'M5V 2T'; }, quiet: (d) => { dest(d, 'CA'); d.input.shipment.consignee.postcode = 'M5V 2T6'; }, field: 'consignee.postcode' },
  { rule: 'address.postcode_format', severity: 'warn', fire: (d) => { dest(d, 'BR'); d.input.shipment.consignee.postcode = '0131010'; }, quiet: (d) => { dest(d, 'BR'); d.input.shipment.consignee.postcode = '01310-100'; }, field: 'consignee.postcode' },
  { rule: 'dest.generic', severity: 'info', fire: (d) => dest(d, 'BR'), quiet: (d) => dest(d, 'CA'), field: 'consignee.country' },
  { rule: 'seller.7', severity: 'block', fire: (d) => (d.input.sellerRules = [rule({})]), quiet: (d) => (d.input.sellerRules = [rule({ destination: 'US' })]) },
  { rule: 'seller.7', severity: 'warn', fire: (d) => (d.input.sellerRules = [rule({ match: 'hs_prefix', productId: null, hsPrefix: '6109', destination: 'EU', severity: 'warn' })]), quiet: (d) => (d.input.sellerRules = [rule({ match: 'hs_prefix', productId: null, hsPrefix: '6110', destination: 'EU' })]) },
  { rule: 'seller.7', severity: 'info', fire: (d) => { d.product.compliance.categories = ['textile']; d.input.sellerRules = [rule({ match: 'category', productId: null, category: 'textile', severity: 'info' })]; }, quiet: (d) => (d.input.sellerRules = [rule({ match: 'category', productId: null, category: 'textile', active: true }), rule({ id: 8, active: false })].slice(0, 1)) },
  { rule: 'supplier.probation', severity: 'warn', fire: (d) => (d.product.defaultSupplier = { id: 3, name: 'Ningbo Textiles', status: 'probation' }), quiet: (d) => (d.product.defaultSupplier = { id: 3, name: 'Ningbo Textiles', status: 'approved' }), field: 'items.0.productId' },
  { rule: 'supplier.probation', severity: 'warn', fire: (d) => (d.product.defaultSupplier = { id: 3, name: 'Ningbo Textiles', status: 'probation' }), quiet: (d) => (d.product.defaultSupplier = null) },
  // ---- Issue 15: rules as of December 2026 ----
  { rule: 'battery.alone', severity: 'block', fire: (d) => { battery(d, { configuration: 'contained_in_equipment' }); item(d).hsCode = '850760'; }, quiet: (d) => { battery(d, { configuration: 'contained_in_equipment' }); item(d).hsCode = '851830'; }, field: 'items.0.productId' },
  { rule: 'battery.alone', severity: 'block', fire: (d) => (item(d).hsCode = '850760'), quiet: (d) => (item(d).hsCode = '850710') },
  { rule: 'battery.packed_with', severity: 'block', fire: (d) => battery(d, { configuration: 'packed_with_equipment' }), quiet: (d) => battery(d, { configuration: 'contained_in_equipment' }), field: 'items.0.productId' },
  { rule: 'battery.packed_with', severity: 'block', fire: (d) => battery(d, { type: 'lithium_metal', configuration: 'packed_with_equipment', lithiumGPerCell: 0.5, lithiumGPerBattery: 0.5 }), quiet: (d) => battery(d, { type: 'lithium_metal', configuration: 'contained_in_equipment', lithiumGPerCell: 0.5, lithiumGPerBattery: 0.5 }) },
  { rule: 'dg.hs_code', severity: 'block', fire: (d) => (item(d).hsCode = '330300'), quiet: (d) => { item(d).hsCode = '330300'; Object.assign(d.product.compliance.dangerousGoods, { flammableLiquid: true, flammableLiquidKind: 'perfume' }); }, field: 'items.0.hsCode' },
  { rule: 'dg.hs_code', severity: 'block', fire: (d) => (item(d).hsCode = '330430'), quiet: (d) => (item(d).hsCode = '330410') },
  { rule: 'dg.hs_code', severity: 'block', fire: (d) => (item(d).hsCode = '220830'), quiet: (d) => (item(d).hsCode = '220290') },
  { rule: 'dg.hs_code', severity: 'warn', fire: (d) => (item(d).hsCode = '220421'), quiet: (d) => (item(d).hsCode = '200911') },
  { rule: 'dg.hs_code', severity: 'block', fire: (d) => { dest(d, 'US'); item(d).hsCode = '220421'; }, quiet: (d) => { dest(d, 'US'); item(d).hsCode = '200911'; } },
  { rule: 'dg.hs_code', severity: 'block', fire: (d) => (item(d).hsCode = '961310'), quiet: (d) => (item(d).hsCode = '961700') },
  { rule: 'dg.hs_code', severity: 'block', fire: (d) => (item(d).hsCode = '360500'), quiet: (d) => (item(d).hsCode = '360690'.replace('3606', '3406')) },
  { rule: 'dg.hs_code', severity: 'block', fire: (d) => (item(d).hsCode = '360410'), quiet: (d) => (item(d).hsCode = '950300') },
  { rule: 'dg.hs_code', severity: 'warn', fire: (d) => (item(d).hsCode = '330530'), quiet: (d) => { item(d).hsCode = '330530'; d.product.compliance.dangerousGoods.aerosol = true; } },
  { rule: 'value.undervalued', severity: 'warn', fire: (d) => (item(d).unitValue = 749), quiet: (d) => (item(d).unitValue = 750), field: 'items.0.unitValue' },
  { rule: 'value.undervalued', severity: 'warn', fire: (d) => { d.input.shipment.currency = 'EUR'; item(d).unitValue = 600; }, quiet: (d) => { d.input.shipment.currency = 'EUR'; item(d).unitValue = 700; } },
  { rule: 'value.insured_over', severity: 'warn', fire: (d) => Object.assign(d.input.shipment, { insuredValue: 3001 }), quiet: (d) => Object.assign(d.input.shipment, { insuredValue: 3000 }), field: 'insuredValue' },
  { rule: 'tariff.postal_missing', severity: 'warn', fire: (d) => dest(d, 'US'), quiet: (d) => { dest(d, 'US'); d.product.tariffCodes = { US: '6109100012' }; }, field: 'items.0.hsCode' },
  { rule: 'tariff.entry_digits', severity: 'info', fire: (d) => (d.product.tariffCodes = { GB: '6109100010' }), quiet: (d) => (d.product.tariffCodes = { EU: '61091000' }) },
  { rule: 'cert.missing', severity: 'warn', fire: (d) => { dest(d, 'US'); d.product.compliance.categories = ['toy']; }, quiet: (d) => { dest(d, 'US'); d.product.compliance.categories = ['toy']; d.input.certificates = [cert('cpc', '2027-06-01')]; } },
  { rule: 'cert.eu_responsible_person', severity: 'warn', fire: (d) => (d.input.profile.euResponsiblePerson = null), quiet: (d) => { d.input.profile.euResponsiblePerson = null; d.product.euResponsiblePerson = 'Rep BV, Amsterdam'; }, field: 'profile.euResponsiblePerson' },
  { rule: 'cert.eu_responsible_person', severity: 'warn', fire: (d) => { d.input.profile.euResponsiblePerson = null; d.product.compliance.categories = ['toy', 'food']; }, quiet: (d) => { d.input.profile.euResponsiblePerson = null; d.product.compliance.categories = ['food']; } },
  { rule: 'cert.eu_responsible_person', severity: 'warn', fire: (d) => (d.input.profile.euResponsiblePerson = null), quiet: (d) => { d.input.profile.euResponsiblePerson = null; dest(d, 'GB'); } },
  { rule: 'cert.eu_manufacturer', severity: 'info', fire: (d) => (d.product.manufacturer = null), quiet: (d) => (d.product.manufacturer = 'Shenzhen Sound Co., Ltd., 8 Keji Rd, Shenzhen, China, www.sound.example'), field: 'items.0.productId' },
  { rule: 'cert.eu_manufacturer', severity: 'info', fire: (d) => (d.product.manufacturer = null), quiet: (d) => { d.product.manufacturer = null; d.product.compliance.categories = ['food']; } },
  { rule: 'cert.eu_manufacturer', severity: 'info', fire: (d) => (d.product.manufacturer = null), quiet: (d) => { d.product.manufacturer = null; dest(d, 'GB'); } },
  { rule: 'cert.eu_battery_marking', severity: 'info', fire: (d) => battery(d, {}), quiet: (d) => { battery(d, {}); dest(d, 'GB'); } },
  { rule: 'special.dietary_supplement', severity: 'warn', fire: (d) => { dest(d, 'US'); d.product.compliance.categories = ['dietary_supplement']; d.input.certificates = [cert('certificate_of_analysis', '2027-01-01')]; }, quiet: (d) => { dest(d, 'US'); d.input.certificates = [cert('certificate_of_analysis', '2027-01-01')]; } },
  { rule: 'rates.stale', severity: 'warn', fire: (d) => (d.input.profile.rates = d.input.profile.rates.map((r) => ({ ...r, date: '2026-10-21' }))), quiet: (d) => (d.input.profile.rates = d.input.profile.rates.map((r) => ({ ...r, date: '2026-10-22' }))), field: 'profile.rates' },
  { rule: 'tax.eu_flat_duty', severity: 'info', fire: () => {}, quiet: (d) => { d.input.date = '2026-06-30'; } },
  { rule: 'tax.eu_flat_duty', severity: 'info', fire: (d) => (d.input.date = '2028-06-30'), quiet: (d) => (d.input.date = '2028-07-01') },
  { rule: 'tax.eu_full_duty', severity: 'info', fire: (d) => (item(d).unitValue = 10000), quiet: () => {} },
  { rule: 'tax.gb_border', severity: 'info', fire: (d) => { dest(d, 'GB'); item(d).unitValue = 10000; }, quiet: (d) => dest(d, 'GB') },
  { rule: 'tax.au_border', severity: 'info', fire: (d) => { dest(d, 'AU'); item(d).unitValue = 50000; }, quiet: (d) => dest(d, 'AU') },
  { rule: 'supplier.blocked', severity: 'block', fire: (d) => (d.product.defaultSupplier = { id: 3, name: 'Ningbo Textiles', status: 'blocked' }), quiet: (d) => (d.product.defaultSupplier = { id: 3, name: 'Ningbo Textiles', status: 'probation' }), field: 'items.0.productId' },
];

describe('preflight rules', () => {
  it('the base shipment is clean: no block, no warning', () => {
    const r = run(base());
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.blocked).toBe(false);
    expect(r.form).toBe('CN22');
  });

  cases.forEach((c, i) => {
    it(`${c.rule} #${i}: fires (${c.severity}) and keeps quiet on the near miss`, () => {
      const fired = run(make(c.fire)).findings.filter((f) => f.rule === c.rule);
      expect(fired.length, JSON.stringify(run(make(c.fire)).findings.map((f) => f.rule))).toBeGreaterThan(0);
      expect(fired[0]!.severity).toBe(c.severity);
      if (c.field) expect(fired[0]!.field).toBe(c.field);
      expect(fired[0]!.message.text).not.toMatch(/\{\{/);
      const quiet = run(make(c.quiet)).findings.filter((f) => f.rule === c.rule);
      expect(quiet).toEqual([]);
    });
  });

  it('a health certificate on file turns a special-goods warning into information, never lifts a block', () => {
    const warned = make((d) => { dest(d, 'BR'); d.product.compliance.categories = ['food']; d.input.certificates = [cert('health_certificate', '2027-01-01')]; });
    expect(run(warned).findings.find((f) => f.rule === 'special.food')!.severity).toBe('info');
    const blocked = make((d) => { d.product.compliance.categories = ['food']; item(d).hsCode = '040690'; d.input.certificates = [cert('health_certificate', '2027-01-01')]; });
    expect(run(blocked).findings.find((f) => f.rule === 'special.food_animal')!.severity).toBe('block');
  });

  it('thirty lines of one product to the US get one tariff note, at the first line, not thirty', () => {
    const f = run(make((d) => {
      dest(d, 'US');
      d.input.shipment.items = Array.from({ length: 30 }, (_, i) => ({ ...item(d), id: i + 1, quantity: 1 }));
    })).findings.filter((x) => x.rule === 'tariff.postal_missing');
    expect(f.map((x) => x.field)).toEqual(['items.0.hsCode']);
  });

  it('a power bank is a battery alone whatever “how it ships” says, and the finding says why', () => {
    const f = run(make((d) => { battery(d, { configuration: 'packed_with_equipment' }); item(d).hsCode = '850760'; })).findings;
    const alone = f.find((x) => x.rule === 'battery.alone')!;
    expect(alone.message).toMatchObject({ key: 'pf.msg.battery_alone_hs', params: { code: '850760', un: 'UN3480' } });
    expect(f.some((x) => x.rule === 'battery.packed_with' || x.rule === 'battery.section2')).toBe(false);
  });

  it('a dangerous-goods finding from the HS code names the heading that fired', () => {
    const f = run(make((d) => { dest(d, 'US'); item(d).hsCode = '220421'; })).findings.find((x) => x.rule === 'dg.hs_code')!;
    expect(f.message).toMatchObject({ key: 'pf.msg.dg_hs_alcohol_us', params: { code: '220421', prefix: '2204' } });
    expect(f.message.text).toContain('cannot be mailed to the United States');
    const perfume = run(make((d) => (item(d).hsCode = '330300'))).findings.find((x) => x.rule === 'dg.hs_code')!;
    expect(perfume.message.text).toMatch(/3303.*UN1266/);
  });

  it('the EU flat duty counts €3 per distinct 6-digit subheading', () => {
    const d = make((x) => {
      const first = item(x);
      x.input.shipment.items = [first, { ...first, id: 2, hsCode: '610990' }, { ...first, id: 3, hsCode: '61091000' }];
      first.unitValue = 1000;
    });
    const f = run(d).findings.find((x) => x.rule === 'tax.eu_flat_duty')!;
    expect(f.message.params).toMatchObject({ subheadings: 2, duty: '6.00' });
  });

  it('undervaluation converts the catalog value into the shipment’s currency and names both', () => {
    const f = run(make((d) => (item(d).unitValue = 500))).findings.find((x) => x.rule === 'value.undervalued')!;
    expect(f.message.params).toMatchObject({ value: '5.00', catalog: '15.00', currency: 'USD', percent: 50 });
  });

  it('US postal items need the 10-digit HTSUS (postal informal entry since 24 July 2026): missing warns, on file is quiet; a 6-digit destination only informs', () => {
    const tariffNotes = (d: Draft) => run(d).findings.filter((f) => f.rule.startsWith('tariff.'));
    const fired = tariffNotes(make((d) => dest(d, 'US')));
    expect(fired.map((f) => `${f.rule}:${f.severity}:${f.field}`)).toEqual(['tariff.postal_missing:warn:items.0.hsCode']);
    expect(fired[0]!.message.text).toContain('10-digit HTSUS');
    expect(tariffNotes(make((d) => { dest(d, 'US'); d.product.tariffCodes = { US: '6109100012' }; }))).toEqual([]);
    // The UK takes 6 digits by post: the 10-digit commodity code is only a note for courier entries.
    const gb = tariffNotes(make((d) => dest(d, 'GB')));
    expect(gb.map((f) => `${f.rule}:${f.severity}`)).toEqual(['tariff.entry_digits:info']);
    // In Chinese, the code by its Chinese name (tariffs.json nameZh), not 'UK commodity code'.
    expect(saidIn(gb[0]!.message, 'zh')).toContain('需要 10 位英国商品编码。');
    expect(saidIn(fired[0]!.message, 'zh')).toContain('需要 10 位美国协调关税表（HTSUS）编码；');
  });

  it('a missing exchange rate is said once per destination, naming it, never a rule’s internal key', () => {
    // To Germany (EU: three thresholds in EUR) with no rate from USD: one finding, not three.
    const missing = run(make((d) => (d.input.profile.rates = []))).findings.filter((f) => f.rule === 'rates.missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message.text).toBe('No exchange rate from USD to EUR: the tax and duty limits cannot be checked (European Union).');
    expect(saidIn(missing[0]!.message, 'en')).toBe(missing[0]!.message.text);
    expect(saidIn(missing[0]!.message, 'zh')).toBe('没有 USD 到 EUR 的汇率：无法核对欧盟的税费起征额。');
    for (const text of [missing[0]!.message.text, saidIn(missing[0]!.message, 'zh')]) expect(text).not.toMatch(/tax\.|eu_/);
  });

  it('asks for the state only where the post reads it: a German address without one is complete; the finding says so in Chinese too', () => {
    expect(run(base()).findings.filter((f) => f.rule.startsWith('address.'))).toEqual([]);
    const us = run(make((d) => dest(d, 'US'))).findings.find((f) => f.rule === 'address.state')!;
    expect(us.message.text).toBe('The consignee’s address has no state or province: the post reads it beside the city (United States).');
    expect(saidIn(us.message, 'zh')).toBe('收件人地址缺少州或省：美国的邮政在城市名旁读取它。');
    expect(saidIn(us.fix!, 'zh')).toContain('TX、ON、NSW 或 SP');
    const br = run(make((d) => dest(d, 'BR'))).findings.find((f) => f.rule === 'address.state')!;
    expect(saidIn(br.message, 'zh')).toBe('收件人地址缺少州或省：巴西的邮政在城市名旁读取它。');
  });

  it('India’s post asks for the PIN code, not the state; Mexico has no entry (no Correos de México guidance at hand)', () => {
    const rules = (country: string, state: string | null, postcode: string | null) =>
      run(make((d) => { dest(d, country); Object.assign(d.input.shipment.consignee, { state, postcode }); })).findings.filter((f) => f.rule.startsWith('address.')).map((f) => f.rule);
    expect(rules('IN', null, '400001')).toEqual([]);
    expect(rules('IN', 'MH', null)).toEqual(['address.postcode']);
    expect(rules('MX', null, null)).toEqual([]);
    const pin = run(make((d) => { dest(d, 'IN'); d.input.shipment.consignee.postcode = null; })).findings.find((f) => f.rule === 'address.postcode')!;
    expect(pin.message.text).toBe('The consignee’s address has no postcode: the post sorts by it (India).');
    expect(saidIn(pin.message, 'zh')).toBe('收件人地址缺少邮编：印度的邮政按邮编分拣。');
  });

  it('a postcode not in the post’s form warns, naming the field, the form and an example, in English and Chinese; a missing one is only “no postcode”', () => {
    const format = (country: string, postcode: string | null) =>
      run(make((d) => { dest(d, country); d.input.shipment.consignee.postcode = postcode; })).findings.filter((f) => f.rule.startsWith('address.postcode')).map((f) => f.rule);
    // Valid forms are quiet: ZIP and ZIP+4, a Canadian code with or without its space and in lower case, a CEP with or without its hyphen.
    for (const [country, postcode] of [['US', '78701'], ['US', '78701-1234'], ['CA', 'M5V 2T6'], ['CA', 'm5v2t6'], ['BR', '01310-100'], ['BR', '01310100'], ['US', ' 78701 ']] as const)
      expect(format(country, postcode), `${country} ${postcode}`).toEqual([]);
    // Too few digits, a letter where a digit goes, a dot, a hyphen in a Canadian code (Canada Post: no hyphens), a CEP of 9 digits are flagged.
    for (const [country, postcode] of [['US', '7870'], ['US', '78701-123'], ['US', 'TX 78701'], ['CA', '5MV 2T6'], ['CA', 'M5V-2T6'], ['BR', '01.310-100'], ['BR', '013101000']] as const)
      expect(format(country, postcode), `${country} ${postcode}`).toEqual(['address.postcode_format']);
    expect(format('BR', null)).toEqual(['address.postcode']);
    // Where the file gives no form (AU, IN; and any other country), any postcode is taken as typed.
    expect(format('AU', '20000')).toEqual([]);
    expect(format('IN', '4000')).toEqual([]);
    expect(format('DE', '1')).toEqual([]);
    const cep = run(make((d) => { dest(d, 'BR'); d.input.shipment.consignee.postcode = '0131010'; })).findings.find((f) => f.rule === 'address.postcode_format')!;
    expect(cep.message.text).toBe('The consignee’s postcode “0131010” is not in the post’s form: 8 digits, a hyphen after the fifth, such as 01310-100 (Brazil).');
    expect(saidIn(cep.message, 'zh')).toBe('收件人邮编“0131010”格式不对：巴西的邮编为 8 位数字，第 5 位后加连字符，例如 01310-100。');
    expect(saidIn(cep.fix!, 'zh')).toBe('向客户核实邮编，并在收件人地址中改正。');
    const zip = run(make((d) => { dest(d, 'US'); d.input.shipment.consignee.postcode = '7870'; })).findings.find((f) => f.rule === 'address.postcode_format')!;
    expect(zip.message.text).toContain('“7870”');
    expect(zip.message.text).toContain('5 digits, or 9 for a ZIP+4');
  });

  it('a seller rule carries the seller’s own message', () => {
    const f = run(make((d) => (d.input.sellerRules = [rule({})]))).findings.find((x) => x.rule === 'seller.7')!;
    expect(f.message).toMatchObject({ key: 'pf.msg.seller_rule', text: 'TS-001: Hold: supplier recall' });
  });

  it('a supplier finding names the supplier and the item', () => {
    const f = run(make((d) => (d.product.defaultSupplier = { id: 3, name: 'Ningbo Textiles', status: 'blocked' }))).findings.find((x) => x.rule === 'supplier.blocked')!;
    expect(f.message).toMatchObject({ key: 'pf.msg.supplier_blocked', params: { supplier: 'Ningbo Textiles', sku: 'TS-001', n: 1 } });
    expect(f.message.text).toContain('Ningbo Textiles');
    expect(f.fix).toMatchObject({ key: 'pf.fix.supplier_blocked' });
  });

  it('messages and fixes have stable keys, params and English text; blocks come first', () => {
    const r = run(make((d) => { battery(d, { configuration: 'alone' }); d.input.profile.iossNumber = null; }));
    expect(r.findings[0]).toMatchObject({
      rule: 'battery.alone',
      severity: 'block',
      message: { key: 'pf.msg.battery_alone', params: { sku: 'TS-001', un: 'UN3480' } },
      fix: { key: 'pf.fix.battery_alone' },
    });
    expect(r.findings[0]!.message.text).toContain('UN3480');
    const order = r.findings.map((f) => ['block', 'warn', 'info'].indexOf(f.severity));
    expect(order).toEqual([...order].sort());
  });

  it('every country of the world gets a result (specific or UPU-generic), without crashing', () => {
    for (const c of COUNTRY_CODES) {
      const r = run(make((d) => dest(d, c)));
      expect(r.findings.some((f) => f.rule === 'form.required')).toBe(true);
    }
    expect(run(make((d) => dest(d, 'FR'))).findings.some((f) => f.rule === 'dest.generic')).toBe(false);
    expect(run(make((d) => dest(d, 'TH'))).findings.some((f) => f.rule === 'dest.generic')).toBe(true);
  });

  it('a finding names its country for the reader: "food to United States", "寄往美国", never the bare code', () => {
    const food = run(make((d) => { dest(d, 'US'); d.product.compliance.categories = ['food']; })).findings.find((f) => f.rule === 'special.food')!;
    expect(food.message.params.country).toBe('US');
    expect(food.message.text).toContain('food to United States needs');
    expect(saidIn(food.message, 'en')).toBe(food.message.text);
    expect(saidIn(food.message, 'zh')).toContain('寄往美国的食品需要');
    expect(saidIn(food.message, 'zh')).not.toMatch(/\bUS\b/);
    const generic = run(make((d) => dest(d, 'TH'))).findings.find((f) => f.rule === 'dest.generic')!;
    expect(generic.message.text).toMatch(/^Thailand has no specific rule set/);
    expect(saidIn(generic.message, 'zh')).toContain('没有泰国的专门规则');
  });

  it('every rules file has its source and date', () => {
    for (const k of ['destinations', 'declarations', 'forms', 'batteries', 'dangerousGoods', 'certifications', 'specialGoods', 'thresholds', 'exchangeRates', 'tariffs', 'declaredValues'] as const) {
      expect(reference[k].source.length).toBeGreaterThan(20);
      expect(reference[k].date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('chooseCustomsForm', () => {
  const ship = (valueUsdCents: number, grossG: number) => ({
    currency: 'USD',
    items: [{ id: 1, productId: 1, sku: 'X', description: 'x', quantity: 1, unitValue: valueUsdCents, hsCode: null, originCountry: null, unitNetWeightG: 100 }],
    parcels: [{ id: 1, grossWeightG: grossG, lengthMm: null, widthMm: null, heightMm: null, packaging: null }],
  });
  const usd = [{ from: 'USD', to: 'XDR', rate: 0.75, date: '2025-09-01' }];
  it('CN22 up to 300 SDR and 2 kg', () => expect(chooseCustomsForm(ship(40000, 2000), usd, reference.forms.cn22)).toMatchObject({ form: 'CN22', valueSdr: 300 }));
  it('CN23 above 300 SDR', () => expect(chooseCustomsForm(ship(40001, 500), usd, reference.forms.cn22)).toMatchObject({ form: 'CN23', reason: 'value_over' }));
  it('CN23 above 2 kg', () => expect(chooseCustomsForm(ship(1000, 2001), usd, reference.forms.cn22)).toMatchObject({ form: 'CN23', reason: 'weight_over' }));
  it('CN23 without a rate to SDR', () => expect(chooseCustomsForm(ship(1000, 100), [], reference.forms.cn22)).toMatchObject({ form: 'CN23', reason: 'no_rate' }));
});

// The preflight: a pure function from (shipment, product facts, seller profile, reference rules,
// seller rules, certificates on file, a date) to findings. No database, no clock, no I/O: the
// same input gives the same findings, so it is unit-tested rule by rule and runs in microseconds.
import { batteryAlone } from '../../shared/compliance';
import type { Compliance } from '../../shared/compliance';
import { CURRENCY_MINOR_DIGITS } from '../../shared/iso';
import { chooseCustomsForm } from '../../shared/preflight';
import type { CertificateFact, Finding, PreflightProfile, PreflightResult, ProductFacts, SellerRule, Severity } from '../../shared/preflight';
import { fillText, PREFLIGHT_TEXT, readableParams } from '../../shared/preflight-text';
import type { PreflightFixKey, PreflightMessageKey } from '../../shared/preflight-text';
import { convertMinor } from '../../shared/settings';
import { COMMERCIAL_CATEGORIES } from '../../shared/shipments';
import type { Shipment } from '../../shared/shipments';
import type { ReferenceRules } from '../reference';
import { postalFindings } from './postal';
import { consultationRuleFinding } from './consultations';
import { checkPackaging } from './packaging';
import type { PackagingRule } from '../../shared/packing';
import { checkDeclaredValues, checkEuProductRules, checkHsDangerousGoods, checkRatesAge, checkTariffCodes } from './checks';

export type PreflightShipment = Pick<
  Shipment,
  'consignee' | 'category' | 'categoryExplanation' | 'currency' | 'items' | 'parcels' | 'orderRefs' | 'invoiceNumber' | 'shipDate'
> & Partial<Pick<Shipment, 'trackingNumber' | 'postalOperator' | 'carrier'>>;

export interface PreflightInput {
  shipment: PreflightShipment;
  products: ReadonlyMap<number, ProductFacts>;
  profile: PreflightProfile;
  reference: ReferenceRules;
  sellerRules: readonly SellerRule[];
  certificates: readonly CertificateFact[];
  /** The day checked against (the ship date, else today), YYYY-MM-DD. */
  date: string;
  /** The seller's packaging rules (issue 18): a carrier's limits, a product's packaging. */
  packagingRules?: readonly PackagingRule[];
}

const ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };
const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/u;
const notLatin = (s: string) => (s.match(LETTER) ?? []).some((ch) => !LATIN.test(ch));

export function preflight(input: PreflightInput): PreflightResult {
  const { shipment, products, profile, reference, sellerRules, certificates, date } = input;
  const findings: Finding[] = [];
  const add = (
    rule: string,
    severity: Severity,
    msg: PreflightMessageKey,
    params: Record<string, string | number>,
    field: string | null,
    fix: PreflightFixKey | null,
  ) =>
    findings.push({
      rule,
      severity,
      message: { key: `pf.msg.${msg}`, params, text: fillText(PREFLIGHT_TEXT.msg[msg], readableParams(params, 'en')) },
      field,
      fix: fix ? { key: `pf.fix.${fix}`, params, text: fillText(PREFLIGHT_TEXT.fix[fix], readableParams(params, 'en')) } : null,
    });

  const country = shipment.consignee.country;
  const eu = reference.isEu(country);
  const destKeys = eu ? [country, 'EU'] : [country];
  const matchesDest = (d: string) => d === '*' || destKeys.includes(d);
  const items = shipment.items;
  const commercial = COMMERCIAL_CATEGORIES.includes(shipment.category);
  const goodsValue = items.reduce((s, i) => s + i.quantity * i.unitValue, 0);

  if (!reference.destinations.specific.some((d) => destKeys.includes(d)))
    add('dest.generic', 'info', 'dest_generic', { country }, 'consignee.country', null);

  // ---- The consignee's address: what the destination's post reads beside the city (addresses.json) ----
  const needs = reference.addresses.destinations[country];
  if (needs) {
    const c = shipment.consignee;
    if (needs.needs.includes('state') && !c.state?.trim()) add('address.state', needs.severity, 'address_state', { country }, 'consignee.state', 'address_state');
    const postcode = c.postcode?.trim();
    if (needs.needs.includes('postcode') && !postcode) add('address.postcode', needs.severity, 'address_postcode', { country }, 'consignee.postcode', 'address_postcode');
    const form = needs.postcodeFormat;
    if (form && postcode && !new RegExp(form.pattern, 'u').test(postcode))
      add('address.postcode_format', needs.severity, 'address_postcode_format', { country, postcode, shape: form.shape, shapeZh: form.shapeZh, example: form.example }, 'consignee.postcode', 'address_postcode_format');
  }

  // ---- Declarations ----
  if (items.length === 0) add('decl.no_items', 'block', 'no_items', {}, 'items', 'no_items');
  if (shipment.parcels.length === 0) add('decl.no_parcels', 'block', 'no_parcels', {}, 'parcels', 'no_parcels');
  const vague = new Set(reference.declarations.vagueWords);
  const filler = new Set(reference.declarations.fillerWords);
  items.forEach((item, i) => {
    const n = i + 1;
    const at = (f: string) => `items.${i}.${f}`;
    const product = products.get(item.productId);
    const sku = item.sku;
    if (product?.status === 'archived') add('decl.product_archived', 'block', 'product_archived', { n, sku }, at('productId'), 'product_archived');
    const d = item.description.trim();
    if (d === '') add('decl.description_missing', 'block', 'description_missing', { n, sku }, at('description'), 'description_missing');
    else if (notLatin(d)) add('decl.description_not_latin', 'block', 'description_not_latin', { n, description: d }, at('description'), 'description_not_latin');
    else {
      const words = d.toLowerCase().split(/[^\p{L}\p{N}&]+/u).filter((w) => w && !filler.has(w));
      if (words.length === 0 || words.every((w) => vague.has(w)))
        add('decl.description_vague', 'block', 'description_vague', { n, description: d }, at('description'), 'description_vague');
      else if (d.replace(/\s/g, '').length < reference.declarations.minChars)
        add('decl.description_short', 'block', 'description_short', { n, description: d, min: reference.declarations.minChars }, at('description'), 'description_short');
    }
    if (!item.hsCode) add('decl.hs_missing', commercial ? 'block' : 'warn', 'hs_missing', { n, sku }, at('hsCode'), 'hs_missing');
    else if (!reference.hsKnown(item.hsCode)) add('decl.hs_unknown', commercial ? 'block' : 'warn', 'hs_unknown', { n, code: item.hsCode }, at('hsCode'), 'hs_unknown');
    if (!item.originCountry) add('decl.origin_missing', 'block', 'origin_missing', { n, sku }, at('originCountry'), 'origin_missing');
    const supplier = product?.defaultSupplier;
    if (supplier?.status === 'blocked')
      add('supplier.blocked', 'block', 'supplier_blocked', { n, sku, supplier: supplier.name }, at('productId'), 'supplier_blocked');
    else if (supplier?.status === 'probation')
      add('supplier.probation', 'warn', 'supplier_probation', { n, sku, supplier: supplier.name }, at('productId'), 'supplier_probation');
    if (shipment.category === 'sale_of_goods' && item.unitValue === 0) add('decl.zero_value', 'block', 'zero_value', { n, sku }, at('unitValue'), 'zero_value');
  });

  const net = items.reduce((s, i) => s + i.quantity * i.unitNetWeightG, 0);
  const gross = shipment.parcels.reduce((s, p) => s + p.grossWeightG, 0);
  if (shipment.parcels.length > 0 && net > gross) add('decl.net_over_gross', 'block', 'net_over_gross', { net, gross }, 'parcels', 'net_over_gross');
  if (shipment.category === 'gift' && shipment.orderRefs.length > 0) add('decl.gift_on_sale', 'block', 'gift_on_sale', {}, 'category', 'gift_on_sale');
  if (shipment.category === 'other' && !shipment.categoryExplanation)
    add('decl.other_no_explanation', 'block', 'other_no_explanation', {}, 'categoryExplanation', 'other_no_explanation');

  // ---- The form, and the invoice ----
  const choice = chooseCustomsForm(shipment, profile.rates, reference.forms.cn22);
  const weight = choice.grossWeightG;
  if (choice.form === 'CN22') add('form.required', 'info', 'form_cn22', { value: choice.valueSdr ?? 0, weight }, null, null);
  else if (choice.reason === 'value_over') add('form.required', 'info', 'form_cn23_value', { value: choice.valueSdr ?? 0, limit: reference.forms.cn22.valueSdr }, null, null);
  else if (choice.reason === 'weight_over') add('form.required', 'info', 'form_cn23_weight', { weight, limit: reference.forms.cn22.grossWeightG }, 'parcels', null);
  else add('form.required', 'warn', 'form_cn23_no_rate', { currency: shipment.currency }, 'profile.rates', 'rate_missing');
  if (reference.forms.invoiceForCategories.includes(shipment.category) && items.length > 0 && !shipment.invoiceNumber)
    add('form.invoice_missing', 'block', 'invoice_missing', {}, 'invoiceNumber', 'invoice_missing');
  for (const f of postalFindings({ ...shipment, trackingNumber: shipment.trackingNumber ?? null, postalOperator: shipment.postalOperator ?? null }, profile, reference, products))
    add(f.rule, f.severity, f.msg, f.params, f.field, f.fix);

  // ---- Batteries and dangerous goods (every parcel is assumed to fly: postal and air) ----
  const b = reference.batteries;
  const packages = Math.max(1, shipment.parcels.length);
  let cells = 0;
  let batteries = 0;
  let batteryField: string | null = null;
  items.forEach((item, i) => {
    const product = products.get(item.productId);
    if (!product) return;
    const field = `items.${i}.productId`;
    const sku = item.sku;
    const bat: Compliance['battery'] = product.compliance.battery;
    // A power bank or spare battery (HS 85.06/85.07) is a battery alone whatever "how it ships" says.
    const byHs = batteryAlone({ hsCode: item.hsCode ?? product.hsCode ?? null, compliance: product.compliance }, b.batteryHsPrefixes);
    if (byHs?.byHs) add('battery.alone', b.alone.severity, 'battery_alone_hs', { sku, code: item.hsCode ?? product.hsCode ?? '', un: b.alone.unNumbers[byHs.type] }, field, 'battery_alone');
    else if (bat.type === 'lithium_ion' || bat.type === 'lithium_metal') {
      const liIon = bat.type === 'lithium_ion';
      if (!bat.configuration || (liIon ? bat.whPerBattery === null && bat.whPerCell === null : bat.lithiumGPerBattery === null && bat.lithiumGPerCell === null))
        add('battery.facts_missing', 'block', 'battery_facts_missing', { sku }, field, 'battery_facts_missing');
      else if (bat.configuration === 'alone')
        add('battery.alone', b.alone.severity, 'battery_alone', { sku, un: b.alone.unNumbers[bat.type] ?? '' }, field, 'battery_alone');
      else if (!b.mailAccepts.includes(bat.configuration))
        // ICAO TI Part 1, 2.3.2: by post only batteries contained in equipment; packed with is not accepted.
        add('battery.packed_with', 'block', 'battery_packed_with', { sku, un: b.withEquipment.unNumbers[bat.type] ?? '' }, field, 'battery_packed_with');
      else {
        const L = b.sectionII;
        const over: [PreflightMessageKey, number | null, number][] = liIon
          ? [['battery_cell_wh', bat.whPerCell, L.liIonWhPerCell], ['battery_battery_wh', bat.whPerBattery, L.liIonWhPerBattery]]
          : [['battery_cell_li', bat.lithiumGPerCell, L.liMetalGPerCell], ['battery_battery_li', bat.lithiumGPerBattery, L.liMetalGPerBattery]];
        const beyond = over.filter(([, v, limit]) => v !== null && v > limit);
        for (const [key, value, limit] of beyond) add('battery.over_limit', 'block', key, { sku, value: value ?? 0, limit }, field, 'battery_over_limit');
        if (beyond.length === 0) add('battery.section2', 'info', 'battery_section2', { sku, un: b.withEquipment.unNumbers[bat.type] ?? '' }, field, 'battery_section2');
      }
      if (bat.configuration === 'contained_in_equipment') {
        const perUnitBatteries = bat.batteriesPerUnit ?? 1;
        cells += item.quantity * (bat.cellsPerUnit ?? perUnitBatteries);
        batteries += item.quantity * perUnitBatteries;
        batteryField ??= field;
      }
    }
    const dg = product.compliance.dangerousGoods;
    for (const f of reference.dangerousGoods.flags) {
      if (!dg[f.flag as keyof typeof dg]) continue;
      const un = dg.unNumber ?? (f.unNumbers ? (f.unNumbers[dg.flammableLiquidKind ?? 'other'] ?? '') : (f.unNumber ?? ''));
      add(f.rule, f.severity, f.rule.replace('.', '_') as PreflightMessageKey, { sku, un }, field, 'dangerous_goods');
    }
  });
  const perCells = Math.ceil(cells / packages);
  const perBatteries = Math.ceil(batteries / packages);
  const P = b.postalPerPackage;
  if (perCells > P.maxCells && perBatteries > P.maxBatteries)
    add('battery.too_many', 'block', 'battery_too_many', { cells: perCells, batteries: perBatteries, maxCells: P.maxCells, maxBatteries: P.maxBatteries }, batteryField, 'battery_too_many');

  // ---- Certificates ----
  const valid = (c: CertificateFact) => c.expiryDate === null || c.expiryDate >= date;
  const seenProducts = new Set<number>();
  items.forEach((item, i) => {
    const product = products.get(item.productId);
    if (!product || seenProducts.has(product.id)) return;
    seenProducts.add(product.id);
    const field = `items.${i}.productId`;
    const sku = item.sku;
    const mine = certificates.filter((c) => c.productIds.includes(product.id));
    for (const mark of reference.certifications.marks) {
      if (!matchesDest(mark.destination) || !product.compliance.categories.some((c) => mark.categories.includes(c))) continue;
      if (!mine.some((c) => mark.certificateTypes.includes(c.type) && valid(c)))
        add('cert.missing', 'warn', 'cert_missing', { sku, mark: mark.mark, country }, field, 'cert_missing');
    }
    const byType = new Map<string, CertificateFact[]>();
    for (const c of mine) byType.set(c.type, [...(byType.get(c.type) ?? []), c]);
    for (const [type, certs] of byType) {
      if (certs.some(valid)) continue;
      const last = certs.reduce((a, c) => ((c.expiryDate ?? '') > (a.expiryDate ?? '') ? c : a));
      add('cert.expired', 'block', 'cert_expired', { sku, type, number: last.number, expiry: last.expiryDate ?? '' }, field, 'cert_expired');
    }

    // ---- Special goods ----
    const sg = reference.specialGoods;
    const hasHealthDocs = mine.some((c) => sg.documentTypes.includes(c.type) && valid(c));
    const hs = item.hsCode ?? product.hsCode ?? '';
    for (const category of product.compliance.categories) {
      // Food of animal origin has its own rule where the destination has one (the EU blocks it in parcels).
      const animal = category === 'food' && hs !== '' && sg.animalOriginHsPrefixes.some((p) => hs.startsWith(p));
      const animalRule = animal ? destKeys.map((k) => sg.destinations[k]?.food_animal).find(Boolean) : undefined;
      const rule = animalRule ?? destKeys.map((k) => sg.destinations[k]?.[category]).find(Boolean) ?? sg.defaults[category];
      if (!rule) continue;
      // A health certificate or analysis on file answers a warning; it cannot lift a prohibition, and
      // where the rule names what answers it (FDA Prior Notice: nothing on file does), only that does.
      const answers = rule.answeredBy ?? sg.documentTypes;
      const answered = mine.some((c) => answers.includes(c.type) && valid(c));
      const severity: Severity = answered && hasHealthDocs && rule.severity === 'warn' ? 'info' : rule.severity;
      const key = animalRule ? 'food_animal' : category;
      add(`special.${key}`, severity, `special_${key}` as PreflightMessageKey, { sku, country, document: rule.document, documentZh: rule.documentZh ?? rule.document, code: hs }, field, 'special_goods');
    }
  });

  // ---- Tax thresholds ----
  // A missing rate is said once per currency pair and destination, not once per threshold it leaves unchecked.
  const unrated = new Set<string>();
  for (const th of reference.thresholds.thresholds) {
    if (!destKeys.includes(th.destination)) continue;
    if (th.since && date < th.since) continue;
    if (th.until && date >= th.until) continue;
    const key = th.rule.replace('.', '_') as PreflightMessageKey;
    const fixKey = (Object.hasOwn(PREFLIGHT_TEXT.fix, key) ? key : 'tax_info') as PreflightFixKey;
    if (th.when === 'always') {
      add(th.rule, th.severity, key, {}, null, fixKey);
      continue;
    }
    if (items.length === 0) continue;
    const value = convertMinor(goodsValue, shipment.currency, th.currency, profile.rates, CURRENCY_MINOR_DIGITS);
    if (value === null) {
      const pair = `${shipment.currency}>${th.currency}>${th.destination}`;
      if (!unrated.has(pair)) add('rates.missing', 'warn', 'rate_missing', { from: shipment.currency, to: th.currency, country: th.destination }, 'profile.rates', 'rate_missing');
      unrated.add(pair);
      continue;
    }
    const limit = th.limit ?? 0;
    const inRange = th.when === 'at_or_below' ? value <= limit : value > limit;
    if (!inRange || satisfied(th.requires, profile)) continue;
    const digits = CURRENCY_MINOR_DIGITS[th.currency] ?? 2;
    const requiresField = th.requires === 'iossNumber' ? 'profile.iossNumber' : th.requires === 'abnArn' ? 'profile.abnArn' : th.requires?.startsWith('vat:') ? 'profile.vatNumbers' : null;
    const extra: Record<string, string | number> = {};
    if (th.perSubheading) {
      // The EU's flat duty counts the distinct 6-digit subheadings of the consignment.
      const subheadings = new Set(items.map((i) => (i.hsCode ?? i.sku).slice(0, 6))).size;
      Object.assign(extra, { subheadings, duty: ((subheadings * th.perSubheading) / 10 ** digits).toFixed(digits) });
    }
    add(th.rule, th.severity, key, { value: (value / 10 ** digits).toFixed(digits), ...extra }, requiresField, fixKey);
  }

  // ---- Issue 15 (rules as of December 2026): src/core/preflight/checks.ts ----
  const checks = { input, country, eu, destKeys, add };
  checkHsDangerousGoods(checks);
  checkDeclaredValues(checks);
  checkTariffCodes(checks);
  checkEuProductRules(checks);
  checkRatesAge(checks);
  // ---- Issue 18: packaging (src/core/preflight/packaging.ts) ----
  checkPackaging(checks);

  // ---- The seller's own rules ----
  for (const rule of sellerRules) {
    if (!rule.active || !matchesDest(rule.destination)) continue;
    items.forEach((item, i) => {
      const product = products.get(item.productId);
      const hit =
        rule.match === 'product' ? item.productId === rule.productId
        : rule.match === 'category' ? !!product && !!rule.category && product.compliance.categories.includes(rule.category)
        : !!rule.hsPrefix && !!item.hsCode && item.hsCode.startsWith(rule.hsPrefix);
      if (!hit) return;
      // Issue 18: a rule from a consultation cites its carrier, or says why it does not hold here.
      const c = rule.consultation ? consultationRuleFinding(rule, rule.consultation, shipment, profile, reference, date) : null;
      if (c) add(`seller.${rule.id}`, c.severity, c.msg, { sku: item.sku, ...c.params }, `items.${i}.productId`, c.fix);
      else add(`seller.${rule.id}`, rule.severity, 'seller_rule', { sku: item.sku, message: rule.message }, `items.${i}.productId`, null);
    });
  }

  findings.sort((a, b2) => ORDER[a.severity] - ORDER[b2.severity]);
  return {
    findings,
    blocked: findings.some((f) => f.severity === 'block'),
    form: choice.form,
    valueSdr: choice.valueSdr === null ? null : Math.round(choice.valueSdr * 100),
    checkedOn: date,
  };
}

function satisfied(requires: string | null, profile: PreflightProfile): boolean {
  if (requires === null) return false;
  if (requires === 'iossNumber') return !!profile.iossNumber;
  if (requires === 'abnArn') return !!profile.abnArn;
  if (requires.startsWith('vat:')) return profile.vatNumbers.some((v) => v.country === requires.slice(4));
  return false;
}

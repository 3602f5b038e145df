// Issue 15's rules (as of December 2026), kept apart from engine.ts so that each is one call there:
// dangerous goods recognised from the HS code, declared values, national tariff codes, the EU's
// GPSR responsible person and battery marking, and the age of the exchange rates. Pure, like the
// engine: the facts come from resources/rules through ReferenceRules.
import { daysBetween } from '../../shared/dates';
import type { PreflightFixKey, PreflightMessageKey } from '../../shared/preflight-text';
import type { Severity } from '../../shared/preflight';
import { tariffCodeFor } from '../../shared/products';
import { convertMinor } from '../../shared/settings';
import { CURRENCY_MINOR_DIGITS } from '../../shared/iso';
import type { PreflightInput } from './engine';
import { euResponsiblePersonOf, needsEuResponsiblePerson } from '../reference/gpsr';

export type Add = (
  rule: string,
  severity: Severity,
  msg: PreflightMessageKey,
  params: Record<string, string | number>,
  field: string | null,
  fix: PreflightFixKey | null,
) => void;

interface Ctx {
  input: PreflightInput;
  country: string;
  eu: boolean;
  destKeys: readonly string[];
  add: Add;
}

const lines = (c: Ctx) =>
  c.input.shipment.items.flatMap((item, i) => {
    const product = c.input.products.get(item.productId);
    return product ? [{ item, i, n: i + 1, product, field: `items.${i}.productId` }] : [];
  });

/** Dangerous goods by HS heading, whatever boxes are ticked; a ticked box that says the same keeps it to one finding. */
export function checkHsDangerousGoods(c: Ctx): void {
  for (const { item, n, product } of lines(c)) {
    const code = item.hsCode ?? product.hsCode ?? null;
    if (!code) continue;
    for (const entry of c.input.reference.dangerousGoods.byHsCode) {
      const prefix = entry.prefixes.find((p) => code.startsWith(p));
      if (!prefix) continue;
      const override = c.destKeys.map((k) => entry.destinations?.[k]).find(Boolean);
      const ticked = entry.flag !== null && product.compliance.dangerousGoods[entry.flag];
      if (ticked && !override) break;
      const kind = override?.kind ?? entry.kind;
      c.add('dg.hs_code', override?.severity ?? entry.severity, `dg_hs_${kind}`, { n, sku: item.sku, code, prefix, un: entry.unNumber ?? '', country: c.country }, `items.${n - 1}.hsCode`, 'dangerous_goods');
      break;
    }
  }
}

/** A line declared far below the product's catalog value, and an insured value above the declared one. */
export function checkDeclaredValues(c: Ctx): void {
  const rules = c.input.reference.declaredValues;
  const { shipment, profile } = c.input;
  for (const { item, i, n, product } of lines(c)) {
    if (product.unitValue == null || !product.currency || product.unitValue === 0) continue;
    const catalog = convertMinor(product.unitValue, product.currency, shipment.currency, profile.rates, CURRENCY_MINOR_DIGITS);
    if (catalog === null || item.unitValue >= catalog * rules.undervaluation.minRatio) continue;
    const digits = CURRENCY_MINOR_DIGITS[shipment.currency] ?? 2;
    const fmt = (v: number) => (v / 10 ** digits).toFixed(digits);
    c.add('value.undervalued', rules.undervaluation.severity, 'value_undervalued', {
      n, sku: item.sku, value: fmt(item.unitValue), catalog: fmt(catalog), currency: shipment.currency, percent: Math.round(rules.undervaluation.minRatio * 100),
    }, `items.${i}.unitValue`, 'value_undervalued');
  }
  const declared = shipment.items.reduce((s, x) => s + x.quantity * x.unitValue, 0);
  const insured = (shipment as { insuredValue?: number | null }).insuredValue ?? null;
  if (insured !== null && insured > declared) {
    const digits = CURRENCY_MINOR_DIGITS[shipment.currency] ?? 2;
    const fmt = (v: number) => (v / 10 ** digits).toFixed(digits);
    c.add('value.insured_over', rules.insuredOverDeclared.severity, 'value_insured_over', { insured: fmt(insured), declared: fmt(declared), currency: shipment.currency }, 'insuredValue', 'value_insured_over');
  }
}

/** The destination's national tariff code: required digits on postal items warn, the digits of a formal entry inform. */
export function checkTariffCodes(c: Ctx): void {
  const rule = c.destKeys.map((k) => c.input.reference.tariffs.destinations[k]).find(Boolean);
  if (!rule) return;
  // Said once per product and code, at its first line: thirty lines of one product are one finding, not thirty.
  const said = new Set<string>();
  for (const { item, i, n, product } of lines(c)) {
    const national = tariffCodeFor({ hsCode: null, tariffCodes: product.tariffCodes }, c.country, c.eu);
    const code = national ?? item.hsCode;
    if (!code) continue; // decl.hs_missing says it
    const key = `${item.sku} ${code}`;
    if (said.has(key)) continue;
    said.add(key);
    const params = { n, sku: item.sku, name: rule.name, nameZh: rule.nameZh, digits: rule.postalDigits, entry: rule.entryDigits, code, country: c.country };
    if (code.length < rule.postalDigits) c.add('tariff.postal_missing', 'warn', 'tariff_postal_missing', params, `items.${i}.hsCode`, 'tariff_missing');
    else if (code.length < rule.entryDigits) c.add('tariff.entry_digits', 'info', 'tariff_entry_digits', params, `items.${i}.hsCode`, 'tariff_missing');
  }
}

/** GPSR: consumer products to the EU name an EU responsible person and their manufacturer; batteries carry the Battery Regulation's marks. */
export function checkEuProductRules(c: Ctx): void {
  const cert = c.input.reference.certifications;
  const seen = new Set<number>();
  for (const { item, product, field } of lines(c)) {
    if (seen.has(product.id)) continue;
    seen.add(product.id);
    const rp = cert.euResponsiblePerson;
    const cats = product.compliance.categories;
    if (c.destKeys.includes(rp.destination) && needsEuResponsiblePerson(cats, rp) && !euResponsiblePersonOf(product, c.input.profile))
      c.add('cert.eu_responsible_person', rp.severity, 'cert_eu_responsible_person', { sku: item.sku }, 'profile.euResponsiblePerson', 'cert_eu_responsible_person');
    const mf = cert.euManufacturer;
    if (c.destKeys.includes(mf.destination) && needsEuResponsiblePerson(cats, rp) && product.manufacturer === null)
      c.add('cert.eu_manufacturer', mf.severity, 'cert_eu_manufacturer', { sku: item.sku }, field, 'cert_eu_manufacturer');
    const bm = cert.euBatteryMarking;
    if (c.destKeys.includes(bm.destination) && product.compliance.battery.type !== 'none')
      c.add('cert.eu_battery_marking', bm.severity, c.input.date >= bm.labelSince ? 'cert_eu_battery_label' : 'cert_eu_battery_marking', { sku: item.sku, since: bm.labelSince }, field, 'cert_eu_battery_marking');
  }
}

/** Rates the checks convert with, older than the file's maxAgeDays on the day checked. */
export function checkRatesAge(c: Ctx): void {
  const { profile, shipment, date, reference } = c.input;
  const max = reference.exchangeRates.maxAgeDays;
  const used = profile.rates.filter((r) => r.from === shipment.currency || r.to === shipment.currency);
  const oldest = used.reduce<string | null>((a, r) => (a === null || r.date < a ? r.date : a), null);
  if (oldest === null) return;
  const age = daysBetween(oldest, date);
  if (age > max) c.add('rates.stale', 'warn', 'rates_stale', { currency: shipment.currency, date: oldest, days: age, max }, 'profile.rates', 'rates_stale');
}

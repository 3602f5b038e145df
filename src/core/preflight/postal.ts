// Preflight checks of the postal forms (issue 15, point 1): the designated operator that CN 22/CN 23
// name, the UPU S10 item number's check digit and country code (a courier's number is left as it
// is), and the fibre
// content a US invoice must state for textiles (19 CFR 141.89). Pure, like the engine that calls it.
import type { ProductFacts, Severity } from '../../shared/preflight';
import type { PreflightFixKey, PreflightMessageKey } from '../../shared/preflight-text';
import { parseS10 } from '../../shared/s10';
import type { S10Id } from '../../shared/s10';
import type { Shipment } from '../../shared/shipments';
import { isTextileHs, statedFibreContent } from '../../shared/textiles';
import type { SellerProfile } from '../../shared/settings';
import type { ReferenceRules } from '../reference';

export interface PostalFinding {
  rule: string;
  severity: Severity;
  msg: PreflightMessageKey;
  params: Record<string, string | number>;
  field: string | null;
  fix: PreflightFixKey | null;
}

export function postalFindings(
  shipment: Pick<Shipment, 'consignee' | 'items' | 'trackingNumber' | 'postalOperator'>,
  profile: Pick<SellerProfile, 'defaultPostalOperator'>,
  reference: Pick<ReferenceRules, 'postalOperators'>,
  products: ReadonlyMap<number, ProductFacts>,
): PostalFinding[] {
  const out: PostalFinding[] = [];
  const id = shipment.postalOperator ?? profile.defaultPostalOperator;
  const operator = id ? reference.postalOperators.operators.find((o) => o.id === id) : undefined;
  if (!operator)
    out.push({ rule: 'postal.operator_missing', severity: 'warn', msg: 'operator_missing', params: {}, field: 'postalOperator', fix: 'operator_missing' });
  const s10 = parseS10(shipment.trackingNumber);
  if (s10 && !s10.valid)
    out.push({
      rule: 'postal.s10_check_digit', severity: 'warn', msg: 's10_check_digit',
      params: { number: s10.text, digit: s10.checkDigit, expected: s10.expected }, field: 'trackingNumber', fix: 's10_check_digit',
    });
  const mismatch = s10CountryMismatch(s10, operator);
  if (mismatch) out.push(mismatch);
  if (shipment.consignee.country === 'US')
    shipment.items.forEach((item, i) => {
      if (!isTextileHs(item.hsCode)) return;
      const p = products.get(item.productId);
      if (statedFibreContent(p?.compliance.fibreContent, p?.material)) return;
      out.push({
        rule: 'decl.fibre_content_missing', severity: 'warn', msg: 'fibre_content_missing',
        params: { n: i + 1, sku: item.sku, code: item.hsCode ?? '' }, field: `items.${i}.productId`, fix: 'fibre_content_missing',
      });
    });
  return out;
}

/**
 * An S10 item number ends with the ISO code of the country whose designated operator issued it
 * (UPU standard S10): RR123456785CN is China Post's. A number from another country's operator than
 * the one the forms name means the carrier or the number was copied wrongly.
 */
function s10CountryMismatch(s10: S10Id | null, operator: { country: string; name: string } | undefined): PostalFinding | null {
  if (!s10 || !operator || s10.country === operator.country) return null;
  return {
    rule: 'postal.s10_country', severity: 'warn', msg: 's10_country',
    params: { number: s10.text, country: s10.country, operator: operator.name, operatorCountry: operator.country }, field: 'trackingNumber', fix: 's10_country',
  };
}

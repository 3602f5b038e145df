// Preflight checks of the postal forms (issue 15, point 1): the designated operator that CN 22/CN 23
// name, the UPU S10 item number's check digit (a courier's number is left as it is), and the fibre
// content a US invoice must state for textiles (19 CFR 141.89). Pure, like the engine that calls it.
import type { ProductFacts, Severity } from '../../shared/preflight';
import type { PreflightFixKey, PreflightMessageKey } from '../../shared/preflight-text';
import { parseS10 } from '../../shared/s10';
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
  if (!id || !reference.postalOperators.operators.some((o) => o.id === id))
    out.push({ rule: 'postal.operator_missing', severity: 'warn', msg: 'operator_missing', params: {}, field: 'postalOperator', fix: 'operator_missing' });
  const s10 = parseS10(shipment.trackingNumber);
  if (s10 && !s10.valid)
    out.push({
      rule: 'postal.s10_check_digit', severity: 'warn', msg: 's10_check_digit',
      params: { number: s10.text, digit: s10.checkDigit, expected: s10.expected }, field: 'trackingNumber', fix: 's10_check_digit',
    });
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

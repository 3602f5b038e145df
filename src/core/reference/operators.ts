// Designated operators (resources/rules/postal-operators.json): the postal operator that carries a
// shipment and whose name heads its CN 22/CN 23. A shipment names one, or the seller's default
// (profile) applies; an id not in the list is refused on the field that sent it.
import { ValidationError } from '../../shared/errors';
import type { SellerProfile } from '../../shared/settings';
import type { Shipment } from '../../shared/shipments';
import { loadReferenceRules } from './index';
import type { PostalOperatorRule, ReferenceRules } from './index';

export function checkPostalOperator(resourcesDir: string, id: string | null | undefined, path: string): void {
  if (id === null || id === undefined) return;
  if (loadReferenceRules(resourcesDir).postalOperators.operators.some((o) => o.id === id)) return;
  throw new ValidationError([
    { path, key: 'postal_operator_unknown', message: `${id} is not a designated operator Clearpack knows (resources/rules/postal-operators.json)`, params: { value: id } },
  ]);
}

/** The operator that carries the shipment: its own, else the seller's default; null when neither is set. */
export function operatorOf(
  s: Pick<Shipment, 'postalOperator'>,
  profile: Pick<SellerProfile, 'defaultPostalOperator'>,
  rules: Pick<ReferenceRules, 'postalOperators'>,
): PostalOperatorRule | null {
  const id = s.postalOperator ?? profile.defaultPostalOperator;
  return id ? (rules.postalOperators.operators.find((o) => o.id === id) ?? null) : null;
}

// GPSR (Regulation (EU) 2023/988): which products need an EU responsible person, and who it is.
// One place for the preflight (which warns when there is none) and the pack (which prints it).
import type { ReferenceRules } from './index';

/** A consumer product falls under the GPSR unless all its categories are under their own rules (food, cosmetics …). */
export function needsEuResponsiblePerson(categories: readonly string[], rule: ReferenceRules['certifications']['euResponsiblePerson']): boolean {
  return !(categories.length > 0 && categories.every((x) => rule.exemptCategories.includes(x)));
}

/** The product's own EU responsible person, else the seller profile's. */
export const euResponsiblePersonOf = (product: { euResponsiblePerson?: string | null }, profile: { euResponsiblePerson?: string | null }): string | null =>
  product.euResponsiblePerson || profile.euResponsiblePerson || null;

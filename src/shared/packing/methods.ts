// The seller's packaging rules and "prevent this next time" for a packaging hold (issue 18;
// implemented in src/core/preflight/packagingHandlers.ts).
import { mutation, query } from '../contract';
import type { MethodTable } from '../contract';
import type { Hold } from '../aftersales';
import { holdPreventPackagingInput, packagingRuleCreateInput, packagingRuleListInput, packagingRuleUpdateInput } from '../packing';
import type { PackagingRule } from '../packing';
import { byId } from '../products';
import type { Page } from '../products';

export const packagingMethods = {
  'packagingRules.create': mutation<PackagingRule>()(packagingRuleCreateInput),
  'packagingRules.list': query<Page<PackagingRule>>()(packagingRuleListInput),
  'packagingRules.update': mutation<PackagingRule>()(packagingRuleUpdateInput),
  'packagingRules.remove': mutation<PackagingRule>()(byId),
  /** "Prevent this next time" for a hold whose reason is packaging: the product must travel in the packaging named. */
  'holds.preventPackaging': mutation<{ hold: Hold; rule: PackagingRule }>()(holdPreventPackagingInput),
} satisfies MethodTable;

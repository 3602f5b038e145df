// The seller's packaging rules (issue 18; "prevent this next time" for a packaging hold is with the holds;
// implemented in src/core/preflight/packagingHandlers.ts).
import { mutation, query } from '../contract';
import type { MethodTable } from '../contract';
import { packagingRuleCreateInput, packagingRuleListInput, packagingRuleUpdateInput } from '../packing';
import type { PackagingRule } from '../packing';
import { byId } from '../products';
import type { Page } from '../products';

export const packagingMethods = {
  'packagingRules.create': mutation<PackagingRule>()(packagingRuleCreateInput),
  'packagingRules.list': query<Page<PackagingRule>>()(packagingRuleListInput),
  'packagingRules.update': mutation<PackagingRule>()(packagingRuleUpdateInput),
  'packagingRules.remove': mutation<PackagingRule>()(byId),
} satisfies MethodTable;

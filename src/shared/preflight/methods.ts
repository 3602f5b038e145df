// The seller's own preflight rules (implemented in src/core/preflight/handlers.ts).
import { mutation, query } from '../contract';
import type { MethodTable } from '../contract';
import { sellerRuleCreateInput, sellerRuleListInput, sellerRuleUpdateInput } from '../preflight';
import type { SellerRule } from '../preflight';
import { byId } from '../products';
import type { Page } from '../products';

export const preflightMethods = {
  'rules.create': mutation<SellerRule>()(sellerRuleCreateInput),
  'rules.list': query<Page<SellerRule>>()(sellerRuleListInput),
  'rules.update': mutation<SellerRule>()(sellerRuleUpdateInput),
  'rules.remove': mutation<SellerRule>()(byId),
} satisfies MethodTable;

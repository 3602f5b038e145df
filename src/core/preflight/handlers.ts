// The seller's preflight rules (declared in src/shared/preflight/methods.ts).
import type { preflightMethods } from '../../shared/preflight/methods';
import type { HandlersOf } from '../handlers';
import { createSellerRule, listSellerRules, removeSellerRule, updateSellerRule } from './sellerRules';

export const preflightHandlers: HandlersOf<typeof preflightMethods> = {
  'rules.create': (input, ctx) => createSellerRule(ctx, input),
  'rules.list': (input, ctx) => listSellerRules(ctx, input),
  'rules.update': (input, ctx) => updateSellerRule(ctx, input),
  'rules.remove': (input, ctx) => removeSellerRule(ctx, input.id),
};

// The seller's packaging rules (declared in src/shared/packing/methods.ts).
import type { packagingMethods } from '../../shared/packing/methods';
import type { HandlersOf } from '../handlers';
import { createPackagingRule, listPackagingRules, removePackagingRule, updatePackagingRule } from './packagingRules';

export const packagingHandlers: HandlersOf<typeof packagingMethods> = {
  'packagingRules.create': (input, ctx) => createPackagingRule(ctx, input),
  'packagingRules.list': (input, ctx) => listPackagingRules(ctx, input),
  'packagingRules.update': (input, ctx) => updatePackagingRule(ctx, input),
  'packagingRules.remove': (input, ctx) => removePackagingRule(ctx, input.id),
};

// After the parcel leaves (declared in src/shared/aftersales/methods.ts).
import type { aftersalesMethods } from '../../shared/aftersales/methods';
import type { HandlersOf } from '../handlers';
import { createCase, getCase, getServiceLevels, listCases, setServiceLevels, updateCase } from './cases';
import { getDashboard } from './dashboard';
import { createHold, getHold, holdStats, listHolds, preventFromHold, updateHold } from './holds';
import { preventPackagingFromHold } from './preventPackaging';

export const aftersalesHandlers: HandlersOf<typeof aftersalesMethods> = {
  'holds.create': (input, ctx) => createHold(ctx, input),
  'holds.get': (input, ctx) => getHold(ctx.db, input.id),
  'holds.update': (input, ctx) => updateHold(ctx, input),
  'holds.list': (input, ctx) => listHolds(ctx, input),
  'holds.stats': (_input, ctx) => holdStats(ctx),
  'holds.preventRule': (input, ctx) => preventFromHold(ctx, input),
  'holds.preventPackaging': (input, ctx) => preventPackagingFromHold(ctx, input),
  'cases.create': (input, ctx) => createCase(ctx, input),
  'cases.get': (input, ctx) => getCase(ctx.db, input.id),
  'cases.update': (input, ctx) => updateCase(ctx, input),
  'cases.list': (input, ctx) => listCases(ctx, input),
  'cases.serviceLevels': (_input, ctx) => getServiceLevels(ctx),
  'cases.setServiceLevels': (input, ctx) => setServiceLevels(ctx, input),
  'dashboard.get': (input, ctx) => getDashboard(ctx, input),
};

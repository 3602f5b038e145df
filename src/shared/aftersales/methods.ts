// After the parcel leaves: holds, cases, the dashboard (implemented in src/core/aftersales/handlers.ts).
import { z } from 'zod';
import { mutation, query } from '../contract';
import type { MethodTable } from '../contract';
import {
  caseCreateInput,
  caseListInput,
  caseUpdateInput,
  dashboardInput,
  holdCreateInput,
  holdListInput,
  holdPreventInput,
  holdUpdateInput,
  serviceLevelsInput,
} from '../aftersales';
import type { AfterSalesCase, CaseSummary, Dashboard, Hold, HoldStats, ServiceLevels } from '../aftersales';
import type { SellerRule } from '../preflight';
import { holdPreventPackagingInput } from '../packing';
import type { PackagingRule } from '../packing';
import { byId } from '../products';
import type { Page } from '../products';

export const aftersalesMethods = {
  /** Records an inspection hold on a shipped parcel; the shipment becomes held. */
  'holds.create': mutation<Hold>()(holdCreateInput),
  'holds.get': query<Hold>()(byId),
  /** An outcome moves the shipment on: released → shipped, returned → returned, destroyed → destroyed. */
  'holds.update': mutation<Hold>()(holdUpdateInput),
  'holds.list': query<Page<Hold>>()(holdListInput),
  'holds.stats': query<HoldStats>()(z.strictObject({}).optional()),
  /** "Prevent this next time": a seller rule pre-filled from the hold. */
  'holds.preventRule': mutation<{ hold: Hold; rule: SellerRule }>()(holdPreventInput),
  /** "Prevent this next time" for a hold whose reason is packaging: the product must travel in the packaging named. */
  'holds.preventPackaging': mutation<{ hold: Hold; rule: PackagingRule }>()(holdPreventPackagingInput),
  'cases.create': mutation<AfterSalesCase>()(caseCreateInput),
  'cases.get': query<AfterSalesCase>()(byId),
  'cases.update': mutation<AfterSalesCase>()(caseUpdateInput),
  'cases.list': query<Page<CaseSummary>>()(caseListInput),
  'cases.serviceLevels': query<ServiceLevels>()(z.strictObject({}).optional()),
  'cases.setServiceLevels': mutation<ServiceLevels>()(serviceLevelsInput),
  'dashboard.get': query<Dashboard>()(dashboardInput),
} satisfies MethodTable;

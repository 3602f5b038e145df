// After the parcel leaves: inspection holds on shipments, after-sales cases with their service
// levels and warranty, and the dashboard that says what needs the seller today.
import { z } from 'zod';
import { SPECIAL_CATEGORIES } from './compliance';
import { calendarDate } from './settings';
import type { ShipmentStatus } from './shipments';
import { count, countryCode, currencyCode, id, optionalText, requiredText, searchQuery, optionalIdentifier } from './validation';

const MAX_MONEY = 1_000_000_000_00;
const paging = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) };

// ---- Inspection holds ------------------------------------------------------------------------

export const HOLD_AUTHORITIES = ['customs', 'carrier_security', 'postal_operator'] as const;
export const HOLD_REASONS = ['dangerous_goods', 'packaging', 'documents', 'other'] as const;
export const HOLD_HANDLINGS = ['supply_documents', 'request_reinspection', 'return_to_sender', 'destroy_abandon'] as const;
export const HOLD_OUTCOMES = ['pending', 'released', 'returned', 'destroyed'] as const;
/** Where the shipment goes when a hold ends with this outcome: a held shipment moves on through its hold. */
export const HOLD_OUTCOME_STATUS: Readonly<Record<Exclude<(typeof HOLD_OUTCOMES)[number], 'pending'>, ShipmentStatus>> = { released: 'shipped', returned: 'returned', destroyed: 'destroyed' };
export type HoldAuthority = (typeof HOLD_AUTHORITIES)[number];
export type HoldReason = (typeof HOLD_REASONS)[number];
export type HoldHandling = (typeof HOLD_HANDLINGS)[number];
export type HoldOutcome = (typeof HOLD_OUTCOMES)[number];

export interface Hold {
  id: number;
  shipmentId: number;
  shipmentReference: string;
  /** The shipment's destination. */
  country: string;
  date: string;
  authority: HoldAuthority;
  reason: HoldReason;
  detail: string | null;
  requested: string | null;
  handling: HoldHandling | null;
  deadline: string | null;
  /** Minor units of costCurrency. */
  cost: number;
  costCurrency: string;
  outcome: HoldOutcome;
  /** The seller rule made from this hold ("prevent this next time"), if any. */
  ruleId: number | null;
  /** The packaging rule made from this hold (issue 18), if any. */
  packagingRuleId?: number | null;
  createdAt: string;
  updatedAt: string;
}

const holdFields = {
  date: calendarDate,
  authority: z.enum(HOLD_AUTHORITIES),
  reason: z.enum(HOLD_REASONS),
  detail: optionalText(1000, true),
  requested: optionalText(1000, true),
  handling: z.enum(HOLD_HANDLINGS).nullable().optional(),
  deadline: calendarDate.nullable().optional(),
  cost: count(MAX_MONEY).optional(),
  costCurrency: currencyCode.optional(),
  outcome: z.enum(HOLD_OUTCOMES).optional(),
};
export const holdCreateInput = z.strictObject({ shipmentId: id, ...holdFields });
export type HoldCreateInput = z.input<typeof holdCreateInput>;
export const holdUpdateInput = z.strictObject({ id, ...z.strictObject(holdFields).partial().shape });
export type HoldUpdateInput = z.input<typeof holdUpdateInput>;
export const holdListInput = z
  .strictObject({ shipmentId: id.optional(), outcome: z.enum([...HOLD_OUTCOMES, 'all']).default('all'), ...paging })
  .prefault({});

export const PREVENT_SCOPES = ['product', 'category', 'hsPrefix'] as const;
export const holdPreventInput = z.strictObject({
  holdId: id,
  scope: z.enum(PREVENT_SCOPES),
  severity: z.enum(['block', 'warn', 'info']).default('block'),
  /** Which product of the shipment (default: the first item's). */
  productId: id.optional(),
  /** For scope category (default: the product's first special category). */
  category: z.enum(SPECIAL_CATEGORIES).optional(),
  /** The rule's message (default: from the hold's reason and detail). */
  message: requiredText(500).optional(),
});

export interface HoldStats {
  total: number;
  byReason: { reason: HoldReason; count: number }[];
  byDestination: { country: string; count: number }[];
  byProduct: { productId: number; sku: string; name: string; count: number }[];
}

// ---- After-sales cases -----------------------------------------------------------------------

export const CASE_TYPES = ['return', 'exchange', 'repair', 'refund', 'complaint'] as const;
export const CASE_REASONS = ['quality_defect', 'damaged_in_transit', 'wrong_item', 'not_as_described', 'other'] as const;
export const CASE_STATUSES = ['open', 'in_progress', 'awaiting_customer', 'resolved', 'closed'] as const;
export type CaseType = (typeof CASE_TYPES)[number];
export type CaseReason = (typeof CASE_REASONS)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The workflow: which status may follow which; anything else (e.g. open → closed) is refused. */
export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  open: ['in_progress', 'awaiting_customer'],
  in_progress: ['awaiting_customer', 'resolved'],
  awaiting_customer: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: [],
};
/** Statuses in which the case still needs work (its resolution deadline runs). */
export const CASE_OPEN_STATUSES: readonly CaseStatus[] = ['open', 'in_progress', 'awaiting_customer'];

export const CASE_FLAGS = ['product_not_shipped_to_customer'] as const;
export type CaseFlag = (typeof CASE_FLAGS)[number];

export type WarrantyStatus = 'in_warranty' | 'expired' | 'no_warranty' | 'unknown';
export interface Warranty {
  status: WarrantyStatus;
  /** The sale date used (given, or the shipment's ship date). */
  saleDate: string | null;
  months: number | null;
  /** Last day covered. */
  endsOn: string | null;
}

export interface CaseEvent {
  id: number;
  at: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  note: string | null;
}

export interface AfterSalesCase {
  id: number;
  customerName: string;
  customerContact: string | null;
  customerCountry: string;
  orderRef: string | null;
  shipmentId: number | null;
  shipmentReference: string | null;
  productId: number;
  productSku: string;
  productName: string;
  /** A lot of the quality area (no foreign key: lots may not exist in this data file). */
  lotId: number | null;
  lotRef: string | null;
  type: CaseType;
  reason: CaseReason;
  description: string | null;
  openedAt: string;
  saleDate: string | null;
  status: CaseStatus;
  firstResponseDue: string;
  firstResponseAt: string | null;
  resolutionDue: string;
  resolvedAt: string | null;
  closedAt: string | null;
  resolution: string | null;
  refundAmount: number;
  replacementCost: number;
  repairCost: number;
  costCurrency: string;
  supplierId: number | null;
  supplierName: string | null;
  flags: CaseFlag[];
  warranty: Warranty;
  history: CaseEvent[];
  createdAt: string;
  updatedAt: string;
}

export interface CaseSummary {
  id: number;
  customerName: string;
  customerCountry: string;
  orderRef: string | null;
  productSku: string;
  type: CaseType;
  reason: CaseReason;
  status: CaseStatus;
  openedAt: string;
  /** The next deadline still to meet (first response, then resolution); null once resolved. */
  nextDue: string | null;
  nextDueKind: 'first_response' | 'resolution' | null;
  flags: CaseFlag[];
}

const caseFields = {
  customerName: requiredText(200),
  customerContact: optionalText(200),
  customerCountry: countryCode,
  orderRef: optionalIdentifier(100),
  shipmentId: id.nullable().optional(),
  productId: id,
  lotId: id.nullable().optional(),
  lotRef: optionalIdentifier(100),
  type: z.enum(CASE_TYPES),
  reason: z.enum(CASE_REASONS),
  description: optionalText(4000, true),
  /** UTC timestamp; default now. */
  openedAt: z.iso.datetime().optional(),
  saleDate: calendarDate.nullable().optional(),
  resolution: optionalText(4000, true),
  refundAmount: count(MAX_MONEY).optional(),
  replacementCost: count(MAX_MONEY).optional(),
  repairCost: count(MAX_MONEY).optional(),
  costCurrency: currencyCode.optional(),
  supplierId: id.nullable().optional(),
};
export const caseCreateInput = z.strictObject(caseFields);
export type CaseCreateInput = z.input<typeof caseCreateInput>;
export const caseUpdateInput = z.strictObject({
  id,
  ...z.strictObject(caseFields).omit({ openedAt: true }).partial().shape,
  /** Moves the case along its workflow (refused if it skips a step). */
  status: z.enum(CASE_STATUSES).optional(),
  note: optionalText(500),
});
export type CaseUpdateInput = z.input<typeof caseUpdateInput>;
export const caseListInput = z
  .strictObject({
    query: searchQuery(200).optional(),
    status: z.enum([...CASE_STATUSES, 'all', 'active']).default('all'),
    overdue: z.boolean().default(false),
    ...paging,
  })
  .prefault({});

export interface ServiceLevels {
  firstResponseHours: number;
  resolutionDays: number;
}
export const DEFAULT_SERVICE_LEVELS: ServiceLevels = { firstResponseHours: 24, resolutionDays: 7 };
export const serviceLevelsInput = z.strictObject({
  firstResponseHours: z.number().int().min(1).max(24 * 30).optional(),
  resolutionDays: z.number().int().min(1).max(365).optional(),
});

// ---- Dashboard -------------------------------------------------------------------------------

export interface DashboardCard<T> {
  count: number;
  items: T[];
}
export interface DashboardClaim {
  id: number;
  /** The claim's own reference (CL-YYYY-NNNNNN), what the insurer knows it by. */
  reference: string;
  type: string;
  shipmentReference: string | null;
  status: string;
  /** Filing deadline (to file) or filed date (waiting). */
  date: string | null;
}
export interface Dashboard {
  today: string;
  casesDue: DashboardCard<{ id: number; customerName: string; due: string; kind: 'first_response' | 'resolution'; overdue: boolean }>;
  holdsOpen: DashboardCard<{ id: number; shipmentId: number; shipmentReference: string; country: string; reason: HoldReason; deadline: string | null }>;
  claimsToFile: DashboardCard<DashboardClaim>;
  claimsWaiting: DashboardCard<DashboardClaim>;
  certificatesExpiring: DashboardCard<{ id: number; type: string; number: string | null; expiryDate: string }>;
  shipmentsNotReady: DashboardCard<{ id: number; reference: string; consigneeName: string; country: string; blocks: number }>;
  suppliersAtRisk: DashboardCard<{ id: number; name: string; status: 'probation' | 'blocked' }>;
}
export const dashboardInput = z.strictObject({ today: calendarDate.optional(), perCard: z.number().int().min(1).max(20).default(5) }).prefault({});

// Supplier quality: lots (goods receipts), inspection plans per product, and incoming inspections.
import { z } from 'zod';
import { plainDate } from './dates';
import { AQL_VALUES, INSPECTION_LEVELS, INSPECTION_MODES } from './quality';
import type { InspectionLevel, InspectionMode } from './quality';
import { count, currencyCode, id, optionalText, requiredText, searchQuery, optionalIdentifier } from './validation';

export const LOT_STATUSES = ['awaiting_inspection', 'accepted', 'rejected', 'partially_accepted', 'quarantined', 'released'] as const;
export type LotStatus = (typeof LOT_STATUSES)[number];

/** Product categories whose accepted lots stay quarantined until a health certificate or certificate of analysis is on file. */
export const QUARANTINE_CATEGORIES = ['food', 'dietary_supplement', 'medicine', 'cosmetics'] as const;
/** Certificate types that release a quarantined lot. */
export const RELEASE_CERTIFICATE_TYPES = ['health_certificate', 'certificate_of_analysis'] as const;

export const LOT_LIMITS = { quantity: 100_000_000, costMinor: 1_000_000_000_00, text: 200, notes: 5000 } as const;

export interface LotWarning {
  key: string;
  message: string;
}

export interface Lot {
  id: number;
  supplierId: number;
  supplierName: string;
  supplierStatus: string;
  productId: number;
  productSku: string;
  productName: string;
  poReference: string | null;
  quantityOrdered: number;
  quantityReceived: number;
  /** Why more was received than ordered (required then). */
  overReceiptReason: string | null;
  /** Set when the lot was sorted after a rejection (partially_accepted). */
  quantityAccepted: number | null;
  quantityRejected: number | null;
  expectedDate: string | null;
  receivedDate: string;
  /** Integer minor units of `currency`. */
  unitCost: number | null;
  currency: string | null;
  status: LotStatus;
  /** A health certificate / certificate of analysis given for this lot (releases it from quarantine). */
  certificateId: number | null;
  notes: string | null;
  inspectionCount: number;
  releasedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Only on lots.create: e.g. the supplier is on probation. */
  warnings?: LotWarning[];
}

const positive = z.number().int().min(1).max(LOT_LIMITS.quantity);

const lotFields = {
  supplierId: id,
  productId: id,
  poReference: optionalIdentifier(LOT_LIMITS.text),
  quantityOrdered: positive,
  quantityReceived: positive,
  overReceiptReason: optionalText(LOT_LIMITS.text),
  expectedDate: plainDate.nullable().optional(),
  receivedDate: plainDate,
  unitCost: count(LOT_LIMITS.costMinor).nullable().optional(),
  currency: currencyCode.nullable().optional(),
  certificateId: id.nullable().optional(),
  notes: optionalText(LOT_LIMITS.notes, true),
};

export const lotCreateInput = z.strictObject(lotFields);
export type LotCreateInput = z.input<typeof lotCreateInput>;
export const lotUpdateInput = z.strictObject({
  id,
  ...z.strictObject(lotFields).partial().shape,
  /** After a rejection, the sorted result: both set together, summing to quantityReceived → partially_accepted. */
  quantityAccepted: z.number().int().min(0).max(LOT_LIMITS.quantity).optional(),
  quantityRejected: z.number().int().min(0).max(LOT_LIMITS.quantity).optional(),
});
export type LotUpdateInput = z.input<typeof lotUpdateInput>;

export const lotListInput = z
  .strictObject({
    query: searchQuery(200).optional(),
    status: z.enum(LOT_STATUSES).optional(),
    supplierId: id.optional(),
    productId: id.optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .prefault({});
export type LotListInput = z.input<typeof lotListInput>;

// --- Inspection plans ---------------------------------------------------------------------------

export const DEFECT_CLASSES = ['critical', 'major', 'minor'] as const;
export type DefectClass = (typeof DEFECT_CLASSES)[number];
export const CHECK_KINDS = ['pass_fail', 'numeric', 'choice'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** AQL 0 is allowed: "accept 0, reject 1" on the sample of the major class (see core/quality/plans.ts). */
export const PLAN_AQLS = [0, ...AQL_VALUES] as const;

export interface ChecklistItem {
  /** Stable key within the plan, e.g. "label-legible". */
  key: string;
  label: string;
  kind: CheckKind;
  min: number | null;
  max: number | null;
  unit: string | null;
  choices: string[];
  /** For `choice`: the choices that pass (empty = every choice passes). */
  passChoices: string[];
  photoRequired: boolean;
}

export interface InspectionPlan {
  productId: number;
  level: InspectionLevel;
  aql: Record<DefectClass, number>;
  checklist: ChecklistItem[];
  /** False when no plan was saved: the defaults are shown. */
  saved: boolean;
  updatedAt: string | null;
}

const aqlField = z.number();
export const checklistItemSchema = z.strictObject({
  key: z.string().trim().min(1).max(60).regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'Lower-case letters, digits, - and _' }),
  label: requiredText(200),
  kind: z.enum(CHECK_KINDS),
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
  unit: optionalText(20),
  choices: z.array(requiredText(100)).max(20).optional(),
  passChoices: z.array(requiredText(100)).max(20).optional(),
  photoRequired: z.boolean().optional(),
});
export const inspectionPlanSetInput = z.strictObject({
  productId: id,
  level: z.enum(INSPECTION_LEVELS).optional(),
  aql: z.strictObject({ critical: aqlField.optional(), major: aqlField.optional(), minor: aqlField.optional() }).optional(),
  checklist: z.array(checklistItemSchema).max(100).optional(),
});
export type InspectionPlanSetInput = z.input<typeof inspectionPlanSetInput>;
export const inspectionPlanGetInput = z.strictObject({ productId: id, supplierId: id.optional() });
/** The products that have a plan of their own (the others use the defaults), by SKU. */
export const inspectionPlanListInput = z
  .strictObject({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .prefault({});
export type InspectionPlanListInput = z.input<typeof inspectionPlanListInput>;
/** A saved plan as its list shows it: the product, level and AQLs, how many checks, when saved. */
export interface SavedPlanSummary {
  productId: number;
  sku: string;
  name: string;
  localName: string | null;
  level: InspectionLevel;
  aql: Record<DefectClass, number>;
  checks: number;
  updatedAt: string;
}

export interface SwitchingState {
  supplierId: number;
  productId: number;
  mode: InspectionMode;
  /** Results since this mode began, oldest first: 'A' accepted, 'R' rejected. */
  history: string;
}

// --- Inspections ----------------------------------------------------------------------------------

export interface ClassResult {
  class: DefectClass;
  aql: number;
  codeLetter: string;
  sampleSize: number;
  accept: number;
  reject: number;
  found: number;
  verdict: 'accept' | 'reject';
}

export interface Defect {
  class: DefectClass;
  type: string;
  count: number;
  note: string | null;
  photoAttachmentId: number | null;
}

export interface ChecklistResult {
  key: string;
  label: string;
  kind: CheckKind;
  passed: boolean | null;
  value: number | null;
  choice: string | null;
  unit: string | null;
}

export interface Inspection {
  id: number;
  lotId: number;
  supplierId: number;
  productId: number;
  date: string;
  inspector: string;
  mode: InspectionMode;
  level: InspectionLevel;
  lotSize: number;
  /** The largest sample of the classes: the units drawn. */
  sampleSize: number;
  classes: ClassResult[];
  defects: Defect[];
  checklist: ChecklistResult[];
  verdict: 'accept' | 'reject';
  /** The lot's status after this inspection. */
  lotStatus: LotStatus;
  /** Inspection mode for this supplier-product's next lot (switching rules). */
  nextMode: InspectionMode;
  notes: string | null;
  createdAt: string;
}

export const defectInput = z.strictObject({
  class: z.enum(DEFECT_CLASSES),
  type: requiredText(100),
  count: z.number().int().min(1).max(LOT_LIMITS.quantity).default(1),
  note: optionalText(1000, true),
  photoAttachmentId: id.nullable().optional(),
});
export const checklistResultInput = z.strictObject({
  key: z.string().min(1).max(60),
  passed: z.boolean().nullable().optional(),
  value: z.number().nullable().optional(),
  choice: z.string().max(100).nullable().optional(),
});
export const inspectionCreateInput = z.strictObject({
  lotId: id,
  date: plainDate,
  inspector: requiredText(200),
  defects: z.array(defectInput).max(500).default([]),
  checklist: z.array(checklistResultInput).max(100).default([]),
  notes: optionalText(LOT_LIMITS.notes, true),
});
export type InspectionCreateInput = z.input<typeof inspectionCreateInput>;
export const inspectionListInput = z
  .strictObject({
    lotId: id.optional(),
    supplierId: id.optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .prefault({});

export { INSPECTION_MODES };
export type { InspectionMode };

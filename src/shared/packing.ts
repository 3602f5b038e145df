// Packing facts (issue 18): what a product needs to travel unbroken and unspilled (stored in the
// product's compliance document), how each parcel is packed (columns of shipment_parcels,
// migration 014), and the seller's own packaging rules (a carrier's limits, a product's packaging).
// The preflight reads them in src/core/preflight/packaging.ts; the packing list prints how to pack.
import { z } from 'zod';
import type { FieldIssue } from './errors';
import type { Severity } from './preflight';
import { countryCode, id, optionalText, requiredText } from './validation';

/** Packaging a product may need, as ticked on its Compliance tab (the packing list says what each means). */
export const PACKING_NEEDS = ['bubble_wrap', 'void_fill', 'rigid_box', 'double_box', 'corner_protection', 'leak_proof_bag', 'absorbent', 'cold_pack', 'moisture_barrier', 'blade_guard'] as const;
export type PackingNeed = (typeof PACKING_NEEDS)[number];

/** The outer packaging of a parcel. */
export const PACKAGING_TYPES = ['poly_mailer', 'padded_envelope', 'single_wall_box', 'double_wall_box', 'tube', 'other'] as const;
export type PackagingType = (typeof PACKAGING_TYPES)[number];

/** How the parcel travels: a letter-post small packet, a postal parcel, or a courier (no postal limits). */
export const MAIL_CLASSES = ['small_packet', 'postal_parcel', 'courier'] as const;
export type MailClass = (typeof MAIL_CLASSES)[number];

export const PACKING_LIMITS = { liquidMl: 100_000, note: 500 } as const;

export const productPackingSchema = z.strictObject({
  fragile: z.boolean().default(false),
  liquid: z.boolean().default(false),
  /** Millilitres of liquid in one unit; required when `liquid`. */
  liquidMl: z.number().positive().max(PACKING_LIMITS.liquidMl).nullable().optional(),
  powder: z.boolean().default(false),
  sharp: z.boolean().default(false),
  perishable: z.boolean().default(false),
  temperatureSensitive: z.boolean().default(false),
  highValue: z.boolean().default(false),
  /** Must stay upright ("this way up" arrows). */
  upright: z.boolean().default(false),
  // A need ticked twice is one need (kept in the list's order).
  needs: z
    .array(z.enum(PACKING_NEEDS))
    .max(PACKING_NEEDS.length * 2)
    .default([])
    .transform((list) => PACKING_NEEDS.filter((n) => list.includes(n))),
  note: optionalText(PACKING_LIMITS.note),
}).transform((p) => ({ ...p, liquidMl: p.liquid ? (p.liquidMl ?? null) : null, note: p.note ?? null }));

/** A product's packing facts as stored and returned (every field present). */
export interface ProductPacking {
  fragile: boolean;
  liquid: boolean;
  liquidMl: number | null;
  powder: boolean;
  sharp: boolean;
  perishable: boolean;
  temperatureSensitive: boolean;
  highValue: boolean;
  upright: boolean;
  needs: PackingNeed[];
  note: string | null;
}

export const EMPTY_PACKING: ProductPacking = {
  fragile: false, liquid: false, liquidMl: null, powder: false, sharp: false, perishable: false,
  temperatureSensitive: false, highValue: false, upright: false, needs: [], note: null,
};

export const normalizePacking = (stored: Partial<ProductPacking> | null | undefined): ProductPacking => ({ ...EMPTY_PACKING, ...(stored ?? {}), needs: stored?.needs ?? [] });

/** Facts that contradict each other: a liquid without its volume. Paths relative to the product. */
export function packingIssues(p: ProductPacking): FieldIssue[] {
  if (p.liquid && p.liquidMl === null)
    return [{ path: 'compliance.packing.liquidMl', key: 'liquid_volume_required', message: 'A liquid needs its volume in millilitres' }];
  return [];
}

/** Inner packaging of a parcel with liquids: leak-proof (sealed) primary receptacle, absorbent material, secondary packaging. */
export interface InnerPackaging {
  sealed: boolean;
  absorbent: boolean;
  secondary: boolean;
}
export const NO_INNER_PACKAGING: InnerPackaging = { sealed: false, absorbent: false, secondary: false };
export const innerPackagingSchema = z.strictObject({
  sealed: z.boolean().default(false),
  absorbent: z.boolean().default(false),
  secondary: z.boolean().default(false),
});

/** The packing fields of a parcel input (spread into parcelInput in shipments.ts). */
export const parcelPackingFields = {
  packagingType: z.enum(PACKAGING_TYPES).nullable().optional(),
  innerPackaging: innerPackagingSchema.optional(),
  /** Equipment with a battery: switched off and protected against short circuit and accidental activation. */
  batteryProtected: z.boolean().optional(),
  mailClass: z.enum(MAIL_CLASSES).nullable().optional(),
};

// ---- The seller's packaging rules ------------------------------------------------------------

/**
 * `carrier_limit`: a carrier's own size and weight limits (the carrier as written on the shipment,
 * matched without case; null: every carrier). `product_packaging`: the outer packaging a product
 * must travel in (e.g. after a hold for its packaging).
 */
export const PACKAGING_RULE_KINDS = ['carrier_limit', 'product_packaging'] as const;
export type PackagingRuleKind = (typeof PACKAGING_RULE_KINDS)[number];

export interface PackagingRule {
  id: number;
  kind: PackagingRuleKind;
  carrier: string | null;
  productId: number | null;
  productSku: string | null;
  /** A country code, 'EU', or '*' for every destination. */
  destination: string;
  maxWeightG: number | null;
  maxLengthMm: number | null;
  /** Length + width + height. */
  maxSumMm: number | null;
  /** Length + girth (2 × (width + height)). */
  maxLengthGirthMm: number | null;
  /** The carrier's volumetric divisor, cm³ per kg (e.g. 5000): replaces the file's for its parcels. */
  volumetricDivisor: number | null;
  /** For `product_packaging`: the outer packagings it may travel in. */
  packagingTypes: PackagingType[];
  severity: Severity;
  message: string;
  /** Where the rule comes from, e.g. 'hold:12'. */
  source: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

const mm = z.number().int().min(1).max(100_000).nullable().optional();
const destination = z.union([z.literal('*'), z.literal('EU'), countryCode]);
const ruleFields = {
  kind: z.enum(PACKAGING_RULE_KINDS),
  carrier: optionalText(100),
  productId: id.nullable().optional(),
  destination: destination.default('*'),
  maxWeightG: z.number().int().min(1).max(1_000_000).nullable().optional(),
  maxLengthMm: mm,
  maxSumMm: mm,
  maxLengthGirthMm: mm,
  volumetricDivisor: z.number().int().min(1000).max(10_000).nullable().optional(),
  packagingTypes: z.array(z.enum(PACKAGING_TYPES)).max(PACKAGING_TYPES.length * 2).default([]).transform((l) => PACKAGING_TYPES.filter((t) => l.includes(t))),
  severity: z.enum(['block', 'warn', 'info']),
  message: requiredText(500),
  active: z.boolean().default(true),
};
export const packagingRuleCreateInput = z.strictObject(ruleFields);
export const packagingRuleUpdateInput = z.strictObject({
  id,
  ...z.strictObject({ ...ruleFields, destination, active: z.boolean(), packagingTypes: z.array(z.enum(PACKAGING_TYPES)).max(PACKAGING_TYPES.length * 2).transform((l) => PACKAGING_TYPES.filter((t) => l.includes(t))) }).partial().shape,
});
export const packagingRuleListInput = z
  .strictObject({ productId: id.optional(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) })
  .prefault({});

/** "Prevent this next time" for a hold whose reason is packaging: a product_packaging rule. */
export const holdPreventPackagingInput = z.strictObject({
  holdId: id,
  /** Which product of the shipment (default: the first item's). */
  productId: id.optional(),
  packagingTypes: z.array(z.enum(PACKAGING_TYPES)).min(1).max(PACKAGING_TYPES.length * 2).transform((l) => PACKAGING_TYPES.filter((t) => l.includes(t))),
  severity: z.enum(['block', 'warn', 'info']).default('block'),
  /** Every destination instead of the hold's. */
  anyDestination: z.boolean().default(false),
  message: requiredText(500).optional(),
});

// The preflight's contract: what it reads (a shipment, the facts of its products, the seller
// profile, the reference rules, the seller's own rules, certificates on file, a date) and what it
// says (findings). The checker itself is a pure function in src/core/preflight/engine.ts.
import { z } from 'zod';
import type { Compliance, SpecialCategory } from './compliance';
import { SPECIAL_CATEGORIES } from './compliance';
import { CURRENCY_MINOR_DIGITS } from './iso';
import type { ExchangeRate, SellerProfile } from './settings';
import { convertMinor, SDR } from './settings';
import type { Shipment } from './shipments';
import { countryCode, id, requiredText } from './validation';

export type Severity = 'block' | 'warn' | 'info';
export const SEVERITIES: readonly Severity[] = ['block', 'warn', 'info'];

/** A text the UI translates: `key` under `preflight.`, with params; `text` is the English. */
export interface Said {
  key: string;
  params: Record<string, string | number>;
  text: string;
}

export interface Finding {
  /** Stable id of the rule, e.g. 'battery.alone', 'seller.12'. */
  rule: string;
  severity: Severity;
  message: Said;
  /** Path of the field it concerns: 'items.0.description', 'consignee.country', 'profile.iossNumber', 'parcels'. */
  field: string | null;
  fix: Said | null;
}

export interface PreflightResult {
  findings: Finding[];
  blocked: boolean;
  form: CustomsForm;
  /** Goods value in SDR minor units (hundredths), null without a rate. */
  valueSdr: number | null;
  checkedOn: string;
}

/** A certificate on file, as the preflight needs it (the records area owns the table). */
export interface CertificateFact {
  type: string;
  number: string;
  productIds: number[];
  /** YYYY-MM-DD, or null when it does not expire. */
  expiryDate: string | null;
}

/** The catalog facts of one product that the preflight reads. */
export interface ProductFacts {
  id: number;
  sku: string;
  status: 'active' | 'archived';
  compliance: Compliance;
  /** The product's material as entered (a textile's fibre content may be stated there). */
  material?: string | null;
  /** The product's default supplier (product_suppliers.is_default) and its standing; null without one. */
  defaultSupplier?: { id: number; name: string; status: 'approved' | 'probation' | 'blocked' } | null;
  /** The catalog's HS code and unit value (minor units of `currency`), for the HS and value checks. */
  hsCode?: string | null;
  unitValue?: number | null;
  currency?: string | null;
  /** National extensions of the HS code by destination ('US', 'EU', 'GB' …). */
  tariffCodes?: Readonly<Record<string, string>>;
  /** This product's EU responsible person (GPSR), when not the profile's. */
  euResponsiblePerson?: string | null;
  /** Its manufacturer's name and addresses (GPSR art. 9(6)); null: none entered (undefined: not said). */
  manufacturer?: string | null;
}

// ---- Seller rules ----------------------------------------------------------------------------

export const SELLER_RULE_MATCHES = ['product', 'category', 'hs_prefix'] as const;
export interface SellerRule {
  id: number;
  match: (typeof SELLER_RULE_MATCHES)[number];
  productId: number | null;
  /** The product's SKU and name, for showing a product rule. */
  productSku: string | null;
  productName: string | null;
  category: SpecialCategory | null;
  hsPrefix: string | null;
  /** A country code, 'EU' for the 27 members, or '*' for every destination. */
  destination: string;
  severity: Severity;
  message: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  /** The consultation whose answer this rule is (issue 18); null or absent for the seller's own rules. */
  consultation?: SellerRuleSource | null;
}

/** Where a rule from a consultation comes from: who answered, when, until when. */
export interface SellerRuleSource {
  id: number;
  reference: string;
  carrier: string;
  operatorCode: string | null;
  answeredOn: string;
  validUntil: string | null;
}

const destination = z.union([z.literal('*'), z.literal('EU'), countryCode]);
const ruleFields = {
  match: z.enum(SELLER_RULE_MATCHES),
  productId: id.nullable().optional(),
  category: z.enum(SPECIAL_CATEGORIES).nullable().optional(),
  hsPrefix: z
    .string()
    .trim()
    .transform((s) => s.replace(/[.\s]/g, ''))
    .pipe(z.string().regex(/^\d{2,10}$/, { error: 'An HS prefix is 2 to 10 digits' }))
    .nullable()
    .optional(),
  destination: destination.default('*'),
  severity: z.enum(['block', 'warn', 'info']),
  message: requiredText(500),
  active: z.boolean().default(true),
};
export const sellerRuleCreateInput = z.strictObject(ruleFields);
export const sellerRuleUpdateInput = z.strictObject({
  id,
  ...z.strictObject({ ...ruleFields, destination: destination, active: z.boolean() }).partial().shape,
});
export const sellerRuleListInput = z
  .strictObject({ productId: id.optional(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) })
  .prefault({});

// ---- The customs form ------------------------------------------------------------------------

export type CustomsForm = 'CN22' | 'CN23';
/** UPU's CN 22 limits (value in SDR, gross weight): resources/rules/forms.json, `cn22`. */
export interface Cn22Limits { valueSdr: number; grossWeightG: number }

export interface FormChoice {
  form: CustomsForm;
  /** Goods value in SDR (major units, 2 decimals), null when no rate converts the currency. */
  valueSdr: number | null;
  grossWeightG: number;
  reason: 'within_limits' | 'value_over' | 'weight_over' | 'no_rate';
}

/**
 * Which declaration the parcel needs. Pure: reused by the documents. Without a rate to SDR the
 * value cannot be shown to be within the CN22 limit, so CN23 (which is always acceptable) is chosen.
 */
export function chooseCustomsForm(
  shipment: Pick<Shipment, 'currency' | 'items' | 'parcels'>,
  rates: readonly ExchangeRate[],
  limits: Cn22Limits,
): FormChoice {
  const goods = shipment.items.reduce((s, i) => s + i.quantity * i.unitValue, 0);
  const parcelsWeight = shipment.parcels.reduce((s, p) => s + p.grossWeightG, 0);
  const netWeight = shipment.items.reduce((s, i) => s + i.quantity * i.unitNetWeightG, 0);
  const grossWeightG = Math.max(parcelsWeight, netWeight);
  const sdrMinor = convertMinor(goods, shipment.currency, SDR, rates, CURRENCY_MINOR_DIGITS);
  const valueSdr = sdrMinor === null ? null : sdrMinor / 100;
  const heavy = grossWeightG > limits.grossWeightG;
  if (valueSdr === null) return { form: 'CN23', valueSdr, grossWeightG, reason: 'no_rate' };
  if (valueSdr > limits.valueSdr) return { form: 'CN23', valueSdr, grossWeightG, reason: 'value_over' };
  if (heavy) return { form: 'CN23', valueSdr, grossWeightG, reason: 'weight_over' };
  return { form: 'CN22', valueSdr, grossWeightG, reason: 'within_limits' };
}

export type PreflightProfile = Pick<SellerProfile, 'iossNumber' | 'vatNumbers' | 'abnArn' | 'eori' | 'rates' | 'exporterName' | 'defaultPostalOperator'> &
  Partial<Pick<SellerProfile, 'euResponsiblePerson'>>;

// Products: the catalog's customs and safety facts about one thing a seller sells.
import { z } from 'zod';
import { complianceSchema } from './compliance';
import type { Compliance, ReadinessGap } from './compliance';
import type { FieldIssue } from './errors';
import { hsFormatProblem, normalizeHsCode } from './hs';
import { count, countryCode, currencyCode, id, optionalText, requiredText, searchQuery, identifier } from './validation';

export const PRODUCT_STATUSES = ['active', 'archived'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export interface Product {
  id: number;
  sku: string;
  /** English customs description. */
  name: string;
  /** Name in the seller's language, e.g. Chinese. */
  localName: string | null;
  description: string | null;
  /** Material composition, e.g. "100% cotton". */
  material: string | null;
  hsCode: string | null;
  originCountry: string | null;
  unitNetWeightG: number | null;
  /** Integer minor units of `currency`. */
  unitValue: number | null;
  currency: string | null;
  warrantyMonths: number | null;
  compliance: Compliance;
  /** National extensions of the HS code by destination: { US: '6109100012', EU: '61091000', GB: '6109100010' }. */
  tariffCodes: Record<string, string>;
  /** The EU responsible person (GPSR) for this product, when it is not the seller profile's. */
  euResponsiblePerson: string | null;
  /** The manufacturer's name and postal and electronic address (GPSR art. 9(6)), printed for EU parcels. */
  manufacturer: string | null;
  /** Empty when the product has everything a customs declaration needs. */
  customsGaps: ReadinessGap['key'][];
  customsReady: boolean;
  status: ProductStatus;
  createdAt: string;
  updatedAt: string;
}

const HS_MESSAGES = {
  hs_digits: 'HS code may contain only digits (dots and spaces are ignored)',
  hs_length: 'HS code must have 6, 8 or 10 digits',
  hs_chapter: 'HS code starts with a chapter that does not exist (01–97, not 77)',
} as const;

export const hsCodeInput = z
  .string()
  .transform(normalizeHsCode)
  .superRefine((code, ctx) => {
    if (code === '') return;
    const problem = hsFormatProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: HS_MESSAGES[problem], params: { key: problem } });
  })
  .transform((code) => (code === '' ? null : code))
  .nullable()
  .optional();

/** National tariff codes by destination (a country code or 'EU'; which ones and their lengths: resources/rules/tariffs.json). */
export const tariffCodesInput = z
  .record(z.string().regex(/^([A-Z]{2})$/, { error: 'A destination is a country code or EU' }), z.string().transform(normalizeHsCode).pipe(z.string().regex(/^(\d{7,12})?$/, { error: 'A national tariff code has 7 to 12 digits (dots and spaces are ignored)' })))
  .transform((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>);

/** What a destination's national codes look like (resources/rules/tariffs.json, `reference.tariffs`). */
export interface TariffScheme {
  /** A country code or 'EU'. */
  destination: string;
  /** The code's name ('UK commodity code'), and the same in Chinese ('英国商品编码'). */
  name: string;
  nameZh: string;
  /** The lengths the destination uses, e.g. [8, 10] for CN / TARIC. */
  digits: number[];
}

/**
 * The problem with one national code, as the core reports it and the product form shows it at its
 * cell before saving: a destination without a scheme, a length it does not use, or a code that
 * does not extend the product's HS code. `code` as typed (dots and spaces are ignored).
 */
export function tariffCodeIssue(destination: string, code: string, hsCode: string | null, scheme: Pick<TariffScheme, 'name' | 'digits'> | undefined): FieldIssue | null {
  const path = `tariffCodes.${destination}`;
  const digits = normalizeHsCode(code);
  if (digits === '') return null;
  if (!scheme) return { path, key: 'tariff_destination', message: `No national tariff code is kept for ${destination}`, params: { value: destination } };
  if (!/^\d+$/.test(digits)) return { path, key: 'tariff_digits', message: 'A national tariff code has only digits (dots and spaces are ignored)', params: { value: code } };
  if (!scheme.digits.includes(digits.length))
    return { path, key: 'tariff_length', message: `A ${scheme.name} code has ${scheme.digits.join(' or ')} digits, not ${digits.length}`, params: { value: digits, digits: scheme.digits.join('/') } };
  const hs = hsCode ? normalizeHsCode(hsCode).slice(0, 6) : '';
  if (hs && !digits.startsWith(hs))
    return { path, key: 'tariff_not_extension', message: `${digits} does not start with the product's HS code ${hs}`, params: { value: digits, hs } };
  return null;
}

/** The code to declare for a destination: its national extension when the product has one, else the HS code. */
export function tariffCodeFor(p: { hsCode: string | null; tariffCodes?: Readonly<Record<string, string>> }, country: string, isEu: boolean): string | null {
  return p.tariffCodes?.[country] ?? (isEu ? p.tariffCodes?.EU : undefined) ?? p.hsCode;
}

export const LIMITS = {
  sku: 64,
  name: 200,
  localName: 200,
  description: 10_000,
  material: 500,
  weightG: 1_000_000, // 1 t: a parcel item heavier than that is a typo
  valueMinor: 1_000_000_000_00,
  warrantyMonths: 240,
} as const;

/** Fields a product is created or updated with. */
const productFields = {
  sku: identifier(LIMITS.sku),
  name: requiredText(LIMITS.name),
  localName: optionalText(LIMITS.localName),
  description: optionalText(LIMITS.description, true),
  material: optionalText(LIMITS.material),
  hsCode: hsCodeInput,
  originCountry: countryCode.nullable().optional(),
  unitNetWeightG: count(LIMITS.weightG).nullable().optional(),
  unitValue: count(LIMITS.valueMinor).nullable().optional(),
  currency: currencyCode.nullable().optional(),
  warrantyMonths: count(LIMITS.warrantyMonths).nullable().optional(),
  /** Replaces the product's compliance facts as a whole when given. */
  compliance: complianceSchema.optional(),
  /** Replaces the national tariff codes as a whole when given. */
  tariffCodes: tariffCodesInput.optional(),
  euResponsiblePerson: optionalText(400),
  manufacturer: optionalText(400),
};

export const productCreateInput = z.strictObject(productFields);
export type ProductCreateInput = z.input<typeof productCreateInput>;

export const productUpdateInput = z.strictObject({
  id,
  ...z.strictObject(productFields).partial().shape,
});
export type ProductUpdateInput = z.input<typeof productUpdateInput>;

export const PRODUCT_SORTS = ['relevance', 'sku', 'name', 'hsCode', 'originCountry', 'unitValue', 'unitNetWeightG', 'updatedAt', 'createdAt'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export const productListInput = z.strictObject({
  query: searchQuery(200).optional(),
  status: z.enum(['active', 'archived', 'all']).default('active'),
  /** Only products that are (or are not yet) customs-ready. */
  customsReady: z.boolean().optional(),
  /** Default: relevance when searching, name otherwise. */
  sort: z.enum(PRODUCT_SORTS).optional(),
  dir: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
}).prefault({});
export type ProductListInput = z.input<typeof productListInput>;

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export const byId = z.strictObject({ id });

/** Cross-field checks on a whole product (after an update is merged into what is stored). */
export function productConsistencyIssues(p: Pick<Product, 'unitValue' | 'currency'>) {
  const issues: { path: string; key: string; message: string }[] = [];
  if (p.unitValue !== null && p.currency === null)
    issues.push({ path: 'currency', key: 'currency_required', message: 'A currency is needed with a unit value' });
  return issues;
}

/**
 * Why a product cannot go by post, whatever the destination: the preflight's own rules (resources/
 * rules/batteries.json, dangerous-goods.json) read against the product's facts alone. Separate from
 * customs readiness: a perfume can be fully declared and still not be mailed.
 */
export interface MailBlock {
  /** battery_alone: a lithium battery alone or a power bank; battery_packed_with: packed with equipment;
   *  dangerous_goods: a dangerous-goods box ticked; dg_hs_code: the HS heading is one of dangerous goods. */
  kind: 'battery_alone' | 'battery_packed_with' | 'dangerous_goods' | 'dg_hs_code';
  /** The UN number where the rule names one. */
  un: string | null;
  /** The preflight rule that would block it (battery.alone, dg.aerosol, dg.hs_code …). */
  rule: string;
}

/** A product as the catalog shows it: with what would stop it at the post. */
export type CatalogProduct = Product & { mailBlocks: MailBlock[] };

// Suppliers: who makes or sells the goods, how they were vetted, and on what terms each product
// is bought from them (product ↔ supplier links).
import { z } from 'zod';
import { plainDate } from './dates';
import { count, countryCode, currencyCode, id, optionalText, requiredText, searchQuery, optionalIdentifier, optionalEmail } from './validation';

export const SUPPLIER_STATUSES = ['approved', 'probation', 'blocked'] as const;
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number];

export const ASSESSMENT_METHODS = ['document_review', 'video_audit', 'on_site_audit', 'third_party_audit'] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];
export const ASSESSMENT_RESULTS = ['passed', 'conditional', 'failed'] as const;
export type AssessmentResult = (typeof ASSESSMENT_RESULTS)[number];

export const SUPPLIER_LIMITS = {
  name: 200,
  localName: 200,
  address: 1000,
  city: 120,
  postalCode: 20,
  taxNumber: 60,
  website: 300,
  licenceNumber: 100,
  contacts: 20,
  contactField: 200,
  notes: 5000,
  leadTimeDays: 3650,
  moq: 100_000_000,
  costMinor: 1_000_000_000_00,
} as const;

export const contactSchema = z.strictObject({
  name: optionalText(SUPPLIER_LIMITS.contactField),
  phone: optionalText(60),
  email: optionalEmail(SUPPLIER_LIMITS.contactField),
  /** WeChat, WhatsApp, Skype … as the person gave it, e.g. "WeChat: lina_sz". */
  messaging: optionalText(SUPPLIER_LIMITS.contactField),
});
export type ContactInput = z.input<typeof contactSchema>;
export interface Contact {
  name: string | null;
  phone: string | null;
  email: string | null;
  messaging: string | null;
}

export const assessmentSchema = z.strictObject({
  date: plainDate,
  method: z.enum(ASSESSMENT_METHODS),
  result: z.enum(ASSESSMENT_RESULTS),
  notes: optionalText(SUPPLIER_LIMITS.notes, true),
});
export interface Assessment {
  date: string;
  method: AssessmentMethod;
  result: AssessmentResult;
  notes: string | null;
}

export interface Supplier {
  id: number;
  name: string;
  localName: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
  address: string | null;
  city: string | null;
  postalCode: string | null;
  contacts: Contact[];
  website: string | null;
  licenceNumber: string | null;
  /** VAT, GST, EIN … as the supplier gives it. */
  taxNumber: string | null;
  status: SupplierStatus;
  assessment: Assessment | null;
  /** Archived is separate from status: a blocked supplier stays on record, an archived one is put away. */
  archived: boolean;
  productCount: number;
  createdAt: string;
  updatedAt: string;
}

const supplierFields = {
  name: requiredText(SUPPLIER_LIMITS.name),
  localName: optionalText(SUPPLIER_LIMITS.localName),
  country: countryCode,
  address: optionalText(SUPPLIER_LIMITS.address, true),
  city: optionalText(SUPPLIER_LIMITS.city),
  postalCode: optionalText(SUPPLIER_LIMITS.postalCode),
  contacts: z.array(contactSchema).max(SUPPLIER_LIMITS.contacts).optional(),
  website: optionalText(SUPPLIER_LIMITS.website),
  licenceNumber: optionalIdentifier(SUPPLIER_LIMITS.licenceNumber),
  taxNumber: optionalText(SUPPLIER_LIMITS.taxNumber),
  status: z.enum(SUPPLIER_STATUSES).optional(),
  /** null clears it. */
  assessment: assessmentSchema.nullable().optional(),
};

export const supplierCreateInput = z.strictObject(supplierFields);
export type SupplierCreateInput = z.input<typeof supplierCreateInput>;
export const supplierUpdateInput = z.strictObject({ id, ...z.strictObject(supplierFields).partial().shape });
export type SupplierUpdateInput = z.input<typeof supplierUpdateInput>;

export const SUPPLIER_SORTS = ['relevance', 'name', 'country', 'status', 'updatedAt'] as const;
export type SupplierSort = (typeof SUPPLIER_SORTS)[number];

export const supplierListInput = z
  .strictObject({
    query: searchQuery(200).optional(),
    status: z.enum(SUPPLIER_STATUSES).optional(),
    country: countryCode.optional(),
    archived: z.enum(['active', 'archived', 'all']).default('active'),
    sort: z.enum(SUPPLIER_SORTS).optional(),
    dir: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .prefault({});
export type SupplierListInput = z.input<typeof supplierListInput>;

/** One product bought from one supplier, on these terms. */
export interface ProductSupplier {
  productId: number;
  productSku: string;
  productName: string;
  supplierId: number;
  supplierName: string;
  supplierStatus: SupplierStatus;
  supplierArchived: boolean;
  supplierSku: string | null;
  /** Integer minor units of `currency`. */
  unitCost: number | null;
  currency: string | null;
  leadTimeDays: number | null;
  moq: number | null;
  isDefault: boolean;
}

export const productSupplierSetInput = z.strictObject({
  productId: id,
  supplierId: id,
  supplierSku: optionalIdentifier(64),
  unitCost: count(SUPPLIER_LIMITS.costMinor).nullable().optional(),
  currency: currencyCode.nullable().optional(),
  leadTimeDays: count(SUPPLIER_LIMITS.leadTimeDays).nullable().optional(),
  moq: count(SUPPLIER_LIMITS.moq).nullable().optional(),
  /** true makes this the product's default supplier (the previous default is cleared). */
  isDefault: z.boolean().optional(),
});
export type ProductSupplierSetInput = z.input<typeof productSupplierSetInput>;

export const productSupplierListInput = z
  .strictObject({ productId: id.optional(), supplierId: id.optional() })
  .refine((v) => v.productId !== undefined || v.supplierId !== undefined, { message: 'Give productId or supplierId', params: { key: 'required' }, path: ['productId'] });

export const productSupplierKey = z.strictObject({ productId: id, supplierId: id });

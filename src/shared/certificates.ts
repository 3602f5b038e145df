// Certificates: the papers that say a product (or a supplier) meets a rule, and until when.
import { z } from 'zod';
import { addDays, daysBetween, plainDate } from './dates';
import { id, optionalText, searchQuery, optionalIdentifier } from './validation';

export const CERTIFICATE_TYPES = [
  'doc_ce', // EU declaration of conformity (CE)
  'doc_ukca', // UK declaration of conformity (UKCA)
  'fcc',
  'pse', // Japan, electrical appliances (PSE mark)
  'kc', // Korea Certification
  'rcm', // Australia / New Zealand Regulatory Compliance Mark
  'ccc', // China Compulsory Certification
  'cpc', // US Children's Product Certificate (16 CFR 1110)
  'test_report',
  'un38_3', // UN38.3 test summary (lithium batteries)
  'sds', // safety data sheet
  'health_certificate',
  'certificate_of_analysis',
  'iso_9001',
  'business_licence',
  'other',
] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

export const VALIDITIES = ['valid', 'expiring', 'expired'] as const;
export type Validity = (typeof VALIDITIES)[number];
/** A certificate that ends within this many days is shown as "expiring". */
export const EXPIRING_WITHIN_DAYS = 30;

/**
 * Whether a certificate holds on a day: expired after its expiry date, "expiring" in the last
 * 30 days up to and including it; a certificate without an expiry date stays valid.
 */
export function certificateValidity(cert: { expiryDate: string | null }, onDate: string): Validity {
  if (cert.expiryDate === null) return 'valid';
  const left = daysBetween(onDate, cert.expiryDate);
  if (left < 0) return 'expired';
  return left <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'valid';
}

/** Last day that still counts as "valid" (not expiring) for a given day: for SQL filters. */
export const expiringFrom = (today: string): string => addDays(today, EXPIRING_WITHIN_DAYS);

export interface CertificateProduct {
  id: number;
  sku: string;
  name: string;
}

export interface Certificate {
  id: number;
  type: CertificateType;
  number: string | null;
  issuer: string | null;
  issueDate: string;
  expiryDate: string | null;
  supplierId: number | null;
  supplierName: string | null;
  products: CertificateProduct[];
  notes: string | null;
  attachmentCount: number;
  /** On the core's today (UTC); the UI recomputes with certificateValidity for its own day. */
  validity: Validity;
  daysLeft: number | null;
  createdAt: string;
  updatedAt: string;
}

const certificateFields = {
  type: z.enum(CERTIFICATE_TYPES),
  number: optionalIdentifier(100),
  issuer: optionalText(200),
  issueDate: plainDate,
  expiryDate: plainDate.nullable().optional(),
  supplierId: id.nullable().optional(),
  productIds: z.array(id).max(1000).optional(),
  notes: optionalText(5000, true),
};

export const certificateCreateInput = z.strictObject(certificateFields);
export type CertificateCreateInput = z.input<typeof certificateCreateInput>;
export const certificateUpdateInput = z.strictObject({ id, ...z.strictObject(certificateFields).partial().shape });
export type CertificateUpdateInput = z.input<typeof certificateUpdateInput>;

export const certificateListInput = z
  .strictObject({
    query: searchQuery(200).optional(),
    productId: id.optional(),
    supplierId: id.optional(),
    type: z.enum(CERTIFICATE_TYPES).optional(),
    validity: z.enum(VALIDITIES).optional(),
    /** The day validity is judged on (default: today in UTC). */
    today: plainDate.optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .prefault({});
export type CertificateListInput = z.input<typeof certificateListInput>;

export const certificateExpiringInput = z.strictObject({
  withinDays: z.number().int().min(0).max(3650),
  today: plainDate.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

/** Cross-field checks on a whole certificate. */
export function certificateIssues(c: { issueDate: string; expiryDate: string | null }) {
  const issues: { path: string; key: string; message: string }[] = [];
  if (c.expiryDate !== null && c.expiryDate < c.issueDate)
    issues.push({ path: 'expiryDate', key: 'expiry_before_issue', message: `Expiry date ${c.expiryDate} is before the issue date ${c.issueDate}` });
  return issues;
}

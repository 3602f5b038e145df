// Insurance: policies (who insures the parcels, with what deductible and how long a claim may
// wait) and claims on shipments, with their workflow, amounts, evidence and the documents drawn
// from them (claim letter, product safety incident report, consumer information sheet).
import { z } from 'zod';
import { LETTER_LANGUAGES } from './consultations';
import type { LetterLanguage } from './consultations';
import { filePath, optionalFilePath, overwrite } from './paths';
import { plainDate } from './dates';
import { count, currencyCode, id, optionalText, requiredText, identifier, optionalEmail } from './validation';

export const CLAIM_TYPES = ['loss', 'damage', 'theft', 'seizure_or_confiscation', 'delay'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const CLAIM_STATUSES = ['draft', 'filed', 'under_review', 'approved', 'rejected', 'paid', 'closed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The workflow: which status may follow which. Anything else (draft → paid) is refused. */
export const CLAIM_TRANSITIONS: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = {
  draft: ['filed'],
  filed: ['under_review'],
  under_review: ['approved', 'rejected'],
  approved: ['paid'],
  rejected: ['closed'],
  paid: ['closed'],
  closed: [],
};
/** Statuses in which the claim's facts (shipment, policy, type, date, amount) may still change. */
export const CLAIM_EDITABLE_STATUSES: readonly ClaimStatus[] = ['draft'];

/** What a piece of evidence shows (set per attachment; the letter's index prints it). */
export const EVIDENCE_KINDS = ['photo', 'tracking_history', 'invoice', 'packing_photo', 'correspondence', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const CLAIM_LIMITS = { amountMinor: 1_000_000_000_00, claimWindowDays: 3650 } as const;

export interface Policy {
  id: number;
  insurer: string;
  policyNumber: string;
  /** Postal address of the insurer's claims department, one line per line (for the letter). */
  insurerAddress: string | null;
  insurerEmail: string | null;
  coverageNotes: string | null;
  /** Minor units of `deductibleCurrency`. */
  deductible: number;
  deductibleCurrency: string;
  claimWindowDays: number;
  claimCount: number;
  createdAt: string;
  updatedAt: string;
}

const policyFields = {
  insurer: requiredText(200),
  policyNumber: identifier(100),
  insurerAddress: optionalText(500, true),
  insurerEmail: optionalEmail(200),
  coverageNotes: optionalText(5000, true),
  deductible: count(CLAIM_LIMITS.amountMinor),
  deductibleCurrency: currencyCode,
  claimWindowDays: z.number().int().min(1).max(CLAIM_LIMITS.claimWindowDays),
};
export const policyCreateInput = z.strictObject({
  ...policyFields,
  deductible: policyFields.deductible.default(0),
});
export type PolicyCreateInput = z.input<typeof policyCreateInput>;
export const policyUpdateInput = z.strictObject({ id, ...z.strictObject(policyFields).partial().shape });
export const policyListInput = z
  .strictObject({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .prefault({});

export interface ClaimEvent {
  id: number;
  at: string;
  kind: 'created' | 'updated' | 'status';
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus | null;
  note: string | null;
}

/** What is worth a second look in a claim that is saved all the same (the form says it at its field). */
export type ClaimWarning =
  | { key: 'filing_late'; message: string; params: { days: number } }
  /** Amounts in minor units of `currency` (the claim's). */
  | { key: 'above_goods_value'; message: string; params: { goodsValue: number; excess: number; currency: string } };

/**
 * How much a claim's amount is above the declared value of the goods, or null when it is not (or
 * when there is no goods value in the claim's currency to set it against: nothing is guessed).
 * The goods value is the contents only (Σ quantity × unit value, as CN22/CN23 total them), never
 * the invoice's TOTAL with the postage and insurance: the claim letter sets the amount claimed
 * beside the declared value of the goods and the insured value and has no postage line, so an
 * amount above the goods reads as goods the parcel did not hold. A warning, not a refusal: the
 * ceiling that refuses is the insured value (`claim_above_insured`).
 */
export function aboveGoodsValue(amountClaimed: number, goodsValue: number | null): number | null {
  return goodsValue !== null && amountClaimed > goodsValue ? amountClaimed - goodsValue : null;
}

export interface Claim {
  id: number;
  /** CL-YYYY-NNNNNN. */
  reference: string;
  shipmentId: number;
  shipmentReference: string;
  trackingNumber: string | null;
  policyId: number;
  insurer: string;
  policyNumber: string;
  type: ClaimType;
  incidentDate: string;
  description: string | null;
  /** The shipment's currency: every amount below is in its minor units. */
  currency: string;
  amountClaimed: number;
  amountApproved: number | null;
  amountPaid: number | null;
  /** The shipment's insured value when the claim was last saved. */
  insuredValue: number;
  /**
   * The shipment's declared goods value as it is now, in the claim's currency (converted with the
   * profile's rates when the shipment's currency has changed since); null when no rate converts it.
   */
  goodsValue: number | null;
  /** Incident date + the policy's claim window. */
  filingDeadline: string;
  /** Days from the core's today to the deadline (negative once passed). */
  daysToDeadline: number;
  filedOn: string | null;
  status: ClaimStatus;
  notes: string | null;
  /** Path of the archived document pack of the shipment, when the seller has one. */
  packPath: string | null;
  /** Evidence kind per attachment id (attachments with owner kind 'claim'). */
  evidenceKinds: Record<string, EvidenceKind>;
  warnings: ClaimWarning[];
  history: ClaimEvent[];
  createdAt: string;
  updatedAt: string;
}

export interface ClaimSummary {
  id: number;
  reference: string;
  shipmentReference: string;
  insurer: string;
  type: ClaimType;
  incidentDate: string;
  currency: string;
  amountClaimed: number;
  filingDeadline: string;
  daysToDeadline: number;
  filedOn: string | null;
  /** Filed after the deadline, or still a draft past it. */
  late: boolean;
  status: ClaimStatus;
}

const money = count(CLAIM_LIMITS.amountMinor);
const claimFields = {
  shipmentId: id,
  policyId: id,
  type: z.enum(CLAIM_TYPES),
  incidentDate: plainDate,
  description: optionalText(5000, true),
  amountClaimed: money,
  notes: optionalText(5000, true),
  packPath: optionalFilePath,
};
export const claimCreateInput = z.strictObject(claimFields);
export type ClaimCreateInput = z.input<typeof claimCreateInput>;

export const claimUpdateInput = z.strictObject({
  id,
  ...z.strictObject(claimFields).partial().shape,
  /** Moves the claim along its workflow (CLAIM_TRANSITIONS). */
  status: z.enum(CLAIM_STATUSES).optional(),
  /** Said in the history with the status change. */
  statusNote: optionalText(500),
  amountApproved: money.nullable().optional(),
  amountPaid: money.nullable().optional(),
  /** Replaces the evidence kinds (attachment id → kind). */
  evidenceKinds: z.record(z.string().regex(/^\d+$/), z.enum(EVIDENCE_KINDS)).optional(),
});
export type ClaimUpdateInput = z.input<typeof claimUpdateInput>;

export const claimListInput = z
  .strictObject({
    status: z.enum([...CLAIM_STATUSES, 'all', 'open']).default('all'),
    shipmentId: id.optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .prefault({});

const outPath = filePath.optional();

/** The letter to the insurer, in English or Chinese (the letter languages of the consultation letter). */
export const claimLetterInput = z.strictObject({ claimId: id, language: z.enum(LETTER_LANGUAGES).default('en'), outPath, overwrite });

export interface EvidenceEntry {
  /** 1-based number in the letter's index. */
  number: number;
  name: string;
  kind: EvidenceKind | 'document_pack';
  /** PDF, JPEG, PNG, WebP. */
  fileType: string;
  status: 'merged' | 'not_embeddable' | 'unreadable';
  firstPage: number | null;
  lastPage: number | null;
  reason: string | null;
}

export interface DocumentWritten {
  path: string;
  pages: number;
  sha256: string;
}

export interface ClaimLetter extends DocumentWritten {
  /** The language the letter is written in (the evidence reasons are said in it too). */
  language: LetterLanguage;
  evidence: EvidenceEntry[];
}

export const incidentReportInput = z.strictObject({
  productId: id,
  lotIds: z.array(id).max(200).optional(),
  caseIds: z.array(id).max(500).optional(),
  unitsAffected: count(10_000_000),
  description: requiredText(10_000, true),
  actionsTaken: requiredText(10_000, true),
  /** When the incident happened (first known occurrence). */
  incidentDate: plainDate,
  /** When the seller learned of it. */
  awareDate: plainDate.optional(),
  /** Date printed on the report (default: today). */
  reportDate: plainDate.optional(),
  authority: optionalText(200),
  outPath,
  overwrite,
});

/** The same languages as the letters: one list. */
export const INFO_SHEET_LANGUAGES = LETTER_LANGUAGES;
export const infoSheetInput = z.strictObject({
  productId: id,
  outPath,
  overwrite,
  language: z.enum(INFO_SHEET_LANGUAGES).default('en'),
});

export interface InfoSheet extends DocumentWritten {
  /** Escaped HTML to paste into a listing. */
  html: string;
}

// Advance consultations (issue 18): before shipping something unusual, the seller asks the carrier
// or the customs broker whether it is accepted — for a product (or a whole shipment) × a destination
// × a carrier. The request is a letter (PDF and text, English or Chinese); the answer, once recorded,
// becomes seller rules whose source is the consultation, and the preflight cites it. An answer past
// its validity, or older than six months, is flagged.
import { z } from 'zod';
import { plainDate } from './dates';
import { overwrite, filePath } from './paths';
import type { Said } from './preflight';
import { postalOperatorId } from './settings';
import { countryCode, id, optionalText, requiredText } from './validation';

export const CONSULTATION_STATUSES = ['waiting', 'answered', 'expired'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
export const CONSULTATION_CHANNELS = ['email', 'phone', 'letter', 'portal', 'in_person', 'other'] as const;
export type ConsultationChannel = (typeof CONSULTATION_CHANNELS)[number];
/** What the carrier said: allow (the preflight notes it), warn, or block — with the carrier's words. */
export const CONSULTATION_OUTCOMES = ['allow', 'warn', 'block'] as const;
export type ConsultationOutcome = (typeof CONSULTATION_OUTCOMES)[number];
/** An answer older than this is asked again, whatever its own validity says. */
export const CONSULTATION_MAX_AGE_MONTHS = 6;
export const LETTER_LANGUAGES = ['en', 'zh'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/** `date` plus `months` calendar months (the 31st becomes the month's last day). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export interface StaleAnswer {
  /** past_validity: after its own "valid until"; too_old: more than six months old. */
  reason: 'past_validity' | 'too_old';
  /** The last day the answer held. */
  until: string;
}

/** Whether an answer given on `answeredOn` (valid until `validUntil`) still holds on `date`. Pure. */
export function staleAnswer(answeredOn: string, validUntil: string | null, date: string): StaleAnswer | null {
  const maxAge = addMonths(answeredOn, CONSULTATION_MAX_AGE_MONTHS);
  if (validUntil !== null && validUntil < date && validUntil <= maxAge) return { reason: 'past_validity', until: validUntil };
  if (maxAge < date) return { reason: 'too_old', until: maxAge };
  return null;
}

export interface ConsultationAnswer {
  /** Who answered (a person or a desk at the carrier). */
  by: string;
  date: string;
  channel: ConsultationChannel;
  /** The reply as received (pasted from the e-mail, noted from the call). */
  text: string;
  outcome: ConsultationOutcome;
  /** The carrier's words the preflight quotes ("accepted with the battery mark"). */
  summary: string;
  validUntil: string | null;
  /** The reply file (an attachment of this consultation), when kept. */
  replyAttachmentId: number | null;
}

export interface Consultation {
  id: number;
  /** CQ-YYYY-NNNNNN. */
  reference: string;
  productId: number | null;
  productSku: string | null;
  productName: string | null;
  shipmentId: number | null;
  shipmentReference: string | null;
  destination: string;
  /** The carrier or customs broker asked (its name). */
  carrier: string;
  /** The designated postal operator's id (CN-POST …), when the carrier is one. */
  operatorCode: string | null;
  requestDate: string;
  notes: string | null;
  status: ConsultationStatus;
  answer: ConsultationAnswer | null;
  /** Set when the answer no longer holds on the core's today. */
  stale: StaleAnswer | null;
  /** The seller rules the answer became (one per product). */
  ruleIds: number[];
  createdAt: string;
  updatedAt: string;
}

export type ConsultationSummary = Omit<Consultation, 'ruleIds' | 'notes'>;

export const answerInput = z.strictObject({
  by: requiredText(200),
  date: plainDate,
  channel: z.enum(CONSULTATION_CHANNELS),
  text: requiredText(10_000, true),
  outcome: z.enum(CONSULTATION_OUTCOMES),
  /** The words the preflight quotes; left out: the start of the reply. */
  summary: optionalText(300),
  validUntil: plainDate.nullable().optional(),
  replyAttachmentId: id.nullable().optional(),
});
export type AnswerInput = z.input<typeof answerInput>;

const fields = {
  productId: id.nullable().optional(),
  shipmentId: id.nullable().optional(),
  destination: countryCode,
  carrier: requiredText(200),
  operatorCode: postalOperatorId,
  /** Left out: the core's today. */
  requestDate: plainDate.optional(),
  notes: optionalText(2000, true),
};
export const consultationCreateInput = z.strictObject(fields);
export type ConsultationCreateInput = z.input<typeof consultationCreateInput>;
export const consultationUpdateInput = z.strictObject({
  id,
  ...z.strictObject(fields).partial().shape,
  /** Records (or replaces) the answer; null clears it and removes the rules it became. */
  answer: answerInput.nullable().optional(),
});
export type ConsultationUpdateInput = z.input<typeof consultationUpdateInput>;
export const consultationListInput = z
  .strictObject({
    status: z.enum(CONSULTATION_STATUSES).optional(),
    productId: id.optional(),
    shipmentId: id.optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .prefault({});
export const consultationLetterInput = z.strictObject({
  id,
  language: z.enum(LETTER_LANGUAGES).default('en'),
  outPath: filePath.optional(),
  overwrite,
});

/** A question of the letter: a preflight finding on the goods, asked of the carrier. */
export interface LetterQuestion {
  rule: string;
  finding: Said;
  text: string;
}

export interface ConsultationLetter {
  path: string;
  pages: number;
  sha256: string;
  language: LetterLanguage;
  subject: string;
  /** The whole letter as plain text, to paste into an e-mail. */
  text: string;
  questions: LetterQuestion[];
  /** The documents listed as attached (SDS, test summary …). */
  attached: string[];
}

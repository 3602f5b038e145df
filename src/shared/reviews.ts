// Supplier reviews: weighted criteria scored by the reviewer or computed from lots, inspections,
// after-sales quality returns and certificates; bands turn a score into a standing.
import { z } from 'zod';
import { filePath, overwrite } from './paths';
import { plainDate } from './dates';
import { id, optionalText } from './validation';
import type { SupplierStatus } from './suppliers';

export const CRITERIA = ['quality', 'delivery', 'communication', 'price', 'compliance'] as const;
export type Criterion = (typeof CRITERIA)[number];
export const DEFAULT_WEIGHTS: Record<Criterion, number> = { quality: 30, delivery: 25, communication: 15, price: 15, compliance: 15 };

export const BANDS = ['preferred', 'approved', 'probation', 'blocked'] as const;
export type Band = (typeof BANDS)[number];
/** Lower bounds: score ≥ preferred → preferred; ≥ approved → approved; ≥ probation → probation; else blocked. */
export const DEFAULT_BANDS = { preferred: 80, approved: 60, probation: 40 } as const;

const score = z.number().min(0).max(100);
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const periodInput = z.union([
  z.string().regex(MONTH, { error: 'A month is YYYY-MM, e.g. 2026-10' }),
  z.strictObject({ from: plainDate, to: plainDate }).refine((p) => p.from <= p.to, { message: 'from must not be after to', path: ['to'], params: { key: 'period_order' } }),
]);
export type PeriodInput = z.input<typeof periodInput>;

export const weightsInput = z.strictObject({
  quality: z.number().int().min(0).max(100),
  delivery: z.number().int().min(0).max(100),
  communication: z.number().int().min(0).max(100),
  price: z.number().int().min(0).max(100),
  compliance: z.number().int().min(0).max(100),
});

export const supplierReviewInput = z.strictObject({
  supplierId: id,
  period: periodInput,
  /** Default DEFAULT_WEIGHTS; must sum to 100 (error key weights_sum on `weights`). */
  weights: weightsInput.optional(),
  /** Reviewer's scores (0–100); a given score replaces the computed one. communication and price are only ever scored by the reviewer. */
  scores: z.strictObject({ quality: score.optional(), delivery: score.optional(), communication: score.optional(), price: score.optional(), compliance: score.optional() }).optional(),
  bands: z.strictObject({ preferred: score, approved: score, probation: score }).optional(),
  /** true: set the supplier's status from the band (preferred/approved → approved, probation, blocked). */
  apply: z.boolean().default(false),
  notes: optionalText(5000, true),
});
export type SupplierReviewInput = z.input<typeof supplierReviewInput>;

export const scorecardInput = z.strictObject({ supplierId: id, months: z.number().int().min(1).max(60).default(12) });
export const reviewPdfInput = z.strictObject({ supplierId: id, period: periodInput, outPath: filePath, overwrite });
/** The score and band of a page of suppliers (the scorecards list), over the last `months` months. */
export const supplierScoresInput = z.strictObject({ supplierIds: z.array(id).max(500), months: z.number().int().min(1).max(60).default(12) });
export const defectStatsInput = z.strictObject({ months: z.number().int().min(1).max(60).default(12), supplierId: id.optional() });

/** What the data says about a supplier in a period (every figure from SQL aggregates). */
export interface Activity {
  lots: number;
  lotsInspected: number;
  lotsAccepted: number;
  unitsReceived: number;
  unitsInspected: number;
  defects: number;
  lotsWithExpectedDate: number;
  lotsOnTime: number;
  qualityReturns: number;
  certificates: number;
  certificatesValid: number;
}

export interface CriterionScore {
  criterion: Criterion;
  weight: number;
  /** null: not scored (no data and no reviewer score); its weight is shared among the others. */
  score: number | null;
  source: 'reviewer' | 'computed' | 'none';
  /** How the computed score was reached, in English (e.g. "92% of 12 lots accepted …"). */
  basis: string;
}

export interface ReviewResult {
  supplierId: number;
  supplierName: string;
  from: string;
  to: string;
  /** false: no lot was received in the period; it does not count (score and band are null). */
  counted: boolean;
  note: string | null;
  activity: Activity;
  lotAcceptanceRate: number | null;
  defectsPerMillion: number | null;
  onTimeRate: number | null;
  criteria: CriterionScore[];
  score: number | null;
  band: Band | null;
  /** Status the band leads to; set on the supplier only when apply was true. */
  statusFromBand: 'approved' | 'probation' | 'blocked' | null;
  applied: boolean;
  previousStatus: string;
  reviewId: number | null;
}

export interface ScorecardMonth {
  month: string;
  counted: boolean;
  score: number | null;
  band: Band | null;
  lots: number;
  lotAcceptanceRate: number | null;
  defectsPerMillion: number | null;
  onTimeRate: number | null;
  qualityReturns: number;
}

export interface Scorecard {
  supplierId: number;
  supplierName: string;
  supplierStatus: SupplierStatus;
  months: ScorecardMonth[];
  /** Mean of counted months; null when none counted. */
  score: number | null;
  band: Band | null;
  /**
   * The status that band leads to (what a review with "apply" would set), null without a score.
   * The supplier's status is only changed by hand or by an applied review, so the two can differ:
   * the scorecard then says so instead of showing a band beside a status it contradicts.
   */
  statusFromBand: 'approved' | 'probation' | 'blocked' | null;
  countedMonths: number;
  note: string | null;
}

/** A supplier's standing over the months asked, as its scorecard gives it (mean of counted months). */
export interface SupplierScore {
  supplierId: number;
  /** null: no month counted (no lot received). */
  score: number | null;
  band: Band | null;
  statusFromBand: 'approved' | 'probation' | 'blocked' | null;
  countedMonths: number;
}

export interface DefectStats {
  /** Defects per million units inspected, by supplier (highest first). */
  bySupplier: { supplierId: number; supplierName: string; unitsInspected: number; defects: number; defectsPerMillion: number }[];
  /** Pareto of defect types: count and cumulative share (0–1), largest first. */
  byType: { type: string; count: number; cumulative: number }[];
}

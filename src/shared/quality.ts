// Supplier quality: ISO 2859-1 sampling (the tables are reference data in resources/quality).
import { z } from 'zod';

export const INSPECTION_LEVELS = ['S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III'] as const;
export type InspectionLevel = (typeof INSPECTION_LEVELS)[number];

export const INSPECTION_MODES = ['normal', 'tightened', 'reduced'] as const;
export type InspectionMode = (typeof INSPECTION_MODES)[number];

/** The AQL columns of the master tables, in the tables' order (percent nonconforming or nonconformities per 100 units). */
export const AQL_VALUES: readonly number[] = [
  0.01, 0.015, 0.025, 0.04, 0.065, 0.1, 0.15, 0.25, 0.4, 0.65, 1, 1.5, 2.5, 4, 6.5, 10, 15, 25, 40, 65, 100, 150, 250, 400, 650,
  1000,
];

export interface SamplingInput {
  /** Number of units in the lot: a whole number, at least 1. */
  lotSize: number;
  level: InspectionLevel;
  /** One of AQL_VALUES. */
  aql: number;
  /** Default 'normal'. */
  mode?: InspectionMode;
}

export interface SamplingPlan {
  /** Code letter from Table I for this lot size and inspection level. */
  codeLetter: string;
  /** Code letter whose plan applies, after following the table's arrows (may differ from codeLetter). */
  planLetter: string;
  /** Units to inspect: the plan's sample size, or the whole lot when inspectAll. */
  sampleSize: number;
  /** Accept the lot when the sample has at most this many nonconforming units (nonconformities). */
  accept: number;
  /** Reject the lot when the sample has at least this many. Reduced plans may leave a gap above `accept`. */
  reject: number;
  /** The plan's sample size reaches the lot size: inspect every unit (accept/reject still those of the plan). */
  inspectAll: boolean;
}


export const samplingPlanInput = z.strictObject({
  lotSize: z.number().int().min(1),
  level: z.enum(INSPECTION_LEVELS),
  /** Checked against the table's columns by the core (error key aql_unknown). */
  aql: z.number(),
  mode: z.enum(INSPECTION_MODES).optional(),
});

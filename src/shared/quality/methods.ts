// Supplier quality's methods: sampling, lots, inspections, reviews (implemented in src/core/quality/handlers.ts).
import { z } from 'zod';
import { mutation, query } from '../contract';
import type { MethodTable } from '../contract';
import { inspectionCreateInput, inspectionListInput, inspectionPlanGetInput, inspectionPlanListInput, inspectionPlanSetInput, lotCreateInput, lotListInput, lotUpdateInput } from '../lots';
import type { ChecklistItem, ClassResult, Inspection, InspectionPlan, Lot, SavedPlanSummary } from '../lots';
import { byId } from '../products';
import type { Page } from '../products';
import { samplingPlanInput } from '../quality';
import type { InspectionLevel, InspectionMode, SamplingPlan } from '../quality';
import { defectStatsInput, reviewPdfInput, scorecardInput, supplierReviewInput, supplierScoresInput } from '../reviews';
import type { DefectStats, ReviewResult, Scorecard, SupplierScore } from '../reviews';

export interface InspectionPreview {
  lotId: number;
  mode: InspectionMode;
  level: InspectionLevel;
  lotSize: number;
  sampleSize: number;
  classes: ClassResult[];
  checklist: ChecklistItem[];
}

export const qualityMethods = {
  'quality.samplingPlan': query<SamplingPlan>()(samplingPlanInput),
  'lots.create': mutation<Lot>()(lotCreateInput),
  'lots.get': query<Lot>()(byId),
  'lots.update': mutation<Lot>()(lotUpdateInput),
  'lots.list': query<Page<Lot>>()(lotListInput),
  /** Into stock. BLOCKED while a quarantined lot's health certificate / certificate of analysis is missing. */
  'lots.release': mutation<Lot>()(byId),
  /** The product's plan (defaults when none saved) and, with supplierId, the current switching mode. */
  'inspectionPlans.get': query<InspectionPlan & { mode: InspectionMode | null }>()(inspectionPlanGetInput),
  'inspectionPlans.set': mutation<InspectionPlan>()(inspectionPlanSetInput),
  /** The products with a saved plan of their own, by SKU (a product not listed uses the defaults). */
  'inspectionPlans.list': query<Page<SavedPlanSummary>>()(inspectionPlanListInput),
  /** What to inspect for a lot: mode, sample size and Ac/Re per class, checklist. */
  'inspections.preview': query<InspectionPreview>()(z.strictObject({ lotId: byId.shape.id })),
  'inspections.create': mutation<Inspection>()(inspectionCreateInput),
  'inspections.get': query<Inspection>()(byId),
  'inspections.list': query<Page<Inspection>>()(inspectionListInput),
  /** Records a review; apply: true sets the supplier's status from the band. */
  'suppliers.review': mutation<ReviewResult>()(supplierReviewInput),
  'suppliers.scorecard': query<Scorecard>()(scorecardInput),
  /** Score and band of each of the given suppliers (the scorecards list's page), as their scorecards give them: a few grouped queries, not one scorecard each. */
  'suppliers.scores': query<SupplierScore[]>()(supplierScoresInput),
  /** Writes the review PDF (a file: a mutation, though it saves no row). */
  'suppliers.reviewPdf': mutation<{ path: string; bytes: number; pages: number }>()(reviewPdfInput),
  'quality.defectStats': query<DefectStats>()(defectStatsInput),
} satisfies MethodTable;

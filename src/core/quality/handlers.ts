// Supplier quality's methods (declared in src/shared/quality/methods.ts), bound to their work.
import type { qualityMethods } from '../../shared/quality/methods';
import { ownTransactions } from '../handlers';
import type { HandlersOf } from '../handlers';
import { createInspection, getInspection, listInspections, previewInspection } from './inspections';
import { createLot, getLot, listLots, releaseLot, updateLot } from './lots';
import { getPlanFor, listPlans, setPlan } from './plans';
import { writeReviewPdf } from './reviewPdf';
import { defectStats, reviewSupplier, scorecard, supplierScores } from './reviews';
import { samplingPlan } from './sampling';

export const qualityHandlers: HandlersOf<typeof qualityMethods> = {
  'quality.samplingPlan': (input, ctx) => samplingPlan(ctx.resourcesDir, input),
  'lots.create': (input, ctx) => createLot(ctx, input),
  'lots.get': (input, ctx) => getLot(ctx.db, input.id),
  'lots.update': (input, ctx) => updateLot(ctx, input),
  'lots.list': (input, ctx) => listLots(ctx, input),
  'lots.release': (input, ctx) => releaseLot(ctx, input.id),
  'inspectionPlans.get': (input, ctx) => getPlanFor(ctx, input),
  'inspectionPlans.set': (input, ctx) => setPlan(ctx, input),
  'inspectionPlans.list': (input, ctx) => listPlans(ctx.db, input),
  'inspections.preview': (input, ctx) => previewInspection(ctx, input.lotId),
  'inspections.create': (input, ctx) => createInspection(ctx, input),
  'inspections.get': (input, ctx) => getInspection(ctx.db, input.id),
  'inspections.list': (input, ctx) => listInspections(ctx, input),
  'suppliers.review': (input, ctx) => reviewSupplier(ctx, input),
  'suppliers.scorecard': (input, ctx) => scorecard(ctx, input),
  'suppliers.scores': (input, ctx) => supplierScores(ctx, input),
  // Reads the reviews, writes the PDF; no row changes, so no transaction around the drawing.
  'suppliers.reviewPdf': ownTransactions((input, ctx) => writeReviewPdf(ctx, input)),
  'quality.defectStats': (input, ctx) => defectStats(ctx, input),
};

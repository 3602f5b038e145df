// The seller's day (the dashboard's "Today"): today's shipments counted — ready to print, needing
// attention (drafts, and ready ones the preflight now blocks), printed — those needing attention
// with their first finding, and the steps a first run still has to take. "Today" is the core's one clock (ctx.today()); shipments belong to
// it by their ship date, which a new shipment gets by default.
import type { z } from 'zod';
import type { ParsedInputOf } from '../../shared/api';
import type { BatchTaskInput, TodayShipment, TodaySummary, printTodayInput } from '../../shared/documents';
import type { Severity } from '../../shared/preflight';
import type { CoreContext, QueryContext } from '../context';
import { appDocument } from '../files/output';
import type { JobRunner } from '../jobs/runner';
import { runPreflight } from '../preflight/load';
import { getShipment } from '../shipments/shipments';
import { preflightSummaries } from '../shipments/summary';

const PACKED = 'EXISTS (SELECT 1 FROM document_packs d WHERE d.shipment_id = s.id)';
const RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

export function todaySummary(ctx: QueryContext, input: ParsedInputOf<'documents.today'>): TodaySummary {
  const db = ctx.db;
  const today = ctx.today();
  // One statement: the three counts of today (by the ship_date index) and the first-run steps.
  const row = db
    .prepare(
      `SELECT coalesce(sum(t.status = 'ready' AND NOT t.packed), 0) AS ready,
              coalesce(sum(t.status = 'draft' AND NOT t.packed), 0) AS attention,
              coalesce(sum(t.packed), 0) AS printed,
              (SELECT json_extract(value, '$.exporterName') IS NOT NULL FROM settings WHERE key = 'seller_profile') AS profile,
              EXISTS (SELECT 1 FROM products) AS catalog,
              EXISTS (SELECT 1 FROM suppliers) AS suppliers,
              EXISTS (SELECT 1 FROM shipments) AS shipments,
              EXISTS (SELECT 1 FROM document_packs) AS anyPack
       FROM (SELECT s.status, ${PACKED} AS packed FROM shipments s WHERE s.ship_date = ?) t`,
    )
    .get(today) as { ready: number; attention: number; printed: number; profile: number | null; catalog: number; suppliers: number; shipments: number; anyPack: number };
  // A shipment marked ready that the preflight now blocks (a certificate expired since, a rule
  // changed) is not ready: Print today would leave it out. It needs attention, and comes first.
  // Today's ready ones are few, and their verdicts are kept while nothing changes (shipments/summary.ts).
  const readyIds = db.prepare(`SELECT s.id FROM shipments s WHERE s.ship_date = ? AND s.status = 'ready' AND NOT ${PACKED} ORDER BY s.reference, s.id`).pluck().all(today) as number[];
  const verdicts = preflightSummaries(ctx, readyIds);
  const blockedReady = readyIds.filter((id) => verdicts.get(id)?.verdict === 'blocked');
  const drafts = db
    .prepare(`SELECT s.id FROM shipments s WHERE s.ship_date = ? AND s.status = 'draft' AND NOT ${PACKED} ORDER BY s.reference, s.id LIMIT ?`)
    .pluck()
    .all(today, input.limit) as number[];
  const attentionItems: TodayShipment[] = [...blockedReady, ...drafts].slice(0, input.limit).map((id) => {
    const s = getShipment(db, id);
    const first = [...runPreflight(ctx, s).findings].sort((a, b) => RANK[a.severity] - RANK[b.severity])[0];
    return {
      id,
      reference: s.reference,
      consigneeName: s.consignee.name,
      country: s.consignee.country,
      finding: first ? { severity: first.severity, message: first.message } : null,
    };
  });
  return {
    today,
    ready: row.ready - blockedReady.length,
    attention: row.attention + blockedReady.length,
    printed: row.printed,
    attentionItems,
    setup: { profile: row.profile === 1, catalog: row.catalog === 1, suppliers: row.suppliers === 1, shipments: row.shipments === 1, printed: row.anyPack === 1 },
  };
}

/** The shipments "Print today" builds: today's ready ones without a pack (with `again`, every ready one of today). */
export function todayPrintIds(ctx: QueryContext, again: boolean): number[] {
  return ctx.db
    .prepare(`SELECT s.id FROM shipments s WHERE s.ship_date = ? AND s.status = 'ready' ${again ? '' : `AND NOT ${PACKED}`} ORDER BY s.reference, s.id`)
    .pluck()
    .all(ctx.today()) as number[];
}

/**
 * Starts the batch job over today's ready shipments, merged into one PDF in the data folder
 * (documents/print/today-<date>.pdf, the app's own file, replaced by the next print of the day),
 * which the desktop may open in the system viewer. Each pack is archived as any pack is.
 */
export function startPrintToday(ctx: CoreContext, input: z.output<typeof printTodayInput>, jobs: JobRunner): { jobId: string } {
  const target = appDocument(ctx.dataDir, 'print', `today-${ctx.today()}.pdf`);
  const task: BatchTaskInput = { shipmentIds: todayPrintIds(ctx, input.again), outDir: null, combinedPath: target.path, overwrite: true };
  return jobs.start('documents.buildBatch', task, { writes: false });
}

// The home screen: what needs the seller today. Each card is a count plus the first few records,
// each read by an indexed range or a small count (no preflight over every draft: only the few
// drafts shown are checked, once each, by the shipments list's summaries).
import type { ReadDb } from '../db/read';
import type { QueryContext } from '../context';
import type { ParsedInputOf } from '../../shared/api';
import type { Dashboard, DashboardCard, DashboardClaim } from '../../shared/aftersales';
import { addDays, startOfDayIn } from '../../shared/dates';
import { preflightSummaries } from '../shipments/summary';

const card = <T>(count: number, items: T[]): DashboardCard<T> => ({ count, items });

/**
 * The dashboard's two claim cards: claims still to file, and claims waiting for the insurer.
 */
export function claimsForDashboard(db: ReadDb, today: string, limit = 5): { toFile: DashboardCard<DashboardClaim>; waiting: DashboardCard<DashboardClaim> } {
  // Drafts are claims still to file, the most urgent deadline first (a late one can still be filed,
  // with a warning); filed and under-review ones wait for the insurer, the oldest filing first.
  const select = `SELECT c.id, c.reference, c.type, s.reference AS shipmentReference, c.status, %DATE% AS date FROM claims c LEFT JOIN shipments s ON s.id = c.shipment_id`;
  const toFileWhere = `WHERE c.status = 'draft'`;
  const waitingWhere = `WHERE c.status IN ('filed', 'under_review')`;
  return {
    toFile: card(
      db.prepare(`SELECT count(*) FROM claims c ${toFileWhere}`).pluck().get() as number,
      db.prepare(`${select.replace('%DATE%', 'c.filing_deadline')} ${toFileWhere} ORDER BY c.filing_deadline LIMIT ?`).all(limit) as DashboardClaim[],
    ),
    waiting: card(
      db.prepare(`SELECT count(*) FROM claims c ${waitingWhere}`).pluck().get() as number,
      db.prepare(`${select.replace('%DATE%', 'c.filed_on')} ${waitingWhere} ORDER BY c.filed_on LIMIT ?`).all(limit) as DashboardClaim[],
    ),
  };
}

export function getDashboard(ctx: QueryContext, input: ParsedInputOf<'dashboard.get'>): Dashboard {
  const db = ctx.db;
  const now = ctx.now();
  const today = input.today ?? ctx.today();
  const zone = ctx.timeZone();
  const n = input.perCard;
  const nowIso = input.today ? startOfDayIn(zone, today) : now.toISOString();
  // Due before the end of the seller's today (deadlines are UTC timestamps), overdue when before now.
  const endOfToday = startOfDayIn(zone, addDays(today, 1));

  const casesDueCount = db.prepare('SELECT count(*) FROM cases WHERE next_due IS NOT NULL AND next_due < ?').pluck().get(endOfToday) as number;
  const casesDue = (
    db
      .prepare('SELECT id, customer_name AS customerName, next_due AS due, next_due_kind AS kind FROM cases WHERE next_due IS NOT NULL AND next_due < ? ORDER BY next_due LIMIT ?')
      .all(endOfToday, n) as { id: number; customerName: string; due: string; kind: 'first_response' | 'resolution' }[]
  ).map((c) => ({ ...c, overdue: c.due < nowIso }));

  const holdsCount = db.prepare(`SELECT count(*) FROM holds WHERE outcome = 'pending'`).pluck().get() as number;
  const holds = db
    .prepare(
      `SELECT h.id, h.shipment_id AS shipmentId, s.reference AS shipmentReference, s.country, h.reason, h.deadline
       FROM holds h JOIN shipments s ON s.id = h.shipment_id WHERE h.outcome = 'pending' ORDER BY h.deadline IS NULL, h.deadline, h.id LIMIT ?`,
    )
    .all(n) as Dashboard['holdsOpen']['items'];

  const claims = claimsForDashboard(db, today, n);

  const within = addDays(today, 30);
  const certCount = db.prepare('SELECT count(*) FROM certificates WHERE expiry_date >= ? AND expiry_date <= ?').pluck().get(today, within) as number;
  const certs = db
    .prepare('SELECT id, type, number, expiry_date AS expiryDate FROM certificates WHERE expiry_date >= ? AND expiry_date <= ? ORDER BY expiry_date, id LIMIT ?')
    .all(today, within, n) as Dashboard['certificatesExpiring']['items'];

  const draftCount = db.prepare(`SELECT count(*) FROM shipments WHERE status = 'draft'`).pluck().get() as number;
  // The drafts shown, their preflight from the list's summaries: each checked at most once per call
  // (and not at all when nothing changed since the last look: shipments/summary.ts).
  const draftRows = db
    .prepare(`SELECT id, reference, consignee_name AS consigneeName, country FROM shipments WHERE status = 'draft' ORDER BY created_at DESC, id DESC LIMIT ?`)
    .all(n) as Omit<Dashboard['shipmentsNotReady']['items'][number], 'blocks'>[];
  const summaries = preflightSummaries(ctx, draftRows.map((d) => d.id));
  const drafts = draftRows.map((d) => ({ ...d, blocks: summaries.get(d.id)?.block ?? 0 }));

  const supplierCount = db.prepare(`SELECT count(*) FROM suppliers WHERE status IN ('probation', 'blocked') AND archived = 0`).pluck().get() as number;
  const suppliers = db
    .prepare(`SELECT id, name, status FROM suppliers WHERE status IN ('probation', 'blocked') AND archived = 0 ORDER BY status = 'probation', name LIMIT ?`)
    .all(n) as Dashboard['suppliersAtRisk']['items'];

  return {
    today,
    casesDue: card(casesDueCount, casesDue),
    holdsOpen: card(holdsCount, holds),
    claimsToFile: claims.toFile,
    claimsWaiting: claims.waiting,
    certificatesExpiring: card(certCount, certs),
    shipmentsNotReady: card(draftCount, drafts),
    suppliersAtRisk: card(supplierCount, suppliers),
  };
}

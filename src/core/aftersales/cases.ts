// After-sales cases: a customer's return, exchange, repair, refund or complaint, answered within
// the seller's service levels. Deadlines are fixed when the case opens (changing the service levels
// later does not move promises already made); `next_due` on the row is the deadline still to meet.
import type { QueryContext } from '../context';
import type { ReadDb } from '../db/read';
import type { ParsedInputOf } from '../../shared/api';
import { CASE_OPEN_STATUSES, CASE_TRANSITIONS, DEFAULT_SERVICE_LEVELS } from '../../shared/aftersales';
import type { AfterSalesCase, CaseEvent, CaseFlag, CaseStatus, CaseSummary, ServiceLevels, Warranty } from '../../shared/aftersales';
import { dayIn } from '../../shared/dates';
import { ConflictError, NotFoundError } from '../../shared/errors';
import type { Page } from '../../shared/products';
import { ftsQuery, ftsText } from '../text/fts';
import type { CoreContext } from '../context';
import type { DB } from '../db/open';
import { requireRefs } from '../db/refs';
import { sellerTimeZone } from '../settings/clock';
import { getProfile } from '../settings/profile';

const LEVELS_KEY = 'service_levels';

export function getServiceLevels(ctx: QueryContext): ServiceLevels {
  const row = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(LEVELS_KEY) as string | undefined;
  return { ...DEFAULT_SERVICE_LEVELS, ...(row ? (JSON.parse(row) as Partial<ServiceLevels>) : {}) };
}

export function setServiceLevels(ctx: CoreContext, input: ParsedInputOf<'cases.setServiceLevels'>): ServiceLevels {
  const next = { ...getServiceLevels(ctx) };
  if (input.firstResponseHours !== undefined) next.firstResponseHours = input.firstResponseHours;
  if (input.resolutionDays !== undefined) next.resolutionDays = input.resolutionDays;
  ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(LEVELS_KEY, JSON.stringify(next));
  return next;
}

/** The last day covered by a warranty of `months` from `saleDate` (month ends clamp: 31 Jan + 1 → 28/29 Feb). */
export function warrantyEnd(saleDate: string, months: number): string {
  const [y, m, d] = saleDate.split('-').map(Number) as [number, number, number];
  const targetMonth = m - 1 + months;
  const lastDay = new Date(Date.UTC(y, targetMonth + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(y, targetMonth, Math.min(d, lastDay)));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

export function warrantyOf(saleDate: string | null, months: number | null, onDate: string): Warranty {
  if (!months) return { status: 'no_warranty', saleDate, months, endsOn: null };
  if (!saleDate) return { status: 'unknown', saleDate, months, endsOn: null };
  const endsOn = warrantyEnd(saleDate, months);
  return { status: onDate <= endsOn ? 'in_warranty' : 'expired', saleDate, months, endsOn };
}

const nextDueOf = (status: CaseStatus, firstResponseAt: string | null, firstDue: string, resolutionDue: string) =>
  !CASE_OPEN_STATUSES.includes(status)
    ? { next_due: null, next_due_kind: null }
    : firstResponseAt === null
      ? { next_due: firstDue, next_due_kind: 'first_response' as const }
      : { next_due: resolutionDue, next_due_kind: 'resolution' as const };

const SELECT = `SELECT c.id, c.customer_name AS customerName, c.customer_contact AS customerContact, c.customer_country AS customerCountry,
  c.order_ref AS orderRef, c.shipment_id AS shipmentId, s.reference AS shipmentReference, s.ship_date AS shipDate, c.product_id AS productId,
  p.sku AS productSku, p.name AS productName, p.warranty_months AS warrantyMonths, c.lot_id AS lotId, c.lot_ref AS lotRef, c.type, c.reason,
  c.description, c.opened_at AS openedAt, c.sale_date AS saleDate, c.status, c.first_response_due AS firstResponseDue,
  c.first_response_at AS firstResponseAt, c.resolution_due AS resolutionDue, c.resolved_at AS resolvedAt, c.closed_at AS closedAt,
  c.resolution, c.refund_amount AS refundAmount, c.replacement_cost AS replacementCost, c.repair_cost AS repairCost,
  c.cost_currency AS costCurrency, c.supplier_id AS supplierId, su.name AS supplierName, c.flags, c.created_at AS createdAt, c.updated_at AS updatedAt
  FROM cases c JOIN products p ON p.id = c.product_id LEFT JOIN shipments s ON s.id = c.shipment_id LEFT JOIN suppliers su ON su.id = c.supplier_id`;

type Row = Omit<AfterSalesCase, 'flags' | 'warranty' | 'history'> & { flags: string; shipDate: string | null; warrantyMonths: number | null };

export function getCase(db: ReadDb, id: number): AfterSalesCase {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as Row | undefined;
  if (!row) throw new NotFoundError('Case', id);
  const { shipDate, warrantyMonths, flags, ...rest } = row;
  const history = db
    .prepare('SELECT id, at, from_status AS fromStatus, to_status AS toStatus, note FROM case_events WHERE case_id = ? ORDER BY id')
    .all(id) as CaseEvent[];
  return {
    ...rest,
    flags: JSON.parse(flags) as CaseFlag[],
    // Judged on the day the case was opened, on the seller's calendar.
    warranty: warrantyOf(row.saleDate ?? shipDate, warrantyMonths, dayIn(sellerTimeZone(db), Date.parse(row.openedAt))),
    history,
  };
}

interface Refs {
  productId: number;
  shipmentId: number | null;
  supplierId: number | null;
}
/** `lotId` has no foreign key (migration 007), so a missing lot would be stored silently: checked like the rest. */
function checkRefs(db: DB, r: Refs, lotId: number | null | undefined): void {
  requireRefs(db, [
    { path: 'productId', table: 'products', id: r.productId },
    { path: 'shipmentId', table: 'shipments', id: r.shipmentId },
    { path: 'supplierId', table: 'suppliers', id: r.supplierId },
    { path: 'lotId', table: 'lots', id: lotId },
  ]);
}

/** Allowed, but flagged: a case about a product that never left in a parcel to this customer. */
function flagsFor(db: DB, c: { customerName: string; customerCountry: string; productId: number }): CaseFlag[] {
  const shipped = db
    .prepare(
      `SELECT 1 FROM shipment_items i JOIN shipments s ON s.id = i.shipment_id
       WHERE i.product_id = ? AND s.country = ? AND s.consignee_name = ? COLLATE NOCASE AND s.status NOT IN ('draft', 'ready') LIMIT 1`,
    )
    .get(c.productId, c.customerCountry, c.customerName);
  return shipped ? [] : ['product_not_shipped_to_customer'];
}

function writeFts(db: DB, id: number): void {
  const c = db
    .prepare('SELECT c.customer_name AS name, c.customer_contact AS contact, c.order_ref AS orderRef, p.sku, p.name AS product FROM cases c JOIN products p ON p.id = c.product_id WHERE c.id = ?')
    .get(id) as { name: string; contact: string | null; orderRef: string | null; sku: string; product: string };
  db.prepare('DELETE FROM cases_fts WHERE rowid = ?').run(id);
  db.prepare('INSERT INTO cases_fts (rowid, customer, order_ref, product) VALUES (?, ?, ?, ?)').run(
    id, ftsText([c.name, c.contact].filter(Boolean).join(' ')), ftsText(c.orderRef), ftsText(`${c.sku} ${c.product}`),
  );
}

const addHours = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

export function createCase(ctx: CoreContext, input: ParsedInputOf<'cases.create'>): AfterSalesCase {
  const refs = { productId: input.productId, shipmentId: input.shipmentId ?? null, supplierId: input.supplierId ?? null };
  checkRefs(ctx.db, refs, input.lotId);
  const now = ctx.now().toISOString();
  const openedAt = new Date(input.openedAt ?? now).toISOString();
  const levels = getServiceLevels(ctx);
  const firstDue = addHours(openedAt, levels.firstResponseHours);
  const resolutionDue = addHours(openedAt, levels.resolutionDays * 24);
  const flags = flagsFor(ctx.db, input);
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO cases (customer_name, customer_contact, customer_country, order_ref, shipment_id, product_id, lot_id, lot_ref, type, reason,
         description, opened_at, sale_date, status, first_response_due, resolution_due, next_due, next_due_kind, resolution, refund_amount,
         replacement_cost, repair_cost, cost_currency, supplier_id, flags, created_at, updated_at)
       VALUES (@customerName, @customerContact, @customerCountry, @orderRef, @shipmentId, @productId, @lotId, @lotRef, @type, @reason,
         @description, @openedAt, @saleDate, 'open', @firstDue, @resolutionDue, @firstDue, 'first_response', @resolution, @refundAmount,
         @replacementCost, @repairCost, @costCurrency, @supplierId, @flags, @now, @now)`,
    )
    .run({
      ...refs,
      customerName: input.customerName, customerContact: input.customerContact ?? null, customerCountry: input.customerCountry,
      orderRef: input.orderRef ?? null, lotId: input.lotId ?? null, lotRef: input.lotRef ?? null, type: input.type, reason: input.reason,
      description: input.description ?? null, openedAt, saleDate: input.saleDate ?? null, firstDue, resolutionDue,
      resolution: input.resolution ?? null, refundAmount: input.refundAmount ?? 0, replacementCost: input.replacementCost ?? 0,
      repairCost: input.repairCost ?? 0, costCurrency: input.costCurrency ?? getProfile(ctx).defaultCurrency, flags: JSON.stringify(flags), now,
    });
  const id = Number(lastInsertRowid);
  ctx.db.prepare('INSERT INTO case_events (case_id, at, from_status, to_status, note) VALUES (?, ?, NULL, ?, NULL)').run(id, now, 'open');
  writeFts(ctx.db, id);
  return getCase(ctx.db, id);
}

export function updateCase(ctx: CoreContext, input: ParsedInputOf<'cases.update'>): AfterSalesCase {
  const current = getCase(ctx.db, input.id);
  const now = ctx.now().toISOString();
  const status = input.status ?? current.status;
  if (status !== current.status && !CASE_TRANSITIONS[current.status].includes(status)) {
    const allowed = CASE_TRANSITIONS[current.status];
    throw new ConflictError(`A case that is ${current.status} cannot become ${status}${allowed.length ? ` (next: ${allowed.join(', ')})` : ''}`, [
      { path: 'status', key: 'case_status_transition', message: `${current.status} → ${status} skips the workflow`, params: { from: current.status, to: status, allowed: allowed.join(', ') } },
    ]);
  }
  const pick = <K extends keyof typeof input & keyof AfterSalesCase>(k: K) => (input[k] === undefined ? current[k] : input[k]) as AfterSalesCase[K];
  const refs = { productId: pick('productId'), shipmentId: pick('shipmentId') ?? null, supplierId: pick('supplierId') ?? null };
  // A lot given now must exist; one stored before (when nothing checked) does not block other edits.
  checkRefs(ctx.db, refs, input.lotId);
  const moved = status !== current.status;
  const firstResponseAt = current.firstResponseAt ?? (moved && current.status === 'open' ? now : null);
  const resolvedAt = status === 'resolved' || status === 'closed' ? (moved && status === 'resolved' ? now : current.resolvedAt) : null;
  const closedAt = status === 'closed' ? (moved ? now : current.closedAt) : null;
  const who = { customerName: pick('customerName'), customerCountry: pick('customerCountry'), productId: refs.productId };
  const flags = flagsFor(ctx.db, who);
  ctx.db
    .prepare(
      `UPDATE cases SET customer_name = @customerName, customer_contact = @customerContact, customer_country = @customerCountry, order_ref = @orderRef,
         shipment_id = @shipmentId, product_id = @productId, lot_id = @lotId, lot_ref = @lotRef, type = @type, reason = @reason,
         description = @description, sale_date = @saleDate, status = @status, first_response_at = @firstResponseAt, resolved_at = @resolvedAt,
         closed_at = @closedAt, next_due = @next_due, next_due_kind = @next_due_kind, resolution = @resolution, refund_amount = @refundAmount,
         replacement_cost = @replacementCost, repair_cost = @repairCost, cost_currency = @costCurrency, supplier_id = @supplierId,
         flags = @flags, updated_at = @now WHERE id = @id`,
    )
    .run({
      id: current.id, ...who, ...refs, customerContact: pick('customerContact'), orderRef: pick('orderRef'), lotId: pick('lotId'), lotRef: pick('lotRef'),
      type: pick('type'), reason: pick('reason'), description: pick('description'), saleDate: pick('saleDate'), status, firstResponseAt,
      resolvedAt, closedAt, ...nextDueOf(status, firstResponseAt, current.firstResponseDue, current.resolutionDue), resolution: pick('resolution'),
      refundAmount: pick('refundAmount'), replacementCost: pick('replacementCost'), repairCost: pick('repairCost'), costCurrency: pick('costCurrency'),
      flags: JSON.stringify(flags), now,
    });
  if (moved)
    ctx.db.prepare('INSERT INTO case_events (case_id, at, from_status, to_status, note) VALUES (?, ?, ?, ?, ?)').run(current.id, now, current.status, status, input.note ?? null);
  writeFts(ctx.db, current.id);
  return getCase(ctx.db, current.id);
}

const SUMMARY = `SELECT c.id, c.customer_name AS customerName, c.customer_country AS customerCountry, c.order_ref AS orderRef, p.sku AS productSku,
  c.type, c.reason, c.status, c.opened_at AS openedAt, c.next_due AS nextDue, c.next_due_kind AS nextDueKind, c.flags
  FROM cases c JOIN products p ON p.id = c.product_id`;

export function listCases(ctx: QueryContext, input: ParsedInputOf<'cases.list'>): Page<CaseSummary> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (input.status === 'active') conditions.push(`c.status IN ('open', 'in_progress', 'awaiting_customer')`);
  else if (input.status !== 'all') {
    conditions.push('c.status = ?');
    params.push(input.status);
  }
  if (input.overdue) {
    conditions.push('c.next_due IS NOT NULL AND c.next_due < ?');
    params.push(ctx.now().toISOString());
  }
  const typed = input.query ? ftsQuery(input.query) : null;
  if (typed) {
    conditions.push('c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)');
    params.push(typed);
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM cases c ${where}`).get(...params) as { n: number }).n;
  const order = input.overdue ? 'c.next_due, c.id' : 'c.opened_at DESC, c.id DESC';
  const rows = ctx.db.prepare(`${SUMMARY} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, input.limit, input.offset) as (Omit<CaseSummary, 'flags'> & { flags: string })[];
  return { items: rows.map((r) => ({ ...r, flags: JSON.parse(r.flags) as CaseFlag[] })), total, offset: input.offset, limit: input.limit };
}

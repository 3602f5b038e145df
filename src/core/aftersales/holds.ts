// Inspection holds: a shipped parcel stopped by customs, carrier security or the postal operator.
// The shipment's status follows through the shipments workflow (setShipmentStatus, never a raw
// UPDATE): a hold makes it `held`; the outcome moves it on (released → shipped, returned, destroyed).
// "Prevent this next time" turns the hold into a seller rule through the rules' own create path.
import type { QueryContext } from '../context';
import type { ReadDb } from '../db/read';
import type { ParsedInputOf } from '../../shared/api';
import type { Hold, HoldReason, HoldStats } from '../../shared/aftersales';
import { HOLD_OUTCOME_STATUS as AFTER } from '../../shared/aftersales';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors';
import type { SellerRule } from '../../shared/preflight';
import type { Page } from '../../shared/products';
import type { CoreContext } from '../context';
import { createSellerRule } from '../preflight/sellerRules';
import { getShipment, setShipmentStatus } from '../shipments/shipments';
import { requireRefs } from '../db/refs';

const SELECT = `SELECT h.id, h.shipment_id AS shipmentId, s.reference AS shipmentReference, s.country, h.date, h.authority, h.reason, h.detail,
  h.requested, h.handling, h.deadline, h.cost, h.cost_currency AS costCurrency, h.outcome, h.rule_id AS ruleId, h.packaging_rule_id AS packagingRuleId, h.created_at AS createdAt,
  h.updated_at AS updatedAt FROM holds h JOIN shipments s ON s.id = h.shipment_id`;

export function getHold(db: ReadDb, id: number): Hold {
  const row = db.prepare(`${SELECT} WHERE h.id = ?`).get(id) as Hold | undefined;
  if (!row) throw new NotFoundError('Hold', id);
  return row;
}

export function createHold(ctx: CoreContext, input: ParsedInputOf<'holds.create'>): Hold {
  requireRefs(ctx.db, [{ path: 'shipmentId', table: 'shipments', id: input.shipmentId }]);
  const shipment = getShipment(ctx.db, input.shipmentId);
  if (shipment.status !== 'shipped' && shipment.status !== 'held')
    throw new ConflictError(`Shipment ${shipment.reference} is ${shipment.status}: only a shipped parcel can be held at inspection`, [
      { path: 'shipmentId', key: 'hold_not_shipped', message: `A ${shipment.status} shipment cannot be held; only shipped ones can`, params: { status: shipment.status } },
    ]);
  const now = ctx.now().toISOString();
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO holds (shipment_id, date, authority, reason, detail, requested, handling, deadline, cost, cost_currency, outcome, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
    )
    .run(
      shipment.id, input.date, input.authority, input.reason, input.detail ?? null, input.requested ?? null, input.handling ?? null,
      input.deadline ?? null, input.cost ?? 0, input.costCurrency ?? shipment.currency, now, now,
    );
  const id = Number(lastInsertRowid);
  if (shipment.status === 'shipped') setShipmentStatus(ctx, { id: shipment.id, status: 'held', note: `Hold #${id}` });
  const outcome = input.outcome ?? 'pending';
  return outcome === 'pending' ? getHold(ctx.db, id) : updateHold(ctx, { id, outcome });
}

export function updateHold(ctx: CoreContext, input: ParsedInputOf<'holds.update'>): Hold {
  const current = getHold(ctx.db, input.id);
  if (input.outcome !== undefined && input.outcome !== current.outcome && current.outcome !== 'pending')
    throw new ConflictError(`Hold ${current.id} already ended (${current.outcome})`, [
      { path: 'outcome', key: 'hold_outcome_final', message: `The outcome ${current.outcome} is final`, params: { outcome: current.outcome } },
    ]);
  const next = { ...current };
  for (const [k, v] of Object.entries(input)) if (k !== 'id' && v !== undefined) (next as unknown as Record<string, unknown>)[k] = v;
  ctx.db
    .prepare(
      `UPDATE holds SET date = @date, authority = @authority, reason = @reason, detail = @detail, requested = @requested, handling = @handling,
       deadline = @deadline, cost = @cost, cost_currency = @costCurrency, outcome = @outcome, updated_at = @now WHERE id = @id`,
    )
    .run({ ...next, now: ctx.now().toISOString() });
  if (next.outcome !== current.outcome && next.outcome !== 'pending') {
    const shipment = getShipment(ctx.db, current.shipmentId);
    const stillHeld = ctx.db.prepare(`SELECT 1 FROM holds WHERE shipment_id = ? AND outcome = 'pending' AND id <> ?`).get(shipment.id, current.id);
    const target = AFTER[next.outcome];
    // A release while another hold is still pending keeps the parcel held.
    if (shipment.status === 'held' && !(target === 'shipped' && stillHeld))
      setShipmentStatus(ctx, { id: shipment.id, status: target, note: `Hold #${current.id}` });
  }
  return getHold(ctx.db, current.id);
}

export function listHolds(ctx: QueryContext, input: ParsedInputOf<'holds.list'>): Page<Hold> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (input.shipmentId) {
    conditions.push('h.shipment_id = ?');
    params.push(input.shipmentId);
  }
  if (input.outcome !== 'all') {
    conditions.push('h.outcome = ?');
    params.push(input.outcome);
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM holds h ${where}`).get(...params) as { n: number }).n;
  const items = ctx.db
    .prepare(`${SELECT} ${where} ORDER BY h.outcome <> 'pending', h.deadline IS NULL, h.deadline, h.id DESC LIMIT ? OFFSET ?`)
    .all(...params, input.limit, input.offset) as Hold[];
  return { items, total, offset: input.offset, limit: input.limit };
}

export function holdStats(ctx: QueryContext): HoldStats {
  const db = ctx.db;
  const total = db.prepare('SELECT count(*) FROM holds').pluck().get() as number;
  const byReason = db.prepare('SELECT reason, count(*) AS count FROM holds GROUP BY reason ORDER BY count DESC, reason').all() as { reason: HoldReason; count: number }[];
  const byDestination = db
    .prepare('SELECT s.country, count(*) AS count FROM holds h JOIN shipments s ON s.id = h.shipment_id GROUP BY s.country ORDER BY count DESC, s.country')
    .all() as { country: string; count: number }[];
  // A hold counts once per product in the held parcel.
  const byProduct = db
    .prepare(
      `SELECT p.id AS productId, p.sku, p.name, count(DISTINCT h.id) AS count
       FROM holds h JOIN shipment_items i ON i.shipment_id = h.shipment_id JOIN products p ON p.id = i.product_id
       GROUP BY p.id ORDER BY count DESC, p.sku LIMIT 50`,
    )
    .all() as HoldStats['byProduct'];
  return { total, byReason, byDestination, byProduct };
}

const REASON_TEXT: Record<HoldReason, string> = {
  dangerous_goods: 'Held at inspection for dangerous goods',
  packaging: 'Held at inspection for its packaging',
  documents: 'Held at inspection for its declaration or documents',
  other: 'Held at inspection',
};

/** "Prevent this next time": a seller rule for the hold's destination, pre-filled from the hold. */
export function preventFromHold(ctx: CoreContext, input: ParsedInputOf<'holds.preventRule'>): { hold: Hold; rule: SellerRule } {
  const hold = getHold(ctx.db, input.holdId);
  const shipment = getShipment(ctx.db, hold.shipmentId);
  const item = input.productId ? shipment.items.find((i) => i.productId === input.productId) : shipment.items[0];
  if (!item)
    throw new ValidationError([
      input.productId
        ? { path: 'productId', key: 'hold_product_not_in_shipment', message: `Product ${input.productId} is not in shipment ${shipment.reference}`, params: { value: input.productId } }
        : { path: 'holdId', key: 'hold_no_items', message: `Shipment ${shipment.reference} has no items to make a rule from` },
    ]);
  const message = input.message ?? `${REASON_TEXT[hold.reason]} in ${shipment.consignee.country}${hold.detail ? `: ${hold.detail}` : ''}`.slice(0, 500);
  const base = { destination: shipment.consignee.country, severity: input.severity, message, active: true };
  let rule: SellerRule;
  if (input.scope === 'product') rule = createSellerRule(ctx, { ...base, match: 'product', productId: item.productId });
  else if (input.scope === 'hsPrefix') {
    if (!item.hsCode)
      throw new ValidationError([{ path: 'scope', key: 'hold_no_hs_code', message: `Item ${item.sku} has no HS code to make a rule from`, params: { sku: item.sku } }]);
    rule = createSellerRule(ctx, { ...base, match: 'hs_prefix', hsPrefix: item.hsCode.replace(/\D/g, '').slice(0, 6) });
  } else {
    const compliance = ctx.db.prepare('SELECT compliance FROM products WHERE id = ?').pluck().get(item.productId) as string | null;
    const categories = compliance ? ((JSON.parse(compliance) as { categories?: string[] }).categories ?? []) : [];
    const category = input.category ?? categories[0];
    if (!category)
      throw new ValidationError([{ path: 'category', key: 'hold_no_category', message: `Product ${item.sku} has no special category; choose one`, params: { sku: item.sku } }]);
    rule = createSellerRule(ctx, { ...base, match: 'category', category: category as never });
  }
  ctx.db.prepare('UPDATE holds SET rule_id = ?, updated_at = ? WHERE id = ?').run(rule.id, ctx.now().toISOString(), hold.id);
  return { hold: getHold(ctx.db, hold.id), rule };
}

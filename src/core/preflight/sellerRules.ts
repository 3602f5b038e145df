// The seller's own preflight rules: product, special category or HS prefix × destination.
import type { ReadDb } from '../db/read';
import type { QueryContext } from '../context';
import type { ParsedInputOf } from '../../shared/api';
import { NotFoundError, ValidationError } from '../../shared/errors';
import type { Page } from '../../shared/products';
import type { SellerRule } from '../../shared/preflight';
import type { CoreContext } from '../context';
import type { DB } from '../db/open';

const SELECT = `SELECT r.id, r.match, r.product_id AS productId, p.sku AS productSku, p.name AS productName, r.category, r.hs_prefix AS hsPrefix,
  r.destination, r.severity, r.message, r.active, r.created_at AS createdAt, r.updated_at AS updatedAt,
  c.id AS cId, c.reference AS cReference, c.carrier AS cCarrier, c.operator_code AS cOperatorCode, c.answer_date AS cAnsweredOn, c.valid_until AS cValidUntil
  FROM seller_rules r LEFT JOIN products p ON p.id = r.product_id LEFT JOIN consultations c ON c.id = r.consultation_id`;
type Row = Omit<SellerRule, 'active' | 'consultation'> & { active: number; cId: number | null; cReference: string; cCarrier: string; cOperatorCode: string | null; cAnsweredOn: string | null; cValidUntil: string | null };
const fromRow = ({ cId, cReference, cCarrier, cOperatorCode, cAnsweredOn, cValidUntil, ...r }: Row): SellerRule => ({
  ...r,
  active: r.active === 1,
  // Issue 18: a rule recorded from a consultation's answer carries its source.
  consultation: cId === null || cAnsweredOn === null ? null : { id: cId, reference: cReference, carrier: cCarrier, operatorCode: cOperatorCode, answeredOn: cAnsweredOn, validUntil: cValidUntil },
});

export function getSellerRule(db: DB, id: number): SellerRule {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as Row | undefined;
  if (!row) throw new NotFoundError('Rule', id);
  return fromRow(row);
}

export const listActiveSellerRules = (db: ReadDb): SellerRule[] => (db.prepare(`${SELECT} WHERE r.active = 1 ORDER BY r.id`).all() as Row[]).map(fromRow);

type Editable = Pick<SellerRule, 'match' | 'productId' | 'category' | 'hsPrefix' | 'destination' | 'severity' | 'message' | 'active'>;

function check(db: DB, r: Editable): void {
  const need = { product: 'productId', category: 'category', hs_prefix: 'hsPrefix' } as const;
  const field = need[r.match];
  if (r[field] === null || r[field] === undefined)
    throw new ValidationError([{ path: field, key: 'required', message: `A rule matching by ${r.match} needs ${field}` }]);
  if (r.match === 'product' && !db.prepare('SELECT 1 FROM products WHERE id = ?').get(r.productId))
    throw new ValidationError([{ path: 'productId', key: 'product_unknown', message: `Product ${r.productId} does not exist`, params: { value: r.productId ?? 0 } }]);
}

/** Only the field the rule matches by is kept, so a rule never matches by a stale leftover. */
const only = (r: Editable): Editable => ({
  ...r,
  productId: r.match === 'product' ? r.productId : null,
  category: r.match === 'category' ? r.category : null,
  hsPrefix: r.match === 'hs_prefix' ? r.hsPrefix : null,
});

function write(ctx: CoreContext, r: Editable, id: number | null): SellerRule {
  check(ctx.db, r);
  const v = only(r);
  const now = ctx.now().toISOString();
  const params = { ...v, active: v.active ? 1 : 0, now, id };
  if (id === null) {
    const { lastInsertRowid } = ctx.db
      .prepare(`INSERT INTO seller_rules (match, product_id, category, hs_prefix, destination, severity, message, active, created_at, updated_at)
                VALUES (@match, @productId, @category, @hsPrefix, @destination, @severity, @message, @active, @now, @now)`)
      .run(params);
    return getSellerRule(ctx.db, Number(lastInsertRowid));
  }
  ctx.db
    .prepare(`UPDATE seller_rules SET match = @match, product_id = @productId, category = @category, hs_prefix = @hsPrefix,
              destination = @destination, severity = @severity, message = @message, active = @active, updated_at = @now WHERE id = @id`)
    .run(params);
  return getSellerRule(ctx.db, id);
}

export function createSellerRule(ctx: CoreContext, input: ParsedInputOf<'rules.create'>): SellerRule {
  return write(ctx, { ...input, productId: input.productId ?? null, category: input.category ?? null, hsPrefix: input.hsPrefix ?? null }, null);
}

export function updateSellerRule(ctx: CoreContext, input: ParsedInputOf<'rules.update'>): SellerRule {
  const current = getSellerRule(ctx.db, input.id);
  const next: Editable = { ...current };
  for (const [k, v] of Object.entries(input)) if (k !== 'id' && v !== undefined) (next as unknown as Record<string, unknown>)[k] = v;
  return write(ctx, next, current.id);
}

export function removeSellerRule(ctx: CoreContext, id: number): SellerRule {
  const rule = getSellerRule(ctx.db, id);
  ctx.db.prepare('DELETE FROM seller_rules WHERE id = ?').run(id);
  return rule;
}

export function listSellerRules(ctx: QueryContext, input: ParsedInputOf<'rules.list'>): Page<SellerRule> {
  const where = input.productId ? 'WHERE r.product_id = ?' : '';
  const params = input.productId ? [input.productId] : [];
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM seller_rules r ${where}`).get(...params) as { n: number }).n;
  const items = (ctx.db.prepare(`${SELECT} ${where} ORDER BY r.id LIMIT ? OFFSET ?`).all(...params, input.limit, input.offset) as Row[]).map(fromRow);
  return { items, total, offset: input.offset, limit: input.limit };
}

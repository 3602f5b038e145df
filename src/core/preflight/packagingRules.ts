// The seller's packaging rules (issue 18): a carrier's own size and weight limits, and the outer
// packaging a product must travel in — the latter also made from a hold whose reason is packaging
// ("prevent this next time"). The preflight reads the active ones (src/core/preflight/packaging.ts).
import type { QueryContext, CoreContext } from '../context';
import type { ReadDb } from '../db/read';
import type { DB } from '../db/open';
import type { ParsedInputOf } from '../../shared/api';
import { NotFoundError, ValidationError } from '../../shared/errors';
import type { PackagingRule, PackagingType } from '../../shared/packing';
import type { Page } from '../../shared/products';

const SELECT = `SELECT r.id, r.kind, r.carrier, r.product_id AS productId, p.sku AS productSku, r.destination, r.max_weight_g AS maxWeightG,
  r.max_length_mm AS maxLengthMm, r.max_sum_mm AS maxSumMm, r.max_length_girth_mm AS maxLengthGirthMm, r.volumetric_divisor AS volumetricDivisor,
  r.packaging_types AS packagingTypes, r.severity, r.message, r.source, r.active, r.created_at AS createdAt, r.updated_at AS updatedAt
  FROM packaging_rules r LEFT JOIN products p ON p.id = r.product_id`;
type Row = Omit<PackagingRule, 'active' | 'packagingTypes'> & { active: number; packagingTypes: string };
const fromRow = (r: Row): PackagingRule => ({ ...r, active: r.active === 1, packagingTypes: JSON.parse(r.packagingTypes) as PackagingType[] });

export function getPackagingRule(db: ReadDb, id: number): PackagingRule {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as Row | undefined;
  if (!row) throw new NotFoundError('Packaging rule', id);
  return fromRow(row);
}

export const listActivePackagingRules = (db: ReadDb): PackagingRule[] =>
  (db.prepare(`${SELECT} WHERE r.active = 1 ORDER BY r.id`).all() as Row[]).map(fromRow);

type Editable = Pick<
  PackagingRule,
  'kind' | 'carrier' | 'productId' | 'destination' | 'maxWeightG' | 'maxLengthMm' | 'maxSumMm' | 'maxLengthGirthMm' | 'volumetricDivisor' | 'packagingTypes' | 'severity' | 'message' | 'active'
> & { source: string | null };

function check(db: DB, r: Editable): void {
  if (r.kind === 'carrier_limit' && [r.maxWeightG, r.maxLengthMm, r.maxSumMm, r.maxLengthGirthMm, r.volumetricDivisor].every((v) => v === null))
    throw new ValidationError([{ path: 'maxWeightG', key: 'carrier_limit_required', message: 'A carrier limit needs at least one figure (weight, length, sum, length + girth or divisor)' }]);
  if (r.kind === 'product_packaging') {
    if (r.productId === null) throw new ValidationError([{ path: 'productId', key: 'required', message: 'A product packaging rule needs productId' }]);
    if (r.packagingTypes.length === 0) throw new ValidationError([{ path: 'packagingTypes', key: 'required', message: 'Name at least one packaging the product may travel in' }]);
    if (!db.prepare('SELECT 1 FROM products WHERE id = ?').get(r.productId))
      throw new ValidationError([{ path: 'productId', key: 'product_unknown', message: `Product ${r.productId} does not exist`, params: { value: r.productId } }]);
  }
}

/** Only the fields of the rule's kind are kept, so a rule never matches by a stale leftover. */
const only = (r: Editable): Editable =>
  r.kind === 'carrier_limit'
    ? { ...r, productId: null, packagingTypes: [] }
    : { ...r, carrier: null, maxWeightG: null, maxLengthMm: null, maxSumMm: null, maxLengthGirthMm: null, volumetricDivisor: null };

function write(ctx: CoreContext, r: Editable, id: number | null): PackagingRule {
  check(ctx.db, r);
  const v = only(r);
  const now = ctx.now().toISOString();
  const params = { ...v, packagingTypes: JSON.stringify(v.packagingTypes), active: v.active ? 1 : 0, now, id };
  if (id === null) {
    const { lastInsertRowid } = ctx.db
      .prepare(
        `INSERT INTO packaging_rules (kind, carrier, product_id, destination, max_weight_g, max_length_mm, max_sum_mm, max_length_girth_mm, volumetric_divisor,
           packaging_types, severity, message, source, active, created_at, updated_at)
         VALUES (@kind, @carrier, @productId, @destination, @maxWeightG, @maxLengthMm, @maxSumMm, @maxLengthGirthMm, @volumetricDivisor,
           @packagingTypes, @severity, @message, @source, @active, @now, @now)`,
      )
      .run(params);
    return getPackagingRule(ctx.db, Number(lastInsertRowid));
  }
  ctx.db
    .prepare(
      `UPDATE packaging_rules SET kind = @kind, carrier = @carrier, product_id = @productId, destination = @destination, max_weight_g = @maxWeightG,
         max_length_mm = @maxLengthMm, max_sum_mm = @maxSumMm, max_length_girth_mm = @maxLengthGirthMm, volumetric_divisor = @volumetricDivisor,
         packaging_types = @packagingTypes, severity = @severity, message = @message, active = @active, updated_at = @now WHERE id = @id`,
    )
    .run(params);
  return getPackagingRule(ctx.db, id);
}

const nul = <T>(v: T | undefined | null): T | null => (v === undefined ? null : v);

export function createPackagingRule(ctx: CoreContext, input: ParsedInputOf<'packagingRules.create'>, source: string | null = null): PackagingRule {
  return write(
    ctx,
    {
      ...input,
      carrier: nul(input.carrier), productId: nul(input.productId), maxWeightG: nul(input.maxWeightG), maxLengthMm: nul(input.maxLengthMm),
      maxSumMm: nul(input.maxSumMm), maxLengthGirthMm: nul(input.maxLengthGirthMm), volumetricDivisor: nul(input.volumetricDivisor), source,
    },
    null,
  );
}

export function updatePackagingRule(ctx: CoreContext, input: ParsedInputOf<'packagingRules.update'>): PackagingRule {
  const current = getPackagingRule(ctx.db, input.id);
  const next: Editable = { ...current };
  for (const [k, v] of Object.entries(input)) if (k !== 'id' && v !== undefined) (next as unknown as Record<string, unknown>)[k] = v;
  return write(ctx, next, current.id);
}

export function removePackagingRule(ctx: CoreContext, id: number): PackagingRule {
  const rule = getPackagingRule(ctx.db, id);
  ctx.db.prepare('DELETE FROM packaging_rules WHERE id = ?').run(id);
  return rule;
}

export function listPackagingRules(ctx: QueryContext, input: ParsedInputOf<'packagingRules.list'>): Page<PackagingRule> {
  const where = input.productId ? 'WHERE r.product_id = ?' : '';
  const params = input.productId ? [input.productId] : [];
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM packaging_rules r ${where}`).get(...params) as { n: number }).n;
  const items = (ctx.db.prepare(`${SELECT} ${where} ORDER BY r.id LIMIT ? OFFSET ?`).all(...params, input.limit, input.offset) as Row[]).map(fromRow);
  return { items, total, offset: input.offset, limit: input.limit };
}

// Product ↔ supplier links: who a product is bought from, at what cost and lead time, and which
// supplier is the default one (at most one per product; setting a new default clears the old).
import type { ReadDb } from '../db/read';
import type { ParsedInputOf } from '../../shared/api';
import { NotFoundError, ValidationError } from '../../shared/errors';
import type { FieldIssue } from '../../shared/errors';
import type { ProductSupplier } from '../../shared/suppliers';
import type { CoreContext } from '../context';
import type { DB } from '../db/open';
import { getSupplier } from './suppliers';
import { requireRefs } from '../db/refs';

const SELECT = `
  SELECT ps.product_id AS productId, p.sku AS productSku, p.name AS productName,
         ps.supplier_id AS supplierId, s.name AS supplierName, s.status AS supplierStatus, s.archived AS supplierArchived,
         ps.supplier_sku AS supplierSku, ps.unit_cost AS unitCost, ps.currency, ps.lead_time_days AS leadTimeDays,
         ps.moq, ps.is_default AS isDefault
  FROM product_suppliers ps
  JOIN products p ON p.id = ps.product_id
  JOIN suppliers s ON s.id = ps.supplier_id`;

type Row = Omit<ProductSupplier, 'isDefault' | 'supplierArchived'> & { isDefault: number; supplierArchived: number };
const fromRow = (r: Row): ProductSupplier => ({ ...r, isDefault: r.isDefault === 1, supplierArchived: r.supplierArchived === 1 });

function getLink(db: DB, productId: number, supplierId: number): ProductSupplier | null {
  const row = db.prepare(`${SELECT} WHERE ps.product_id = ? AND ps.supplier_id = ?`).get(productId, supplierId) as Row | undefined;
  return row ? fromRow(row) : null;
}

export function listLinks(db: ReadDb, input: ParsedInputOf<'productSuppliers.list'>): ProductSupplier[] {
  const conditions: string[] = [];
  const params: number[] = [];
  if (input.productId !== undefined) {
    conditions.push('ps.product_id = ?');
    params.push(input.productId);
  }
  if (input.supplierId !== undefined) {
    conditions.push('ps.supplier_id = ?');
    params.push(input.supplierId);
  }
  const rows = db
    .prepare(`${SELECT} WHERE ${conditions.join(' AND ')} ORDER BY ps.is_default DESC, s.name COLLATE NOCASE, p.sku COLLATE NOCASE`)
    .all(...params) as Row[];
  return rows.map(fromRow);
}

export function setLink(ctx: CoreContext, input: ParsedInputOf<'productSuppliers.set'>): ProductSupplier {
  const { db } = ctx;
  // Both ids are links being made: a missing one is a bad field, not a missing page (db/refs.ts).
  requireRefs(db, [
    { path: 'productId', table: 'products', id: input.productId },
    { path: 'supplierId', table: 'suppliers', id: input.supplierId },
  ]);
  const supplier = getSupplier(db, input.supplierId);
  const current = getLink(db, input.productId, input.supplierId);
  const issues: FieldIssue[] = [];
  if (supplier.archived)
    issues.push({ path: 'supplierId', key: 'supplier_archived', message: `Supplier "${supplier.name}" is archived: restore it before linking products to it`, params: { name: supplier.name } });
  const pick = <K extends 'supplierSku' | 'unitCost' | 'currency' | 'leadTimeDays' | 'moq'>(k: K) =>
    input[k] !== undefined ? (input[k] ?? null) : (current?.[k] ?? null);
  const next = {
    supplierSku: pick('supplierSku'), unitCost: pick('unitCost'), currency: pick('currency'),
    leadTimeDays: pick('leadTimeDays'), moq: pick('moq'),
  };
  if (next.unitCost !== null && next.currency === null)
    issues.push({ path: 'currency', key: 'currency_required', message: 'A currency is needed with a unit cost' });
  if (issues.length) throw new ValidationError(issues);

  const hasDefault = db.prepare('SELECT 1 FROM product_suppliers WHERE product_id = ? AND is_default = 1 AND supplier_id <> ?').get(input.productId, input.supplierId);
  // The first supplier of a product becomes its default unless told otherwise.
  const isDefault = input.isDefault ?? (current ? current.isDefault : !hasDefault);
  if (isDefault) db.prepare('UPDATE product_suppliers SET is_default = 0 WHERE product_id = ? AND supplier_id <> ?').run(input.productId, input.supplierId);
  const now = ctx.now().toISOString();
  db.prepare(
    `INSERT INTO product_suppliers (product_id, supplier_id, supplier_sku, unit_cost, currency, lead_time_days, moq, is_default, created_at, updated_at)
     VALUES (@productId, @supplierId, @supplierSku, @unitCost, @currency, @leadTimeDays, @moq, @isDefault, @now, @now)
     ON CONFLICT (product_id, supplier_id) DO UPDATE SET supplier_sku = excluded.supplier_sku, unit_cost = excluded.unit_cost,
       currency = excluded.currency, lead_time_days = excluded.lead_time_days, moq = excluded.moq, is_default = excluded.is_default,
       updated_at = excluded.updated_at`,
  ).run({ productId: input.productId, supplierId: input.supplierId, ...next, isDefault: isDefault ? 1 : 0, now });
  return getLink(db, input.productId, input.supplierId)!;
}

export function removeLink(ctx: CoreContext, input: ParsedInputOf<'productSuppliers.remove'>): { removed: boolean } {
  const { changes } = ctx.db.prepare('DELETE FROM product_suppliers WHERE product_id = ? AND supplier_id = ?').run(input.productId, input.supplierId);
  if (!changes) throw new NotFoundError('Product–supplier link', `${input.productId}/${input.supplierId}`);
  return { removed: true };
}

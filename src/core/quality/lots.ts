// Lots: goods received from a supplier, waiting for (or through) incoming inspection, held in
// quarantine until their documents are in, then released into stock.
import type { QueryContext } from '../context';
import type { ReadDb } from '../db/read';
import type { ParsedInputOf } from '../../shared/api';
import { BlockedError, ConflictError, NotFoundError, ValidationError } from '../../shared/errors';
import type { FieldIssue } from '../../shared/errors';
import { QUARANTINE_CATEGORIES, RELEASE_CERTIFICATE_TYPES } from '../../shared/lots';
import type { Lot, LotStatus, LotWarning } from '../../shared/lots';
import type { Page } from '../../shared/products';
import { getProduct } from '../catalog/products';
import { getSupplier } from '../suppliers/suppliers';
import type { CoreContext } from '../context';
import type { DB } from '../db/open';

const SELECT = `
  SELECT l.id, l.supplier_id AS supplierId, s.name AS supplierName, s.status AS supplierStatus,
         l.product_id AS productId, p.sku AS productSku, p.name AS productName, l.po_reference AS poReference,
         l.quantity_ordered AS quantityOrdered, l.quantity_received AS quantityReceived, l.over_receipt_reason AS overReceiptReason,
         l.quantity_accepted AS quantityAccepted, l.quantity_rejected AS quantityRejected,
         l.expected_date AS expectedDate, l.received_date AS receivedDate, l.unit_cost AS unitCost, l.currency,
         l.status, l.certificate_id AS certificateId, l.notes,
         (SELECT count(*) FROM inspections i WHERE i.lot_id = l.id) AS inspectionCount,
         l.released_at AS releasedAt, l.created_at AS createdAt, l.updated_at AS updatedAt
  FROM lots l JOIN suppliers s ON s.id = l.supplier_id JOIN products p ON p.id = l.product_id`;

export function getLot(db: ReadDb, id: number): Lot {
  const row = db.prepare(`${SELECT} WHERE l.id = ?`).get(id) as Lot | undefined;
  if (!row) throw new NotFoundError('Lot', id);
  return row;
}

interface Editable {
  supplierId: number;
  productId: number;
  poReference: string | null;
  quantityOrdered: number;
  quantityReceived: number;
  overReceiptReason: string | null;
  expectedDate: string | null;
  receivedDate: string;
  unitCost: number | null;
  currency: string | null;
  certificateId: number | null;
  notes: string | null;
}

function check(db: DB, l: Editable): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (l.quantityReceived > l.quantityOrdered && !l.overReceiptReason)
    issues.push({
      path: 'quantityReceived',
      key: 'over_receipt_reason',
      message: `${l.quantityReceived} received is more than the ${l.quantityOrdered} ordered: give a reason`,
      params: { ordered: l.quantityOrdered, received: l.quantityReceived },
    });
  if (l.unitCost !== null && !l.currency) issues.push({ path: 'currency', key: 'required', message: 'A unit cost needs its currency' });
  if (!db.prepare('SELECT 1 FROM suppliers WHERE id = ?').get(l.supplierId))
    issues.push({ path: 'supplierId', key: 'supplier_unknown', message: `Supplier ${l.supplierId} does not exist` });
  if (!db.prepare('SELECT 1 FROM products WHERE id = ?').get(l.productId))
    issues.push({ path: 'productId', key: 'product_unknown', message: `Product ${l.productId} does not exist` });
  if (l.certificateId !== null) {
    const cert = db.prepare('SELECT type FROM certificates WHERE id = ?').get(l.certificateId) as { type: string } | undefined;
    if (!cert) issues.push({ path: 'certificateId', key: 'certificate_unknown', message: `Certificate ${l.certificateId} does not exist` });
    else if (!(RELEASE_CERTIFICATE_TYPES as readonly string[]).includes(cert.type))
      issues.push({ path: 'certificateId', key: 'certificate_type', message: 'Only a health certificate or a certificate of analysis can be given for a lot' });
  }
  return issues;
}

export function createLot(ctx: CoreContext, input: ParsedInputOf<'lots.create'>): Lot {
  const l: Editable = {
    supplierId: input.supplierId, productId: input.productId, poReference: input.poReference ?? null, quantityOrdered: input.quantityOrdered,
    quantityReceived: input.quantityReceived, overReceiptReason: input.overReceiptReason ?? null, expectedDate: input.expectedDate ?? null,
    receivedDate: input.receivedDate, unitCost: input.unitCost ?? null, currency: input.currency ?? null, certificateId: input.certificateId ?? null,
    notes: input.notes ?? null,
  };
  const issues = check(ctx.db, l);
  if (issues.length) throw new ValidationError(issues);
  const supplier = getSupplier(ctx.db, l.supplierId);
  // The review's standing takes effect here (issue 6, item 5).
  if (supplier.status === 'blocked')
    throw new BlockedError(`${supplier.name} is blocked: no new lots are taken from this supplier`, { supplierId: supplier.id, key: 'supplier_blocked' });
  const warnings: LotWarning[] = [];
  if (supplier.status === 'probation')
    warnings.push({ key: 'supplier_probation', message: `${supplier.name} is on probation: inspect this lot with care` });
  const now = ctx.now().toISOString();
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO lots (supplier_id, product_id, po_reference, quantity_ordered, quantity_received, over_receipt_reason, expected_date, received_date,
         unit_cost, currency, status, certificate_id, notes, created_at, updated_at)
       VALUES (@supplierId, @productId, @poReference, @quantityOrdered, @quantityReceived, @overReceiptReason, @expectedDate, @receivedDate,
         @unitCost, @currency, 'awaiting_inspection', @certificateId, @notes, @now, @now)`,
    )
    .run({ ...l, now });
  return { ...getLot(ctx.db, Number(lastInsertRowid)), warnings };
}

export function updateLot(ctx: CoreContext, input: ParsedInputOf<'lots.update'>): Lot {
  const cur = getLot(ctx.db, input.id);
  const pick = <K extends keyof Editable>(k: K): Editable[K] => (input[k] !== undefined ? (input[k] as Editable[K]) : cur[k]);
  const next: Editable = {
    supplierId: pick('supplierId'), productId: pick('productId'), poReference: pick('poReference'), quantityOrdered: pick('quantityOrdered'),
    quantityReceived: pick('quantityReceived'), overReceiptReason: pick('overReceiptReason'), expectedDate: pick('expectedDate'),
    receivedDate: pick('receivedDate'), unitCost: pick('unitCost'), currency: pick('currency'), certificateId: pick('certificateId'), notes: pick('notes'),
  };
  const issues = check(ctx.db, next);
  const inspected = cur.inspectionCount > 0;
  if (inspected && (next.supplierId !== cur.supplierId || next.productId !== cur.productId || next.quantityReceived !== cur.quantityReceived))
    issues.push({ path: 'quantityReceived', key: 'lot_inspected', message: 'The lot has been inspected: its supplier, product and quantity received are fixed' });
  let status: LotStatus = cur.status;
  let accepted = cur.quantityAccepted;
  let rejected = cur.quantityRejected;
  if (input.quantityAccepted !== undefined || input.quantityRejected !== undefined) {
    if (cur.status !== 'rejected' && cur.status !== 'partially_accepted')
      issues.push({ path: 'quantityAccepted', key: 'lot_not_rejected', message: 'Only a rejected lot is sorted into accepted and rejected quantities' });
    accepted = input.quantityAccepted ?? cur.quantityAccepted ?? 0;
    rejected = input.quantityRejected ?? cur.quantityRejected ?? 0;
    if (accepted + rejected !== next.quantityReceived)
      issues.push({ path: 'quantityAccepted', key: 'sort_sum', message: `Accepted and rejected must add up to the ${next.quantityReceived} received`, params: { received: next.quantityReceived } });
    status = 'partially_accepted';
  }
  if (issues.length) throw new ValidationError(issues);
  ctx.db
    .prepare(
      `UPDATE lots SET supplier_id = @supplierId, product_id = @productId, po_reference = @poReference, quantity_ordered = @quantityOrdered,
         quantity_received = @quantityReceived, over_receipt_reason = @overReceiptReason, expected_date = @expectedDate, received_date = @receivedDate,
         unit_cost = @unitCost, currency = @currency, certificate_id = @certificateId, notes = @notes, status = @status,
         quantity_accepted = @accepted, quantity_rejected = @rejected, updated_at = @now WHERE id = @id`,
    )
    .run({ ...next, status, accepted, rejected, now: ctx.now().toISOString(), id: cur.id });
  return getLot(ctx.db, cur.id);
}

export function listLots(ctx: QueryContext, input: ParsedInputOf<'lots.list'>): Page<Lot> {
  const conditions: string[] = [];
  const params: Record<string, unknown> = { limit: input.limit, offset: input.offset };
  if (input.status) {
    conditions.push('l.status = @status');
    params.status = input.status;
  }
  if (input.supplierId) {
    conditions.push('l.supplier_id = @supplierId');
    params.supplierId = input.supplierId;
  }
  if (input.productId) {
    conditions.push('l.product_id = @productId');
    params.productId = input.productId;
  }
  const q = input.query?.trim();
  if (q) {
    conditions.push(`(l.po_reference LIKE @q ESCAPE '\\' OR p.sku LIKE @q ESCAPE '\\' OR p.name LIKE @q ESCAPE '\\' OR s.name LIKE @q ESCAPE '\\')`);
    params.q = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const used = (sql: string) => Object.fromEntries(Object.entries(params).filter(([k]) => sql.includes(`@${k}`)));
  const countSql = `SELECT count(*) AS n FROM lots l JOIN suppliers s ON s.id = l.supplier_id JOIN products p ON p.id = l.product_id ${where}`;
  const total = (ctx.db.prepare(countSql).get(used(countSql)) as { n: number }).n;
  const listSql = `${SELECT} ${where} ORDER BY l.received_date DESC, l.id DESC LIMIT @limit OFFSET @offset`;
  return { items: ctx.db.prepare(listSql).all(used(listSql)) as Lot[], total, offset: input.offset, limit: input.limit };
}

/** Whether the product's categories keep an accepted lot in quarantine until its documents are in. */
export function needsQuarantine(ctx: CoreContext, productId: number): boolean {
  const cats = getProduct(ctx.db, productId).compliance.categories as readonly string[];
  return QUARANTINE_CATEGORIES.some((c) => cats.includes(c));
}

/** A health certificate or certificate of analysis for this lot, or valid today and covering its product. */
export function releaseDocumentOnFile(ctx: CoreContext, lot: Pick<Lot, 'productId' | 'certificateId'>): boolean {
  if (lot.certificateId !== null) return true;
  const day = ctx.today();
  return (
    ctx.db
      .prepare(
        `SELECT EXISTS (SELECT 1 FROM certificates c JOIN certificate_products cp ON cp.certificate_id = c.id
           WHERE cp.product_id = ? AND c.type IN ('health_certificate', 'certificate_of_analysis')
             AND c.issue_date <= ? AND (c.expiry_date IS NULL OR c.expiry_date >= ?))`,
      )
      .pluck()
      .get(lot.productId, day, day) === 1
  );
}

/** Into stock: an accepted or sorted lot, or a quarantined one whose documents are now on file. */
export function releaseLot(ctx: CoreContext, id: number): Lot {
  const lot = getLot(ctx.db, id);
  if (lot.status === 'released') throw new ConflictError(`Lot ${id} is already released`);
  if (lot.status === 'awaiting_inspection' || lot.status === 'rejected')
    throw new ConflictError(`Lot ${id} is ${lot.status.replace('_', ' ')}: only an accepted, sorted or quarantined lot is released`, [
      { path: 'id', key: 'lot_not_releasable', message: 'Only an accepted, sorted or quarantined lot is released', params: { status: lot.status } },
    ]);
  if ((lot.status === 'quarantined' || needsQuarantine(ctx, lot.productId)) && !releaseDocumentOnFile(ctx, lot))
    throw new BlockedError(`Lot ${id} stays in quarantine until a health certificate or certificate of analysis covering ${lot.productSku} is on file`, {
      key: 'quarantine_documents',
      lotId: id,
    });
  const now = ctx.now().toISOString();
  ctx.db.prepare(`UPDATE lots SET status = 'released', released_at = ?, updated_at = ? WHERE id = ?`).run(now, now, id);
  return getLot(ctx.db, id);
}

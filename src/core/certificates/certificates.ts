// Certificates: record, correct, find by product or supplier, and see which run out soon.
import type { ReadDb } from '../db/read';
import type { QueryContext } from '../context';
import type { ParsedInputOf } from '../../shared/api';
import { certificateIssues, certificateValidity, expiringFrom } from '../../shared/certificates';
import type { Certificate, CertificateProduct, CertificateType, Validity } from '../../shared/certificates';
import { addDays, daysBetween } from '../../shared/dates';
import { ValidationError, NotFoundError } from '../../shared/errors';
import type { FieldIssue } from '../../shared/errors';
import type { Page } from '../../shared/products';
import type { CoreContext } from '../context';
import type { DB } from '../db/open';

const SELECT = `
  SELECT c.id, c.type, c.number, c.issuer, c.issue_date AS issueDate, c.expiry_date AS expiryDate,
         c.supplier_id AS supplierId, s.name AS supplierName, c.notes,
         (SELECT count(*) FROM attachments a WHERE a.owner_kind = 'certificate' AND a.owner_id = c.id) AS attachmentCount,
         c.created_at AS createdAt, c.updated_at AS updatedAt
  FROM certificates c LEFT JOIN suppliers s ON s.id = c.supplier_id`;

type Row = Omit<Certificate, 'products' | 'validity' | 'daysLeft'>;

function withProducts(db: ReadDb, rows: Row[], today: string): Certificate[] {
  if (rows.length === 0) return [];
  const byCert = new Map<number, CertificateProduct[]>(rows.map((r) => [r.id, []]));
  const links = db
    .prepare(
      `SELECT cp.certificate_id AS certId, p.id, p.sku, p.name FROM certificate_products cp JOIN products p ON p.id = cp.product_id
       WHERE cp.certificate_id IN (SELECT value FROM json_each(?)) ORDER BY p.sku COLLATE NOCASE`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as (CertificateProduct & { certId: number })[];
  for (const { certId, ...p } of links) byCert.get(certId)!.push(p);
  return rows.map((r) => ({
    ...r,
    products: byCert.get(r.id)!,
    validity: certificateValidity(r, today),
    daysLeft: r.expiryDate === null ? null : daysBetween(today, r.expiryDate),
  }));
}

const today = (ctx: QueryContext, given?: string) => given ?? ctx.today();

export function getCertificate(ctx: QueryContext, id: number): Certificate {
  const row = ctx.db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as Row | undefined;
  if (!row) throw new NotFoundError('Certificate', id);
  return withProducts(ctx.db, [row], today(ctx))[0]!;
}

interface Editable {
  type: CertificateType;
  number: string | null;
  issuer: string | null;
  issueDate: string;
  expiryDate: string | null;
  supplierId: number | null;
  productIds: number[];
  notes: string | null;
}

function check(db: DB, c: Editable): void {
  const issues: FieldIssue[] = [...certificateIssues(c)];
  if (c.supplierId !== null && !db.prepare('SELECT 1 FROM suppliers WHERE id = ?').get(c.supplierId))
    issues.push({ path: 'supplierId', key: 'supplier_unknown', message: `Supplier ${c.supplierId} does not exist` });
  if (c.productIds.length) {
    const known = new Set(
      (db.prepare('SELECT id FROM products WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(c.productIds)) as { id: number }[]).map((r) => r.id),
    );
    c.productIds.forEach((pid, i) => {
      if (!known.has(pid)) issues.push({ path: `productIds.${i}`, key: 'product_unknown', message: `Product ${pid} does not exist` });
    });
  }
  if (issues.length) throw new ValidationError(issues);
}

function writeProducts(db: DB, certId: number, productIds: number[]): void {
  db.prepare('DELETE FROM certificate_products WHERE certificate_id = ?').run(certId);
  const insert = db.prepare('INSERT OR IGNORE INTO certificate_products (certificate_id, product_id) VALUES (?, ?)');
  for (const pid of productIds) insert.run(certId, pid);
}

export function createCertificate(ctx: CoreContext, input: ParsedInputOf<'certificates.create'>): Certificate {
  const c: Editable = {
    type: input.type, number: input.number ?? null, issuer: input.issuer ?? null, issueDate: input.issueDate,
    expiryDate: input.expiryDate ?? null, supplierId: input.supplierId ?? null, productIds: [...new Set(input.productIds ?? [])], notes: input.notes ?? null,
  };
  check(ctx.db, c);
  const now = ctx.now().toISOString();
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO certificates (type, number, issuer, issue_date, expiry_date, supplier_id, notes, created_at, updated_at)
       VALUES (@type, @number, @issuer, @issueDate, @expiryDate, @supplierId, @notes, @now, @now)`,
    )
    .run({ ...c, productIds: undefined, now });
  const id = Number(lastInsertRowid);
  writeProducts(ctx.db, id, c.productIds);
  return getCertificate(ctx, id);
}

export function updateCertificate(ctx: CoreContext, input: ParsedInputOf<'certificates.update'>): Certificate {
  const cur = getCertificate(ctx, input.id);
  const next: Editable = {
    type: input.type ?? cur.type,
    number: input.number !== undefined ? input.number : cur.number,
    issuer: input.issuer !== undefined ? input.issuer : cur.issuer,
    issueDate: input.issueDate ?? cur.issueDate,
    expiryDate: input.expiryDate !== undefined ? input.expiryDate : cur.expiryDate,
    supplierId: input.supplierId !== undefined ? input.supplierId : cur.supplierId,
    productIds: input.productIds ? [...new Set(input.productIds)] : cur.products.map((p) => p.id),
    notes: input.notes !== undefined ? input.notes : cur.notes,
  };
  check(ctx.db, next);
  ctx.db
    .prepare(
      `UPDATE certificates SET type = @type, number = @number, issuer = @issuer, issue_date = @issueDate, expiry_date = @expiryDate,
         supplier_id = @supplierId, notes = @notes, updated_at = @now WHERE id = @id`,
    )
    .run({ ...next, productIds: undefined, now: ctx.now().toISOString(), id: cur.id });
  if (input.productIds) writeProducts(ctx.db, cur.id, next.productIds);
  return getCertificate(ctx, cur.id);
}

/** SQL for "validity on ?day" (parameters: the day, and the last day before "expiring"). */
function validitySql(v: Validity): string {
  if (v === 'expired') return 'c.expiry_date < @today';
  if (v === 'expiring') return 'c.expiry_date >= @today AND c.expiry_date <= @horizon';
  return '(c.expiry_date IS NULL OR c.expiry_date > @horizon)';
}

// Sorted by expiry: the soonest first, certificates without an expiry date last.
const BY_EXPIRY = 'ORDER BY c.expiry_date IS NULL, c.expiry_date, c.id';

export function listCertificates(ctx: QueryContext, input: ParsedInputOf<'certificates.list'>): Page<Certificate> {
  const day = today(ctx, input.today);
  const conditions: string[] = [];
  const params: Record<string, unknown> = { today: day, horizon: expiringFrom(day), limit: input.limit, offset: input.offset };
  if (input.productId !== undefined) {
    conditions.push('c.id IN (SELECT certificate_id FROM certificate_products WHERE product_id = @productId)');
    params.productId = input.productId;
  }
  if (input.supplierId !== undefined) {
    conditions.push('c.supplier_id = @supplierId');
    params.supplierId = input.supplierId;
  }
  if (input.type) {
    conditions.push('c.type = @type');
    params.type = input.type;
  }
  if (input.validity) conditions.push(validitySql(input.validity));
  const q = input.query?.trim();
  if (q) {
    // Few certificates per seller: a substring match on number, issuer and supplier is enough.
    conditions.push(`(c.number LIKE @q ESCAPE '\\' OR c.issuer LIKE @q ESCAPE '\\' OR s.name LIKE @q ESCAPE '\\')`);
    params.q = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const used = (sql: string) => Object.fromEntries(Object.entries(params).filter(([k]) => sql.includes(`@${k}`)));
  const countSql = `SELECT count(*) AS n FROM certificates c LEFT JOIN suppliers s ON s.id = c.supplier_id ${where}`;
  const total = (ctx.db.prepare(countSql).get(used(countSql)) as { n: number }).n;
  const listSql = `${SELECT} ${where} ${BY_EXPIRY} LIMIT @limit OFFSET @offset`;
  const rows = ctx.db.prepare(listSql).all(used(listSql)) as Row[];
  return { items: withProducts(ctx.db, rows, day), total, offset: input.offset, limit: input.limit };
}

/** Certificates whose expiry date falls within `withinDays` of today, and those already expired. */
export function expiringCertificates(ctx: QueryContext, input: ParsedInputOf<'certificates.expiring'>): Page<Certificate> {
  const day = today(ctx, input.today);
  const until = addDays(day, input.withinDays);
  const total = (ctx.db.prepare('SELECT count(*) AS n FROM certificates c WHERE c.expiry_date <= ?').get(until) as { n: number }).n;
  const rows = ctx.db.prepare(`${SELECT} WHERE c.expiry_date <= ? ${BY_EXPIRY} LIMIT ? OFFSET ?`).all(until, input.limit, input.offset) as Row[];
  return { items: withProducts(ctx.db, rows, day), total, offset: input.offset, limit: input.limit };
}

/**
 * For the shipments preflight: every certificate valid on `onDate` (issued on or before it, not
 * expired) covering each of the given products. Products without one map to [].
 */
export function validCertificatesFor(db: DB, productIds: number[], onDate: string): Map<number, Certificate[]> {
  const out = new Map<number, Certificate[]>(productIds.map((id) => [id, []]));
  if (productIds.length === 0) return out;
  const rows = db
    .prepare(
      `${SELECT} WHERE c.issue_date <= @onDate AND (c.expiry_date IS NULL OR c.expiry_date >= @onDate)
         AND c.id IN (SELECT certificate_id FROM certificate_products WHERE product_id IN (SELECT value FROM json_each(@ids)))
       ${BY_EXPIRY}`,
    )
    .all({ onDate, ids: JSON.stringify(productIds) }) as Row[];
  for (const cert of withProducts(db, rows, onDate))
    for (const p of cert.products) out.get(p.id)?.push(cert);
  return out;
}

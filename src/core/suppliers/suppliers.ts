// Suppliers: create, read, correct, archive, and find among many (FTS over names, contacts and
// the business licence number).
import type { QueryContext } from '../context';
import type { ReadDb } from '../db/read';
import type { ParsedInputOf } from '../../shared/api';
import { NotFoundError } from '../../shared/errors';
import type { Page } from '../../shared/products';
import type { Assessment, Contact, Supplier, SupplierSort } from '../../shared/suppliers';
import { ftsQuery, ftsText } from '../text/fts';
import type { CoreContext } from '../context';
import type { DB } from '../db/open';

const SELECT = `
  SELECT s.id, s.name, s.local_name AS localName, s.country, s.address, s.city, s.postal_code AS postalCode, s.contacts, s.website,
         s.licence_number AS licenceNumber, s.tax_number AS taxNumber, s.status, s.assessment, s.archived,
         (SELECT count(*) FROM product_suppliers ps WHERE ps.supplier_id = s.id) AS productCount,
         s.created_at AS createdAt, s.updated_at AS updatedAt
  FROM suppliers s`;

type Row = Omit<Supplier, 'contacts' | 'assessment' | 'archived'> & { contacts: string; assessment: string | null; archived: number };
const fromRow = (r: Row): Supplier => ({
  ...r,
  contacts: JSON.parse(r.contacts) as Contact[],
  assessment: r.assessment ? (JSON.parse(r.assessment) as Assessment) : null,
  archived: r.archived === 1,
});

type Editable = Omit<Supplier, 'id' | 'archived' | 'productCount' | 'createdAt' | 'updatedAt'>;
const EDITABLE: (keyof Editable)[] = ['name', 'localName', 'country', 'address', 'city', 'postalCode', 'contacts', 'website', 'licenceNumber', 'taxNumber', 'status', 'assessment'];

export function getSupplier(db: ReadDb, id: number): Supplier {
  const row = db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as Row | undefined;
  if (!row) throw new NotFoundError('Supplier', id);
  return fromRow(row);
}

const normContacts = (cs: ParsedInputOf<'suppliers.create'>['contacts']): Contact[] =>
  (cs ?? [])
    .map((c) => ({ name: c.name ?? null, phone: c.phone ?? null, email: c.email ?? null, messaging: c.messaging ?? null }))
    // A contact row left entirely empty in a form is not a contact.
    .filter((c) => c.name || c.phone || c.email || c.messaging);

const normAssessment = (a: ParsedInputOf<'suppliers.create'>['assessment']): Assessment | null =>
  a ? { date: a.date, method: a.method, result: a.result, notes: a.notes ?? null } : null;

function writeFts(db: DB, s: Pick<Supplier, 'id' | 'name' | 'localName' | 'contacts' | 'licenceNumber' | 'archived'>): void {
  const contactText = s.contacts.flatMap((c) => [c.name, c.phone, c.email, c.messaging]).filter(Boolean).join(' ');
  db.prepare('DELETE FROM suppliers_fts WHERE rowid = ?').run(s.id);
  db.prepare('INSERT INTO suppliers_fts (rowid, name, local_name, contacts, licence_number, state) VALUES (?, ?, ?, ?, ?, ?)').run(
    s.id, ftsText(s.name), ftsText(s.localName), ftsText(contactText), ftsText(s.licenceNumber), s.archived ? 'archived' : 'active',
  );
}

const toRow = (s: Editable) => ({
  name: s.name, local_name: s.localName, country: s.country, address: s.address, city: s.city, postal_code: s.postalCode, contacts: JSON.stringify(s.contacts),
  website: s.website, licence_number: s.licenceNumber, tax_number: s.taxNumber, status: s.status, assessment: s.assessment ? JSON.stringify(s.assessment) : null,
});

export function createSupplier(ctx: CoreContext, input: ParsedInputOf<'suppliers.create'>): Supplier {
  const s: Editable = {
    name: input.name, localName: input.localName ?? null, country: input.country, address: input.address ?? null,
    city: input.city ?? null, postalCode: input.postalCode ?? null,
    contacts: normContacts(input.contacts), website: input.website ?? null, licenceNumber: input.licenceNumber ?? null, taxNumber: input.taxNumber ?? null,
    status: input.status ?? 'approved', assessment: normAssessment(input.assessment),
  };
  const now = ctx.now().toISOString();
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO suppliers (name, local_name, country, address, city, postal_code, contacts, website, licence_number, tax_number, status, assessment, archived, created_at, updated_at)
       VALUES (@name, @local_name, @country, @address, @city, @postal_code, @contacts, @website, @licence_number, @tax_number, @status, @assessment, 0, @now, @now)`,
    )
    .run({ ...toRow(s), now });
  const id = Number(lastInsertRowid);
  writeFts(ctx.db, { id, ...s, archived: false });
  return getSupplier(ctx.db, id);
}

export function updateSupplier(ctx: CoreContext, input: ParsedInputOf<'suppliers.update'>): Supplier {
  const current = getSupplier(ctx.db, input.id);
  const next: Editable = { ...current };
  for (const key of EDITABLE) {
    const value = input[key];
    if (value === undefined) continue;
    if (key === 'contacts') next.contacts = normContacts(input.contacts);
    else if (key === 'assessment') next.assessment = normAssessment(input.assessment);
    else (next as unknown as Record<string, unknown>)[key] = value;
  }
  ctx.db
    .prepare(
      `UPDATE suppliers SET name = @name, local_name = @local_name, country = @country, address = @address, city = @city, postal_code = @postal_code,
         contacts = @contacts, website = @website, licence_number = @licence_number, tax_number = @tax_number, status = @status, assessment = @assessment, updated_at = @now
       WHERE id = @id`,
    )
    .run({ ...toRow(next), now: ctx.now().toISOString(), id: current.id });
  writeFts(ctx.db, { ...next, id: current.id, archived: current.archived });
  return getSupplier(ctx.db, current.id);
}

export function setSupplierArchived(ctx: CoreContext, id: number, archived: boolean): Supplier {
  getSupplier(ctx.db, id);
  ctx.db.prepare('UPDATE suppliers SET archived = ?, updated_at = ? WHERE id = ?').run(archived ? 1 : 0, ctx.now().toISOString(), id);
  const s = getSupplier(ctx.db, id);
  writeFts(ctx.db, s);
  return s;
}

const SORT_SQL: Record<Exclude<SupplierSort, 'relevance'>, string> = {
  name: 's.name COLLATE NOCASE',
  country: 's.country',
  status: 's.status',
  updatedAt: 's.updated_at',
};

/** Above this many matches "relevance" falls back to name order (ranking thousands tells little). */
const RANK_AT_MOST = 2000;

export function listSuppliers(ctx: QueryContext, input: ParsedInputOf<'suppliers.list'>): Page<Supplier> {
  const typed = input.query ? ftsQuery(input.query) : null;
  const dir = input.dir === 'desc' ? 'DESC' : 'ASC';
  let sort = input.sort ?? (typed ? 'relevance' : 'name');
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (input.archived !== 'all') {
    conditions.push('s.archived = ?');
    params.push(input.archived === 'archived' ? 1 : 0);
  }
  if (input.status) {
    conditions.push('s.status = ?');
    params.push(input.status);
  }
  if (input.country) {
    conditions.push('s.country = ?');
    params.push(input.country);
  }
  // The typed words match any text column, never the state token.
  const match = typed ? `{name local_name contacts licence_number} : (${typed})${input.archived === 'all' ? '' : ` AND state : ${input.archived}`}` : null;
  if (match) {
    conditions.push('s.id IN (SELECT rowid FROM suppliers_fts WHERE suppliers_fts MATCH ?)');
    params.push(match);
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM suppliers s ${where}`).get(...params) as { n: number }).n;
  if (sort === 'relevance' && (!match || total > RANK_AT_MOST)) sort = 'name';
  let rows: Row[];
  if (sort === 'relevance') {
    const rest = conditions.slice(0, -1);
    rows = ctx.db
      .prepare(
        `${SELECT.replace('FROM suppliers s', 'FROM suppliers_fts f JOIN suppliers s ON s.id = f.rowid')}
         WHERE suppliers_fts MATCH ? ${rest.length ? `AND ${rest.join(' AND ')}` : ''}
         ORDER BY bm25(suppliers_fts, 10.0, 5.0, 2.0, 2.0, 0.0) ${dir}, s.id LIMIT ? OFFSET ?`,
      )
      .all(match, ...params.slice(0, -1), input.limit, input.offset) as Row[];
  } else {
    rows = ctx.db
      .prepare(`${SELECT} ${where} ORDER BY ${SORT_SQL[sort]} ${dir}, s.id ${dir} LIMIT ? OFFSET ?`)
      .all(...params, input.limit, input.offset) as Row[];
  }
  return { items: rows.map(fromRow), total, offset: input.offset, limit: input.limit };
}

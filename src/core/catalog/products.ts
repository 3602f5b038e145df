// Products: create, read, correct, archive, and find among many.
import type { QueryContext } from '../context';
import type { ReadDb } from '../db/read';
import type { ParsedInputOf } from '../../shared/api';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors';
import type { FieldIssue } from '../../shared/errors';
import { complianceIssues, customsReadiness, normalizeCompliance } from '../../shared/compliance';
import type { BatteryHsPrefix, Compliance } from '../../shared/compliance';
import { loadReferenceRules } from '../reference';
import { productConsistencyIssues, tariffCodeIssue } from '../../shared/products';
import type { Page, Product, ProductSort } from '../../shared/products';
import type { CoreContext } from '../context';
import type { DB } from '../db/open';
import { isKnownSubheading } from '../hs/nomenclature';
import { ftsQuery, ftsText } from '../text/fts';

const SELECT = `
  SELECT p.id, p.sku, p.name, p.local_name AS localName, p.description, p.material, p.hs_code AS hsCode,
         p.origin_country AS originCountry, p.unit_net_weight_g AS unitNetWeightG, p.unit_value AS unitValue,
         p.currency, p.warranty_months AS warrantyMonths, p.compliance, p.customs_gaps AS customsGaps,
         p.tariff_codes AS tariffCodes, p.eu_responsible_person AS euResponsiblePerson, p.manufacturer,
         p.status, p.created_at AS createdAt, p.updated_at AS updatedAt
  FROM products p`;

type Row = Omit<Product, 'compliance' | 'customsGaps' | 'customsReady' | 'tariffCodes'> & { compliance: string; customsGaps: string; tariffCodes: string };
const fromRow = (row: Row): Product => {
  const customsGaps = JSON.parse(row.customsGaps) as Product['customsGaps'];
  return {
    ...row,
    compliance: normalizeCompliance(JSON.parse(row.compliance) as Partial<Compliance>),
    tariffCodes: JSON.parse(row.tariffCodes) as Record<string, string>,
    customsGaps,
    customsReady: customsGaps.length === 0,
  };
};

export type Editable = Omit<Product, 'id' | 'status' | 'createdAt' | 'updatedAt' | 'customsGaps' | 'customsReady'>;
const EDITABLE_KEYS: (keyof Editable)[] = [
  'sku', 'name', 'localName', 'description', 'material', 'hsCode', 'originCountry',
  'unitNetWeightG', 'unitValue', 'currency', 'warrantyMonths', 'compliance', 'tariffCodes', 'euResponsiblePerson', 'manufacturer',
];

export function getProduct(db: ReadDb, id: number): Product {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as Row | undefined;
  if (!row) throw new NotFoundError('Product', id);
  return fromRow(row);
}

/** Checks on a whole record that need reference data but not the database (also used by the CSV import). */
export function productRecordIssues(ctx: Pick<CoreContext, 'resourcesDir'>, p: Editable): FieldIssue[] {
  const issues: FieldIssue[] = [...productConsistencyIssues(p), ...complianceIssues(p.compliance)];
  if (p.hsCode && !isKnownSubheading(ctx.resourcesDir, p.hsCode))
    issues.push({
      path: 'hsCode',
      key: 'hs_unknown',
      message: `HS code ${p.hsCode} does not start with a subheading of the HS 2022 nomenclature`,
      params: { value: p.hsCode },
    });
  issues.push(...tariffCodeIssues(ctx, p));
  return issues;
}

/** A national code has a length the destination uses and extends the product's own HS code (shared with the product form). */
function tariffCodeIssues(ctx: Pick<CoreContext, 'resourcesDir'>, p: Editable): FieldIssue[] {
  const rules = loadReferenceRules(ctx.resourcesDir).tariffs.destinations;
  return Object.entries(p.tariffCodes).flatMap(([dest, code]) => tariffCodeIssue(dest, code, p.hsCode, rules[dest]) ?? []);
}

/** Checks that need the database or reference data, on the whole merged record. */
function checkProduct(ctx: CoreContext, p: Editable, selfId: number | null): void {
  const issues = productRecordIssues(ctx, p);
  if (issues.length) throw new ValidationError(issues);
  const clash = ctx.db.prepare('SELECT id FROM products WHERE sku = ? COLLATE NOCASE AND id IS NOT ?').get(p.sku, selfId);
  if (clash)
    throw new ConflictError(`Another product already has the SKU "${p.sku}"`, [
      { path: 'sku', key: 'duplicate', message: `SKU "${p.sku}" is already used by another product`, params: { value: p.sku } },
    ]);
}

function writeFts(db: DB, p: Pick<Product, 'id' | 'sku' | 'name' | 'localName' | 'description' | 'status'>): void {
  db.prepare('DELETE FROM products_fts WHERE rowid = ?').run(p.id);
  db.prepare('INSERT INTO products_fts (rowid, sku, name, local_name, description, status) VALUES (?, ?, ?, ?, ?, ?)').run(
    p.id, ftsText(p.sku), ftsText(p.name), ftsText(p.localName), ftsText(p.description), p.status,
  );
}

const toRow = (ctx: Pick<CoreContext, 'resourcesDir'>, p: Editable) => {
  const gaps = customsReadiness(p, loadReferenceRules(ctx.resourcesDir).batteries.batteryHsPrefixes).map((g) => g.key);
  return {
    sku: p.sku, name: p.name, local_name: p.localName, description: p.description, material: p.material,
    hs_code: p.hsCode, origin_country: p.originCountry, unit_net_weight_g: p.unitNetWeightG,
    unit_value: p.unitValue, currency: p.currency, warranty_months: p.warrantyMonths,
    compliance: JSON.stringify(p.compliance), customs_gaps: JSON.stringify(gaps), customs_ready: gaps.length ? 0 : 1,
    tariff_codes: JSON.stringify(p.tariffCodes), eu_responsible_person: p.euResponsiblePerson, manufacturer: p.manufacturer,
  };
};

/** A parsed create input as a full record (absent fields null, compliance normalized). */
/**
 * A new product's fields from validated input. `noCompliance`: the (shared, read-only) record to use
 * when the input says nothing about compliance, so an import does not build one per row.
 */
export function editableFromInput(input: ParsedInputOf<'products.create'>, noCompliance?: Compliance): Editable {
  return {
    sku: input.sku, name: input.name, localName: input.localName ?? null, description: input.description ?? null,
    material: input.material ?? null, hsCode: input.hsCode ?? null, originCountry: input.originCountry ?? null,
    unitNetWeightG: input.unitNetWeightG ?? null, unitValue: input.unitValue ?? null,
    currency: input.currency ?? null, warrantyMonths: input.warrantyMonths ?? null,
    compliance: input.compliance === undefined && noCompliance ? noCompliance : normalizeCompliance(input.compliance as Partial<Compliance> | undefined),
    tariffCodes: input.tariffCodes ?? {},
    euResponsiblePerson: input.euResponsiblePerson ?? null,
    manufacturer: input.manufacturer ?? null,
  };
}

export function createProduct(ctx: CoreContext, input: ParsedInputOf<'products.create'>): Product {
  const p = editableFromInput(input);
  checkProduct(ctx, p, null);
  const now = ctx.now().toISOString();
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO products (sku, name, local_name, description, material, hs_code, origin_country, unit_net_weight_g,
         unit_value, currency, warranty_months, compliance, customs_gaps, customs_ready, tariff_codes, eu_responsible_person, manufacturer, status, created_at, updated_at)
       VALUES (@sku, @name, @local_name, @description, @material, @hs_code, @origin_country, @unit_net_weight_g,
         @unit_value, @currency, @warranty_months, @compliance, @customs_gaps, @customs_ready, @tariff_codes, @eu_responsible_person, @manufacturer, 'active', @now, @now)`,
    )
    .run({ ...toRow(ctx, p), now });
  const id = Number(lastInsertRowid);
  writeFts(ctx.db, { id, ...p, status: 'active' });
  return getProduct(ctx.db, id);
}

export function updateProduct(ctx: CoreContext, input: ParsedInputOf<'products.update'>): Product {
  const current = getProduct(ctx.db, input.id);
  const next: Editable = { ...current };
  for (const key of EDITABLE_KEYS) {
    const value = input[key];
    if (value !== undefined) (next as Record<string, unknown>)[key] = key === 'compliance' ? normalizeCompliance(value as Partial<Compliance>) : value;
  }
  checkProduct(ctx, next, current.id);
  ctx.db
    .prepare(
      `UPDATE products SET sku = @sku, name = @name, local_name = @local_name, description = @description,
         material = @material, hs_code = @hs_code, origin_country = @origin_country, unit_net_weight_g = @unit_net_weight_g,
         unit_value = @unit_value, currency = @currency, warranty_months = @warranty_months, compliance = @compliance,
         customs_gaps = @customs_gaps, customs_ready = @customs_ready, tariff_codes = @tariff_codes,
         eu_responsible_person = @eu_responsible_person, manufacturer = @manufacturer, updated_at = @now
       WHERE id = @id`,
    )
    .run({ ...toRow(ctx, next), now: ctx.now().toISOString(), id: current.id });
  writeFts(ctx.db, { ...next, id: current.id, status: current.status });
  return getProduct(ctx.db, current.id);
}

export function setProductStatus(ctx: CoreContext, id: number, status: Product['status']): Product {
  getProduct(ctx.db, id);
  ctx.db.prepare('UPDATE products SET status = ?, updated_at = ? WHERE id = ?').run(status, ctx.now().toISOString(), id);
  const product = getProduct(ctx.db, id);
  writeFts(ctx.db, product);
  return product;
}

const SORT_SQL: Record<Exclude<ProductSort, 'relevance'>, string> = {
  sku: 'p.sku COLLATE NOCASE',
  name: 'p.name COLLATE NOCASE',
  hsCode: 'p.hs_code',
  originCountry: 'p.origin_country',
  unitValue: 'p.unit_value',
  unitNetWeightG: 'p.unit_net_weight_g',
  updatedAt: 'p.updated_at',
  createdAt: 'p.created_at',
};

/**
 * Above this many matches, "relevance" is ordered by name instead: ranking tens of thousands of
 * rows that all match one typed letter costs more than it tells (see bench/products.bench.ts).
 */
const RANK_AT_MOST = 2000;

/**
 * When most of the catalog matches (one typed letter) and the first pages are asked for by name,
 * walking the name index and testing each row against the index finds a page after a few hundred
 * rows, where collecting every match first costs tens of milliseconds. Deeper pages, or narrower
 * searches, collect the matches first.
 */
const WALK_WHEN_MATCHING = 0.5;
const WALK_AT_MOST_ROWS = 1000;

function walkNameIndex(db: ReadDb, sort: ProductSort, status: string | null, matches: number, upTo: number): boolean {
  if (sort !== 'name' || !status || upTo > WALK_AT_MOST_ROWS || matches < WALK_AT_MOST_ROWS) return false;
  const rows = (db.prepare('SELECT count(*) AS n FROM products WHERE status = ?').get(status) as { n: number }).n;
  return matches >= rows * WALK_WHEN_MATCHING;
}

export function listProducts(ctx: QueryContext, input: ParsedInputOf<'products.list'>): Page<Product> {
  const typed = input.query ? ftsQuery(input.query) : null;
  const status = input.status === 'all' ? null : input.status;
  const dir = input.dir === 'desc' ? 'DESC' : 'ASC';
  let sort = input.sort ?? (typed ? 'relevance' : 'name');

  const ready = input.customsReady === undefined ? null : input.customsReady ? 1 : 0;
  const readySql = ready === null ? '' : `p.customs_ready = ${ready}`;
  if (!typed) {
    const conditions = [status ? 'p.status = ?' : '', readySql].filter(Boolean);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const params = status ? [status] : [];
    const total = (ctx.db.prepare(`SELECT count(*) AS n FROM products p ${where}`).get(...params) as { n: number }).n;
    const order = sort === 'relevance' ? `p.name COLLATE NOCASE ${dir}, p.id` : `${SORT_SQL[sort]} ${dir}, p.id ${dir}`;
    const rows = ctx.db.prepare(`${SELECT} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, input.limit, input.offset) as Row[];
    return { items: rows.map(fromRow), total, offset: input.offset, limit: input.limit };
  }

  // The typed words may match any text column but never the status token.
  const match = `{sku name local_name description} : (${typed})${status ? ` AND status : ${status}` : ''}`;
  const total = readySql
    ? (ctx.db.prepare(`SELECT count(*) AS n FROM products p WHERE ${readySql} AND p.id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?)`).get(match) as { n: number }).n
    : (ctx.db.prepare('SELECT count(*) AS n FROM products_fts WHERE products_fts MATCH ?').get(match) as { n: number }).n;
  const andReady = readySql ? `AND ${readySql}` : '';
  if (sort === 'relevance' && total > RANK_AT_MOST) sort = 'name';
  const items =
    sort === 'relevance'
      ? (ctx.db
          .prepare(
            `${SELECT.replace('FROM products p', 'FROM products_fts f JOIN products p ON p.id = f.rowid')}
             WHERE products_fts MATCH ? ${andReady} ORDER BY bm25(products_fts, 10.0, 5.0, 5.0, 1.0, 0.0) ${dir}, p.id LIMIT ? OFFSET ?`,
          )
          .all(match, input.limit, input.offset) as Row[])
      : (ctx.db
          .prepare(
            // The status condition repeats the index's, so SQLite can walk (status, name) in order.
            `${SELECT} WHERE ${status ? 'p.status = ? AND' : ''} ${
              walkNameIndex(ctx.db, sort, status, total, input.offset + input.limit)
                ? 'EXISTS (SELECT 1 FROM products_fts f WHERE f.rowid = p.id AND products_fts MATCH ?)'
                : 'p.id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?)'
            } ${andReady}
             ORDER BY ${SORT_SQL[sort]} ${dir}, p.id ${dir} LIMIT ? OFFSET ?`,
          )
          .all(...(status ? [status] : []), match, input.limit, input.offset) as Row[]);
  return { items: items.map(fromRow), total, offset: input.offset, limit: input.limit };
}

/** A new product's row and its search-index row, as productWriter binds them. */
export interface ProductValues {
  row: (string | number | null)[];
  fts: string[];
}

/**
 * The values of a new product's row (the customs gaps, the compliance document, the search text).
 * `complianceJson`: the document, when many rows share one compliance record (serialised once).
 * Pure, so an import computes them in the thread that checks rows, not the one that writes.
 */
export function productValues(
  p: Editable,
  status: Product['status'],
  now: string,
  complianceJson = JSON.stringify(p.compliance),
  batteryHsPrefixes: readonly BatteryHsPrefix[] = [],
): ProductValues {
  const gaps = customsReadiness(p, batteryHsPrefixes);
  return {
    row: [
      p.sku, p.name, p.localName, p.description, p.material, p.hsCode, p.originCountry, p.unitNetWeightG, p.unitValue, p.currency,
      p.warrantyMonths, complianceJson, gaps.length ? JSON.stringify(gaps.map((g) => g.key)) : '[]', gaps.length ? 0 : 1, status, now, now,
      JSON.stringify(p.tariffCodes), p.euResponsiblePerson, p.manufacturer,
    ],
    fts: [ftsText(p.sku), ftsText(p.name), ftsText(p.localName), ftsText(p.description), status],
  };
}

/**
 * The bulk path of createProduct for imports: statements prepared once, rows already validated
 * (same schema and productRecordIssues) and turned into productValues by the caller, which also
 * runs it inside one transaction. Returns the new product's id.
 */
export function productWriter(db: DB): (v: ProductValues) => number {
  const insert = db.prepare(
    `INSERT INTO products (sku, name, local_name, description, material, hs_code, origin_country, unit_net_weight_g,
       unit_value, currency, warranty_months, compliance, customs_gaps, customs_ready, status, created_at, updated_at, tariff_codes, eu_responsible_person, manufacturer)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const fts = db.prepare('INSERT INTO products_fts (rowid, sku, name, local_name, description, status) VALUES (?, ?, ?, ?, ?, ?)');
  return (v) => {
    const id = Number(insert.run(v.row).lastInsertRowid);
    fts.run(id, v.fts);
    return id;
  };
}

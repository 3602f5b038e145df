// Shipments: create, read, edit (items and parcels replaced as a whole, in one transaction), the
// status workflow with its timeline, and the paged, searchable list.
import type { QueryContext } from '../context';
import type { ReadDb } from '../db/read';
import type { ParsedInputOf } from '../../shared/api';
import { BlockedError, ConflictError, NotFoundError, ValidationError } from '../../shared/errors';
import type { FieldIssue } from '../../shared/errors';
import { CURRENCY_MINOR_DIGITS } from '../../shared/iso';
import type { PreflightResult } from '../../shared/preflight';
import type { Page } from '../../shared/products';
import { convertMinor } from '../../shared/settings';
import { EDITABLE_STATUSES, STATUS_TRANSITIONS } from '../../shared/shipments';
import type { Consignee, ItemInput, ParcelInput, Shipment, ShipmentEvent, ShipmentItem, ShipmentStatus, ShipmentSummary } from '../../shared/shipments';
import { ftsQuery, ftsText } from '../text/fts';
import type { CoreContext } from '../context';
import type { DB } from '../db/open';
import { isKnownSubheading } from '../hs/nomenclature';
import { runPreflight } from '../preflight/load';
import { getProfile } from '../settings/profile';
import { checkPostalOperator } from '../reference/operators';
import { preflightSummaries } from './summary';
import { ITEM_COLUMNS, PARCEL_COLUMNS, parcelFromRow } from './rows';
import type { ParcelRow } from './rows';

const SELECT = `SELECT id, reference, order_refs AS orderRefs, consignee, ship_date AS shipDate, carrier, service,
  tracking_number AS trackingNumber, category, category_explanation AS categoryExplanation, incoterm, currency, postage,
  insurance, insured_value AS insuredValue, invoice_number AS invoiceNumber, invoice_date AS invoiceDate, status,
  postal_operator AS postalOperator,
  goods_value AS goodsValue, created_at AS createdAt, updated_at AS updatedAt FROM shipments`;

type Row = Omit<Shipment, 'orderRefs' | 'consignee' | 'items' | 'parcels' | 'timeline'> & { orderRefs: string; consignee: string };

export function getShipment(db: ReadDb, id: number): Shipment {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as Row | undefined;
  if (!row) throw new NotFoundError('Shipment', id);
  const items = db
    .prepare(`SELECT ${ITEM_COLUMNS} FROM shipment_items i JOIN products p ON p.id = i.product_id WHERE i.shipment_id = ? ORDER BY i.position`)
    .all(id) as ShipmentItem[];
  const parcels = (db.prepare(`SELECT ${PARCEL_COLUMNS} FROM shipment_parcels WHERE shipment_id = ? ORDER BY position`).all(id) as ParcelRow[]).map(parcelFromRow);
  const timeline = db
    .prepare(`SELECT id, at, kind, from_status AS fromStatus, to_status AS toStatus, note FROM shipment_events WHERE shipment_id = ? ORDER BY id`)
    .all(id) as ShipmentEvent[];
  return { ...row, orderRefs: JSON.parse(row.orderRefs) as string[], consignee: JSON.parse(row.consignee) as Consignee, items, parcels, timeline };
}

interface ProductRow {
  id: number;
  sku: string;
  name: string;
  status: string;
  hs_code: string | null;
  origin_country: string | null;
  unit_net_weight_g: number | null;
  unit_value: number | null;
  currency: string | null;
}

/**
 * Turns items as sent into stored items: facts left out are copied from the product (its value
 * converted into the shipment's currency with the profile's rates). A product that does not exist,
 * or an archived one newly added, is refused at its item.
 */
function resolveItems(ctx: CoreContext, currency: string, items: ItemInput[], alreadyOn: ReadonlySet<number>): Omit<ShipmentItem, 'id'>[] {
  const issues: FieldIssue[] = [];
  const productStmt = ctx.db.prepare('SELECT id, sku, name, status, hs_code, origin_country, unit_net_weight_g, unit_value, currency FROM products WHERE id = ?');
  let rates: ReturnType<typeof getProfile>['rates'] | null = null;
  const out = items.map((item, i) => {
    const p = productStmt.get(item.productId) as ProductRow | undefined;
    const at = `items.${i}.productId`;
    if (!p) {
      issues.push({ path: at, key: 'product_unknown', message: `Product ${item.productId} does not exist`, params: { value: item.productId } });
      return null;
    }
    if (p.status === 'archived' && !alreadyOn.has(p.id))
      issues.push({ path: at, key: 'product_archived', message: `Product ${p.sku} is archived and cannot be added to a shipment`, params: { value: p.sku } });
    let unitValue = item.unitValue;
    if (unitValue === undefined) {
      if (p.unit_value === null || p.currency === null) unitValue = 0;
      else {
        rates ??= getProfile(ctx).rates;
        unitValue = convertMinor(p.unit_value, p.currency, currency, rates, CURRENCY_MINOR_DIGITS) ?? 0;
      }
    }
    const hsCode = item.hsCode === undefined ? p.hs_code : item.hsCode;
    if (hsCode && !isKnownSubheading(ctx.resourcesDir, hsCode))
      issues.push({ path: `items.${i}.hsCode`, key: 'hs_unknown', message: `HS code ${hsCode} does not start with a subheading of the HS 2022 nomenclature`, params: { value: hsCode } });
    return {
      productId: p.id,
      sku: p.sku,
      description: item.description === undefined ? p.name : (item.description ?? ''),
      quantity: item.quantity,
      unitValue,
      hsCode,
      originCountry: item.originCountry === undefined ? p.origin_country : item.originCountry,
      unitNetWeightG: item.unitNetWeightG ?? p.unit_net_weight_g ?? 0,
    };
  });
  if (issues.length) throw new ValidationError(issues);
  return out as Omit<ShipmentItem, 'id'>[];
}

function writeItems(db: DB, shipmentId: number, items: Omit<ShipmentItem, 'id'>[]): void {
  db.prepare('DELETE FROM shipment_items WHERE shipment_id = ?').run(shipmentId);
  const insert = db.prepare(
    `INSERT INTO shipment_items (shipment_id, position, product_id, description, quantity, unit_value, hs_code, origin_country, unit_net_weight_g)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  items.forEach((it, i) => insert.run(shipmentId, i, it.productId, it.description, it.quantity, it.unitValue, it.hsCode, it.originCountry, it.unitNetWeightG));
}

function writeParcels(db: DB, shipmentId: number, parcels: ParcelInput[]): void {
  db.prepare('DELETE FROM shipment_parcels WHERE shipment_id = ?').run(shipmentId);
  const insert = db.prepare(
    `INSERT INTO shipment_parcels (shipment_id, position, gross_weight_g, length_mm, width_mm, height_mm, packaging,
       packaging_type, inner_sealed, inner_absorbent, inner_secondary, battery_protected, mail_class) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const bit = (b: boolean | undefined) => (b ? 1 : 0);
  parcels.forEach((p, i) =>
    insert.run(
      shipmentId, i, p.grossWeightG, p.lengthMm ?? null, p.widthMm ?? null, p.heightMm ?? null, p.packaging ?? null, p.packagingType ?? null,
      bit(p.innerPackaging?.sealed), bit(p.innerPackaging?.absorbent), bit(p.innerPackaging?.secondary), bit(p.batteryProtected), p.mailClass ?? null,
    ),
  );
}

function writeFts(db: DB, s: Pick<Shipment, 'id' | 'reference' | 'consignee' | 'trackingNumber' | 'orderRefs'>): void {
  db.prepare('DELETE FROM shipments_fts WHERE rowid = ?').run(s.id);
  const c = s.consignee;
  db.prepare('INSERT INTO shipments_fts (rowid, reference, consignee, tracking, order_refs) VALUES (?, ?, ?, ?, ?)').run(
    s.id, ftsText(s.reference), ftsText([c.name, c.company, c.city, c.email].filter(Boolean).join(' ')), ftsText(s.trackingNumber), ftsText(s.orderRefs.join(' ')),
  );
}

function addEvent(ctx: CoreContext, shipmentId: number, kind: ShipmentEvent['kind'], from: ShipmentStatus | null, to: ShipmentStatus | null, note: string | null = null) {
  ctx.db.prepare('INSERT INTO shipment_events (shipment_id, at, kind, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?)').run(
    shipmentId, ctx.now().toISOString(), kind, from, to, note,
  );
}

/** Its own statement (migration 011), so the shipment's main INSERT/UPDATE stay as they were. */
function writePostalOperator(db: DB, id: number, operator: string | null): void {
  db.prepare('UPDATE shipments SET postal_operator = ? WHERE id = ?').run(operator, id);
}

const goodsOf = (items: Pick<ShipmentItem, 'quantity' | 'unitValue'>[]) => items.reduce((s, i) => s + i.quantity * i.unitValue, 0);

export function createShipment(ctx: CoreContext, input: ParsedInputOf<'shipments.create'>): Shipment {
  const profile = getProfile(ctx);
  checkPostalOperator(ctx.resourcesDir, input.postalOperator, 'postalOperator');
  const currency = input.currency ?? profile.defaultCurrency;
  const items = resolveItems(ctx, currency, input.items ?? [], new Set());
  const now = ctx.now().toISOString();
  const params = {
    order_refs: JSON.stringify(input.orderRefs ?? []),
    consignee: JSON.stringify(normalizeConsignee(input.consignee)),
    consignee_name: input.consignee.name,
    country: input.consignee.country,
    // Left out: today (the one clock), so a new shipment is in the day's print; null: no date yet.
    ship_date: input.shipDate === undefined ? ctx.today() : input.shipDate,
    carrier: input.carrier ?? null,
    service: input.service ?? null,
    tracking_number: input.trackingNumber ?? null,
    category: input.category ?? 'sale_of_goods',
    category_explanation: input.categoryExplanation ?? null,
    incoterm: input.incoterm ?? profile.defaultIncoterm,
    currency,
    postage: input.postage ?? 0,
    insurance: input.insurance ?? 0,
    insured_value: input.insuredValue ?? null,
    invoice_number: input.invoiceNumber ?? null,
    invoice_date: input.invoiceDate ?? null,
    item_count: items.length,
    goods_value: goodsOf(items),
    now,
    reference: `tmp-${now}-${Math.random()}`,
  };
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO shipments (reference, order_refs, consignee, consignee_name, country, ship_date, carrier, service, tracking_number, category,
         category_explanation, incoterm, currency, postage, insurance, insured_value, invoice_number, invoice_date, item_count, goods_value,
         status, created_at, updated_at)
       VALUES (@reference, @order_refs, @consignee, @consignee_name, @country, @ship_date, @carrier, @service, @tracking_number, @category,
         @category_explanation, @incoterm, @currency, @postage, @insurance, @insured_value, @invoice_number, @invoice_date, @item_count, @goods_value,
         'draft', @now, @now)`,
    )
    .run(params);
  const id = Number(lastInsertRowid);
  const reference = `SH-${now.slice(0, 4)}-${String(id).padStart(6, '0')}`;
  ctx.db.prepare('UPDATE shipments SET reference = ? WHERE id = ?').run(reference, id);
  writeItems(ctx.db, id, items);
  writeParcels(ctx.db, id, input.parcels ?? []);
  writePostalOperator(ctx.db, id, input.postalOperator ?? null);
  addEvent(ctx, id, 'created', null, 'draft');
  const shipment = getShipment(ctx.db, id);
  writeFts(ctx.db, shipment);
  return shipment;
}

function normalizeConsignee(c: ParsedInputOf<'shipments.create'>['consignee']): Consignee {
  return {
    name: c.name, company: c.company ?? null, addressLines: c.addressLines, city: c.city, state: c.state ?? null, postcode: c.postcode ?? null,
    country: c.country, phone: c.phone ?? null, email: c.email ?? null, taxId: c.taxId ?? null,
  };
}

function requireEditable(s: Shipment): void {
  if (!EDITABLE_STATUSES.includes(s.status))
    throw new ConflictError(`Shipment ${s.reference} is ${s.status}: its declaration can no longer be changed`, [
      { path: 'status', key: 'not_editable', message: `A ${s.status} shipment cannot be edited`, params: { status: s.status } },
    ]);
}

export function updateShipment(ctx: CoreContext, input: ParsedInputOf<'shipments.update'>): Shipment {
  const current = getShipment(ctx.db, input.id);
  requireEditable(current);
  checkPostalOperator(ctx.resourcesDir, input.postalOperator, 'postalOperator');
  const currency = input.currency ?? current.currency;
  const items = input.items ? resolveItems(ctx, currency, input.items, new Set(current.items.map((i) => i.productId))) : null;
  const consignee = input.consignee ? normalizeConsignee(input.consignee) : current.consignee;
  const pick = <K extends keyof Shipment>(k: K): Shipment[K] => (input[k as keyof typeof input] === undefined ? current[k] : (input[k as keyof typeof input] as Shipment[K]));
  const now = ctx.now().toISOString();
  const storedItems = items ?? current.items;
  ctx.db
    .prepare(
      `UPDATE shipments SET order_refs = @order_refs, consignee = @consignee, consignee_name = @consignee_name, country = @country,
         ship_date = @ship_date, carrier = @carrier, service = @service, tracking_number = @tracking_number, category = @category,
         category_explanation = @category_explanation, incoterm = @incoterm, currency = @currency, postage = @postage, insurance = @insurance,
         insured_value = @insured_value, invoice_number = @invoice_number, invoice_date = @invoice_date, item_count = @item_count,
         goods_value = @goods_value, status = 'draft', updated_at = @now
       WHERE id = @id`,
    )
    .run({
      id: current.id,
      order_refs: JSON.stringify(pick('orderRefs')),
      consignee: JSON.stringify(consignee),
      consignee_name: consignee.name,
      country: consignee.country,
      ship_date: pick('shipDate') ?? null,
      carrier: pick('carrier') ?? null,
      service: pick('service') ?? null,
      tracking_number: pick('trackingNumber') ?? null,
      category: pick('category'),
      category_explanation: pick('categoryExplanation') ?? null,
      incoterm: pick('incoterm'),
      currency,
      postage: pick('postage'),
      insurance: pick('insurance'),
      insured_value: pick('insuredValue') ?? null,
      invoice_number: pick('invoiceNumber') ?? null,
      invoice_date: pick('invoiceDate') ?? null,
      item_count: storedItems.length,
      goods_value: goodsOf(storedItems),
      now,
    });
  if (items) writeItems(ctx.db, current.id, items);
  if (input.parcels) writeParcels(ctx.db, current.id, input.parcels);
  if (input.postalOperator !== undefined) writePostalOperator(ctx.db, current.id, input.postalOperator);
  // A ready shipment that is changed must pass the preflight again.
  if (current.status === 'ready') addEvent(ctx, current.id, 'status', 'ready', 'draft', 'edited');
  const shipment = getShipment(ctx.db, current.id);
  writeFts(ctx.db, shipment);
  return shipment;
}

const asInput = (i: ShipmentItem): ItemInput => ({
  productId: i.productId, description: i.description, quantity: i.quantity, unitValue: i.unitValue, hsCode: i.hsCode,
  originCountry: i.originCountry, unitNetWeightG: i.unitNetWeightG,
});

export function addItem(ctx: CoreContext, input: ParsedInputOf<'shipments.addItem'>): Shipment {
  const current = getShipment(ctx.db, input.id);
  return updateShipment(ctx, { id: current.id, items: [...current.items.map(asInput), { productId: input.productId, quantity: input.quantity }] } as ParsedInputOf<'shipments.update'>);
}

export function removeItem(ctx: CoreContext, input: ParsedInputOf<'shipments.removeItem'>): Shipment {
  const current = getShipment(ctx.db, input.id);
  if (!current.items.some((i) => i.id === input.itemId)) throw new NotFoundError('Shipment item', input.itemId);
  return updateShipment(ctx, { id: current.id, items: current.items.filter((i) => i.id !== input.itemId).map(asInput) } as ParsedInputOf<'shipments.update'>);
}

export function preflightShipment(ctx: QueryContext, id: number): PreflightResult {
  return runPreflight(ctx, getShipment(ctx.db, id));
}

export function setShipmentStatus(ctx: CoreContext, input: ParsedInputOf<'shipments.setStatus'>): Shipment {
  const current = getShipment(ctx.db, input.id);
  const allowed = STATUS_TRANSITIONS[current.status];
  if (current.status === input.status) return current;
  if (!allowed.includes(input.status))
    throw new ConflictError(
      `A ${current.status} shipment cannot become ${input.status}${allowed.length ? ` (next: ${allowed.join(', ')})` : ' (no further status)'}`,
      [{ path: 'status', key: 'status_transition', message: `${current.status} → ${input.status} skips the workflow`, params: { from: current.status, to: input.status, allowed: allowed.join(', ') } }],
    );
  if (input.status === 'ready') {
    const result = runPreflight(ctx, current);
    const blocks = result.findings.filter((f) => f.severity === 'block');
    if (blocks.length)
      throw new BlockedError(`Shipment ${current.reference} has ${blocks.length} blocking finding(s): ${blocks.map((f) => f.message.text).join(' ')}`, {
        findings: blocks,
      });
  }
  ctx.db.prepare('UPDATE shipments SET status = ?, updated_at = ? WHERE id = ?').run(input.status, ctx.now().toISOString(), current.id);
  addEvent(ctx, current.id, 'status', current.status, input.status, input.note ?? null);
  return getShipment(ctx.db, current.id);
}

const SUMMARY = `SELECT s.id, s.reference, s.consignee_name AS consigneeName, s.country, s.status, s.ship_date AS shipDate,
  s.item_count AS itemCount, s.goods_value AS goodsValue, s.currency, s.tracking_number AS trackingNumber, s.updated_at AS updatedAt
  FROM shipments s`;

export function listShipments(ctx: QueryContext, input: ParsedInputOf<'shipments.list'>): Page<ShipmentSummary> {
  const typed = input.query ? ftsQuery(input.query) : null;
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (input.status !== 'all') {
    conditions.push('s.status = ?');
    params.push(input.status);
  }
  if (typed) {
    conditions.push('s.id IN (SELECT rowid FROM shipments_fts WHERE shipments_fts MATCH ?)');
    params.push(typed);
  }
  if (input.readyToPrint) {
    // The day's print takes draft and ready shipments shipping today (documents/batch.ts).
    conditions.push(`s.status IN ('draft', 'ready') AND s.ship_date = ?`);
    params.push(ctx.today());
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  type Stored = Omit<ShipmentSummary, 'preflight'>;
  const withPreflight = (rows: Stored[]): ShipmentSummary[] => {
    const summaries = preflightSummaries(ctx, rows.map((r) => r.id));
    return rows.map((r) => ({ ...r, preflight: summaries.get(r.id) ?? null }));
  };
  if (input.readyToPrint) {
    // A day's shipments: few enough to preflight all of them and keep those without a block.
    const all = withPreflight(ctx.db.prepare(`${SUMMARY} ${where} ORDER BY s.created_at DESC, s.id DESC`).all(...params) as Stored[]);
    const ready = all.filter((r) => r.preflight !== null && r.preflight.verdict !== 'blocked');
    return { items: ready.slice(input.offset, input.offset + input.limit), total: ready.length, offset: input.offset, limit: input.limit };
  }
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM shipments s ${where}`).get(...params) as { n: number }).n;
  const rows = ctx.db
    .prepare(`${SUMMARY} ${where} ORDER BY s.created_at DESC, s.id DESC LIMIT ? OFFSET ?`)
    .all(...params, input.limit, input.offset) as Stored[];
  return { items: withPreflight(rows), total, offset: input.offset, limit: input.limit };
}

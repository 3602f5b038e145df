// The preflight in one word and three counts, for the rows of the shipments list, the "Ready to
// print" filter and the dashboard's drafts card. Never stored in the database: the preflight
// depends on the shipment, its items and parcels, the products (and their default supplier),
// certificates, seller and packaging rules, the profile, the rules files and the day, so a stored
// verdict would go stale by any of them. It is computed by the editor's checker on the editor's
// facts (rows.ts, packaging rules included), the facts shared by the rows read once per call, and
// kept in memory only for as long as nothing at all has changed: per connection, under the data's
// version (db/version.ts), the day and the rules folder. Any commit — of a product, a rule, the
// profile, anything — and the next call computes afresh; so scrolling through a day's "Ready to
// print" or coming back to the dashboard does not run the day's preflight again, and a verdict is
// never older than the data. See bench/shipments-list.bench.ts and bench/ready-to-print.bench.ts.
import type { QueryContext } from '../context';
import type { Consignee, Parcel, PreflightSummary, ShipmentItem } from '../../shared/shipments';
import type { ReadDb } from '../db/read';
import { dataVersion } from '../db/version';
import { summarize } from '../../shared/preflight-counts';
import type { PreflightShipment } from '../preflight/engine';
import { EDITABLE_STATUSES } from '../../shared/shipments';
import { loadReferenceRules } from '../reference';
import { getProfile } from '../settings/profile';
import { preflight } from '../preflight/engine';
import { loadCertificateFacts, loadProductFacts } from '../preflight/load';
import { listActivePackagingRules } from '../preflight/packagingRules';
import { listActiveSellerRules } from '../preflight/sellerRules';
import { ITEM_COLUMNS, PARCEL_COLUMNS, parcelFromRow } from './rows';
import type { ParcelRow } from './rows';


type Loaded = PreflightShipment & { id: number };

/** What the preflight reads of each shipment still being prepared among `ids`: three queries for the page. */
function loadForPreflight(db: ReadDb, ids: readonly number[]): Loaded[] {
  if (ids.length === 0) return [];
  const json = JSON.stringify(ids);
  const rows = db
    .prepare(
      `SELECT id, consignee, category, category_explanation AS categoryExplanation, currency, order_refs AS orderRefs, invoice_number AS invoiceNumber,
              ship_date AS shipDate, tracking_number AS trackingNumber, postal_operator AS postalOperator, carrier
       FROM shipments WHERE id IN (SELECT value FROM json_each(?)) AND status IN (${EDITABLE_STATUSES.map((s) => `'${s}'`).join(', ')})`,
    )
    .all(json) as (Omit<Loaded, 'consignee' | 'orderRefs' | 'items' | 'parcels'> & { consignee: string; orderRefs: string })[];
  if (rows.length === 0) return [];
  const editable = JSON.stringify(rows.map((r) => r.id));
  const items = new Map<number, ShipmentItem[]>();
  for (const it of db
    .prepare(
      `SELECT i.shipment_id AS shipmentId, ${ITEM_COLUMNS}
       FROM shipment_items i JOIN products p ON p.id = i.product_id WHERE i.shipment_id IN (SELECT value FROM json_each(?)) ORDER BY i.shipment_id, i.position`,
    )
    .all(editable) as (ShipmentItem & { shipmentId: number })[]) {
    const { shipmentId, ...item } = it;
    items.set(shipmentId, [...(items.get(shipmentId) ?? []), item]);
  }
  const parcels = new Map<number, Parcel[]>();
  for (const pa of db
    .prepare(`SELECT shipment_id AS shipmentId, ${PARCEL_COLUMNS} FROM shipment_parcels WHERE shipment_id IN (SELECT value FROM json_each(?)) ORDER BY shipment_id, position`)
    .all(editable) as (ParcelRow & { shipmentId: number })[]) {
    const { shipmentId, ...parcel } = pa;
    parcels.set(shipmentId, [...(parcels.get(shipmentId) ?? []), parcelFromRow(parcel)]);
  }
  return rows.map((r) => ({
    ...r,
    consignee: JSON.parse(r.consignee) as Consignee,
    orderRefs: JSON.parse(r.orderRefs) as string[],
    items: items.get(r.id) ?? [],
    parcels: parcels.get(r.id) ?? [],
  }));
}

/** Summaries kept per connection, for one version of the data, day and rules folder (see the top). */
interface Kept {
  key: string;
  /** null: not being prepared (shipped, delivered …), so no preflight to show. */
  summaries: Map<number, PreflightSummary | null>;
}
const kept = new WeakMap<ReadDb, Kept>();
/** A bound on memory: more distinct shipments than this under one version and it starts over. */
const KEEP_AT_MOST = 20_000;

function keptFor(ctx: QueryContext): Map<number, PreflightSummary | null> | null {
  const version = dataVersion(ctx.db);
  if (version === null) return null;
  const key = `${version}|${ctx.today()}|${ctx.resourcesDir}`;
  let k = kept.get(ctx.db);
  if (!k || k.key !== key || k.summaries.size > KEEP_AT_MOST) {
    k = { key, summaries: new Map() };
    kept.set(ctx.db, k);
  }
  return k.summaries;
}

/** The checker over each of `shipments`, the facts they share read once. */
function compute(ctx: QueryContext, shipments: Loaded[]): Map<number, PreflightSummary> {
  const out = new Map<number, PreflightSummary>();
  if (shipments.length === 0) return out;
  const productIds = shipments.flatMap((s) => s.items.map((i) => i.productId));
  const products = loadProductFacts(ctx.db, productIds);
  const profile = getProfile(ctx);
  const reference = loadReferenceRules(ctx.resourcesDir);
  const sellerRules = listActiveSellerRules(ctx.db);
  const packagingRules = listActivePackagingRules(ctx.db);
  const today = ctx.today();
  // Certificates by product once; the checker decides per ship date what an expiry means.
  const certificates = loadCertificateFacts(ctx.db, productIds, today);
  for (const s of shipments) {
    const mine = new Set(s.items.map((i) => i.productId));
    const result = preflight({
      shipment: s,
      products,
      profile,
      reference,
      sellerRules,
      certificates: certificates.filter((c) => c.productIds.some((p) => mine.has(p))),
      date: s.shipDate ?? today,
      packagingRules,
    });
    out.set(s.id, summarize(result));
  }
  return out;
}

/**
 * The preflight summary of each shipment still being prepared among `ids` (others are left out),
 * each computed at most once per call, and not at all when it is kept for this very data.
 */
export function preflightSummaries(ctx: QueryContext, ids: readonly number[]): Map<number, PreflightSummary> {
  const unique = [...new Set(ids)];
  // The version is read before the data (db/version.ts).
  const summaries = keptFor(ctx);
  const missing = summaries ? unique.filter((id) => !summaries.has(id)) : unique;
  const computed = compute(ctx, loadForPreflight(ctx.db, missing));
  if (summaries) for (const id of missing) summaries.set(id, computed.get(id) ?? null);
  const out = new Map<number, PreflightSummary>();
  for (const id of unique) {
    const s = summaries ? summaries.get(id) : computed.get(id);
    if (s) out.set(id, s);
  }
  return out;
}

// The preflight in one word and three counts for a page of the shipments list, computed when the
// list is read (never stored): the preflight depends on the products, certificates, seller and
// packaging rules, the profile, the rules files and the day, so a stored verdict would go stale by
// any of them; run for the rows asked for, on the editor's facts (rows.ts: carrier, parcel packaging
// type, mail class …), it is always the editor's verdict. The facts shared by the rows (profile,
// rules, rules files, products, certificates) are read once per page. See
// bench/shipments-list.bench.ts for what it costs on 100,000 shipments.
import type { QueryContext } from '../context';
import type { Consignee, Parcel, PreflightSummary, ShipmentItem } from '../../shared/shipments';
import type { ReadDb } from '../db/read';
import type { PreflightShipment } from '../preflight/engine';
import { EDITABLE_STATUSES } from '../../shared/shipments';
import type { PreflightResult } from '../../shared/preflight';
import { loadReferenceRules } from '../reference';
import { getProfile } from '../settings/profile';
import { preflight } from '../preflight/engine';
import { loadCertificateFacts, loadProductFacts } from '../preflight/load';
import { listActivePackagingRules } from '../preflight/packagingRules';
import { listActiveSellerRules } from '../preflight/sellerRules';
import { ITEM_COLUMNS, PARCEL_COLUMNS, parcelFromRow } from './rows';
import type { ParcelRow } from './rows';

export function summarize(r: Pick<PreflightResult, 'findings'>): PreflightSummary {
  const n = (s: 'block' | 'warn' | 'info') => r.findings.filter((f) => f.severity === s).length;
  const block = n('block');
  const warn = n('warn');
  return { verdict: block > 0 ? 'blocked' : warn > 0 ? 'warnings' : 'ready', block, warn, info: n('info') };
}

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

/** The preflight summary of each shipment still being prepared among `ids` (others are left out). */
export function preflightSummaries(ctx: QueryContext, ids: readonly number[]): Map<number, PreflightSummary> {
  return compute(ctx, loadForPreflight(ctx.db, [...new Set(ids)]));
}

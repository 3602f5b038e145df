// The preflight in one word and three counts for a page of the shipments list, computed when the
// list is read (never stored): the preflight depends on the products, certificates, seller rules,
// the profile, the rules files and the day, so a stored verdict would go stale by any of them; run
// for the rows asked for, it is always the editor's verdict. The facts shared by the rows (profile,
// seller rules, rules files, products, certificates) are read once per page. See
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
import { listActiveSellerRules } from '../preflight/sellerRules';

export function summarize(r: Pick<PreflightResult, 'findings'>): PreflightSummary {
  const n = (s: 'block' | 'warn' | 'info') => r.findings.filter((f) => f.severity === s).length;
  const block = n('block');
  const warn = n('warn');
  return { verdict: block > 0 ? 'blocked' : warn > 0 ? 'warnings' : 'ready', block, warn, info: n('info') };
}

type Loaded = PreflightShipment & { id: number };

/** What the preflight reads of each shipment still being prepared among `ids`: three queries for the page. */
function loadForPreflight(db: ReadDb, ids: readonly number[]): Loaded[] {
  const json = JSON.stringify(ids);
  const rows = db
    .prepare(
      `SELECT id, consignee, category, category_explanation AS categoryExplanation, currency, order_refs AS orderRefs, invoice_number AS invoiceNumber,
              ship_date AS shipDate, tracking_number AS trackingNumber, postal_operator AS postalOperator
       FROM shipments WHERE id IN (SELECT value FROM json_each(?)) AND status IN (${EDITABLE_STATUSES.map((s) => `'${s}'`).join(', ')})`,
    )
    .all(json) as (Omit<Loaded, 'consignee' | 'orderRefs' | 'items' | 'parcels'> & { consignee: string; orderRefs: string })[];
  if (rows.length === 0) return [];
  const editable = JSON.stringify(rows.map((r) => r.id));
  const items = new Map<number, ShipmentItem[]>();
  for (const it of db
    .prepare(
      `SELECT i.shipment_id AS shipmentId, i.id, i.product_id AS productId, p.sku, i.description, i.quantity, i.unit_value AS unitValue, i.hs_code AS hsCode,
              i.origin_country AS originCountry, i.unit_net_weight_g AS unitNetWeightG
       FROM shipment_items i JOIN products p ON p.id = i.product_id WHERE i.shipment_id IN (SELECT value FROM json_each(?)) ORDER BY i.shipment_id, i.position`,
    )
    .all(editable) as (ShipmentItem & { shipmentId: number })[]) {
    const { shipmentId, ...item } = it;
    items.set(shipmentId, [...(items.get(shipmentId) ?? []), item]);
  }
  const parcels = new Map<number, Parcel[]>();
  for (const pa of db
    .prepare(
      `SELECT shipment_id AS shipmentId, id, gross_weight_g AS grossWeightG, length_mm AS lengthMm, width_mm AS widthMm, height_mm AS heightMm, packaging
       FROM shipment_parcels WHERE shipment_id IN (SELECT value FROM json_each(?)) ORDER BY shipment_id, position`,
    )
    .all(editable) as (Parcel & { shipmentId: number })[]) {
    const { shipmentId, ...parcel } = pa;
    parcels.set(shipmentId, [...(parcels.get(shipmentId) ?? []), parcel]);
  }
  return rows.map((r) => ({
    ...r,
    consignee: JSON.parse(r.consignee) as Consignee,
    orderRefs: JSON.parse(r.orderRefs) as string[],
    items: items.get(r.id) ?? [],
    parcels: parcels.get(r.id) ?? [],
  }));
}

/** The preflight summary of each shipment still being prepared among `ids` (others are left out). */
export function preflightSummaries(ctx: QueryContext, ids: readonly number[]): Map<number, PreflightSummary> {
  const out = new Map<number, PreflightSummary>();
  const shipments = loadForPreflight(ctx.db, ids);
  if (shipments.length === 0) return out;
  const productIds = shipments.flatMap((s) => s.items.map((i) => i.productId));
  const products = loadProductFacts(ctx.db, productIds);
  const profile = getProfile(ctx);
  const reference = loadReferenceRules(ctx.resourcesDir);
  const sellerRules = listActiveSellerRules(ctx.db);
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
    });
    out.set(s.id, summarize(result));
  }
  return out;
}

// What the incident report and the information sheet read from other areas: the product's lots
// and its latest incoming inspection (quality), and its after-sales cases.
import type { DB } from '../db/open';

export interface IncidentLot {
  id: number;
  reference: string;
  receivedOn: string | null;
  quantity: number | null;
  supplierName: string | null;
}

export interface IncidentCase {
  id: number;
  reference: string;
  customer: string | null;
  country: string | null;
  type: string | null;
  reason: string | null;
  openedAt: string | null;
  lotId: number | null;
}

export interface InspectionResult {
  date: string | null;
  result: string;
  lotReference: string | null;
}

/** The product's lots (goods receipts), oldest first. */
export function lotsForIncident(db: DB, productId: number): IncidentLot[] {
  return db
    .prepare(
      `SELECT l.id, coalesce(l.po_reference, 'Lot #' || l.id) AS reference, l.received_date AS receivedOn,
              l.quantity_received AS quantity, s.name AS supplierName
       FROM lots l LEFT JOIN suppliers s ON s.id = l.supplier_id
       WHERE l.product_id = ? ORDER BY l.received_date, l.id`,
    )
    .all(productId) as IncidentLot[];
}

/** After-sales cases about the product; with lots given, those cases not tied to another lot. */
export function casesForIncident(db: DB, productId: number, lotIds: number[]): IncidentCase[] {
  const rows = db
    .prepare(
      `SELECT id, coalesce(order_ref, 'Case #' || id) AS reference, customer_name AS customer, customer_country AS country,
              type, reason, opened_at AS openedAt, lot_id AS lotId
       FROM cases WHERE product_id = ? ORDER BY opened_at, id`,
    )
    .all(productId) as IncidentCase[];
  return rows.filter((c) => lotIds.length === 0 || c.lotId === null || lotIds.includes(c.lotId));
}

/** The product's latest incoming inspection, or null when it was never inspected. */
export function latestInspection(db: DB, productId: number): InspectionResult | null {
  const row = db
    .prepare(
      `SELECT i.date, i.verdict, coalesce(l.po_reference, 'Lot #' || l.id) AS lotReference
       FROM inspections i JOIN lots l ON l.id = i.lot_id
       WHERE l.product_id = ? ORDER BY i.date DESC, i.id DESC LIMIT 1`,
    )
    .get(productId) as { date: string; verdict: 'accept' | 'reject'; lotReference: string } | undefined;
  if (!row) return null;
  return { date: row.date, result: row.verdict === 'accept' ? 'accepted' : 'rejected', lotReference: row.lotReference };
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// MERGE POINT (lead): records owned by areas built in parallel on other branches.
//   lotsForIncident   ← quality (table `lots`)
//   latestInspection  ← quality (table `inspections`)
//   casesForIncident  ← after-sales (table `cases`)
// Each reads its table only if it exists (sqlite_master), and maps columns by the names those
// areas are most likely to use; replace the bodies with the owning area's own functions at merge.
// ─────────────────────────────────────────────────────────────────────────────────────────────
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

type Raw = Record<string, unknown>;

const hasTable = (db: DB, name: string) => db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
const columns = (db: DB, table: string) => new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
const str = (r: Raw, ...keys: string[]): string | null => {
  for (const k of keys) if (r[k] !== undefined && r[k] !== null && r[k] !== '') return String(r[k]);
  return null;
};
const num = (r: Raw, ...keys: string[]): number | null => {
  for (const k of keys) if (typeof r[k] === 'number') return r[k];
  return null;
};

/** The product's lots (goods receipts); [] while the quality area's `lots` table does not exist. */
export function lotsForIncident(db: DB, productId: number): IncidentLot[] {
  if (!hasTable(db, 'lots') || !columns(db, 'lots').has('product_id')) return [];
  const rows = db.prepare('SELECT * FROM lots WHERE product_id = ? ORDER BY id').all(productId) as Raw[];
  const supplierName = (r: Raw) => {
    const sid = num(r, 'supplier_id');
    if (sid === null) return null;
    return (db.prepare('SELECT name FROM suppliers WHERE id = ?').get(sid) as { name: string } | undefined)?.name ?? null;
  };
  return rows.map((r) => ({
    id: Number(r.id),
    reference: str(r, 'reference', 'lot_number', 'number', 'code') ?? `#${String(r.id)}`,
    receivedOn: str(r, 'received_on', 'received_at', 'receipt_date', 'date'),
    quantity: num(r, 'quantity', 'quantity_received', 'units'),
    supplierName: supplierName(r),
  }));
}

/** After-sales cases about the product (and its lots); [] while the `cases` table does not exist. */
export function casesForIncident(db: DB, productId: number, lotIds: number[]): IncidentCase[] {
  if (!hasTable(db, 'cases') || !columns(db, 'cases').has('product_id')) return [];
  const rows = db.prepare('SELECT * FROM cases WHERE product_id = ? ORDER BY id').all(productId) as Raw[];
  return rows
    .map((r) => ({
      id: Number(r.id),
      reference: str(r, 'reference', 'order_ref', 'order_reference') ?? `#${String(r.id)}`,
      customer: str(r, 'customer_name', 'customer'),
      country: str(r, 'customer_country', 'country'),
      type: str(r, 'type'),
      reason: str(r, 'reason'),
      openedAt: str(r, 'opened_at', 'created_at'),
      lotId: num(r, 'lot_id'),
    }))
    .filter((c) => lotIds.length === 0 || c.lotId === null || lotIds.includes(c.lotId));
}

/** The product's latest incoming inspection; null while the `inspections` table does not exist. */
export function latestInspection(db: DB, productId: number): InspectionResult | null {
  if (!hasTable(db, 'inspections')) return null;
  const cols = columns(db, 'inspections');
  const dateCol = ['inspected_on', 'inspected_at', 'date', 'created_at'].find((c) => cols.has(c));
  const order = `${dateCol ? `i.${dateCol} DESC, ` : ''}i.id DESC`;
  let row: Raw | undefined;
  if (cols.has('product_id')) row = db.prepare(`SELECT i.* FROM inspections i WHERE i.product_id = ? ORDER BY ${order} LIMIT 1`).get(productId) as Raw | undefined;
  else if (cols.has('lot_id') && hasTable(db, 'lots') && columns(db, 'lots').has('product_id'))
    row = db.prepare(`SELECT i.* FROM inspections i JOIN lots l ON l.id = i.lot_id WHERE l.product_id = ? ORDER BY ${order} LIMIT 1`).get(productId) as Raw | undefined;
  if (!row) return null;
  const lotId = num(row, 'lot_id');
  const lot = lotId !== null ? lotsForIncident(db, productId).find((l) => l.id === lotId) : undefined;
  return {
    date: dateCol ? str(row, dateCol) : null,
    result: str(row, 'result', 'decision', 'outcome', 'status') ?? 'recorded',
    lotReference: lot?.reference ?? null,
  };
}

// Gathers the preflight's input from the database and runs the pure checker.
import type { ReadDb } from '../db/read';
import type { QueryContext } from '../context';
import { normalizeCompliance } from '../../shared/compliance';
import type { Compliance } from '../../shared/compliance';
import type { CertificateFact, PreflightResult, ProductFacts, SellerRule } from '../../shared/preflight';
import type { Shipment } from '../../shared/shipments';
import { getProfile } from '../settings/profile';
import { listActiveSellerRules } from './sellerRules';
import { listActivePackagingRules } from './packagingRules';
import { preflight } from './engine';
import type { PreflightShipment } from './engine';
import { loadReferenceRules } from '../reference';

/**
 * Every certificate covering these products, expired ones included: the checker decides what an
 * expiry on the ship date means (a block), so it must see them.
 */
export function loadCertificateFacts(db: ReadDb, productIds: readonly number[], _onDate: string): CertificateFact[] {
  if (productIds.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT c.id, c.type, c.number, c.expiry_date AS expiryDate, json_group_array(cp.product_id) AS productIds
       FROM certificates c JOIN certificate_products cp ON cp.certificate_id = c.id
       WHERE cp.product_id IN (SELECT value FROM json_each(?))
       GROUP BY c.id ORDER BY c.id`,
    )
    .all(JSON.stringify([...new Set(productIds)])) as { type: string; number: string | null; expiryDate: string | null; productIds: string }[];
  return rows.map((r) => ({ type: r.type, number: r.number ?? '', expiryDate: r.expiryDate, productIds: JSON.parse(r.productIds) as number[] }));
}

export function loadProductFacts(db: ReadDb, ids: readonly number[]): Map<number, ProductFacts> {
  const out = new Map<number, ProductFacts>();
  if (ids.length === 0) return out;
  const unique = [...new Set(ids)];
  // One query: the facts and, through the partial unique index on the default link, the default
  // supplier's standing (issue 6: probation warns, blocked blocks).
  const rows = db
    .prepare(
      `SELECT p.id, p.sku, p.status, p.compliance, p.material, p.hs_code AS hsCode, p.unit_value AS unitValue, p.currency,
              p.tariff_codes AS tariffCodes, p.eu_responsible_person AS euResponsiblePerson, p.manufacturer, s.id AS supplierId, s.name AS supplierName, s.status AS supplierStatus
       FROM products p
       LEFT JOIN product_suppliers ps ON ps.product_id = p.id AND ps.is_default = 1
       LEFT JOIN suppliers s ON s.id = ps.supplier_id
       WHERE p.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(unique)) as {
    id: number;
    sku: string;
    status: 'active' | 'archived';
    compliance: string;
    material: string | null;
    hsCode: string | null;
    unitValue: number | null;
    currency: string | null;
    tariffCodes: string;
    euResponsiblePerson: string | null;
    manufacturer: string | null;
    supplierId: number | null;
    supplierName: string | null;
    supplierStatus: 'approved' | 'probation' | 'blocked' | null;
  }[];
  for (const r of rows)
    out.set(r.id, {
      id: r.id,
      sku: r.sku,
      status: r.status,
      compliance: normalizeCompliance(JSON.parse(r.compliance) as Partial<Compliance>),
      material: r.material,
      hsCode: r.hsCode,
      unitValue: r.unitValue,
      currency: r.currency,
      tariffCodes: JSON.parse(r.tariffCodes) as Record<string, string>,
      euResponsiblePerson: r.euResponsiblePerson,
      manufacturer: r.manufacturer,
      defaultSupplier: r.supplierId === null ? null : { id: r.supplierId, name: r.supplierName ?? '', status: r.supplierStatus ?? 'approved' },
    });
  return out;
}

export function runPreflight(ctx: QueryContext, shipment: PreflightShipment, sellerRules?: SellerRule[]): PreflightResult {
  const ids = shipment.items.map((i) => i.productId);
  const date = shipment.shipDate ?? ctx.today();
  return preflight({
    shipment,
    products: loadProductFacts(ctx.db, ids),
    profile: getProfile(ctx),
    reference: loadReferenceRules(ctx.resourcesDir),
    sellerRules: sellerRules ?? listActiveSellerRules(ctx.db),
    certificates: loadCertificateFacts(ctx.db, ids, date),
    date,
    packagingRules: listActivePackagingRules(ctx.db),
  });
}

export type { Shipment };

// How a shipment's items and parcels are read from their rows, once for every reader: the editor
// (getShipment) and the list's preflight (summary.ts) must hand the checker the same facts, or the
// list says "ready" where the editor blocks (as it did for the issue-18 parcel facts).
import type { Parcel } from '../../shared/shipments';

/** Columns of shipment_items joined to products as `p` (alias `i`), as a ShipmentItem. */
export const ITEM_COLUMNS = `i.id, i.product_id AS productId, p.sku, i.description, i.quantity, i.unit_value AS unitValue, i.hs_code AS hsCode,
  i.origin_country AS originCountry, i.unit_net_weight_g AS unitNetWeightG`;

/** Columns of shipment_parcels, turned into a Parcel by parcelFromRow. */
export const PARCEL_COLUMNS = `id, gross_weight_g AS grossWeightG, length_mm AS lengthMm, width_mm AS widthMm, height_mm AS heightMm, packaging,
  packaging_type AS packagingType, inner_sealed AS sealed, inner_absorbent AS absorbent, inner_secondary AS secondary,
  battery_protected AS batteryProtected, mail_class AS mailClass`;

export type ParcelRow = Omit<Parcel, 'innerPackaging' | 'batteryProtected'> & { sealed: number; absorbent: number; secondary: number; batteryProtected: number };

export const parcelFromRow = ({ sealed, absorbent, secondary, batteryProtected, ...p }: ParcelRow): Parcel => ({
  ...p,
  innerPackaging: { sealed: sealed === 1, absorbent: absorbent === 1, secondary: secondary === 1 },
  batteryProtected: batteryProtected === 1,
});

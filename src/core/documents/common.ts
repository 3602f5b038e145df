// Small facts shared by the pack's documents.
import type { ItemCategory, PackData } from '../../shared/documents';

export const CATEGORY_LABELS: Record<ItemCategory, string> = {
  gift: 'Gift',
  documents: 'Documents',
  commercial_sample: 'Commercial sample',
  returned_goods: 'Returned goods',
  sale_of_goods: 'Sale of goods',
  other: 'Other',
};

export interface Totals {
  /** The contents: the CN 22/CN 23 "Total value" (postage and insurance are not part of it). */
  goods: number;
  /** Postage plus insurance: the CN 23 "Postal charges/Fees" box. */
  fees: number;
  /** Goods plus postage plus insurance: what the commercial invoice totals. */
  invoiceTotal: number;
  quantity: number;
  netG: number;
  grossG: number;
  packages: number;
}

/** The one computation of totals, so invoice, CN22/CN23 and packing list always agree. */
export function totals(d: PackData): Totals {
  const goods = d.items.reduce((s, i) => s + i.unitValue * i.quantity, 0);
  return {
    goods,
    fees: d.charges.postage + d.charges.insurance,
    invoiceTotal: goods + d.charges.postage + d.charges.insurance,
    quantity: d.items.reduce((s, i) => s + i.quantity, 0),
    netG: d.items.reduce((s, i) => s + i.netWeightG * i.quantity, 0),
    grossG: d.parcels.reduce((s, p) => s + p.grossWeightG, 0),
    packages: d.parcels.length,
  };
}

/** "1 parcel", "2 parcels": an English count with its noun. */
export const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** Description with the local name under it (e.g. the Chinese name). */
export const describe = (i: { description: string; localName?: string | null }) =>
  i.localName ? [i.description, i.localName] : [i.description];

/** Scales relative column weights to a total width. */
export function widths(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => (w / sum) * total);
}

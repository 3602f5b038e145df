// Shipments: a consignee, the items declared (copied from the catalog, editable per shipment), the
// parcels, and a status that follows the parcel from draft to delivery (or hold, return, loss).
import { z } from 'zod';
import { hsCodeInput } from './products';
import { parcelPackingFields } from './packing';
import type { InnerPackaging, MailClass, PackagingType } from './packing';
import { calendarDate, INCOTERMS, postalOperatorId } from './settings';
import type { Incoterm } from './settings';
import { count, countryCode, currencyCode, id, optionalText, requiredText, searchQuery, identifier, optionalIdentifier, optionalEmail } from './validation';

export const SHIPMENT_STATUSES = ['draft', 'ready', 'shipped', 'delivered', 'held', 'returned', 'destroyed', 'lost'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/** The workflow: which status may follow which. Anything else is refused. */
export const STATUS_TRANSITIONS: Readonly<Record<ShipmentStatus, readonly ShipmentStatus[]>> = {
  draft: ['ready'],
  ready: ['draft', 'shipped'],
  shipped: ['delivered', 'held', 'returned', 'lost'],
  held: ['shipped', 'delivered', 'returned', 'destroyed', 'lost'],
  delivered: ['returned'],
  returned: [],
  destroyed: [],
  lost: ['delivered'],
};
/** Statuses in which the declaration may still be edited (editing a ready shipment makes it a draft again). */
export const EDITABLE_STATUSES: readonly ShipmentStatus[] = ['draft', 'ready'];

/** Category of item, as ticked on CN22/CN23. */
export const ITEM_CATEGORIES = ['sale_of_goods', 'gift', 'commercial_sample', 'returned_goods', 'documents', 'other'] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];
/** Categories for which customs expects an invoice and full tariff data. */
export const COMMERCIAL_CATEGORIES: readonly ItemCategory[] = ['sale_of_goods', 'commercial_sample', 'returned_goods'];

export interface Consignee {
  name: string;
  company: string | null;
  addressLines: string[];
  city: string;
  state: string | null;
  postcode: string | null;
  country: string;
  phone: string | null;
  email: string | null;
  taxId: string | null;
}

export interface ShipmentItem {
  id: number;
  productId: number;
  /** The product's SKU (for display; not editable here). */
  sku: string;
  description: string;
  quantity: number;
  /** Minor units of the shipment's currency. */
  unitValue: number;
  hsCode: string | null;
  originCountry: string | null;
  unitNetWeightG: number;
}

export interface Parcel {
  id: number;
  grossWeightG: number;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  packaging: string | null;
  /** Issue 18 (always present as returned; optional for parcels built before it). */
  packagingType?: PackagingType | null;
  innerPackaging?: InnerPackaging;
  /** Equipment with a battery: switched off, protected against short circuit and accidental activation. */
  batteryProtected?: boolean;
  mailClass?: MailClass | null;
}

export interface ShipmentEvent {
  id: number;
  at: string;
  kind: 'created' | 'updated' | 'status';
  fromStatus: ShipmentStatus | null;
  toStatus: ShipmentStatus | null;
  note: string | null;
}

export interface Shipment {
  id: number;
  reference: string;
  orderRefs: string[];
  consignee: Consignee;
  shipDate: string | null;
  carrier: string | null;
  service: string | null;
  trackingNumber: string | null;
  /** Designated operator (resources/rules/postal-operators.json id); null: the seller's default. */
  postalOperator: string | null;
  category: ItemCategory;
  categoryExplanation: string | null;
  incoterm: Incoterm;
  currency: string;
  postage: number;
  insurance: number;
  insuredValue: number | null;
  invoiceNumber: string | null;
  invoiceDate: string | null;
  status: ShipmentStatus;
  items: ShipmentItem[];
  parcels: Parcel[];
  timeline: ShipmentEvent[];
  /** Sum of quantity × unit value, minor units of `currency`. */
  goodsValue: number;
  createdAt: string;
  updatedAt: string;
}

/** A designated operator (resources/rules/postal-operators.json): its id, country and name as printed on CN 22/CN 23. */
export interface PostalOperator {
  id: string;
  country: string;
  name: string;
  /** Its usual Chinese name ('中国邮政'), which the Chinese UI shows; null when Clearpack has none (the printed name is shown). */
  nameZh: string | null;
}

export interface ShipmentSummary {
  id: number;
  reference: string;
  consigneeName: string;
  country: string;
  status: ShipmentStatus;
  shipDate: string | null;
  itemCount: number;
  goodsValue: number;
  currency: string;
  trackingNumber: string | null;
  updatedAt: string;
  /** The preflight now, for a shipment still being prepared (draft, ready); null once it has left. */
  preflight: PreflightSummary | null;
}

/** The preflight in one word and three counts, as the shipments list shows it. */
export interface PreflightSummary {
  verdict: 'ready' | 'warnings' | 'blocked';
  block: number;
  warn: number;
  info: number;
}

export const SHIPMENT_LIMITS = { quantity: 100_000, valueMinor: 1_000_000_000_00, weightG: 1_000_000, dimensionMm: 10_000, items: 500, parcels: 50 } as const;

const line = (max: number) => requiredText(max);

export const consigneeSchema = z.strictObject({
  name: requiredText(200),
  company: optionalText(200),
  addressLines: z.array(line(200)).min(1).max(4),
  city: requiredText(100),
  state: optionalText(100),
  postcode: optionalText(20),
  country: countryCode,
  phone: optionalText(40),
  email: optionalEmail(200),
  taxId: optionalIdentifier(60),
});

/** An item as sent: any customs fact left out is copied from the product. */
export const itemInput = z.strictObject({
  productId: id,
  /** Left out: the product's name. '' or null: no description (the preflight will say so). */
  description: optionalText(200),
  quantity: z.number().int().min(1).max(SHIPMENT_LIMITS.quantity),
  unitValue: count(SHIPMENT_LIMITS.valueMinor).optional(),
  hsCode: hsCodeInput,
  originCountry: countryCode.nullable().optional(),
  unitNetWeightG: count(SHIPMENT_LIMITS.weightG).optional(),
});
export type ItemInput = z.input<typeof itemInput>;

const dimension = z.number().int().min(1).max(SHIPMENT_LIMITS.dimensionMm).nullable().optional();
export const parcelInput = z.strictObject({
  grossWeightG: z.number().int().min(1).max(SHIPMENT_LIMITS.weightG),
  lengthMm: dimension,
  widthMm: dimension,
  heightMm: dimension,
  /** A note on the packaging (the type is `packagingType`). */
  packaging: optionalText(100),
  ...parcelPackingFields,
});
export type ParcelInput = z.input<typeof parcelInput>;

const shipmentFields = {
  orderRefs: z.array(identifier(100)).max(20),
  consignee: consigneeSchema,
  shipDate: calendarDate.nullable().optional(),
  carrier: optionalText(100),
  service: optionalText(100),
  trackingNumber: optionalIdentifier(60),
  postalOperator: postalOperatorId,
  category: z.enum(ITEM_CATEGORIES),
  categoryExplanation: optionalText(200),
  incoterm: z.enum(INCOTERMS),
  currency: currencyCode,
  postage: count(SHIPMENT_LIMITS.valueMinor),
  insurance: count(SHIPMENT_LIMITS.valueMinor),
  insuredValue: count(SHIPMENT_LIMITS.valueMinor).nullable().optional(),
  invoiceNumber: optionalIdentifier(60),
  invoiceDate: calendarDate.nullable().optional(),
  /** Replaces every item (facts left out are copied from the product). */
  items: z.array(itemInput).max(SHIPMENT_LIMITS.items),
  /** Replaces every parcel. */
  parcels: z.array(parcelInput).max(SHIPMENT_LIMITS.parcels),
};

export const shipmentCreateInput = z.strictObject({
  ...shipmentFields,
  orderRefs: shipmentFields.orderRefs.optional(),
  category: shipmentFields.category.optional(),
  incoterm: shipmentFields.incoterm.optional(),
  currency: shipmentFields.currency.optional(),
  postage: shipmentFields.postage.optional(),
  insurance: shipmentFields.insurance.optional(),
  items: shipmentFields.items.optional(),
  parcels: shipmentFields.parcels.optional(),
});
export type ShipmentCreateInput = z.input<typeof shipmentCreateInput>;

export const shipmentUpdateInput = z.strictObject({ id, ...z.strictObject(shipmentFields).partial().shape });
export type ShipmentUpdateInput = z.input<typeof shipmentUpdateInput>;

export const shipmentAddItemInput = z.strictObject({ id, productId: id, quantity: z.number().int().min(1).max(SHIPMENT_LIMITS.quantity).default(1) });
export const shipmentRemoveItemInput = z.strictObject({ id, itemId: id });

export const shipmentSetStatusInput = z.strictObject({
  id,
  status: z.enum(SHIPMENT_STATUSES),
  note: optionalText(500),
});

export const shipmentListInput = z
  .strictObject({
    query: searchQuery(200).optional(),
    status: z.enum([...SHIPMENT_STATUSES, 'all']).default('all'),
    /** Only what today's print would build without a block: draft or ready, shipping today, no blocking finding. */
    readyToPrint: z.boolean().default(false),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .prefault({});

// Orders in: a store's order export (Shopify, WooCommerce, Etsy, eBay, Amazon, any spreadsheet)
// read into draft shipments, one per order, each preflighted. What a column can fill, the formats
// recognised, and what an import reports (orders found, skipped and why, problems per order, the
// shipments made with their preflight verdict).
import { z } from 'zod';
import { filePath } from './paths';
import { TEXT_ENCODINGS } from './imports';
import type { TextEncoding } from './imports';
import type { Said } from './preflight';
import { currencyCode, optionalText } from './validation';

/**
 * Fields of an order a column can fill. Order fields may be on the order's first row only
 * (Shopify); line fields are on every row. `unitPrice` is the price of one unit; `lineTotal` the
 * price of the whole line (Amazon and WooCommerce give that): either makes the item's unit value.
 * `requiresShipping` false leaves a line out (digital goods, gift cards); `fulfillment`, `status`,
 * `cancelledAt`, `shippedAt` decide which orders are skipped.
 */
export const ORDER_FIELDS = [
  'orderNumber', 'status', 'fulfillment', 'cancelledAt', 'shippedAt',
  'name', 'firstName', 'lastName', 'company', 'address1', 'address2', 'address3', 'city', 'postcode', 'state', 'country', 'phone', 'email',
  'sku', 'itemName', 'quantity', 'unitPrice', 'lineTotal', 'requiresShipping', 'shipping', 'currency', 'itemCount', 'orderValue',
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];
export type OrderMapping = Partial<Record<OrderField, string | null>>;

/**
 * shopify: Shopify's Orders export (one row per line item, the order's fields on its first row).
 * woocommerce: WooCommerce's order CSV export, one row per line item (order_number, item_sku …).
 * etsy_items: Etsy's Sold Order Items (one row per item, with the address). etsy_orders: Etsy's
 * Sold Orders (one row per order; its items only as a SKU list). ebay: eBay Seller Hub's orders
 * report. amazon: Amazon's order report (tab-separated). generic: any sheet, by header names.
 */
export const ORDER_FORMATS = ['shopify', 'woocommerce', 'etsy_items', 'etsy_orders', 'ebay', 'amazon', 'generic'] as const;
export type OrderFormat = (typeof ORDER_FORMATS)[number];

/** Why an order found in the file makes no shipment (counted, not a problem). */
export const SKIP_REASONS = ['cancelled', 'refunded', 'fulfilled', 'no_shipping', 'already_imported'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

const encoding = z.enum(TEXT_ENCODINGS).optional();

export const ordersPreviewInput = z.strictObject({ path: filePath, encoding });

export const ordersImportInput = z.strictObject({
  path: filePath,
  encoding,
  /** Overrides the detected mapping, field by field (null leaves a field out). */
  mapping: z.partialRecord(z.enum(ORDER_FIELDS), z.string().max(500).nullable()).optional(),
  /** Only check; write nothing. */
  dryRun: z.boolean().default(false),
  /** stop (default): one bad order and nothing is written. skip: the good orders are imported, the bad ones listed. */
  onError: z.enum(['stop', 'skip']).default('stop'),
  /**
   * The store the orders come from: an order number is unique per store, so importing the same
   * file twice creates nothing new. Absent: the platform (shopify, etsy, ebay …).
   */
  store: optionalText(100),
  /** Currency of amounts when the file has no currency column (the seller profile's default otherwise). */
  currency: currencyCode.optional(),
});
export type OrdersImportInput = z.input<typeof ordersImportInput>;

export interface OrdersPreview {
  path: string;
  sizeBytes: number;
  format: OrderFormat;
  encoding: TextEncoding;
  decimal: ',' | '.';
  headers: string[];
  mapping: OrderMapping;
  rows: string[][];
}

/** A problem of one order (or of the file: orderNumber null, row null). */
export interface OrderProblem {
  orderNumber: string | null;
  row: number | null;
  column: string | null;
  field: string | null;
  key: string;
  message: string;
  params?: Record<string, string | number>;
}

export type PreflightVerdict = 'ready' | 'warned' | 'blocked';

export interface ImportedShipment {
  id: number;
  reference: string;
  orderNumber: string;
  consigneeName: string;
  country: string;
  verdict: PreflightVerdict;
  /** The blocking findings (or, when none, the warnings), in words with their keys, for the list. */
  findings: Said[];
}

export interface OrdersImportReport {
  dryRun: boolean;
  onError: 'stop' | 'skip';
  format: OrderFormat;
  store: string;
  mapping: OrderMapping;
  /** Data rows read. */
  rows: number;
  /** Orders the file holds. */
  orders: number;
  /** Orders that make no shipment, by reason. */
  skipped: Record<SkipReason, number>;
  /** The first skipped orders with their reason. */
  skippedOrders: { orderNumber: string; reason: SkipReason }[];
  /** Lines left out because they need no shipping (digital goods, gift cards). */
  linesLeftOut: number;
  /** Orders with a problem (none written unless onError is skip). */
  badOrders: number;
  problemCount: number;
  /** The first problems. */
  problems: OrderProblem[];
  /** Orders that would be (dry run) or were imported. */
  good: number;
  committed: boolean;
  created: number;
  shipments: ImportedShipment[];
  verdicts: Record<PreflightVerdict, number>;
}

export const ORDER_PROBLEM_LIMIT = 1000;
export const ORDER_LIST_LIMIT = 2000;

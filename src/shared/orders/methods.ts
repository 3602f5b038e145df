// Orders in (implemented in src/core/orders/handlers.ts).
import { z } from 'zod';
import { job, query } from '../contract';
import type { MethodTable } from '../contract';
import { ordersImportInput, ordersPreviewInput } from '../orders';
import type { OrdersImportReport, OrdersPreview } from '../orders';

export const ordersMethods = {
  /** Header, detected platform, proposed mapping and first rows of an order export. */
  'orders.previewCsv': query<OrdersPreview>()(ordersPreviewInput),
  /** Each order → one draft shipment, preflighted; all or nothing unless onError is skip. */
  'orders.importCsv': job<OrdersImportReport>()(ordersImportInput),
  /** The demo's order files (one per platform), where the demo wrote them; empty without the demo. */
  'orders.demoFiles': query<{ format: string; path: string }[]>()(z.strictObject({}).optional()),
} satisfies MethodTable;

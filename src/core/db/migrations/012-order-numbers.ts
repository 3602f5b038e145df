import type { Migration } from './types';

// Orders in (issue 14): a shipment made from a store's order keeps the store and the order number,
// unique together, so importing the same order export twice creates nothing new. Shipments typed by
// hand have neither (NULL, outside the index).
export const migration012: Migration = {
  version: 12,
  name: 'order-numbers',
  up(db) {
    db.exec(`
      ALTER TABLE shipments ADD COLUMN order_store TEXT;
      ALTER TABLE shipments ADD COLUMN order_number TEXT;
      CREATE UNIQUE INDEX shipments_store_order ON shipments (order_store, order_number) WHERE order_number IS NOT NULL;
    `);
  },
};

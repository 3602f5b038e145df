import type { Migration } from './types';

// The designated operator (the postal operator that carries the item and whose name heads CN 22 and
// CN 23) on each shipment: an id from resources/rules/postal-operators.json, NULL when the seller's
// default (profile) applies. The item number itself is the existing tracking_number (a UPU S10
// identifier is recognised from it; courier numbers stay as they are).
export const migration011: Migration = {
  version: 11,
  name: 'postal-operator',
  up(db) {
    db.exec(`ALTER TABLE shipments ADD COLUMN postal_operator TEXT CHECK (postal_operator IS NULL OR postal_operator GLOB '[A-Z][A-Z]-[A-Z]*')`);
  },
};

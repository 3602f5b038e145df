import type { Migration } from './types';

// Suppliers' city, postal code and tax number (VAT, GST, EIN … as the supplier gives it): store
// exports and supplier lists carry them, and a customs broker asks for them. Empty for every
// supplier already on file.
export const migration010: Migration = {
  version: 10,
  name: 'supplier-address',
  up(db) {
    db.exec(`
      ALTER TABLE suppliers ADD COLUMN city TEXT;
      ALTER TABLE suppliers ADD COLUMN postal_code TEXT;
      ALTER TABLE suppliers ADD COLUMN tax_number TEXT;
    `);
  },
};

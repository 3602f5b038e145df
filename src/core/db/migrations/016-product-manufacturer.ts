import type { Migration } from './types';

// GPSR (Regulation (EU) 2023/988, art. 9(6) and 19): a product sold into the EU carries its
// manufacturer's name and postal and electronic address; the seller keeps them with the product (one
// text, like the EU responsible person) and the pack's product information sheet prints them.
export const migration016: Migration = {
  version: 16,
  name: 'product-manufacturer',
  up(db) {
    db.exec(`ALTER TABLE products ADD COLUMN manufacturer TEXT CHECK (manufacturer IS NULL OR length(manufacturer) BETWEEN 1 AND 400);`);
  },
};

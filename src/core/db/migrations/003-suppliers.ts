import type { Migration } from './types';

// Suppliers, their search index, and the terms on which each product is bought from them.
// Contacts and the onboarding assessment are small nested records read and written whole with
// the supplier, so they are JSON columns. The FTS index (written by the catalog code, CJK
// pre-split like products) carries name, local name, every contact detail and the licence number;
// "active"/"archived" is a token in it so the common search counts in the index alone.
export const migration003: Migration = {
  version: 3,
  name: 'suppliers',
  up(db) {
    db.exec(`
      CREATE TABLE suppliers (
        id              INTEGER PRIMARY KEY,
        name            TEXT    NOT NULL,
        local_name      TEXT,
        country         TEXT    NOT NULL,
        address         TEXT,
        contacts        TEXT    NOT NULL DEFAULT '[]',
        website         TEXT,
        licence_number  TEXT,
        status          TEXT    NOT NULL DEFAULT 'approved' CHECK (status IN ('approved', 'probation', 'blocked')),
        assessment      TEXT,
        archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at      TEXT    NOT NULL,
        updated_at      TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX suppliers_archived_name ON suppliers (archived, name COLLATE NOCASE);
      CREATE VIRTUAL TABLE suppliers_fts USING fts5 (
        name, local_name, contacts, licence_number, state,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
      );
      CREATE TABLE product_suppliers (
        product_id      INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        supplier_id     INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
        supplier_sku    TEXT,
        unit_cost       INTEGER CHECK (unit_cost >= 0),
        currency        TEXT,
        lead_time_days  INTEGER CHECK (lead_time_days >= 0),
        moq             INTEGER CHECK (moq >= 0),
        is_default      INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
        created_at      TEXT    NOT NULL,
        updated_at      TEXT    NOT NULL,
        PRIMARY KEY (product_id, supplier_id)
      ) STRICT;
      CREATE INDEX product_suppliers_supplier ON product_suppliers (supplier_id);
      -- At most one default supplier per product, enforced by the database too.
      CREATE UNIQUE INDEX product_suppliers_one_default ON product_suppliers (product_id) WHERE is_default = 1;
    `);
  },
};

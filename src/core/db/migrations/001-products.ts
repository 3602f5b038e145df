import type { Migration } from './types';

// Products and their full-text index. The FTS table keeps its own copy of the searchable text,
// written by the catalog code (not triggers) because CJK text is pre-split into single characters
// so that any run of Chinese characters can be found (see text/fts.ts). The status is a
// token in the index too, so "active products matching X" is counted by the index alone; prefix
// indexes make the first letters typed in a search box cheap.
export const migration001: Migration = {
  version: 1,
  name: 'products',
  up(db) {
    db.exec(`
      CREATE TABLE products (
        id               INTEGER PRIMARY KEY,
        sku              TEXT    NOT NULL COLLATE NOCASE UNIQUE,
        name             TEXT    NOT NULL,
        local_name       TEXT,
        description      TEXT,
        material         TEXT,
        hs_code          TEXT,
        origin_country   TEXT,
        unit_net_weight_g INTEGER CHECK (unit_net_weight_g >= 0),
        unit_value       INTEGER CHECK (unit_value >= 0),
        currency         TEXT,
        warranty_months  INTEGER CHECK (warranty_months >= 0),
        status           TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
        created_at       TEXT    NOT NULL,
        updated_at       TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX products_status_name ON products (status, name COLLATE NOCASE);
      CREATE INDEX products_status_updated ON products (status, updated_at);
      CREATE VIRTUAL TABLE products_fts USING fts5 (
        sku, name, local_name, description, status,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
      );
    `);
  },
};

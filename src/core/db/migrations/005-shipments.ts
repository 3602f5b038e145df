import type { Migration } from './types';

// Seller profile (one JSON document in a key/value settings table), shipments with their items,
// parcels and timeline, the shipments' search index, and the seller's own preflight rules.
// A shipment keeps its list columns (consignee name, country, item count, goods value) on its own
// row so the list of 100,000 shipments pages without joins. Items reference products and keep the
// customs facts copied at the time, so a later catalog edit does not rewrite a declaration.
export const migration005: Migration = {
  version: 5,
  name: 'shipments',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;

      CREATE TABLE shipments (
        id                   INTEGER PRIMARY KEY,
        reference            TEXT    NOT NULL UNIQUE,
        order_refs           TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(order_refs)),
        consignee            TEXT    NOT NULL CHECK (json_valid(consignee)),
        consignee_name       TEXT    NOT NULL,
        country              TEXT    NOT NULL,
        ship_date            TEXT,
        carrier              TEXT,
        service              TEXT,
        tracking_number      TEXT,
        category             TEXT    NOT NULL CHECK (category IN ('sale_of_goods','gift','commercial_sample','returned_goods','documents','other')),
        category_explanation TEXT,
        incoterm             TEXT    NOT NULL,
        currency             TEXT    NOT NULL,
        postage              INTEGER NOT NULL DEFAULT 0 CHECK (postage >= 0),
        insurance            INTEGER NOT NULL DEFAULT 0 CHECK (insurance >= 0),
        insured_value        INTEGER CHECK (insured_value >= 0),
        invoice_number       TEXT,
        invoice_date         TEXT,
        status               TEXT    NOT NULL DEFAULT 'draft'
                             CHECK (status IN ('draft','ready','shipped','delivered','held','returned','destroyed','lost')),
        item_count           INTEGER NOT NULL DEFAULT 0,
        goods_value          INTEGER NOT NULL DEFAULT 0,
        created_at           TEXT    NOT NULL,
        updated_at           TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX shipments_status_created ON shipments (status, created_at DESC, id DESC);
      CREATE INDEX shipments_created ON shipments (created_at DESC, id DESC);
      CREATE INDEX shipments_ship_date ON shipments (ship_date);

      CREATE TABLE shipment_items (
        id                INTEGER PRIMARY KEY,
        shipment_id       INTEGER NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
        position          INTEGER NOT NULL,
        product_id        INTEGER NOT NULL REFERENCES products (id),
        description       TEXT    NOT NULL,
        quantity          INTEGER NOT NULL CHECK (quantity > 0),
        unit_value        INTEGER NOT NULL CHECK (unit_value >= 0),
        hs_code           TEXT,
        origin_country    TEXT,
        unit_net_weight_g INTEGER NOT NULL CHECK (unit_net_weight_g >= 0)
      ) STRICT;
      CREATE INDEX shipment_items_shipment ON shipment_items (shipment_id, position);
      CREATE INDEX shipment_items_product ON shipment_items (product_id);

      CREATE TABLE shipment_parcels (
        id             INTEGER PRIMARY KEY,
        shipment_id    INTEGER NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
        position       INTEGER NOT NULL,
        gross_weight_g INTEGER NOT NULL CHECK (gross_weight_g > 0),
        length_mm      INTEGER CHECK (length_mm > 0),
        width_mm       INTEGER CHECK (width_mm > 0),
        height_mm      INTEGER CHECK (height_mm > 0),
        packaging      TEXT
      ) STRICT;
      CREATE INDEX shipment_parcels_shipment ON shipment_parcels (shipment_id, position);

      CREATE TABLE shipment_events (
        id          INTEGER PRIMARY KEY,
        shipment_id INTEGER NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
        at          TEXT    NOT NULL,
        kind        TEXT    NOT NULL CHECK (kind IN ('created','updated','status')),
        from_status TEXT,
        to_status   TEXT,
        note        TEXT
      ) STRICT;
      CREATE INDEX shipment_events_shipment ON shipment_events (shipment_id, id);

      CREATE VIRTUAL TABLE shipments_fts USING fts5 (
        reference, consignee, tracking, order_refs,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
      );

      CREATE TABLE seller_rules (
        id          INTEGER PRIMARY KEY,
        match       TEXT    NOT NULL CHECK (match IN ('product','category','hs_prefix')),
        product_id  INTEGER REFERENCES products (id),
        category    TEXT,
        hs_prefix   TEXT,
        destination TEXT    NOT NULL DEFAULT '*',
        severity    TEXT    NOT NULL CHECK (severity IN ('block','warn','info')),
        message     TEXT    NOT NULL,
        active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at  TEXT    NOT NULL,
        updated_at  TEXT    NOT NULL
      ) STRICT;
    `);
  },
};

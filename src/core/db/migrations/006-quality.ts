import type { Migration } from './types';

// Supplier quality: lots (goods receipts), inspection plans per product, the ISO 2859-1 switching
// state per supplier-product, inspections with their defects, and stored supplier reviews.
export const migration006: Migration = {
  version: 6,
  name: 'quality',
  up(db) {
    db.exec(`
      CREATE TABLE lots (
        id                  INTEGER PRIMARY KEY,
        supplier_id         INTEGER NOT NULL REFERENCES suppliers (id),
        product_id          INTEGER NOT NULL REFERENCES products (id),
        po_reference        TEXT,
        quantity_ordered    INTEGER NOT NULL CHECK (quantity_ordered > 0),
        quantity_received   INTEGER NOT NULL CHECK (quantity_received > 0),
        over_receipt_reason TEXT,
        quantity_accepted   INTEGER CHECK (quantity_accepted >= 0),
        quantity_rejected   INTEGER CHECK (quantity_rejected >= 0),
        expected_date       TEXT,
        received_date       TEXT    NOT NULL,
        unit_cost           INTEGER CHECK (unit_cost >= 0),
        currency            TEXT,
        status              TEXT    NOT NULL CHECK (status IN ('awaiting_inspection','accepted','rejected','partially_accepted','quarantined','released')),
        certificate_id      INTEGER REFERENCES certificates (id),
        notes               TEXT,
        released_at         TEXT,
        created_at          TEXT    NOT NULL,
        updated_at          TEXT    NOT NULL,
        CHECK (quantity_received <= quantity_ordered OR over_receipt_reason IS NOT NULL)
      ) STRICT;
      CREATE INDEX lots_supplier_received ON lots (supplier_id, received_date);
      CREATE INDEX lots_received ON lots (received_date, supplier_id);
      CREATE INDEX lots_status ON lots (status, received_date);
      CREATE INDEX lots_product ON lots (product_id);
      CREATE TABLE inspection_plans (
        product_id   INTEGER PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
        level        TEXT    NOT NULL,
        aql_critical REAL    NOT NULL,
        aql_major    REAL    NOT NULL,
        aql_minor    REAL    NOT NULL,
        checklist    TEXT    NOT NULL DEFAULT '[]',
        updated_at   TEXT    NOT NULL
      ) STRICT;
      CREATE TABLE inspection_switching (
        supplier_id INTEGER NOT NULL REFERENCES suppliers (id),
        product_id  INTEGER NOT NULL REFERENCES products (id),
        mode        TEXT    NOT NULL CHECK (mode IN ('normal','tightened','reduced')),
        history     TEXT    NOT NULL DEFAULT '',
        updated_at  TEXT    NOT NULL,
        PRIMARY KEY (supplier_id, product_id)
      ) STRICT;
      CREATE TABLE inspections (
        id           INTEGER PRIMARY KEY,
        lot_id       INTEGER NOT NULL REFERENCES lots (id),
        date         TEXT    NOT NULL,
        inspector    TEXT    NOT NULL,
        mode         TEXT    NOT NULL,
        level        TEXT    NOT NULL,
        lot_size     INTEGER NOT NULL,
        sample_size  INTEGER NOT NULL CHECK (sample_size > 0),
        defect_count INTEGER NOT NULL DEFAULT 0,
        original     INTEGER NOT NULL DEFAULT 1,
        classes      TEXT    NOT NULL,
        checklist    TEXT    NOT NULL DEFAULT '[]',
        verdict      TEXT    NOT NULL CHECK (verdict IN ('accept','reject')),
        lot_status   TEXT    NOT NULL,
        next_mode    TEXT    NOT NULL,
        notes        TEXT,
        created_at   TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX inspections_lot ON inspections (lot_id, original);
      CREATE TABLE inspection_defects (
        id                  INTEGER PRIMARY KEY,
        inspection_id       INTEGER NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
        class               TEXT    NOT NULL CHECK (class IN ('critical','major','minor')),
        type                TEXT    NOT NULL,
        count               INTEGER NOT NULL CHECK (count > 0),
        note                TEXT,
        photo_attachment_id INTEGER REFERENCES attachments (id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX inspection_defects_inspection ON inspection_defects (inspection_id);
      CREATE INDEX inspection_defects_type ON inspection_defects (type);
      CREATE TABLE supplier_reviews (
        id           INTEGER PRIMARY KEY,
        supplier_id  INTEGER NOT NULL REFERENCES suppliers (id),
        period_from  TEXT    NOT NULL,
        period_to    TEXT    NOT NULL,
        weights      TEXT    NOT NULL,
        scores       TEXT    NOT NULL DEFAULT '{}',
        score        REAL,
        band         TEXT,
        applied      INTEGER NOT NULL DEFAULT 0,
        notes        TEXT,
        created_at   TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX supplier_reviews_supplier ON supplier_reviews (supplier_id, period_from);
    `);
  },
};

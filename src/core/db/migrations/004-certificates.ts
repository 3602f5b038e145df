import type { Migration } from './types';

// Certificates (covering products and/or a supplier) and attachments. A stored file is a row in
// `files` keyed by its SHA-256 (the file on disk is files/<sha256> in the data folder); any number
// of attachment rows may point at it, and it is deleted with the last of them.
export const migration004: Migration = {
  version: 4,
  name: 'certificates-attachments',
  up(db) {
    db.exec(`
      CREATE TABLE certificates (
        id            INTEGER PRIMARY KEY,
        type          TEXT    NOT NULL,
        number        TEXT,
        issuer        TEXT,
        issue_date    TEXT    NOT NULL,
        expiry_date   TEXT,
        supplier_id   INTEGER REFERENCES suppliers (id),
        notes         TEXT,
        created_at    TEXT    NOT NULL,
        updated_at    TEXT    NOT NULL,
        CHECK (expiry_date IS NULL OR expiry_date >= issue_date)
      ) STRICT;
      CREATE INDEX certificates_expiry ON certificates (expiry_date);
      CREATE INDEX certificates_supplier ON certificates (supplier_id);
      CREATE TABLE certificate_products (
        certificate_id INTEGER NOT NULL REFERENCES certificates (id) ON DELETE CASCADE,
        product_id     INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        PRIMARY KEY (certificate_id, product_id)
      ) STRICT;
      CREATE INDEX certificate_products_product ON certificate_products (product_id, certificate_id);
      CREATE TABLE files (
        sha256      TEXT    PRIMARY KEY CHECK (length(sha256) = 64),
        size        INTEGER NOT NULL CHECK (size >= 0),
        mime        TEXT    NOT NULL,
        created_at  TEXT    NOT NULL
      ) STRICT;
      CREATE TABLE attachments (
        id          INTEGER PRIMARY KEY,
        owner_kind  TEXT    NOT NULL,
        owner_id    INTEGER NOT NULL,
        sha256      TEXT    NOT NULL REFERENCES files (sha256),
        file_name   TEXT    NOT NULL,
        created_at  TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX attachments_owner ON attachments (owner_kind, owner_id);
      CREATE INDEX attachments_sha ON attachments (sha256);
    `);
  },
};

import type { Migration } from './types';

// The archive of generated document packs. The PDF itself is packs/<sha256>.pdf in the data folder
// (content-addressed: regenerating an unchanged shipment gives the same file); each row says when it
// was made, on which paper, with which form, and keeps the shipment exactly as it was (JSON), so the
// seller can show what was declared even after the shipment changed.
export const migration009: Migration = {
  version: 9,
  name: 'document-packs',
  up(db) {
    db.exec(`
      CREATE TABLE document_packs (
        id            INTEGER PRIMARY KEY,
        shipment_id   INTEGER NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
        sha256        TEXT    NOT NULL CHECK (length(sha256) = 64),
        pages         INTEGER NOT NULL CHECK (pages >= 1),
        size          INTEGER NOT NULL CHECK (size >= 0),
        form          TEXT    NOT NULL CHECK (form IN ('CN22', 'CN23')),
        paper         TEXT    NOT NULL CHECK (paper IN ('A4', 'Letter')),
        documents     TEXT    NOT NULL,
        skipped       TEXT    NOT NULL,
        shipment      TEXT    NOT NULL,
        created_at    TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX document_packs_shipment ON document_packs (shipment_id, created_at);
    `);
  },
};

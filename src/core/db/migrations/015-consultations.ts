import type { Migration } from './types';

// Issue 18: advance consultations — the seller asks a carrier or a customs broker, before shipping,
// whether a product (or a whole shipment) is accepted for a destination. The request (who was
// asked, when) and the answer (who answered, when, by which channel, the words, until when it holds)
// live on one row; the reply file is an attachment with owner kind 'consultation'. A recorded answer
// becomes seller rules (one per product) that name the consultation they come from.
export const migration015: Migration = {
  version: 15,
  name: 'consultations',
  up(db) {
    db.exec(`
      CREATE TABLE consultations (
        id              INTEGER PRIMARY KEY,
        reference       TEXT    NOT NULL UNIQUE,
        product_id      INTEGER REFERENCES products (id),
        shipment_id     INTEGER REFERENCES shipments (id),
        destination     TEXT    NOT NULL,
        carrier         TEXT    NOT NULL CHECK (length(carrier) BETWEEN 1 AND 200),
        operator_code   TEXT,
        request_date    TEXT    NOT NULL,
        notes           TEXT,
        answer_by       TEXT,
        answer_date     TEXT,
        answer_channel  TEXT    CHECK (answer_channel IS NULL OR answer_channel IN ('email','phone','letter','portal','in_person','other')),
        answer_text     TEXT,
        answer_outcome  TEXT    CHECK (answer_outcome IS NULL OR answer_outcome IN ('allow','warn','block')),
        answer_summary  TEXT,
        valid_until     TEXT,
        reply_attachment_id INTEGER,
        created_at      TEXT    NOT NULL,
        updated_at      TEXT    NOT NULL,
        CHECK (product_id IS NOT NULL OR shipment_id IS NOT NULL),
        CHECK (answer_date IS NULL OR answer_date >= request_date),
        CHECK ((answer_date IS NULL) = (answer_outcome IS NULL))
      ) STRICT;
      CREATE INDEX consultations_waiting ON consultations (answer_date, request_date);
      CREATE INDEX consultations_product ON consultations (product_id);
      CREATE INDEX consultations_shipment ON consultations (shipment_id);
      ALTER TABLE seller_rules ADD COLUMN consultation_id INTEGER REFERENCES consultations (id);
      CREATE INDEX seller_rules_consultation ON seller_rules (consultation_id);
    `);
  },
};

import type { Migration } from './types';

// Insurance policies and claims on shipments, with each claim's history. A claim keeps its amounts
// in its shipment's currency, and its filing deadline (incident date + the policy's claim window)
// on its row, so the list of claims pages and filters by status without computing anything.
// Evidence files are attachments with owner kind 'claim' (table attachments, migration 004).
export const migration008: Migration = {
  version: 8,
  name: 'claims',
  up(db) {
    db.exec(`
      CREATE TABLE policies (
        id                  INTEGER PRIMARY KEY,
        insurer             TEXT    NOT NULL,
        policy_number       TEXT    NOT NULL,
        insurer_address     TEXT,
        insurer_email       TEXT,
        coverage_notes      TEXT,
        deductible          INTEGER NOT NULL DEFAULT 0 CHECK (deductible >= 0),
        deductible_currency TEXT    NOT NULL,
        claim_window_days   INTEGER NOT NULL CHECK (claim_window_days > 0),
        created_at          TEXT    NOT NULL,
        updated_at          TEXT    NOT NULL
      ) STRICT;

      CREATE TABLE claims (
        id               INTEGER PRIMARY KEY,
        reference        TEXT    NOT NULL UNIQUE,
        shipment_id      INTEGER NOT NULL REFERENCES shipments (id),
        policy_id        INTEGER NOT NULL REFERENCES policies (id),
        type             TEXT    NOT NULL CHECK (type IN ('loss','damage','theft','seizure_or_confiscation','delay')),
        incident_date    TEXT    NOT NULL,
        description      TEXT,
        currency         TEXT    NOT NULL,
        amount_claimed   INTEGER NOT NULL CHECK (amount_claimed >= 0),
        amount_approved  INTEGER CHECK (amount_approved >= 0),
        amount_paid      INTEGER CHECK (amount_paid >= 0),
        insured_value    INTEGER NOT NULL CHECK (insured_value > 0),
        filing_deadline  TEXT    NOT NULL,
        filed_on         TEXT,
        status           TEXT    NOT NULL DEFAULT 'draft'
                         CHECK (status IN ('draft','filed','under_review','approved','rejected','paid','closed')),
        notes            TEXT,
        pack_path        TEXT,
        evidence_kinds   TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(evidence_kinds)),
        created_at       TEXT    NOT NULL,
        updated_at       TEXT    NOT NULL,
        CHECK (amount_claimed <= insured_value)
      ) STRICT;
      CREATE INDEX claims_created ON claims (created_at DESC, id DESC);
      CREATE INDEX claims_status_created ON claims (status, created_at DESC, id DESC);
      CREATE INDEX claims_status_deadline ON claims (status, filing_deadline);
      CREATE INDEX claims_shipment ON claims (shipment_id);
      CREATE INDEX claims_policy ON claims (policy_id);

      CREATE TABLE claim_events (
        id          INTEGER PRIMARY KEY,
        claim_id    INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        at          TEXT    NOT NULL,
        kind        TEXT    NOT NULL CHECK (kind IN ('created','updated','status')),
        from_status TEXT,
        to_status   TEXT,
        note        TEXT
      ) STRICT;
      CREATE INDEX claim_events_claim ON claim_events (claim_id, id);
    `);
  },
};

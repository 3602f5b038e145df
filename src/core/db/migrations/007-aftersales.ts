import type { Migration } from './types';

// After the parcel leaves: inspection holds on shipments and after-sales cases with their history.
// A case keeps `next_due` (the next deadline still to meet: first response, then resolution; null
// once resolved) on its row, so "what is due today" is one indexed range read over 20,000 cases.
// `lot_id` has no foreign key: lots belong to the quality area, which may not exist in this file.
export const migration007: Migration = {
  version: 7,
  name: 'aftersales',
  up(db) {
    db.exec(`
      CREATE TABLE holds (
        id            INTEGER PRIMARY KEY,
        shipment_id   INTEGER NOT NULL REFERENCES shipments (id),
        date          TEXT    NOT NULL,
        authority     TEXT    NOT NULL CHECK (authority IN ('customs','carrier_security','postal_operator')),
        reason        TEXT    NOT NULL CHECK (reason IN ('dangerous_goods','packaging','documents','other')),
        detail        TEXT,
        requested     TEXT,
        handling      TEXT    CHECK (handling IN ('supply_documents','request_reinspection','return_to_sender','destroy_abandon')),
        deadline      TEXT,
        cost          INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
        cost_currency TEXT    NOT NULL,
        outcome       TEXT    NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending','released','returned','destroyed')),
        rule_id       INTEGER REFERENCES seller_rules (id) ON DELETE SET NULL,
        created_at    TEXT    NOT NULL,
        updated_at    TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX holds_shipment ON holds (shipment_id);
      CREATE INDEX holds_outcome_deadline ON holds (outcome, deadline);

      CREATE TABLE cases (
        id                 INTEGER PRIMARY KEY,
        customer_name      TEXT    NOT NULL,
        customer_contact   TEXT,
        customer_country   TEXT    NOT NULL,
        order_ref          TEXT,
        shipment_id        INTEGER REFERENCES shipments (id),
        product_id         INTEGER NOT NULL REFERENCES products (id),
        lot_id             INTEGER,
        lot_ref            TEXT,
        type               TEXT    NOT NULL CHECK (type IN ('return','exchange','repair','refund','complaint')),
        reason             TEXT    NOT NULL CHECK (reason IN ('quality_defect','damaged_in_transit','wrong_item','not_as_described','other')),
        description        TEXT,
        opened_at          TEXT    NOT NULL,
        sale_date          TEXT,
        status             TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_progress','awaiting_customer','resolved','closed')),
        first_response_due TEXT    NOT NULL,
        first_response_at  TEXT,
        resolution_due     TEXT    NOT NULL,
        resolved_at        TEXT,
        closed_at          TEXT,
        next_due           TEXT,
        next_due_kind      TEXT    CHECK (next_due_kind IN ('first_response','resolution')),
        resolution         TEXT,
        refund_amount      INTEGER NOT NULL DEFAULT 0 CHECK (refund_amount >= 0),
        replacement_cost   INTEGER NOT NULL DEFAULT 0 CHECK (replacement_cost >= 0),
        repair_cost        INTEGER NOT NULL DEFAULT 0 CHECK (repair_cost >= 0),
        cost_currency      TEXT    NOT NULL,
        supplier_id        INTEGER REFERENCES suppliers (id),
        flags              TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(flags)),
        created_at         TEXT    NOT NULL,
        updated_at         TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX cases_next_due ON cases (next_due) WHERE next_due IS NOT NULL;
      CREATE INDEX cases_status_opened ON cases (status, opened_at DESC, id DESC);
      CREATE INDEX cases_opened ON cases (opened_at DESC, id DESC);
      CREATE INDEX cases_supplier_reason ON cases (supplier_id, reason);
      CREATE INDEX cases_product ON cases (product_id);

      CREATE TABLE case_events (
        id          INTEGER PRIMARY KEY,
        case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        at          TEXT    NOT NULL,
        from_status TEXT,
        to_status   TEXT    NOT NULL,
        note        TEXT
      ) STRICT;
      CREATE INDEX case_events_case ON case_events (case_id, id);

      CREATE VIRTUAL TABLE cases_fts USING fts5 (
        customer, order_ref, product,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
      );

      -- The dashboard counts drafts and lists suppliers on probation or blocked.
      CREATE INDEX suppliers_status ON suppliers (status, archived);
    `);
  },
};

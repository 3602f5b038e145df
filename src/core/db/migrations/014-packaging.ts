import type { Migration } from './types';

// Issue 18: how each parcel is packed (outer packaging type, inner packaging for liquids, battery
// equipment protected against short circuit and activation, the mail class it travels as), the
// seller's packaging rules (a carrier's own size and weight limits, a product's required outer
// packaging), and the packaging rule a hold made ("prevent this next time"). A product's packing
// facts live in its compliance document (`packing`), which needs no column: older documents read
// as "nothing stated" (normalizeCompliance).
export const migration014: Migration = {
  version: 14,
  name: 'packaging',
  up(db) {
    db.exec(`
      ALTER TABLE shipment_parcels ADD COLUMN packaging_type TEXT CHECK (packaging_type IS NULL OR packaging_type IN ('poly_mailer','padded_envelope','single_wall_box','double_wall_box','tube','other'));
      ALTER TABLE shipment_parcels ADD COLUMN inner_sealed INTEGER NOT NULL DEFAULT 0 CHECK (inner_sealed IN (0, 1));
      ALTER TABLE shipment_parcels ADD COLUMN inner_absorbent INTEGER NOT NULL DEFAULT 0 CHECK (inner_absorbent IN (0, 1));
      ALTER TABLE shipment_parcels ADD COLUMN inner_secondary INTEGER NOT NULL DEFAULT 0 CHECK (inner_secondary IN (0, 1));
      ALTER TABLE shipment_parcels ADD COLUMN battery_protected INTEGER NOT NULL DEFAULT 0 CHECK (battery_protected IN (0, 1));
      ALTER TABLE shipment_parcels ADD COLUMN mail_class TEXT CHECK (mail_class IS NULL OR mail_class IN ('small_packet','postal_parcel','courier'));

      CREATE TABLE packaging_rules (
        id                  INTEGER PRIMARY KEY,
        kind                TEXT    NOT NULL CHECK (kind IN ('carrier_limit','product_packaging')),
        carrier             TEXT,
        product_id          INTEGER REFERENCES products (id),
        destination         TEXT    NOT NULL DEFAULT '*',
        max_weight_g        INTEGER CHECK (max_weight_g IS NULL OR max_weight_g > 0),
        max_length_mm       INTEGER CHECK (max_length_mm IS NULL OR max_length_mm > 0),
        max_sum_mm          INTEGER CHECK (max_sum_mm IS NULL OR max_sum_mm > 0),
        max_length_girth_mm INTEGER CHECK (max_length_girth_mm IS NULL OR max_length_girth_mm > 0),
        volumetric_divisor  INTEGER CHECK (volumetric_divisor IS NULL OR volumetric_divisor > 0),
        packaging_types     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(packaging_types) AND json_type(packaging_types) = 'array'),
        severity            TEXT    NOT NULL CHECK (severity IN ('block','warn','info')),
        message             TEXT    NOT NULL,
        source              TEXT,
        active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at          TEXT    NOT NULL,
        updated_at          TEXT    NOT NULL
      ) STRICT;

      ALTER TABLE holds ADD COLUMN packaging_rule_id INTEGER REFERENCES packaging_rules (id) ON DELETE SET NULL;
    `);
  },
};

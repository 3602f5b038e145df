import { customsReadiness, EMPTY_COMPLIANCE } from '../../../shared/compliance';
import type { Migration } from './types';

// Compliance facts (battery, dangerous goods, special categories, consumer information) as one
// validated JSON document per product, and the customs-readiness gaps derived from a product on
// every write, stored so the catalog can filter "not customs-ready" in SQL among 100,000 products.
export const migration002: Migration = {
  version: 2,
  name: 'product-compliance',
  up(db) {
    db.exec(`
      ALTER TABLE products ADD COLUMN compliance TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(compliance));
      ALTER TABLE products ADD COLUMN customs_gaps TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(customs_gaps));
      ALTER TABLE products ADD COLUMN customs_ready INTEGER NOT NULL DEFAULT 0 CHECK (customs_ready IN (0, 1));
      CREATE INDEX products_status_ready ON products (status, customs_ready);
    `);
    const rows = db.prepare('SELECT id, hs_code, origin_country, unit_net_weight_g, unit_value FROM products').all() as {
      id: number; hs_code: string | null; origin_country: string | null; unit_net_weight_g: number | null; unit_value: number | null;
    }[];
    const update = db.prepare('UPDATE products SET customs_gaps = ?, customs_ready = ? WHERE id = ?');
    for (const r of rows) {
      const gaps = customsReadiness({ hsCode: r.hs_code, originCountry: r.origin_country, unitNetWeightG: r.unit_net_weight_g, unitValue: r.unit_value, compliance: EMPTY_COMPLIANCE });
      update.run(JSON.stringify(gaps.map((g) => g.key)), gaps.length ? 0 : 1, r.id);
    }
  },
};

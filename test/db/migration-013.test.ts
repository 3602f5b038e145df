// Migration 013 (issue 15): products gain national tariff codes and an EU responsible person; a
// lithium battery that ships alone (declared, or a power bank under HS 85.06/85.07) loses its
// "customs-ready" on upgrade; every other product is left as it was.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/open';
import { databaseAt, versionOf } from './helpers';

describe('013 product-tariffs', () => {
  it('upgrades a catalog: power banks are no longer customs-ready, the rest is unchanged', () => {
    const { file, db } = databaseAt(versionOf('product-tariffs') - 1);
    const insert = db.prepare(
      `INSERT INTO products (sku, name, hs_code, origin_country, unit_net_weight_g, unit_value, currency, compliance, customs_gaps, customs_ready, created_at, updated_at)
       VALUES (?, ?, ?, 'CN', 200, 1500, 'USD', ?, '[]', 1, 't', 't')`,
    );
    const lithium = (configuration: string) => JSON.stringify({ battery: { type: 'lithium_ion', configuration, whPerBattery: 37 } });
    insert.run('TS-1', 'Cotton T-shirt', '610910', '{}');
    insert.run('PB-1', 'Power bank', '850760', lithium('contained_in_equipment'));
    insert.run('SB-1', 'Spare battery', '851830', lithium('alone'));
    insert.run('HP-1', 'Headphones', '851830', lithium('contained_in_equipment'));
    const before = db.prepare('SELECT id, sku, compliance, updated_at FROM products ORDER BY id').all();
    db.close();
    const upgraded = openDatabase(file);
    const rows = upgraded.prepare('SELECT sku, customs_gaps AS gaps, customs_ready AS ready, tariff_codes AS codes, eu_responsible_person AS rp FROM products ORDER BY id').all();
    expect(rows).toEqual([
      { sku: 'TS-1', gaps: '[]', ready: 1, codes: '{}', rp: null },
      { sku: 'PB-1', gaps: '["battery_not_mailable"]', ready: 0, codes: '{}', rp: null },
      { sku: 'SB-1', gaps: '["battery_not_mailable"]', ready: 0, codes: '{}', rp: null },
      { sku: 'HP-1', gaps: '[]', ready: 1, codes: '{}', rp: null },
    ]);
    expect(upgraded.prepare('SELECT id, sku, compliance, updated_at FROM products ORDER BY id').all()).toEqual(before);
    expect(() => upgraded.prepare(`UPDATE products SET tariff_codes = '[1]' WHERE sku = 'TS-1'`).run()).toThrow(/CHECK/);
    upgraded.close();
  });
});

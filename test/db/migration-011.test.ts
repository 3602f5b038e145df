// Migration 011 (postal-operator), on a database built at the version before it with a shipment in it.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/open';
import { databaseAt, versionOf } from './helpers';

describe('011 postal-operator', () => {
  it('upgrades a database with shipments: they keep every column and get no operator (the profile default applies); only list-shaped ids are stored', () => {
    const { file, db } = databaseAt(versionOf('postal-operator') - 1);
    db.prepare(
      `INSERT INTO shipments (reference, consignee, consignee_name, country, carrier, tracking_number, category, incoterm, currency, created_at, updated_at)
       VALUES ('SH-1', '{}', 'x', 'DE', 'China Post', 'LX123456785CN', 'sale_of_goods', 'DAP', 'USD', 't', 't')`,
    ).run();
    const before = db.prepare('SELECT * FROM shipments').get() as Record<string, unknown>;
    db.close();
    const upgraded = openDatabase(file);
    const after = upgraded.prepare('SELECT * FROM shipments').get() as Record<string, unknown>;
    // Later migrations add columns too (012's order number): every column that was there keeps its value.
    expect(after).toMatchObject({ ...before, postal_operator: null });
    upgraded.prepare(`UPDATE shipments SET postal_operator = 'CN-POST' WHERE id = 1`).run();
    expect(upgraded.prepare('SELECT postal_operator FROM shipments').pluck().get()).toBe('CN-POST');
    expect(() => upgraded.prepare(`UPDATE shipments SET postal_operator = 'China Post' WHERE id = 1`).run()).toThrow(/CHECK/);
    upgraded.close();
  });
});

import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from '../../src/core/db/open';
import { LATEST_VERSION, migrations } from '../../src/core/db/migrations';
import { tempDir } from '../helpers';
import { databaseAt, versionOf } from './helpers';

/** The rows restricted to the columns `before` had: later migrations may add columns. */
const asBefore = (rows: unknown[], before: unknown[]) =>
  rows.map((r, i) => Object.fromEntries(Object.keys(before[i] as object).map((k) => [k, (r as Record<string, unknown>)[k]])));


describe('migrations', () => {
  it('are numbered 1, 2, 3 … in increasing order (a number may be skipped) and bring a new database to the latest version', () => {
    expect(migrations[0]?.version).toBe(1);
    migrations.forEach((m, i) => i > 0 && expect(m.version).toBeGreaterThan(migrations[i - 1]!.version));
    expect(LATEST_VERSION).toBe(migrations.at(-1)!.version);
    const db = openDatabase(join(tempDir(), 'new.sqlite'));
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('opening an up-to-date database again changes nothing', () => {
    const file = join(tempDir(), 'again.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('001 products: creates the table and its search index on an empty database', () => {
    const { db } = databaseAt(0);
    migrate(db, migrations.slice(0, 1));
    db.prepare(`INSERT INTO products (sku, name, created_at, updated_at) VALUES ('A', 'x', 't', 't')`).run();
    expect(() => db.prepare(`INSERT INTO products (sku, name, created_at, updated_at) VALUES ('a', 'y', 't', 't')`).run()).toThrow(/UNIQUE/);
    expect(() => db.prepare(`INSERT INTO products (sku, name, unit_net_weight_g, created_at, updated_at) VALUES ('B', 'y', -1, 't', 't')`).run()).toThrow(/CHECK/);
    db.prepare(`INSERT INTO products_fts (rowid, sku, name) VALUES (1, 'A', 'x')`).run();
    expect(db.prepare(`SELECT rowid FROM products_fts WHERE products_fts MATCH 'x'`).all()).toEqual([{ rowid: 1 }]);
    db.close();
  });

  it('a database written by a newer Clearpack is refused with a clear message and left untouched', () => {
    const file = join(tempDir(), 'future.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.exec('CREATE TABLE from_the_future (x)');
    raw.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/newer version of Clearpack/);
    try {
      openDatabase(file);
    } catch (err) {
      expect(err).toMatchObject({ code: 'DB_TOO_NEW', details: { fileVersion: LATEST_VERSION + 5, supportedVersion: LATEST_VERSION } });
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a migration that fails leaves the database at the version before it', () => {
    const { db } = databaseAt(LATEST_VERSION);
    const broken = [...migrations, { version: LATEST_VERSION + 1, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE half (x); SELECT * FROM missing_table;') }];
    expect(() => migrate(db, broken)).toThrow(/missing_table/);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'half'`).get()).toBeUndefined();
    db.close();
  });
});

describe('002 product-compliance', () => {
  it('upgrades a version-1 database with products: compliance defaults, readiness computed from the data', () => {
    const { file, db } = databaseAt(versionOf('product-compliance') - 1);
    const insert = db.prepare(`INSERT INTO products (sku, name, hs_code, origin_country, unit_net_weight_g, unit_value, currency, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 't', 't')`);
    insert.run('FULL', 'Complete', '850760', 'CN', 200, 1000, 'USD');
    insert.run('BARE', 'Bare', null, null, null, null, null);
    db.close();
    const upgraded = openDatabase(file);
    const rows = upgraded.prepare('SELECT sku, compliance, customs_gaps, customs_ready FROM products ORDER BY sku').all();
    expect(rows).toEqual([
      { sku: 'BARE', compliance: '{}', customs_gaps: '["missing_hs","missing_origin","missing_weight","missing_value"]', customs_ready: 0 },
      { sku: 'FULL', compliance: '{}', customs_gaps: '[]', customs_ready: 1 },
    ]);
    upgraded.close();
  });
});

describe('003 suppliers', () => {
  it('upgrades a database with products: suppliers and links can be added, one default per product', () => {
    const { file, db } = databaseAt(versionOf('suppliers') - 1);
    db.prepare(`INSERT INTO products (sku, name, created_at, updated_at) VALUES ('KEEP', 'Kept product', 't', 't')`).run();
    db.close();
    const upgraded = openDatabase(file);
    expect(upgraded.prepare('SELECT sku FROM products').all()).toEqual([{ sku: 'KEEP' }]);
    upgraded.prepare(`INSERT INTO suppliers (id, name, country, created_at, updated_at) VALUES (1, 'A', 'CN', 't', 't'), (2, 'B', 'VN', 't', 't')`).run();
    expect(upgraded.prepare('SELECT status, archived, contacts FROM suppliers WHERE id = 1').get()).toEqual({ status: 'approved', archived: 0, contacts: '[]' });
    const link = upgraded.prepare(`INSERT INTO product_suppliers (product_id, supplier_id, is_default, created_at, updated_at) VALUES (1, ?, ?, 't', 't')`);
    link.run(1, 1);
    expect(() => link.run(2, 1)).toThrow(/UNIQUE/);
    expect(() => link.run(3, 0)).toThrow(/FOREIGN KEY/);
    expect(() => upgraded.prepare(`UPDATE suppliers SET status = 'maybe' WHERE id = 1`).run()).toThrow(/CHECK/);
    upgraded.close();
  });
});

describe('004 certificates-attachments', () => {
  it('upgrades a database with products and suppliers: certificates, coverage and attachments', () => {
    const { file, db } = databaseAt(versionOf('certificates-attachments') - 1);
    db.prepare(`INSERT INTO products (sku, name, created_at, updated_at) VALUES ('KEEP', 'Kept', 't', 't')`).run();
    db.prepare(`INSERT INTO suppliers (name, country, created_at, updated_at) VALUES ('Kept supplier', 'CN', 't', 't')`).run();
    db.close();
    const upgraded = openDatabase(file);
    expect(upgraded.prepare('SELECT name FROM suppliers').all()).toEqual([{ name: 'Kept supplier' }]);
    upgraded.prepare(`INSERT INTO certificates (type, issue_date, expiry_date, supplier_id, created_at, updated_at) VALUES ('fcc', '2026-01-01', '2027-01-01', 1, 't', 't')`).run();
    upgraded.prepare('INSERT INTO certificate_products (certificate_id, product_id) VALUES (1, 1)').run();
    expect(() => upgraded.prepare(`INSERT INTO certificates (type, issue_date, expiry_date, created_at, updated_at) VALUES ('fcc', '2026-01-02', '2026-01-01', 't', 't')`).run()).toThrow(/CHECK/);
    const sha = 'a'.repeat(64);
    expect(() => upgraded.prepare(`INSERT INTO attachments (owner_kind, owner_id, sha256, file_name, created_at) VALUES ('certificate', 1, ?, 'x.pdf', 't')`).run(sha)).toThrow(/FOREIGN KEY/);
    upgraded.prepare(`INSERT INTO files (sha256, size, mime, created_at) VALUES (?, 10, 'application/pdf', 't')`).run(sha);
    upgraded.prepare(`INSERT INTO attachments (owner_kind, owner_id, sha256, file_name, created_at) VALUES ('certificate', 1, ?, 'x.pdf', 't')`).run(sha);
    upgraded.close();
  });
});

describe('005 shipments', () => {
  it('upgrades a database with products: they can be shipped, nothing about them changes', () => {
    const { file, db } = databaseAt(versionOf('shipments') - 1);
    db.prepare(`INSERT INTO products (sku, name, hs_code, origin_country, unit_net_weight_g, unit_value, currency, created_at, updated_at) VALUES ('A', 'Cotton T-shirt', '610910', 'CN', 200, 1500, 'USD', 't', 't')`).run();
    const before = db.prepare('SELECT * FROM products').all();
    db.close();
    const upgraded = openDatabase(file);
    // Later migrations add columns (013: tariff codes); the columns it had keep their values.
    const keys = Object.keys(before[0] as object);
    const pick = (r: unknown) => Object.fromEntries(keys.map((k) => [k, (r as Record<string, unknown>)[k]]));
    expect(upgraded.prepare('SELECT * FROM products').all().map(pick)).toEqual(before);
    upgraded.prepare(`INSERT INTO shipments (reference, consignee, consignee_name, country, category, incoterm, currency, created_at, updated_at) VALUES ('SH-1', '{}', 'x', 'DE', 'sale_of_goods', 'DAP', 'USD', 't', 't')`).run();
    upgraded.prepare(`INSERT INTO shipment_items (shipment_id, position, product_id, description, quantity, unit_value, unit_net_weight_g) VALUES (1, 0, 1, 'T-shirt', 1, 1500, 200)`).run();
    expect(() => upgraded.prepare(`INSERT INTO shipment_items (shipment_id, position, product_id, description, quantity, unit_value, unit_net_weight_g) VALUES (1, 1, 99, 'x', 1, 1, 1)`).run()).toThrow(/FOREIGN KEY/);
    expect(() => upgraded.prepare(`INSERT INTO shipment_parcels (shipment_id, position, gross_weight_g) VALUES (1, 0, 0)`).run()).toThrow(/CHECK/);
    expect(() => upgraded.prepare(`UPDATE shipments SET status = 'flying'`).run()).toThrow(/CHECK/);
    upgraded.close();
  });
});

describe('quality (lots, inspections, reviews)', () => {
  it('upgrades a database with suppliers, products and certificates: the lots and review tables start empty and take rows', () => {
    const { file, db } = databaseAt(versionOf('quality') - 1);
    db.prepare(`INSERT INTO products (sku, name, created_at, updated_at) VALUES ('TEA', 'Tea', 't', 't')`).run();
    db.prepare(`INSERT INTO suppliers (name, country, contacts, status, archived, created_at, updated_at) VALUES ('Leaf', 'CN', '[]', 'approved', 0, 't', 't')`).run();
    db.close();
    const upgraded = openDatabase(file);
    expect(schemaVersion(upgraded)).toBe(LATEST_VERSION);
    expect(upgraded.prepare('SELECT count(*) AS n FROM lots').get()).toEqual({ n: 0 });
    expect(upgraded.prepare('SELECT name FROM products').all()).toEqual([{ name: 'Tea' }]);
    const insert = upgraded.prepare(
      `INSERT INTO lots (supplier_id, product_id, quantity_ordered, quantity_received, over_receipt_reason, received_date, status, created_at, updated_at) VALUES (1, 1, 10, ?, ?, '2026-11-01', 'awaiting_inspection', 't', 't')`,
    );
    insert.run(10, null);
    // More received than ordered needs a reason, also at the database level.
    expect(() => insert.run(12, null)).toThrow(/CHECK/);
    insert.run(12, 'spares');
    upgraded.prepare(`INSERT INTO supplier_reviews (supplier_id, period_from, period_to, weights, created_at) VALUES (1, '2026-10-01', '2026-10-31', '{}', 't')`).run();
    upgraded.close();
  });
});

describe('007 aftersales', () => {
  it('upgrades a database with shipments and suppliers: holds and cases can be recorded, nothing else changes', () => {
    const { file, db } = databaseAt(versionOf('aftersales') - 1);
    db.prepare(`INSERT INTO products (sku, name, warranty_months, created_at, updated_at) VALUES ('K', 'Kettle', 24, 't', 't')`).run();
    db.prepare(`INSERT INTO suppliers (name, country, status, created_at, updated_at) VALUES ('S', 'CN', 'probation', 't', 't')`).run();
    db.prepare(`INSERT INTO shipments (reference, consignee, consignee_name, country, category, incoterm, currency, status, created_at, updated_at) VALUES ('SH-1', '{}', 'x', 'AU', 'sale_of_goods', 'DAP', 'USD', 'shipped', 't', 't')`).run();
    const before = { s: db.prepare('SELECT * FROM shipments').all(), p: db.prepare('SELECT * FROM suppliers').all() };
    db.close();
    const upgraded = openDatabase(file);
    // Later migrations add columns (010 suppliers, 011 shipments): the columns that were there keep their values.
    expect({ s: asBefore(upgraded.prepare('SELECT * FROM shipments').all(), before.s), p: asBefore(upgraded.prepare('SELECT * FROM suppliers').all(), before.p) }).toEqual(before);
    upgraded.prepare(`INSERT INTO holds (shipment_id, date, authority, reason, cost_currency, created_at, updated_at) VALUES (1, '2026-01-01', 'customs', 'packaging', 'USD', 't', 't')`).run();
    expect(() => upgraded.prepare(`INSERT INTO holds (shipment_id, date, authority, reason, cost_currency, created_at, updated_at) VALUES (9, '2026-01-01', 'customs', 'packaging', 'USD', 't', 't')`).run()).toThrow(/FOREIGN KEY/);
    expect(() => upgraded.prepare(`UPDATE holds SET outcome = 'lost'`).run()).toThrow(/CHECK/);
    const insertCase = `INSERT INTO cases (customer_name, customer_country, product_id, lot_id, type, reason, opened_at, first_response_due, resolution_due, cost_currency, supplier_id, created_at, updated_at)
      VALUES ('A', 'AU', 1, 42, 'return', ?, 't', 't', 't', 'USD', 1, 't', 't')`;
    upgraded.prepare(insertCase).run('quality_defect');
    expect(() => upgraded.prepare(insertCase).run('bored')).toThrow(/CHECK/);
    upgraded.close();
  });
});

describe('008 claims', () => {
  it('upgrades a database with shipments: policies and claims tables, amount above insured value refused', () => {
    const { file, db } = databaseAt(versionOf('claims') - 1);
    db.prepare(`INSERT INTO shipments (reference, consignee, consignee_name, country, category, incoterm, currency, insured_value, created_at, updated_at)
                VALUES ('SH-1', '{}', 'A', 'DE', 'sale_of_goods', 'DAP', 'USD', 5000, 't', 't')`).run();
    db.close();
    const upgraded = openDatabase(file);
    expect(upgraded.prepare('SELECT reference, insured_value FROM shipments').all()).toEqual([{ reference: 'SH-1', insured_value: 5000 }]);
    upgraded.prepare(`INSERT INTO policies (insurer, policy_number, deductible_currency, claim_window_days, created_at, updated_at) VALUES ('I', 'P', 'USD', 30, 't', 't')`).run();
    const claim = upgraded.prepare(`INSERT INTO claims (reference, shipment_id, policy_id, type, incident_date, currency, amount_claimed, insured_value, filing_deadline, created_at, updated_at)
                                    VALUES (?, 1, 1, 'loss', '2026-01-01', 'USD', ?, 5000, '2026-01-31', 't', 't')`);
    claim.run('CL-1', 5000);
    expect(() => claim.run('CL-2', 5001)).toThrow(/CHECK/);
    expect(upgraded.prepare('SELECT status, evidence_kinds FROM claims').get()).toEqual({ status: 'draft', evidence_kinds: '{}' });
    upgraded.close();
  });
});

describe('009 document-packs', () => {
  it('upgrades a database with shipments: nothing about them changes, packs can be archived against them', () => {
    const { file, db } = databaseAt(versionOf('document-packs') - 1);
    db.prepare(`INSERT INTO products (sku, name, created_at, updated_at) VALUES ('A', 'Cotton T-shirt', 't', 't')`).run();
    db.prepare(`INSERT INTO shipments (reference, consignee, consignee_name, country, category, incoterm, currency, created_at, updated_at) VALUES ('SH-1', '{}', 'x', 'DE', 'sale_of_goods', 'DAP', 'USD', 't', 't')`).run();
    const before = db.prepare('SELECT * FROM shipments').all();
    db.close();
    const upgraded = openDatabase(file);
    expect(asBefore(upgraded.prepare('SELECT * FROM shipments').all(), before)).toEqual(before);
    const insert = upgraded.prepare(
      `INSERT INTO document_packs (shipment_id, sha256, pages, size, form, paper, documents, skipped, shipment, created_at) VALUES (?, ?, 3, 100, ?, 'A4', '[]', '[]', '{}', 't')`,
    );
    insert.run(1, 'a'.repeat(64), 'CN22');
    expect(() => insert.run(99, 'a'.repeat(64), 'CN22')).toThrow(/FOREIGN KEY/);
    expect(() => insert.run(1, 'a'.repeat(64), 'CN99')).toThrow(/CHECK/);
    upgraded.close();
  });
});

describe('010 supplier-address', () => {
  it('upgrades a database with suppliers: they keep every value and get an empty city, postal code and tax number', () => {
    const { file, db } = databaseAt(versionOf('supplier-address') - 1);
    db.prepare(`INSERT INTO suppliers (name, country, address, created_at, updated_at) VALUES ('Ningbo Bags', 'CN', '88 Jiangdong Rd', 't', 't')`).run();
    const before = db.prepare('SELECT * FROM suppliers').get() as Record<string, unknown>;
    db.close();
    const upgraded = openDatabase(file);
    expect(upgraded.prepare('SELECT * FROM suppliers').get()).toEqual({ ...before, city: null, postal_code: null, tax_number: null });
    upgraded.prepare(`UPDATE suppliers SET city = 'Ningbo', postal_code = '315000', tax_number = '91330200MA2AB' WHERE id = 1`).run();
    expect(upgraded.prepare('SELECT city, postal_code AS postalCode, tax_number AS taxNumber FROM suppliers').get()).toEqual({ city: 'Ningbo', postalCode: '315000', taxNumber: '91330200MA2AB' });
    upgraded.close();
  });
});

describe('012 order-numbers', () => {
  it('upgrades a database with shipments: they keep every value and have no order; an order number is unique per store', () => {
    const { file, db } = databaseAt(versionOf('order-numbers') - 1);
    const add = (ref: string) =>
      db.prepare(`INSERT INTO shipments (reference, consignee, consignee_name, country, category, incoterm, currency, created_at, updated_at) VALUES (?, '{}', 'x', 'DE', 'sale_of_goods', 'DAP', 'USD', 't', 't')`).run(ref);
    add('SH-1');
    add('SH-2');
    add('SH-3');
    const before = db.prepare('SELECT * FROM shipments ORDER BY id').all() as Record<string, unknown>[];
    db.close();
    const upgraded = openDatabase(file);
    const after = upgraded.prepare('SELECT * FROM shipments ORDER BY id').all() as Record<string, unknown>[];
    expect(after).toEqual(before.map((r) => ({ ...r, order_store: null, order_number: null })));
    const set = upgraded.prepare('UPDATE shipments SET order_store = ?, order_number = ? WHERE id = ?');
    set.run('shopify', '#1001', 1);
    // The same number in another store is another order; in the same store it is refused.
    set.run('etsy', '#1001', 2);
    expect(() => set.run('shopify', '#1001', 3)).toThrow(/UNIQUE/);
    upgraded.close();
  });
});

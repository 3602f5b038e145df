// Issue 11's "typed errors everywhere": hostile or odd input is a result or a validation error that
// names the field, never INTERNAL, and a refusal changes nothing. Real core, real SQLite file.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ftsQuery } from '../../src/core/text/fts';
import { testCore } from '../helpers';
import type { TestCore } from '../helpers';

const TABLES = ['products', 'products_fts', 'suppliers', 'shipments', 'cases', 'policies', 'settings'];
const consignee = { name: 'Anna Schmidt', addressLines: ['Hauptstr. 5'], city: 'Berlin', postcode: '10115', country: 'DE' };

/** The error's issues as "path:key". */
const issues = (e: { details: { issues?: { path: string; key: string }[] } }) => (e.details.issues ?? []).map((i) => `${i.path}:${i.key}`);

async function seeded(): Promise<TestCore & { productId: number; supplierId: number; shipmentId: number }> {
  const core = testCore();
  const p = await core.ok('products.create', { sku: 'PB-10K', name: 'Power bank 10000 mAh', hsCode: '8507.60' });
  await core.ok('products.create', { sku: 'MUG-OB', name: "O'Brien's mug" });
  const s = await core.ok('suppliers.create', { name: "O'Brien Trading", country: 'IE' });
  const sh = await core.ok('shipments.create', { consignee: { ...consignee, name: "Sean O'Brien" }, orderRefs: ['#1001'] } as never);
  await core.ok('cases.create', { customerName: "Sean O'Brien", customerCountry: 'IE', productId: p.id, type: 'return', reason: 'other', description: 'The power bank does not charge' } as never);
  return Object.assign(core, { productId: p.id, supplierId: s.id, shipmentId: sh.id });
}

describe('search queries', () => {
  const LISTS = ['products.list', 'suppliers.list', 'shipments.list', 'cases.list', 'hs.search', 'lots.list', 'certificates.list'];
  const SYNTAX = ['"power bank', '"', "O'Brien", '*', '-', '-power', 'NEAR(', 'NEAR(power bank', 'AND', 'OR', 'NOT', 'power AND', '^', '^power', ':', 'name:power', '(', ')', '{power}', 'power*bank', '+', '""', "'", '\\', '%', '_'];

  it.each(LISTS)('%s: FTS5 syntax is searched as text, never an error', async (method) => {
    const core = await seeded();
    for (const query of SYNTAX) {
      const r = await core.api.call(method, { query });
      expect(r.ok ? 'ok' : `${query} → ${JSON.stringify(r.error)}`).toBe('ok');
    }
  });

  it('an unbalanced quote or an apostrophe still finds the rows', async () => {
    const core = await seeded();
    const skus = async (query: string) => (await core.ok('products.list', { query })).items.map((p) => p.sku).sort();
    expect(await skus('"power bank')).toEqual(['PB-10K']);
    expect(await skus('power bank"')).toEqual(['PB-10K']);
    expect(await skus("O'Brien")).toEqual(['MUG-OB']);
    expect((await core.ok('suppliers.list', { query: "O'Brien" })).items.map((s) => s.name)).toEqual(["O'Brien Trading"]);
    expect((await core.ok('shipments.list', { query: "O'Brien" })).total).toBe(1);
    expect((await core.ok('cases.list', { query: "O'Brien" })).total).toBe(1);
    expect((await core.ok('cases.list', { query: '"power bank' })).total).toBe(1);
    expect((await core.ok('hs.search', { query: '"lithium' })).total).toBeGreaterThan(0);
    expect(await skus('power-bank')).toEqual(['PB-10K']);
    expect(await skus('NEAR( power')).toEqual([]); // NEAR( is a word like any other: nothing is named so
  });

  it('ftsQuery itself makes any text a valid MATCH (a NUL separates words: SQLite would end the string there)', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5 (a); INSERT INTO t VALUES ('power bank')");
    const hits = (typed: string) => (db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?').get(ftsQuery(typed)) as { n: number }).n;
    expect(hits('power\u0000bank')).toBe(1);
    expect(hits('"power\u0001 NEAR( bank*')).toBe(0);
    expect(hits('bank\u0000')).toBe(1);
    db.close();
  });

  it.each(LISTS)('%s: a NUL (or another control character) in the query is a validation error naming `query`', async (method) => {
    const core = await seeded();
    for (const query of ['power\u0000bank', '\u0000', 'a\u001bb', 'x\u0085']) {
      const e = await core.fail(method, { query });
      expect([e.code, issues(e)]).toEqual(['VALIDATION', ['query:control_chars']]);
    }
  });
});

describe('text fields', () => {
  it('NUL, NEL, U+2028 and U+2029 fail the one-line check; a refusal changes nothing', async () => {
    const core = await seeded();
    const before = core.snapshot(...TABLES);
    for (const bad of ['Mug\u0000', 'Mug\u0085two', 'Mug\u2028two', 'Mug\u2029two', 'Mug\u009b']) {
      expect(issues(await core.fail('products.create', { sku: 'OK-1', name: bad }))).toEqual(['name:control_chars']);
      expect(issues(await core.fail('products.update', { id: core.productId, material: bad }))).toEqual(['material:control_chars']);
      expect(issues(await core.fail('shipments.update', { id: core.shipmentId, consignee: { ...consignee, name: bad } } as never))).toEqual(['consignee.name:control_chars']);
    }
    // NUL and C1 controls (NEL is one) are refused in multi-line text too.
    for (const bad of ['a\u0000b', 'a\u0085b', 'a\u009bb'])
      expect(issues(await core.fail('suppliers.update', { id: core.supplierId, address: `Line 1\n${bad}` }))).toEqual(['address:control_chars']);
    expect(core.snapshot(...TABLES)).toEqual(before);
  });

  it('a multi-line field stores U+2028 / U+2029 as newlines; a NUL in any text is refused', async () => {
    const core = await seeded();
    const s = await core.ok('suppliers.update', { id: core.supplierId, address: 'Dock 4\u2028Dublin\u2029Ireland' });
    expect(s.address).toBe('Dock 4\nDublin\nIreland');
    const before = core.snapshot(...TABLES);
    expect(issues(await core.fail('products.update', { id: core.productId, description: 'a\u0000b' }))).toEqual(['description:control_chars']);
    expect(issues(await core.fail('shipments.update', { id: core.shipmentId, consignee: { ...consignee, city: 'Ber\u0000lin' } } as never))).toEqual(['consignee.city:control_chars']);
    expect(issues(await core.fail('settings.update', { addressLines: ['Bao\u0000an'] }))).toEqual(['addressLines.0:control_chars']);
    expect(core.snapshot(...TABLES)).toEqual(before);
  });

  it('free text drops zero-width and bidi characters, keeps ZWJ in emoji and ZWNJ in Persian', async () => {
    const core = testCore();
    const p = await core.ok('products.create', { sku: 'FREE-1', name: '\uFEFFPhone\u200B case \u202Eevil\u202C', description: 'Fits \u2066all\u2069 phones\u200E' });
    expect(p.name).toBe('Phone case evil');
    expect(p.description).toBe('Fits all phones');
    const q = await core.ok('products.create', { sku: 'FREE-2', name: 'Mug 👩\u200D💻 for coders', localName: 'لیوان می\u200Cخواهم' });
    expect(q.name).toBe('Mug 👩\u200D💻 for coders');
    expect(q.localName).toBe('لیوان می\u200Cخواهم');
    // Only invisible characters: nothing left, so a required name is missing.
    expect(issues(await core.fail('products.create', { sku: 'FREE-3', name: '\u200B\u200B' }))).toEqual(['name:required']);
  });
});

describe('identifiers refuse invisible characters (look-alike SKUs and references)', () => {
  const INVISIBLE = ['\u202E', '\u202A', '\u2066', '\u2069', '\u200E', '\u200F', '\u061C', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

  it.each(INVISIBLE.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))('%s in a SKU, an order number, a tracking number, a licence or policy number', async (_name, c) => {
    const core = await seeded();
    await core.ok('policies.create', { insurer: 'Cover Ltd', policyNumber: 'PC-1', deductibleCurrency: 'EUR', claimWindowDays: 60 });
    const before = core.snapshot(...TABLES);
    expect(issues(await core.fail('products.create', { sku: `PB${c}-10K`, name: 'Look-alike' }))).toEqual(['sku:invisible_chars']);
    expect(issues(await core.fail('products.update', { id: core.productId, sku: `PB-1${c}0K` }))).toEqual(['sku:invisible_chars']);
    expect(issues(await core.fail('shipments.update', { id: core.shipmentId, orderRefs: ['#1001', `#10${c}02`] } as never))).toEqual(['orderRefs.1:invisible_chars']);
    expect(issues(await core.fail('shipments.update', { id: core.shipmentId, trackingNumber: `LX${c}123` } as never))).toEqual(['trackingNumber:invisible_chars']);
    expect(issues(await core.fail('shipments.update', { id: core.shipmentId, invoiceNumber: `INV${c}1` } as never))).toEqual(['invoiceNumber:invisible_chars']);
    expect(issues(await core.fail('suppliers.update', { id: core.supplierId, licenceNumber: `9144${c}X` }))).toEqual(['licenceNumber:invisible_chars']);
    expect(issues(await core.fail('productSuppliers.set', { productId: core.productId, supplierId: core.supplierId, supplierSku: `V${c}1` }))).toEqual(['supplierSku:invisible_chars']);
    expect(issues(await core.fail('policies.create', { insurer: 'Cover Ltd', policyNumber: `PC${c}-1`, deductibleCurrency: 'EUR', claimWindowDays: 60 }))).toEqual(['policyNumber:invisible_chars']);
    expect(issues(await core.fail('settings.update', { vatNumbers: [{ country: 'DE', number: `DE${c}123` }] }))).toEqual(['vatNumbers.0.number:invisible_chars']);
    expect(core.snapshot(...TABLES)).toEqual(before);
  });

  it('a control character or a line break in an identifier is control_chars', async () => {
    const core = testCore();
    for (const c of ['\u0000', '\n', '\u0085', '\u2028']) expect(issues(await core.fail('products.create', { sku: `A${c}B`, name: 'X' }))).toEqual(['sku:control_chars']);
  });
});

describe('e-mail and date fields', () => {
  it('an e-mail field refuses 2026-02-30 and other non-addresses everywhere; a real address is kept', async () => {
    const core = await seeded();
    const before = core.snapshot(...TABLES);
    for (const bad of ['2026-02-30', 'anna', 'anna@', '@example.com', 'anna@example', 'an na@example.com']) {
      expect(issues(await core.fail('settings.update', { email: bad }))).toEqual(['email:email_invalid']);
      expect(issues(await core.fail('shipments.update', { id: core.shipmentId, consignee: { ...consignee, email: bad } } as never))).toEqual(['consignee.email:email_invalid']);
      expect(issues(await core.fail('policies.create', { insurer: 'Cover', policyNumber: 'P-1', insurerEmail: bad, deductibleCurrency: 'EUR', claimWindowDays: 30 }))).toEqual(['insurerEmail:email_invalid']);
      expect(issues(await core.fail('suppliers.update', { id: core.supplierId, contacts: [{ name: 'Lina', email: bad }] }))).toEqual(['contacts.0.email:email_invalid']);
    }
    expect(core.snapshot(...TABLES)).toEqual(before);
    expect((await core.ok('settings.update', { email: 'orders@shop.example.com' })).email).toBe('orders@shop.example.com');
    expect((await core.ok('settings.update', { email: '' })).email).toBeNull();
  });

  it('impossible dates are refused in every date field (2026-02-30, 2026-13-01, 2025-02-29); 2028-02-29 is a day', async () => {
    const core = await seeded();
    const before = core.snapshot(...TABLES, 'lots');
    for (const bad of ['2026-02-30', '2026-13-01', '2025-02-29', '2026-00-10', '2026-04-31']) {
      expect(issues(await core.fail('shipments.update', { id: core.shipmentId, shipDate: bad } as never))).toEqual(['shipDate:date_format']);
      expect(issues(await core.fail('shipments.update', { id: core.shipmentId, invoiceDate: bad } as never))).toEqual(['invoiceDate:date_format']);
      expect(issues(await core.fail('lots.create', { supplierId: core.supplierId, productId: core.productId, quantityOrdered: 1, quantityReceived: 1, receivedDate: bad }))).toEqual(['receivedDate:date_format']);
      expect(issues(await core.fail('suppliers.review', { supplierId: core.supplierId, period: { from: bad, to: '2099-12-31' } }))).toEqual(['period.from:date_format']);
      expect(issues(await core.fail('documents.buildBatch', { date: bad, outDir: '/tmp' }))).toEqual(['date:date_format']);
    }
    expect(core.snapshot(...TABLES, 'lots')).toEqual(before);
    expect((await core.ok('shipments.update', { id: core.shipmentId, shipDate: '2028-02-29' } as never)).shipDate).toBe('2028-02-29');
  });
});

describe('linked ids must exist', () => {
  it('cases.create and cases.update refuse a lot that does not exist, naming lotId; nothing is stored', async () => {
    const core = await seeded();
    const [c] = (await core.ok('cases.list', {})).items;
    const before = core.snapshot(...TABLES, 'case_events');
    const create = await core.fail('cases.create', { customerName: 'Ann', customerCountry: 'DE', productId: core.productId, lotId: 4242, type: 'return', reason: 'other' } as never);
    expect([create.code, issues(create)]).toEqual(['VALIDATION', ['lotId:lot_not_found']]);
    const update = await core.fail('cases.update', { id: c!.id, lotId: 4242 });
    expect([update.code, issues(update)]).toEqual(['VALIDATION', ['lotId:lot_not_found']]);
    expect(update.message).toContain('Lot 4242 does not exist');
    expect(core.snapshot(...TABLES, 'case_events')).toEqual(before);
    // Every missing link is named at once.
    const all = await core.fail('cases.update', { id: c!.id, productId: 9001, shipmentId: 9002, supplierId: 9003, lotId: 9004 });
    expect(issues(all)).toEqual(['productId:product_unknown', 'shipmentId:shipment_unknown', 'supplierId:supplier_unknown', 'lotId:lot_not_found']);
    // A lot that exists is linked.
    const lot = await core.ok('lots.create', { supplierId: core.supplierId, productId: core.productId, quantityOrdered: 5, quantityReceived: 5, receivedDate: '2026-11-10' });
    expect((await core.ok('cases.update', { id: c!.id, lotId: lot.id })).lotId).toBe(lot.id);
  });

  it('links made by productSuppliers.set, holds.create and inspections.create name the missing record’s field', async () => {
    const core = await seeded();
    const before = core.snapshot(...TABLES, 'product_suppliers', 'holds', 'inspections');
    expect(issues(await core.fail('productSuppliers.set', { productId: 777, supplierId: 778 }))).toEqual(['productId:product_unknown', 'supplierId:supplier_unknown']);
    expect(issues(await core.fail('productSuppliers.set', { productId: core.productId, supplierId: 778 }))).toEqual(['supplierId:supplier_unknown']);
    const hold = await core.fail('holds.create', { shipmentId: 779, date: '2026-11-20', authority: 'customs', reason: 'documents' });
    expect([hold.code, issues(hold)]).toEqual(['VALIDATION', ['shipmentId:shipment_unknown']]);
    const inspection = await core.fail('inspections.create', { lotId: 780, inspector: 'Mei', date: '2026-11-20' });
    expect([inspection.code, issues(inspection)]).toEqual(['VALIDATION', ['lotId:lot_not_found']]);
    expect(core.snapshot(...TABLES, 'product_suppliers', 'holds', 'inspections')).toEqual(before);
  });
});

// Method kinds (#12 point 2): each method's kind is declared once, in the contract; the core runs
// it that way — a query on the read-only connection (where a real write fails), a mutation on the
// writer, a job started — and a restore reopens both connections.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREA_METHODS, kindOf, METHOD_KINDS, METHOD_NAMES, methods } from '../shared/api';
import { testCore } from '../../test/helpers';
import { jobResult } from '../../test/jobs';
import { handlers, queryContext } from './api';

describe('method kinds', () => {
  it('each method is declared by exactly one area, and the composed table is their union', () => {
    const declared = Object.values(AREA_METHODS).flatMap((table) => Object.keys(table));
    expect(declared.length).toBe(new Set(declared).size);
    expect(new Set(declared)).toEqual(new Set(METHOD_NAMES));
    expect(new Set(Object.keys(handlers))).toEqual(new Set(METHOD_NAMES));
  });

  it('every method declares a kind, and its handler has the shape that kind runs', () => {
    for (const m of METHOD_NAMES) {
      expect(['query', 'mutation', 'job'], m).toContain(methods[m].kind);
      expect(METHOD_KINDS[m], m).toBe(methods[m].kind);
      const h = handlers[m] as unknown;
      if (kindOf(m) === 'mutation') expect(typeof h === 'function' || (h as { ownTransactions?: boolean }).ownTransactions === true, m).toBe(true);
      else expect(typeof h, m).toBe('function');
    }
  });

  it('methods that write a file or change state are mutations, never queries', () => {
    for (const m of ['suppliers.reviewPdf', 'claims.letter', 'reports.incident', 'products.infoSheet', 'documents.buildPack', 'jobs.cancel', 'attachments.add'] as const)
      expect(kindOf(m), m).toBe('mutation');
    for (const m of ['products.importCsv', 'documents.buildBatch', 'backup.create', 'backup.restore'] as const) expect(kindOf(m), m).toBe('job');
  });

  it('a query gets the read-only connection: no write method by type, and a real write attempt fails', async () => {
    const core = testCore();
    const q = queryContext(core.ctx);
    expect(q.db).toBe(core.ctx.readDb);
    expect('readDb' in q).toBe(false);
    // By type (tsc fails if any of these compiles): no exec, transaction or close on a query's db,
    // no run() on its statements, and the writer is not in a query's context.
    // @ts-expect-error ReadDb has no exec()
    void q.db.exec;
    // @ts-expect-error ReadDb has no transaction()
    void q.db.transaction;
    // @ts-expect-error ReadDb has no close()
    void q.db.close;
    // @ts-expect-error a ReadStatement has no run()
    void q.db.prepare('SELECT 1').run;
    // At run time the connection itself is read-only, whatever slips past the types.
    const reader = core.ctx.readDb;
    expect(reader.readonly).toBe(true);
    expect(() => reader.prepare("INSERT INTO products (sku, name) VALUES ('RO-1', 'x')").run()).toThrow(/readonly/);
    expect(() => reader.exec('DELETE FROM products')).toThrow(/readonly/);
    expect((await core.ok('products.list', {})).total).toBe(0);
  });

  it('queries read through the reader, mutations (file-writing ones too) through the writer', async () => {
    const core = testCore();
    const product = await core.ok('products.create', { sku: 'K-1', name: 'Kettle' });
    // A query sees the writer's commit at once (WAL: every statement reads the newest commit).
    expect(await core.ok('products.get', { id: product.id })).toMatchObject({ sku: 'K-1' });
    const supplier = await core.ok('suppliers.create', { name: 'Acme', country: 'CN' });
    core.ctx.readDb.close();
    // With the reader closed, queries fail and mutations still work: each ran on the connection its kind says.
    expect((await core.fail('products.get', { id: product.id })).message).toMatch(/not open/);
    expect((await core.fail('app.info')).message).toMatch(/not open/);
    expect(await core.ok('products.update', { id: product.id, name: 'Kettle 2' })).toMatchObject({ name: 'Kettle 2' });
    const pdf = await core.ok('suppliers.reviewPdf', { supplierId: supplier.id, period: '2026-10', outPath: join(core.ctx.dataDir, 'review.pdf') });
    expect(pdf.bytes).toBeGreaterThan(1000);
  });

  it('a restore reopens both connections: queries then read the restored file, still read-only', async () => {
    const core = testCore();
    await core.ok('products.create', { sku: 'KEEP', name: 'Kept' });
    const backup = await jobResult<{ path: string }>(core, 'backup.create', {});
    await core.ok('products.create', { sku: 'GONE', name: 'After the backup' });
    await jobResult(core, 'backup.restore', { path: backup.path });
    const list = await core.ok('products.list', {});
    expect(list.items.map((p) => p.sku)).toEqual(['KEEP']);
    expect(core.ctx.readDb.open && core.ctx.readDb.readonly).toBe(true);
    expect(queryContext(core.ctx).db).toBe(core.ctx.readDb);
    expect(() => core.ctx.readDb.prepare('DELETE FROM products').run()).toThrow(/readonly/);
  });
});

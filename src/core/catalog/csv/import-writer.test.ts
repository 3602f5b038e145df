// The writing half of an import, on a real data file: in a helper thread it is fed over a
// MessagePort (here: the same thread, the real port); run directly, the import writes itself.
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { csvImportInput } from '../../../shared/imports';
import { normalizeCompliance } from '../../../shared/compliance';
import { testCore } from '../../../../test/helpers';
import { file } from '../../../../test/jobs';
import { directControl } from '../../jobs/control';
import { productValues } from '../products';
import type { Editable } from '../products';
import { importProductsCsv } from './import';
import { writeImportRows } from './import-writer';
import type { ImportRow, ToWriter } from './import-writer';

const NOW = '2026-11-21T10:00:00.000Z';
const row = (sku: string, vendor: string | null = null): ImportRow => {
  const p: Editable = {
    sku, name: `Product ${sku}`, localName: null, description: null, material: null, hsCode: '851830', originCountry: 'CN',
    unitNetWeightG: 100, unitValue: 999, currency: 'USD', warrantyMonths: null, compliance: normalizeCompliance(undefined), tariffCodes: {}, euResponsiblePerson: null, manufacturer: null,
  };
  return { values: productValues(p, 'active', NOW), vendor };
};

function writer() {
  const core = testCore();
  const { port1, port2 } = new MessageChannel();
  const done = writeImportRows(core.ctx, { port: port2 }, directControl());
  const send = (m: ToWriter) => port1.postMessage(m);
  return { core, done, send, port1 };
}

describe('writeImportRows (the helper thread of an import)', () => {
  it('writes the rows it is sent, links vendors to planned or new suppliers, and commits', async () => {
    const { core, done, send } = writer();
    const existing = await core.ok('suppliers.create', { name: 'Shenzhen Audio', country: 'CN' });
    send({ type: 'rows', rows: [row('A-1', 'Shenzhen Audio'), row('A-2', 'New Vendor')] });
    send({ type: 'rows', rows: [row('A-3', 'Shenzhen Audio'), row('A-4')] });
    send({ type: 'commit', plan: { links: [['Shenzhen Audio', existing.id], ['New Vendor', null]], country: 'VN' } });
    const outcome = await done;
    expect(outcome!.written).toBe(4);
    const created = outcome!.suppliers.find(([v]) => v === 'New Vendor')![1];
    expect(outcome!.suppliers).toEqual([['Shenzhen Audio', existing.id], ['New Vendor', created]]);
    expect(core.ctx.db.inTransaction).toBe(false);
    const { items } = await core.ok('products.list', { sort: 'sku' });
    expect(items.map((p) => [p.sku, p.customsReady])).toEqual([['A-1', true], ['A-2', true], ['A-3', true], ['A-4', true]]);
    expect((await core.ok('products.list', { query: 'A-3' })).total).toBe(1);
    expect((await core.ok('suppliers.get', { id: created })).country).toBe('VN');
    const links = core.ctx.db.prepare('SELECT supplier_id AS s, count(*) AS n FROM product_suppliers GROUP BY supplier_id ORDER BY supplier_id').all();
    expect(links).toEqual([{ s: existing.id, n: 2 }, { s: created, n: 1 }]);
  });

  it('a write that fails (a SKU already stored) rolls back every row written before it', async () => {
    const { core, done, send } = writer();
    send({ type: 'rows', rows: [row('B-1'), row('B-2')] });
    send({ type: 'rows', rows: [row('b-1')] });
    await expect(done).rejects.toThrow(/UNIQUE/);
    expect(core.ctx.db.inTransaction).toBe(false);
    expect(core.snapshot('products', 'products_fts')).toEqual({ products: [], products_fts: [] });
  });

  it('rolls back when told to, or when the checking side goes away without a word', async () => {
    const told = writer();
    told.send({ type: 'rows', rows: [row('C-1')] });
    told.send({ type: 'rollback' });
    expect(await told.done).toBeNull();
    expect(told.core.snapshot('products')).toEqual({ products: [] });

    const gone = writer();
    gone.send({ type: 'rows', rows: [row('D-1')] });
    gone.port1.close();
    expect(await gone.done).toBeNull();
    expect(gone.core.ctx.db.inTransaction).toBe(false);
    expect(gone.core.snapshot('products')).toEqual({ products: [] });
  });
});

describe('importProductsCsv run directly (no job worker: it writes in its own thread)', () => {
  const csv = (rows: string[]) => file('direct.csv', ['sku,name,hsCode,originCountry,unitNetWeightG,unitValue,currency', ...rows].join('\n'));
  const good = (from: number, n: number) => Array.from({ length: n }, (_, i) => `E-${from + i},Mug ${from + i},691200,CN,300,4.50,EUR`);

  it('commits every row in batches', async () => {
    const core = testCore();
    const report = await importProductsCsv(core.ctx, csvImportInput.parse({ path: csv(good(0, 4500)) }), directControl());
    expect(report).toMatchObject({ committed: true, created: 4500, errorCount: 0 });
    expect((await core.ok('products.list', {})).total).toBe(4500);
    expect(core.ctx.db.inTransaction).toBe(false);
  });

  it('a bad row after thousands of good ones (already written) rolls back all of them', async () => {
    const core = testCore();
    const path = csv([...good(0, 4500), 'E-BAD,Mug,691200,CN,-1,4.50,EUR', ...good(4500, 10)]);
    const report = await importProductsCsv(core.ctx, csvImportInput.parse({ path }), directControl());
    expect(report).toMatchObject({ committed: false, created: 0, errorCount: 1, products: 4510 });
    expect(report.errors[0]).toMatchObject({ row: 4502, column: 'unitNetWeightG', key: 'negative' });
    expect(core.snapshot('products')).toEqual({ products: [] });
    expect(core.ctx.db.inTransaction).toBe(false);
  });
});

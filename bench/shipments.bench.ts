// Preflight of a 50-item shipment, of a day's 500 shipments, and the shipments list over 100,000.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../src/core';
import type { Core } from '../src/core';
import { ftsText } from '../src/core/text/fts';
import { runPreflight } from '../src/core/preflight/load';
import { getShipment } from '../src/core/shipments/shipments';
import { figures, measure, ms, record } from './util';

const COUNTRIES = ['US', 'DE', 'GB', 'FR', 'AU', 'CA', 'JP', 'KR', 'BR', 'TH'];

async function call(core: Core, method: string, input: unknown) {
  const r = await core.api.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as { id: number };
}

async function seedProducts(core: Core, n: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const battery = i % 5 === 0 ? { type: 'lithium_ion', configuration: 'contained_in_equipment', whPerBattery: 5, whPerCell: 5, cellsPerUnit: 1, batteriesPerUnit: 1 } : { type: 'none' };
    ids.push(
      (await call(core, 'products.create', {
        sku: `B-${i}`, name: `Cotton T-shirt model ${i}`, hsCode: '610910', originCountry: 'CN', unitNetWeightG: 150, unitValue: 1000 + i, currency: 'USD',
        compliance: { battery, categories: i % 7 === 0 ? ['electrical'] : [] },
      })).id,
    );
  }
  return ids;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-bench-ship-'));
  try {
    const core = openCore({ dataDir: dir });
    await call(core, 'rules.create', { match: 'hs_prefix', hsPrefix: '6109', destination: 'AU', severity: 'warn', message: 'Check fibre labels' });
    const products = await seedProducts(core, 50);
    const consignee = (i: number) => ({ name: `Customer ${i}`, addressLines: [`${i} Main St`], city: 'City', country: COUNTRIES[i % COUNTRIES.length] });
    const big = await call(core, 'shipments.create', {
      consignee: consignee(0), invoiceNumber: 'INV-0', orderRefs: ['#0'], items: products.map((productId) => ({ productId, quantity: 1 })), parcels: [{ grossWeightG: 9000 }],
    });
    record('preflight', 'shipments.preflight, 50 items (API call: load + check)', await measure(() => call(core, 'shipments.preflight', { id: big.id }), 200, 20), 5);
    const s = getShipment(core.ctx.db, big.id);
    record('preflight', 'pure check of a loaded 50-item shipment', await measure(() => runPreflight(core.ctx, s), 200, 20), 5);

    const day: number[] = [];
    core.ctx.db.transaction(() => {
      for (let i = 0; i < 500; i++) {
        const items = Array.from({ length: 1 + (i % 8) }, (_, k) => ({ productId: products[(i + k) % products.length]!, quantity: 1 + (k % 3) }));
        day.push(i);
        void core.api.call('shipments.create', { consignee: consignee(i), invoiceNumber: `INV-${i}`, orderRefs: [`#${i}`], items, parcels: [{ grossWeightG: 2500 }] });
      }
    })();
    const ids = (core.ctx.db.prepare('SELECT id FROM shipments WHERE id > ? ORDER BY id').all(big.id) as { id: number }[]).map((r) => r.id);
    if (ids.length !== 500) throw new Error(`expected 500 shipments, got ${ids.length}`);
    record('preflight', "a day's 500 shipments (1–8 items each), one API call each", await measure(async () => { for (const id of ids) await call(core, 'shipments.preflight', { id }); }, 5, 1), 1000);

    // 100,000 shipments for the list (bulk-inserted rows of the same shape the core writes).
    const t = performance.now();
    const insert = core.ctx.db.prepare(
      `INSERT INTO shipments (reference, order_refs, consignee, consignee_name, country, category, incoterm, currency, status, item_count, goods_value, created_at, updated_at)
       VALUES (?, '[]', ?, ?, ?, 'sale_of_goods', 'DAP', 'USD', ?, 1, ?, ?, ?)`,
    );
    const fts = core.ctx.db.prepare('INSERT INTO shipments_fts (rowid, reference, consignee, tracking, order_refs) VALUES (?, ?, ?, ?, ?)');
    const statuses = ['draft', 'ready', 'shipped', 'delivered', 'delivered', 'delivered', 'held'];
    core.ctx.db.transaction(() => {
      for (let i = 0; i < 100_000; i++) {
        const ref = `SH-2025-${String(1_000_000 + i)}`;
        const name = `Customer ${i} Smith`;
        const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
        const { lastInsertRowid } = insert.run(ref, JSON.stringify({ name, addressLines: ['x'], city: 'c', country: 'US' }), name, COUNTRIES[i % 10], statuses[i % 7], 1000 + i, at, at);
        fts.run(lastInsertRowid, ftsText(ref), ftsText(name), '', '');
      }
    })();
    figures.push({ bench: 'shipments', case: 'seed 100,000 shipments (bulk insert)', median: ms(performance.now() - t) });
    record('shipments.list', 'first page, no filter, 100k', await measure(() => call(core, 'shipments.list', {})), 50);
    record('shipments.list', 'first page, status held, 100k', await measure(() => call(core, 'shipments.list', { status: 'held' })), 50);
    record('shipments.list', 'search "customer 4242", 100k', await measure(() => call(core, 'shipments.list', { query: 'customer 4242' })), 50);
    core.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

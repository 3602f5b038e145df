// The shipments screen with its preflight column (issue 16, speed): 100,000 shipments, the newest
// 2,000 still being prepared (draft or ready, 1–4 items from a 60-product catalog with batteries,
// perfume and textiles), 300 of them shipping today. Figures: the contract call the screen makes
// for its first page (100 rows, each preflighted), in the process and through the core host (a
// worker thread, as in the app), and the "Ready to print" filter. Goal: first rows under 500 ms.
// Repeated calls with nothing written in between are served by the summaries kept for that data
// (shipments/summary.ts); what a call costs right after an edit is in ready-to-print.bench.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../src/core';
import type { Core } from '../src/core';
import { startCoreHost } from '../src/core/host/start';
import { ftsText } from '../src/core/text/fts';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import { startHarness } from '../e2e/harness-core';
import { figures, measure, ms, record } from './util';

const SHIPMENTS = 100_000;
const PREPARING = 2_000;
const TODAY_COUNT = 300;
export const NOW = new Date('2026-12-02T09:00:00Z');
const COUNTRIES = ['US', 'DE', 'GB', 'FR', 'AU', 'CA', 'JP', 'KR', 'BR', 'TH'];

export async function call<T = { id: number }>(core: Pick<Core['api'], 'call'>, method: string, input: unknown): Promise<T> {
  const r = await core.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** The 100,000 shipments above, written in bulk (bench/ready-to-print.bench.ts seeds the same). */
export async function seed(core: Core): Promise<void> {
  await call(core.api, 'settings.update', { exporterName: 'Shenzhen Shop', iossNumber: 'IM1560000001' });
  await call(core.api, 'rules.create', { match: 'hs_prefix', hsPrefix: '6109', destination: 'AU', severity: 'warn', message: 'Check fibre labels' });
  const products: number[] = [];
  for (let i = 0; i < 60; i++) {
    const kind = i % 6;
    const base = { sku: `B-${i}`, name: `Product model ${i}`, originCountry: 'CN', unitNetWeightG: 150, unitValue: 1000 + i, currency: 'USD' };
    const extra =
      kind === 0 ? { hsCode: '851830', compliance: { battery: { type: 'lithium_ion', configuration: 'contained_in_equipment', whPerBattery: 5, whPerCell: 5, cellsPerUnit: 1, batteriesPerUnit: 1 } } }
      : kind === 1 ? { hsCode: '850760', compliance: { battery: { type: 'lithium_ion', configuration: 'alone', whPerBattery: 37, whPerCell: 37, cellsPerUnit: 1, batteriesPerUnit: 1 } } }
      : kind === 2 ? { hsCode: '330300', compliance: { dangerousGoods: { flammableLiquid: true, flammableLiquidKind: 'perfume' } } }
      : { hsCode: '610910', compliance: { categories: ['textile'], fibreContent: '100% cotton' } };
    products.push((await call(core.api, 'products.create', { ...base, ...extra })).id);
  }
  const db = core.ctx.db;
  const today = core.ctx.today();
  const shipment = db.prepare(
    `INSERT INTO shipments (reference, order_refs, consignee, consignee_name, country, ship_date, category, incoterm, currency, invoice_number, status, item_count, goods_value, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'sale_of_goods', 'DAP', 'USD', ?, ?, ?, ?, ?, ?)`,
  );
  const item = db.prepare(
    `INSERT INTO shipment_items (shipment_id, position, product_id, description, quantity, unit_value, hs_code, origin_country, unit_net_weight_g)
     SELECT ?, ?, id, name, ?, unit_value, hs_code, origin_country, unit_net_weight_g FROM products WHERE id = ?`,
  );
  const parcel = db.prepare('INSERT INTO shipment_parcels (shipment_id, position, gross_weight_g) VALUES (?, 0, ?)');
  const fts = db.prepare('INSERT INTO shipments_fts (rowid, reference, consignee, tracking, order_refs) VALUES (?, ?, ?, ?, ?)');
  const old = ['shipped', 'delivered', 'delivered', 'delivered', 'held', 'returned'];
  db.transaction(() => {
    for (let i = 0; i < SHIPMENTS; i++) {
      const preparing = i >= SHIPMENTS - PREPARING;
      const ref = `SH-2026-${String(1_000_000 + i)}`;
      const name = `Customer ${i} Smith`;
      const country = COUNTRIES[i % COUNTRIES.length]!;
      const at = new Date(Date.UTC(2025, 0, 1) + i * 5 * 60_000).toISOString();
      const shipDate = i >= SHIPMENTS - TODAY_COUNT ? today : preparing ? '2026-12-03' : at.slice(0, 10);
      const n = 1 + (i % 4);
      const status = preparing ? (i % 3 === 0 ? 'ready' : 'draft') : old[i % old.length]!;
      const consignee = { name, company: null, addressLines: [`${i} Main St`], city: 'City', state: null, postcode: '10001', country, phone: null, email: null, taxId: null };
      const id = Number(shipment.run(ref, JSON.stringify([`#${i}`]), JSON.stringify(consignee), name, country, shipDate, `INV-${i}`, status, n, n * 1500, at, at).lastInsertRowid);
      for (let k = 0; k < n; k++) item.run(id, k, 1 + (k % 2), products[(i * 7 + k * 13) % products.length]);
      parcel.run(id, 300 * n + 200);
      fts.run(id, ftsText(ref), ftsText(name), '', ftsText(`#${i}`));
    }
  })();
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-bench-shiplist-'));
  try {
    const core = openCore({ dataDir: dir, now: () => NOW });
    const t = performance.now();
    await seed(core);
    figures.push({ bench: 'shipments-list', case: `seed ${SHIPMENTS.toLocaleString('en')} shipments with items (bulk)`, median: ms(performance.now() - t) });
    const first = await call<{ items: { preflight: { verdict: string } | null }[]; total: number }>(core.api, 'shipments.list', { offset: 0, limit: 100 });
    const verdicts = first.items.map((s) => s.preflight?.verdict ?? 'none');
    const tally = ['ready', 'warnings', 'blocked', 'none'].map((v) => `${v} ${verdicts.filter((x) => x === v).length}`).join(', ');
    figures.push({ bench: 'shipments-list', case: `first page: ${first.items.length} rows of ${first.total} (${tally})`, median: '-' });
    record('shipments-list', 'first page (100 rows) with the preflight column, in process', await measure(() => call(core.api, 'shipments.list', { offset: 0, limit: 100 }), 20, 3), 500);
    record('shipments-list', '"Ready to print" (today: 300 preflighted), in process', await measure(() => call(core.api, 'shipments.list', { readyToPrint: true, offset: 0, limit: 100 }), 10, 2), 500);
    record('shipments-list', 'page 10 of the list (old, shipped rows), in process', await measure(() => call(core.api, 'shipments.list', { offset: 1000, limit: 100 }), 20, 3), 500);
    core.close();

    // The same call through the core host (a worker thread with its own connection), as the app makes it.
    const ts = performance.now();
    const host = await startCoreHost({ dataDir: dir, now: NOW });
    const firstHost = await call(host, 'shipments.list', { offset: 0, limit: 100 });
    figures.push({ bench: 'shipments-list', case: 'start the host and the first page, cold (through the host)', median: ms(performance.now() - ts) });
    void firstHost;
    try {
      record('shipments-list', 'first page (100 rows) with the preflight column, through the host', await measure(() => call(host, 'shipments.list', { offset: 0, limit: 100 }), 20, 3), 500);
      record('shipments-list', '"Ready to print", through the host', await measure(() => call(host, 'shipments.list', { readyToPrint: true, offset: 0, limit: 100 }), 10, 2), 500);
      await screen(host);
    } finally {
      await host.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The real screen in Chromium on that host (the e2e harness): navigation → first rows with their verdicts on screen. */
async function screen(host: Awaited<ReturnType<typeof startCoreHost>>): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const harness = await startHarness();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
    await harness.attach(page, host);
    await page.goto(`${harness.url}#/`);
    await page.getByRole('navigation').waitFor();
    const times: number[] = [];
    const firstVerdict = page.locator('.vtable-row.body:not(.placeholder) [data-verdict]').first();
    for (let i = 0; i < 10; i++) {
      await page.goto(`${harness.url}#/`);
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      const t = performance.now();
      await page.getByRole('link', { name: 'Shipments', exact: true }).click();
      await firstVerdict.waitFor();
      times.push(performance.now() - t);
    }
    record('shipments-list', 'Shipments screen in Chromium: navigation → first rows with the preflight column', times.sort((a, b) => a - b), 500);
    const ready: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(`${harness.url}#/shipments`);
      await firstVerdict.waitFor();
      const t = performance.now();
      await page.getByRole('button', { name: 'Ready to print' }).click();
      await page.getByTestId('shipment-count').filter({ hasNotText: /100,000/ }).waitFor();
      await firstVerdict.waitFor();
      ready.push(performance.now() - t);
    }
    record('shipments-list', 'Shipments screen in Chromium: "Ready to print" pressed → filtered rows', ready.sort((a, b) => a - b), 500);
  } finally {
    await browser.close();
    await harness.close();
  }
}

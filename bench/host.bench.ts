// The core host (issue #12): how long the CALLING thread (Electron's main process in the app) is
// kept from its event loop while the core works, with the core in a worker thread vs in the same
// thread as before — the same workload on two copies of one 100,000-product data folder, in one
// run: a 100,000-row import (a job) with products.list calls meanwhile, then 20 document packs.
// And what the host adds to the round trip of a small call.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { openCore } from '../src/core';
import { LATEST_VERSION } from '../src/core/db/migrations';
import { startCoreHost } from '../src/core/host/start';
import type { Invoke } from '../src/shared/contract';
import type { Job } from '../src/shared/jobs';
import { samplePack } from '../test/fixtures/pack';
import { productRow, rng, seedProducts } from './seed';
import { figures, measure, median, ms, record } from './util';

const PRODUCTS = 100_000;
const IMPORT_ROWS = 100_000;
const PACKS = 20;
const NOW = new Date('2026-11-21T10:00:00Z');
/** The seeded folder is kept between runs (seeding takes minutes on a busy machine); per schema version. */
const SEED_DIR = join(tmpdir(), `clearpack-bench-host-100k-v${LATEST_VERSION}`);
const SEED_DONE = join(SEED_DIR, 'seeded.json');

interface Target {
  call: Invoke;
  close(): Promise<void> | void;
}

async function value<T>(call: Invoke, method: string, input: unknown): Promise<T> {
  const r = await call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

/** The calling thread's event-loop delay while it does nothing: what the machine itself adds now. */
async function idleDelay(forMs: number): Promise<number> {
  const h = monitorEventLoopDelay({ resolution: 2 });
  h.enable();
  await new Promise((ok) => setTimeout(ok, forMs));
  h.disable();
  return h.max / 1e6;
}

/** A data folder with 100,000 products, a seller profile and one 20-item shipment to print. */
async function seed(dir: string): Promise<number> {
  if (existsSync(SEED_DONE)) return (JSON.parse(readFileSync(SEED_DONE, 'utf8')) as { shipmentId: number }).shipmentId;
  rmSync(dir, { recursive: true, force: true });
  const core = openCore({ dataDir: dir, now: () => NOW });
  const call: Invoke = (m, i) => core.api.call(m, i);
  seedProducts(core.ctx, PRODUCTS);
  await value(call, 'settings.update', {
    exporterName: 'Shenzhen Bright Trading Co., Ltd.', addressLines: ['Room 1203, Tech Park'], city: 'Shenzhen', country: 'CN', phone: '+86 755 1234 5678',
    eori: 'CN1234567890123', iossNumber: 'IM2760000001', signatoryName: 'Li Wei', signatoryTitle: 'Director', rates: [{ from: 'USD', to: 'XDR', rate: 0.75, date: '2026-11-01' }],
  });
  const items = [];
  for (const [i, it] of samplePack({ items: 20, chinese: true }).items.entries()) {
    const p = await value<{ id: number }>(call, 'products.create', {
      sku: `PACK-${i}`, name: it.description, localName: it.localName, hsCode: it.hsCode, originCountry: it.originCountry, unitNetWeightG: it.netWeightG, unitValue: it.unitValue, currency: 'USD',
    });
    items.push({ productId: p.id, quantity: 1 + (i % 3) });
  }
  const consignee = { name: 'Anna Schmidt', addressLines: ['Hauptstr. 5'], city: 'Berlin', postcode: '10115', country: 'DE' };
  const shipment = await value<{ id: number }>(call, 'shipments.create', {
    consignee, invoiceNumber: 'INV-1', invoiceDate: '2026-11-21', shipDate: '2026-11-22', items, parcels: [{ grossWeightG: 20_000, lengthMm: 400, widthMm: 300, heightMm: 300 }],
  });
  core.close(); // checkpoints the WAL into the file, so copying the file copies everything
  writeFileSync(SEED_DONE, JSON.stringify({ shipmentId: shipment.id }));
  return shipment.id;
}

const LIST_CASES: unknown[] = [
  { query: 'headphones' }, { query: 'wireless black', sort: 'name' }, { query: 'SKU-0421' }, { query: '充电宝' },
  { query: 'model 4242' }, { query: 's' }, {}, { sort: 'updatedAt', dir: 'desc', offset: 50_000 },
];

/**
 * The workload, with the calling thread's event-loop delay measured throughout: the import (a job)
 * runs while products.list is asked; the packs follow once it is done (building a pack archives it,
 * a write, which waits for the import's write to end: a CONFLICT while it runs).
 */
async function workload(target: Target, shipmentId: number, csv: string): Promise<{ maxMs: number; p99Ms: number; wallMs: number; busy: number; activeMs: number }> {
  const h = monitorEventLoopDelay({ resolution: 2 });
  h.enable();
  // How much of the time the calling thread's loop was running code (not waiting): unlike the
  // delay, the OS's scheduling of a busy machine does not count in it.
  const elu = performance.eventLoopUtilization();
  const t = performance.now();
  const { jobId } = await value<{ jobId: string }>(target.call, 'products.importCsv', { path: csv });
  const lists = (async () => {
    for (let round = 0; round < 3; round++) for (const input of LIST_CASES) await value(target.call, 'products.list', input);
  })();
  const job = (async () => {
    for (;;) {
      const j = await value<Job>(target.call, 'jobs.get', { jobId });
      if (j.state !== 'running') return j;
      await new Promise((ok) => setTimeout(ok, 100));
    }
  })();
  const [, done] = await Promise.all([lists, job]);
  if (done.state !== 'done') throw new Error(`import ${done.state}: ${done.error?.message}`);
  for (let i = 0; i < PACKS; i++) await value(target.call, 'documents.buildPack', { shipmentId });
  const wallMs = performance.now() - t;
  h.disable();
  const used = performance.eventLoopUtilization(elu);
  return { maxMs: h.max / 1e6, p99Ms: h.percentile(99) / 1e6, wallMs, busy: used.utilization, activeMs: used.active };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-bench-host-'));
  try {
    const t0 = performance.now();
    const cached = existsSync(SEED_DONE);
    const shipmentId = await seed(SEED_DIR);
    figures.push({ bench: 'host', case: `seed ${PRODUCTS.toLocaleString('en')} products + a 20-item shipment${cached ? ` (kept in ${SEED_DIR})` : ''}`, median: ms(performance.now() - t0) });
    const r = rng(11);
    const rows = Array.from({ length: IMPORT_ROWS }, (_, i) => ({ ...productRow(i, r), sku: `IMP-${String(i).padStart(6, '0')}` }));
    const csv = join(dir, 'import.csv');
    const fields = ['sku', 'name', 'localName', 'description', 'hsCode', 'originCountry', 'unitNetWeightG', 'unitValue', 'currency'];
    writeFileSync(csv, Papa.unparse({ fields, data: rows.map((p) => [p.sku, p.name, p.localName, p.description, p.hsCode, p.originCountry, p.unitNetWeightG, (p.unitValue / 100).toFixed(2), p.currency]) }));
    const copy = (name: string) => {
      const to = join(dir, name);
      mkdirSync(to);
      copyFileSync(join(SEED_DIR, 'clearpack.sqlite'), join(to, 'clearpack.sqlite'));
      return to;
    };

    // As the app ships them (npx electron-vite build) when built; else from the sources through tsx.
    const bundled = (f: string) => {
      const p = resolve(import.meta.dirname, '../out/main', f);
      return existsSync(p) ? p : undefined;
    };
    const jobWorkerFile = bundled('jobs-worker.js');
    const hostWorkerFile = bundled('core-host.js');
    const from = hostWorkerFile ? 'bundled' : 'sources';

    const inProcessDir = copy('in-process');
    const core = openCore({ dataDir: inProcessDir, now: () => NOW, jobWorkerFile });
    const inProcess: Target = { call: (m, i) => core.api.call(m, i), close: () => core.close() };
    const ts = performance.now();
    const host = await startCoreHost({ dataDir: copy('host'), now: NOW, hostWorkerFile, jobWorkerFile });
    figures.push({ bench: 'host', case: `start the host (${from}: load the core, open 100k db)`, median: ms(performance.now() - ts) });
    const hosted: Target = { call: host.call, close: () => host.close() };
    try {
      // Round trip of small calls (warm), in-process vs through the host.
      const small: [string, unknown][] = [['app.info', {}], ['products.get', { id: 1 }]];
      for (const [method, input] of small) {
        const a = await measure(() => inProcess.call(method, input), 2000, 200);
        const b = await measure(() => hosted.call(method, input), 2000, 200);
        record('host', `${method} round trip, in-process`, a);
        record('host', `${method} round trip, through the host`, b);
        const added = median(b) - median(a);
        figures.push({ bench: 'host', case: `${method}: added by the host (median)`, median: ms(added), goal: '< 1 ms', ok: added < 1 ? 'yes' : 'NO' });
      }
      // The workload: first in-process (what main did before), then through the host, each after
      // a look at what an idle thread suffers on this machine now (the figures include it).
      const idleBefore = await idleDelay(10_000);
      const before = await workload(inProcess, shipmentId, csv);
      await inProcess.close();
      figures.push({ bench: 'host', case: 'idle calling thread, event-loop delay max over 10 s (machine noise)', median: ms(idleBefore) });
      figures.push({ bench: 'host', case: `calling thread event-loop delay max, in-process (${LIST_CASES.length * 3} lists + ${IMPORT_ROWS / 1000}k import, then ${PACKS} packs)`, median: ms(before.maxMs), p95: `p99 ${ms(before.p99Ms)}` });
      figures.push({ bench: 'host', case: 'the same workload, wall time, in-process', median: ms(before.wallMs) });
      figures.push({ bench: 'host', case: 'calling thread busy (event-loop utilization), in-process', median: `${(before.busy * 100).toFixed(1)} %`, p95: ms(before.activeMs) });
      const idleAfter = await idleDelay(10_000);
      const after = await workload(hosted, shipmentId, csv);
      figures.push({ bench: 'host', case: 'idle calling thread, event-loop delay max over 10 s (machine noise)', median: ms(idleAfter) });
      figures.push({ bench: 'host', case: 'calling thread event-loop delay max, through the host (same workload)', median: ms(after.maxMs), p95: `p99 ${ms(after.p99Ms)}`, goal: '< 20 ms', ok: after.maxMs < 20 ? 'yes' : 'NO' });
      figures.push({ bench: 'host', case: 'the same workload, wall time, through the host', median: ms(after.wallMs) });
      figures.push({ bench: 'host', case: 'calling thread busy (event-loop utilization), through the host', median: `${(after.busy * 100).toFixed(1)} %`, p95: ms(after.activeMs) });
      figures.push({ bench: 'host', case: 'load average (1 min) at the end of the run', median: loadavg()[0]!.toFixed(2) });
    } finally {
      await hosted.close();
      await inProcess.close(); // (again if the workload failed: closing twice is harmless)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The dashboard's "Print today": 30 ready shipments of today built into one PDF (each pack
// archived as usual), through the real core as the dashboard calls it: documents.printToday, then
// jobs.get until the job ends. Goal (issue #16): under 3 s on this machine.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { openCore } from '../src/core';
import type { Core } from '../src/core';
import type { BatchReport } from '../src/shared/documents';
import type { Job } from '../src/shared/jobs';
import { figures, ms } from './util';

const PACKS = 30;
const GOAL_MS = 3000;

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.api.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

/** As the dashboard does it: start, then poll jobs.get (every 150 ms in the UI; 20 ms here, to measure the job, not the poll). */
async function printToday(core: Core, again: boolean): Promise<{ elapsed: number; cpu: number; report: BatchReport }> {
  const c0 = process.cpuUsage();
  const t = performance.now();
  const { jobId } = await call<{ jobId: string }>(core, 'documents.printToday', { again });
  let job = await call<Job<BatchReport>>(core, 'jobs.get', { jobId });
  while (job.state === 'running') {
    await new Promise((r) => setTimeout(r, 20));
    job = await call<Job<BatchReport>>(core, 'jobs.get', { jobId });
  }
  const elapsed = performance.now() - t;
  // CPU time of every thread of this process (the job's worker and its helper thread included):
  // the work itself, which wall-clock time overstates when other processes share the two cores.
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1000;
  if (job.state !== 'done') throw new Error(`printToday ${job.state}: ${job.error?.message}`);
  return { elapsed, cpu, report: job.result! };
}

/** A seller profile, 5 products and 30 ready shipments of today (1 to 5 lines each, five countries). */
export async function seedToday(core: Core): Promise<void> {
    await call(core, 'settings.update', {
      exporterName: 'Shenzhen Bright Trading Co., Ltd.', addressLines: ['Room 1203, Tech Park'], city: 'Shenzhen', country: 'CN', phone: '+86 755 1234 5678',
      eori: 'CN1234567890123', iossNumber: 'IM2760000001', signatoryName: 'Li Wei', signatoryTitle: 'Director', rates: [{ from: 'USD', to: 'XDR', rate: 0.75, date: '2026-11-01' }],
      defaultPostalOperator: 'CN-POST',
    });
    const products: number[] = [];
    const names = [['Bluetooth headphones, over-ear, plastic housing', '蓝牙耳机', '8518.30'], ['Cotton T-shirt, knitted, men', '男式棉质针织T恤', '6109.10'], ['Ceramic coffee mug', '陶瓷咖啡杯', '6912.00'], ['Silicone phone case', '硅胶手机壳', '3926.90'], ['Stainless steel water bottle', '不锈钢水瓶', '7323.93']] as const;
    for (const [i, [name, localName, hsCode]] of names.entries()) {
      products.push((await call<{ id: number }>(core, 'products.create', { sku: `SKU-${i}`, name, localName, hsCode, originCountry: 'CN', unitNetWeightG: 150 + 50 * i, unitValue: 990 + 500 * i, currency: 'USD' })).id);
    }
    const cities = [['DE', 'Berlin', '10115'], ['FR', 'Paris', '75001'], ['GB', 'London', 'SW1A 1AA'], ['US', 'Austin', '78701'], ['AU', 'Sydney', '2000']] as const;
    for (let n = 1; n <= PACKS; n++) {
      const [country, city, postcode] = cities[n % cities.length]!;
      const items = products.slice(0, 1 + (n % 5)).map((productId, i) => ({ productId, quantity: 1 + ((n + i) % 3) }));
      // No ship date given: today (the default under test too).
      const s = await call<{ id: number }>(core, 'shipments.create', {
        consignee: { name: `Customer ${n}`, addressLines: [`${n} Main Street`], city, postcode, country, phone: '+1 555 0100', taxId: country === 'AU' ? '12345678901' : undefined },
        invoiceNumber: `INV-${n}`, invoiceDate: '2026-12-01', postage: 850, trackingNumber: null,
        items, parcels: [{ grossWeightG: 6000, lengthMm: 300, widthMm: 200, heightMm: 100 }],
      });
      const r = await core.api.call('shipments.setStatus', { id: s.id, status: 'ready' });
      if (!r.ok) throw new Error(`shipment ${n} not ready: ${r.error.message}`);
    }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-bench-today-'));
  // The job worker as the app runs it (the built bundle, `npx electron-vite build`) when there is
  // one; else the TypeScript sources through tsx, whose start-up in each worker thread costs seconds.
  const built = join(import.meta.dirname, '..', 'out', 'main', 'jobs-worker.js');
  const jobWorkerFile = existsSync(built) ? built : undefined;
  const worker = jobWorkerFile ? 'built worker' : 'tsx worker';
  // Warm job workers, as the desktop's core host keeps them (core/host/worker.ts).
  const core = openCore({ dataDir: dir, now: () => new Date('2026-12-02T10:00:00Z'), jobWorkerFile, warmJobs: true });
  try {
    await seedToday(core);
    const summary = await call<{ ready: number }>(core, 'documents.today', {});
    if (summary.ready !== PACKS) throw new Error(`expected ${PACKS} ready, got ${summary.ready}`);

    // A seller opens the app and looks at the day before printing: the warm worker is ready by then.
    const warmFirst = await core.ctx.jobs!.warmed();
    const first = await printToday(core, false);
    const pages = (await PDFDocument.load(readFileSync(first.report.combinedPath!))).getPageCount();
    if (first.report.built.length !== PACKS) throw new Error(`built ${first.report.built.length} of ${PACKS}`);
    figures.push({ bench: 'today-print', case: `print today: ${PACKS} ready packs → one PDF (${pages} pages, ${first.report.workers} threads, ${worker}${warmFirst ? ', warm' : ', cold'}), first`, median: ms(first.elapsed), goal: `< ${GOAL_MS} ms`, ok: first.elapsed < GOAL_MS ? 'yes' : 'NO' });
    figures.push({ bench: 'today-print', case: 'print today, first: CPU time (all threads)', median: ms(first.cpu) });
    const again: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < 3; i++) {
      await core.ctx.jobs!.warmed();
      const r = await printToday(core, true);
      again.push(r.elapsed);
      cpus.push(r.cpu);
    }
    cpus.sort((a, b) => a - b);
    again.sort((a, b) => a - b);
    const med = again[1]!;
    figures.push({ bench: 'today-print', case: 'print today again: CPU time (all threads), median', median: ms(cpus[1]!) });
    figures.push({ bench: 'today-print', case: 'load average (1 min) at the end', median: (await import('node:os')).loadavg()[0]!.toFixed(1) });
    figures.push({ bench: 'today-print', case: `print today again (3 runs: ${again.map((x) => x.toFixed(0)).join(' / ')} ms), median`, median: ms(med), goal: `< ${GOAL_MS} ms`, ok: med < GOAL_MS ? 'yes' : 'NO' });
  } finally {
    core.close();
  }
  // The same data without a warm worker (as the CLI runs a job): each thread loads its code first.
  const coldCore = openCore({ dataDir: dir, now: () => new Date('2026-12-02T10:00:00Z'), jobWorkerFile });
  try {
    const cold = await printToday(coldCore, true);
    figures.push({ bench: 'today-print', case: `print today without a warm worker (the CLI's way), ${cold.report.workers} threads`, median: ms(cold.elapsed) });
  } finally {
    coldCore.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

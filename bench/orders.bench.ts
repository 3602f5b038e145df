// orders.importCsv (#14): a Shopify orders export of 1,000 orders with 3,000 lines, and one of
// 10,000 orders with 30,000 lines, through the real job (worker thread, parse, every order checked,
// one transaction, every new shipment preflighted), into the demo catalog. Progress is polled as
// the UI does; the process's resident memory (worker threads included) is sampled while it runs.
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../src/core';
import { sampleOrderFile } from '../src/core/orders/samples';
import type { SampleOrder } from '../src/core/orders/samples';
import type { Job } from '../src/shared/jobs';
import type { OrdersImportReport } from '../src/shared/orders';
import { figures, ms } from './util';

/** Demo SKUs whose shipments the preflight lets through to the US (a mug, a bottle, socks, a yoga mat …). */
const SKUS = ['HM-MG-CER', 'HM-BT-SS', 'AP-SK-5P', 'SP-YM-TPE', 'BG-BP-20L', 'TY-BB-500'];

function orders(count: number): SampleOrder[] {
  return Array.from({ length: count }, (_, i) => ({
    number: `#${100_000 + i}`, name: `Buyer ${i}`, address1: `${i} Market Street`, city: 'Seattle', state: 'WA', postcode: '98101', country: 'US',
    countryName: 'United States', email: `buyer${i}@example.com`, currency: 'USD', shipping: '5.90',
    lines: [0, 1, 2].map((k) => ({ sku: SKUS[(i + k) % SKUS.length]!, name: 'Item', quantity: 1 + ((i + k) % 3), price: `${10 + k}.90` })),
  }));
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-bench-orders-'));
  const bundled = resolve(import.meta.dirname, '../out/main/jobs-worker.js');
  const jobWorkerFile = existsSync(bundled) ? bundled : undefined;
  try {
    for (const [count, goalMs] of [[1_000, 3_000], [10_000, 30_000]] as const) {
      const path = join(dir, `orders-${count}.csv`);
      writeFileSync(path, sampleOrderFile('shopify', orders(count), '2026-11-20'));
      const core = openCore({ dataDir: join(dir, `data-${count}`), jobWorkerFile });
      const demo = await core.api.call('demo.load', {});
      if (!demo.ok) throw new Error(JSON.stringify(demo.error));
      let peakRss = process.memoryUsage().rss;
      const rssBefore = peakRss;
      const t = performance.now();
      const started = await core.api.call('orders.importCsv', { path });
      if (!started.ok) throw new Error(JSON.stringify(started.error));
      const jobId = (started.value as { jobId: string }).jobId;
      const phases = new Set<string>();
      let updates = 0;
      let job: Job;
      for (;;) {
        job = core.ctx.jobs!.get(jobId);
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
        if (job.progress.total > 0) {
          updates++;
          phases.add(job.progress.phase);
        }
        if (job.state !== 'running') break;
        await new Promise((ok) => setTimeout(ok, 25));
      }
      const wall = performance.now() - t;
      const report = job.result as OrdersImportReport;
      if (job.state !== 'done' || report.created !== count) throw new Error(`import failed: ${JSON.stringify(job.error ?? report.problems.slice(0, 3))}`);
      const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
      figures.push({
        bench: 'orders', case: `${count.toLocaleString('en')} orders × 3 lines (${mb(statSync(path).size)} file) imported + preflighted`,
        median: ms(wall), goal: `< ${goalMs} ms`, ok: wall < goalMs ? 'yes' : 'NO',
      });
      figures.push({
        bench: 'orders', case: `  ${count.toLocaleString('en')}: ${updates} progress reads (${[...phases].join(', ')}); ready ${report.verdicts.ready}, warned ${report.verdicts.warned}, blocked ${report.verdicts.blocked}`,
        median: `rss +${mb(peakRss - rssBefore)}`, p95: `peak ${mb(peakRss)}`,
      });
      core.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The write path: products.create one call at a time through api.call (validation, the mutation's
// IMMEDIATE transaction, the FTS row, the commit), 10,000 times on a fresh data file. Goal from
// issue 11: no slower than before the transactions began IMMEDIATE (then ~2.2 ms per call here).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../src/core';
import { figures, ms } from './util';

export async function run(count = 10_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-bench-writes-'));
  const core = openCore({ dataDir: dir });
  try {
    const create = async (sku: string) => {
      const r = await core.api.call('products.create', { sku, name: `Bench product ${sku}`, hsCode: '851830' });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
    };
    for (let i = 0; i < 200; i++) await create(`WARM-${i}`);
    const t = performance.now();
    const cpu = process.cpuUsage();
    for (let i = 0; i < count; i++) await create(`B-${i}`);
    const total = performance.now() - t;
    const used = process.cpuUsage(cpu);
    // CPU time as well: on a shared machine the wall time varies with the neighbours, the CPU time less.
    figures.push({ bench: 'writes', case: `products.create × ${count.toLocaleString('en')}, one call each (total)`, median: ms(total) });
    figures.push({ bench: 'writes', case: 'products.create, per call (mean)', median: ms(total / count) });
    figures.push({ bench: 'writes', case: 'products.create, CPU time per call (mean, this process)', median: ms((used.user + used.system) / 1000 / count) });
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// One of two processes on the same data folder (test/db/two-writers.test.ts): opens the real core,
// says "ready", waits for "go" on stdin so both start at the same moment, then writes (products.create)
// or reads (products.list, products.get) `count` times and prints what happened as JSON.
import { openCore } from '../../src/core';

const [dataDir, mode, name, countArg] = process.argv.slice(2) as [string, 'write' | 'read', string, string];
const count = Number(countArg);
const core = openCore({ dataDir });
process.stdout.write('ready\n');
process.stdin.once('data', () => void run());

async function run(): Promise<void> {
  const failures: { code: string; message: string }[] = [];
  let maxMs = 0;
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const r =
      mode === 'write'
        ? await core.api.call('products.create', { sku: `${name}-${i}`, name: `Product ${i} of ${name}` })
        : await core.api.call(i % 2 ? 'products.list' : 'products.get', i % 2 ? { query: 'product', limit: 20 } : { id: 1 });
    maxMs = Math.max(maxMs, performance.now() - t0);
    // products.get of id 1 before the first write is a NOT_FOUND answer, not a failure of the read.
    if (!r.ok && r.error.code !== 'NOT_FOUND') failures.push({ code: r.error.code, message: r.error.message });
  }
  core.close();
  process.stdout.write(`${JSON.stringify({ name, mode, count, failures: failures.length, sample: failures.slice(0, 3), maxMs: Math.round(maxMs) })}\n`);
  process.exit(0);
}

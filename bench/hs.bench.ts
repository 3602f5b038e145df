// hs.search over the HS 2022 nomenclature (5,612 subheadings, 1,228 headings, 96 chapters).
// Goal from issue 3: a word search under 10 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../src/core';
import { figures, measure, ms, record } from './util';

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-bench-hs-'));
  const core = openCore({ dataDir: dir });
  try {
    const call = async (input: unknown) => {
      const r = await core.api.call('hs.search', input);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value;
    };
    const t = performance.now();
    await call({ query: 'x' });
    figures.push({ bench: 'hs.search', case: 'first call: load JSON + build the in-memory FTS5 index', median: ms(performance.now() - t) });
    const cases: [string, unknown][] = [
      ['word "headphones"', { query: 'headphones' }],
      ['word prefix "cott" (many matches)', { query: 'cott' }],
      ['two words "cotton shirts"', { query: 'cotton shirts' }],
      ['code prefix "85"', { query: '85' }],
      ['code + word "85 headphones"', { query: '85 headphones' }],
    ];
    for (const [name, input] of cases) record('hs.search', name, await measure(() => call(input), 200, 10), 10);
    record('hs.get', 'heading "8518" with ancestors and children', await measure(() => core.api.call('hs.get', { code: '8518' }), 200, 10), 10);
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

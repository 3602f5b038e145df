// products.list over 100,000 products, and opening an up-to-date database of that size.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../src/core';
import { openDatabase } from '../src/core/db/open';
import { seedProducts } from './seed';
import { figures, measure, ms, record } from './util';

export const PRODUCT_COUNT = 100_000;

/** Builds (once) a data folder with 100,000 products; returns its path. */
export function productsDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-bench-'));
  const core = openCore({ dataDir: dir });
  const t = performance.now();
  seedProducts(core.ctx, PRODUCT_COUNT);
  figures.push({ bench: 'products', case: `seed ${PRODUCT_COUNT.toLocaleString('en')} products via createProduct (one transaction)`, median: ms(performance.now() - t) });
  core.close();
  return dir;
}

export async function run(dir: string): Promise<void> {
  const core = openCore({ dataDir: dir });
  const call = async (input: unknown) => {
    const r = await core.api.call('products.list', input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  const cases: [string, unknown][] = [
    ['search "headphones" (relevance)', { query: 'headphones' }],
    ['search "wireless black" sorted by name', { query: 'wireless black', sort: 'name' }],
    ['search SKU prefix "SKU-0421"', { query: 'SKU-0421' }],
    ['search Chinese "充电宝"', { query: '充电宝' }],
    ['search rare "model 4242"', { query: 'model 4242' }],
    ['search "s" (broad prefix: most rows match)', { query: 's' }],
  ];
  for (const [name, input] of cases) record('products.list', `${name}, 100k`, await measure(() => call(input)), 20);
  record('products.list', 'no search, first page by name, 100k', await measure(() => call({})), 20);
  record('products.list', 'no search, page 500 by updatedAt desc, 100k', await measure(() => call({ sort: 'updatedAt', dir: 'desc', offset: 50_000 })));
  core.close();

  const file = join(dir, 'clearpack.sqlite');
  record(
    'database',
    'open + migrate an up-to-date 100k-product database',
    await measure(() => openDatabase(file).close(), 20, 2),
    200,
  );
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

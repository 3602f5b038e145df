// The Products screen in the e2e harness (real renderer, real core host, real Chromium): time from
// navigation to the first rows on screen, with 100,000 products.
import { chromium } from '@playwright/test';
import { performance } from 'node:perf_hooks';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import { startCoreHost } from '../src/core/host/start';
import { record } from './util';
import { startHarness } from '../e2e/harness-core';

export async function run(dir: string): Promise<void> {
  const host = await startCoreHost({ dataDir: dir });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const harness = await startHarness();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
    await harness.attach(page, host);
    await page.goto(`${harness.url}#/`);
    await page.getByRole('navigation').waitFor();
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      await page.goto(`${harness.url}#/`);
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      const t = performance.now();
      await page.getByRole('link', { name: 'Catalog', exact: true }).click();
      await page.locator('.vtable-row.body:not(.placeholder)').first().waitFor();
      times.push(performance.now() - t);
    }
    record('Products screen', 'navigation → first rows visible, 100k products', times.sort((a, b) => a - b), 1000);
    const search: number[] = [];
    for (const q of ['headphones', '充电宝', 'SKU-0999', 'wireless red']) {
      await page.getByRole('searchbox').fill('');
      await page.locator('.vtable-row.body:not(.placeholder)').first().waitFor();
      const t = performance.now();
      await page.getByRole('searchbox').fill(q);
      await page.getByTestId('product-count').filter({ hasNotText: /100,000/ }).waitFor();
      await page.locator('.vtable-row.body:not(.placeholder)').first().waitFor();
      search.push(performance.now() - t);
    }
    record('Products screen', 'type a search → filtered rows visible, 100k products', search.sort((a, b) => a - b));
  } finally {
    await browser.close();
    await harness.close();
    await host.close();
  }
}

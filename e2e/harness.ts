// Playwright fixtures over the e2e harness (harness-core.ts): each test gets the real app in
// Chromium on a real core host (a worker thread, as in the app) with its own temporary data folder.
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTestHost } from './host';
import type { CoreHost } from '../src/core/host/start';
import type { Invoke } from '../src/shared/contract';
import { startHarness } from './harness-core';
import type { Harness } from './harness-core';

export interface AppFixture {
  page: Page;
  /** The core host the page talks to. */
  host: CoreHost;
  /** A call through the host, the way the page's calls go (to set up data and look at it). */
  call: Invoke;
  /** The same host in the in-process core's shape (core.api.call), which many specs use. */
  core: { api: { call: Invoke } };
  dataDir: string;
  /** Opens the app at a route (e.g. '/catalog'). */
  open(route?: string): Promise<void>;
}

export const test = base.extend<{ app: AppFixture; dataDir: string }, { harness: Harness }>({
  harness: [
    async ({}, use) => {
      const harness = await startHarness();
      await use(harness);
      await harness.close();
    },
    { scope: 'worker' },
  ],
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'clearpack-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ page, harness, dataDir }, use) => {
    const host = await startTestHost({ dataDir });
    await harness.attach(page, host);
    const pageErrors: Error[] = [];
    page.on('pageerror', (err) => pageErrors.push(err));
    // The page is served with the app's CSP header; Chromium reports each violation on the console.
    const cspViolations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
    });
    const call: Invoke = (method, input) => host.call(method, input);
    await use({ page, host, call, core: { api: { call } }, dataDir, open: (route = '/') => page.goto(`${harness.url}#${route}`).then(() => undefined) });
    await host.close();
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    expect(cspViolations, 'Content Security Policy violations in the page').toEqual([]);
  },
});

export { expect };

/** Where e2e tests put screenshots and rendered PDFs for a person to look at. */
export const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');

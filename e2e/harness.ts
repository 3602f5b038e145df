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
  /**
   * Holds the page's calls to one method at a gate until the test lets them through one by one:
   * to see what the page shows while a reply is still on its way (races a fast click can hit).
   */
  gate(method: string): CallGate;
}

export interface CallGate {
  /** Resolves when a call is waiting at the gate (at once if one already is). */
  arrived(): Promise<void>;
  /** Lets the oldest waiting call through. */
  passOne(): void;
  /** Lets every call through from now on. */
  open(): void;
}

function callGate(): CallGate & { enter(): Promise<void> } {
  const waiting: Array<() => void> = [];
  let onArrive: (() => void) | null = null;
  let opened = false;
  return {
    enter: () =>
      opened
        ? Promise.resolve()
        : new Promise<void>((pass) => {
            waiting.push(pass);
            onArrive?.();
            onArrive = null;
          }),
    arrived: () => (waiting.length > 0 ? Promise.resolve() : new Promise<void>((r) => (onArrive = r))),
    passOne: () => waiting.shift()?.(),
    open: () => {
      opened = true;
      waiting.splice(0).forEach((pass) => pass());
    },
  };
}

export const test = base.extend<{ app: AppFixture; dataDir: string; warmJobs: boolean }, { harness: Harness }>({
  // The desktop's host keeps a warm job worker (src/main/index.ts); tests do not, except where a spec
  // asks for it (`test.use({ warmJobs: true })`) to run the desktop's own path for a job.
  warmJobs: [false, { option: true }],
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
  app: async ({ page, harness, dataDir, warmJobs }, use) => {
    const host = await startTestHost({ dataDir, warmJobs });
    const gates = new Map<string, ReturnType<typeof callGate>>();
    const pageCall: Invoke = async (method, input) => {
      await gates.get(method)?.enter();
      return host.call(method, input);
    };
    await harness.attach(page, { call: pageCall });
    const pageErrors: Error[] = [];
    page.on('pageerror', (err) => pageErrors.push(err));
    // The page is served with the app's CSP header; Chromium reports each violation on the console.
    const cspViolations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
    });
    const call: Invoke = (method, input) => host.call(method, input);
    await use({ page, host, call, core: { api: { call } }, dataDir, open: (route = '/') => page.goto(`${harness.url}#${route}`).then(() => undefined),
      gate: (method) => {
        const g = gates.get(method) ?? callGate();
        gates.set(method, g);
        return g;
      },
    });
    for (const g of gates.values()) g.open();
    // Leave the app before its host stops: calls still in flight (a preflight after the last
    // click) would otherwise be refused "Clearpack is closing" and surface as page errors that
    // say nothing about the test. Errors raised until now are kept.
    const raised = [...pageErrors];
    await page.goto('about:blank').catch(() => undefined);
    await host.close();
    expect(raised, 'uncaught errors in the page').toEqual([]);
    expect(cspViolations, 'Content Security Policy violations in the page').toEqual([]);
  },
});

export { expect };

/** Where e2e tests put screenshots and rendered PDFs for a person to look at. */
export const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');

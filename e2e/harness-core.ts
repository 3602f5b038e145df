// The e2e harness of DESIGN.md, without the test runner: serves the built renderer (out/renderer)
// on loopback and binds a page to a real core through a Playwright binding that stands in for
// Electron IPC. window.clearpack is built in the page by the same createClient the preload uses.
// Used by the e2e fixtures (harness.ts) and by the screen benchmarks.
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import type { Core } from '../src/core';

const ROOT = resolve(import.meta.dirname, '..');
const RENDERER = join(ROOT, 'out', 'renderer');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

let bridgeScript: Promise<string> | null = null;
function bridge(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [join(ROOT, 'e2e', 'bridge-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  }).then((r) => r.outputFiles[0]!.text);
  return bridgeScript;
}

export interface Harness {
  /** URL of the app's index.html; add '#/route'. */
  url: string;
  /** Binds a page to a core: window.clearpack in that page calls this core. */
  attach(page: Page, core: Core): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first');
  // Module scripts do not load from file:// in Chromium, so the renderer is served on loopback.
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '');
    const file = join(RENDERER, path || 'index.html');
    if (!file.startsWith(RENDERER) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/index.html`,
    async attach(page, core) {
      await page.exposeBinding('__clearpackInvoke', (source, method: string, input: unknown) => {
        // Like main's sender check: only our own page's main frame may call the core.
        if (source.frame !== source.page.mainFrame() || new URL(source.frame.url()).origin !== origin)
          return { ok: false, error: { code: 'BLOCKED', message: 'Calls are accepted only from Clearpack\'s own page', details: {} } };
        return core.api.call(method, input);
      });
      await page.addInitScript({ content: await bridge() });
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

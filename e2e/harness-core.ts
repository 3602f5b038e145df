// The e2e harness of DESIGN.md, without the test runner: serves the built renderer (out/renderer)
// on loopback and binds a page to a real core host (the worker thread main starts, src/core/host)
// through a Playwright binding that stands in for Electron IPC: the envelopes cross the same
// MessagePort as in the app. The page gets the same thin window.clearpackInvoke the preload exposes; the renderer builds its own client over it.
// The page is served by main's own serveRenderer, so it gets the app's CSP header and MIME types.
// Used by the e2e fixtures (harness.ts) and by the screen benchmarks.
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Invoke } from '../src/shared/contract';
import { serveRenderer } from '../src/main/renderer-protocol';

const ROOT = resolve(import.meta.dirname, '..');
const RENDERER = join(ROOT, 'out', 'renderer');

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
  /** Binds a page to a core host: window.clearpackInvoke in that page calls host.call. */
  attach(page: Page, host: { call: Invoke }): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first');
  // Module scripts do not load from file:// in Chromium, so the renderer is served on loopback.
  let host = '';
  const server = createServer(async (req, res) => {
    let answer: Response;
    try {
      answer = await serveRenderer(new Request(`http://${host}${req.url ?? '/'}`, { method: req.method }), RENDERER, { host });
    } catch {
      answer = new Response(null, { status: 400 }); // a request line no URL parser accepts
    }
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const origin = `http://${host}`;
  return {
    url: `${origin}/index.html`,
    async attach(page, host) {
      await page.exposeBinding('__clearpackInvoke', (source, method: string, input: unknown) => {
        // Like main's sender check: only our own page's main frame may call the core.
        if (source.frame !== source.page.mainFrame() || new URL(source.frame.url()).origin !== origin)
          return { ok: false, error: { code: 'BLOCKED', message: 'Calls are accepted only from Clearpack\'s own page', details: {} } };
        return host.call(method, input);
      });
      await page.addInitScript({ content: await bridge() });
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

// The core host an e2e test talks to: the one the app ships (out/main/core-host.js and the job
// worker beside it, built by `npm run build`, which the e2e stage needs anyway for out/renderer).
// It starts in about a second, where the sources through tsx take two to twelve. A bundle older
// than the core's sources is refused with a message (a stale core would test old code); set
// E2E_HOST=sources to run a spec against the sources without rebuilding.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startCoreHost } from '../src/core/host/start';
import type { CoreHost, CoreHostOptions } from '../src/core/host/start';

const ROOT = resolve(import.meta.dirname, '..');
export const BUNDLED_HOST = join(ROOT, 'out', 'main', 'core-host.js');
export const BUNDLED_JOBS = join(ROOT, 'out', 'main', 'jobs-worker.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!entry.name.includes('.test.')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

let checked: { hostWorkerFile: string; jobWorkerFile: string } | null | undefined;

/** The bundled workers, or null when E2E_HOST=sources; throws when they are missing or stale. */
function bundledWorkers(): { hostWorkerFile: string; jobWorkerFile: string } | null {
  if (checked !== undefined) return checked;
  if (process.env.E2E_HOST === 'sources') return (checked = null);
  if (!existsSync(BUNDLED_HOST) || !existsSync(BUNDLED_JOBS))
    throw new Error('out/main/core-host.js is missing: run `npx electron-vite build` (or E2E_HOST=sources)');
  const built = Math.min(statSync(BUNDLED_HOST).mtimeMs, statSync(BUNDLED_JOBS).mtimeMs);
  const sources = Math.max(newestSource(join(ROOT, 'src', 'core')), newestSource(join(ROOT, 'src', 'shared')));
  if (sources > built) throw new Error('out/main/core-host.js is older than src/core or src/shared: run `npx electron-vite build` (or E2E_HOST=sources)');
  return (checked = { hostWorkerFile: BUNDLED_HOST, jobWorkerFile: BUNDLED_JOBS });
}

/** Starts a core host for a test, from the build (see the top of this file). */
export function startTestHost(options: CoreHostOptions): Promise<CoreHost> {
  return startCoreHost({ ...(bundledWorkers() ?? {}), ...options });
}

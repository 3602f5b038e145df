// The code the tests run in child processes and worker threads, bundled once per test run.
//
// Under tsx every child process (the CLI as a seller runs it, the crash and SIGKILL children) and every
// job worker thread resolves and transpiles the whole core again: ~1.5 s of start-up each, most of the
// suite's time. esbuild bundles the same sources into out/test/ in about a second, before any test runs,
// so the bundles are never older than src/. Packages stay external (loaded from node_modules, the native
// better-sqlite3 among them), as in the Electron build; resources/ is found above out/test/ as above src/.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BUNDLE_DIR = join(ROOT, 'out', 'test');

/** Entry → bundle file name. `bundled(name)` gives the path a test spawns. */
const ENTRIES = {
  'jobs-worker': 'src/core/jobs/worker.ts',
  cli: 'src/cli/index.ts',
  'crash-child': 'test/backup/crash-child.ts',
  'run-method': 'test/soak/run-method.ts',
  'two-writers.child': 'test/db/two-writers.child.ts',
} as const;
export type BundleName = keyof typeof ENTRIES;

export const bundled = (name: BundleName): string => join(BUNDLE_DIR, `${name}.js`);

export async function buildTestBundles(): Promise<void> {
  rmSync(BUNDLE_DIR, { recursive: true, force: true }); // no chunk of an earlier run left beside the new ones
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, entry]) => [name, join(ROOT, entry)])),
    outdir: BUNDLE_DIR,
    bundle: true,
    splitting: true, // the entries share the core: one copy of it, in chunks
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline', // a failing child's stack still names src/ lines
    logLevel: 'warning',
  });
}

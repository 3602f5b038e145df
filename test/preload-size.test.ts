// The preload stays thin (#12 point 4): invoke and the desktop channels, no zod, no method table.
// A sandboxed preload may require only 'electron'. Checked on a fresh esbuild bundle of the source
// (the same shape electron-vite builds: one CommonJS file, everything but electron inlined) and on
// the built out/preload/index.cjs when a build is there.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILT = join(ROOT, 'out', 'preload', 'index.cjs');
const LIMIT = 10 * 1024;

const requires = (code: string) => [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]).sort();

describe('the preload bundle', () => {
  it(`is under ${LIMIT / 1024} KB and requires only electron`, async () => {
    const out = await build({
      entryPoints: [join(ROOT, 'src', 'preload', 'index.ts')],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      external: ['electron'],
      metafile: true,
    });
    const code = out.outputFiles[0]!.text;
    expect(code.length).toBeLessThan(LIMIT);
    expect(new Set(requires(code))).toEqual(new Set(['electron']));
    // Nothing of the contract's machinery: no zod, no method table.
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(inputs.some((f) => /shared\/(api|client)\.ts$/.test(f))).toBe(false);
  });

  it.skipIf(!existsSync(BUILT))('as built in out/preload/index.cjs (skipped: run `npx electron-vite build` first)', () => {
    const code = readFileSync(BUILT, 'utf8');
    expect(code.length).toBeLessThan(LIMIT);
    expect(new Set(requires(code))).toEqual(new Set(['electron']));
  });
});

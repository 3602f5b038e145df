// "Main imports nothing from src/core but the host's starter" (issue #12): main never opens the
// database, so neither SQLite nor pdfkit may be loaded in Electron's main process. Checked on the
// sources: every import of src/main/*.ts, and everything the starter itself imports, followed
// through the files it reaches.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const MAIN = join(ROOT, 'src', 'main');
const STARTER = join(ROOT, 'src', 'core', 'host', 'start.ts');

/** Module specifiers of the value imports in a file (`import type` is erased and loads nothing). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) if (!m[2]) found.push(m[3]!);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(candidate) && candidate.match(/\.tsx?$|\.json$/)) return candidate;
  return base;
}

/** Every file and package a file loads, followed through local files. */
function closure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const spec of importsOf(file)) {
      const local = resolveLocal(file, spec);
      if (local) todo.push(local);
      else packages.add(spec);
    }
  }
  return { files, packages };
}

const mainFiles = readdirSync(MAIN)
  .filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))
  .map((n) => join(MAIN, n));

describe('main and the core', () => {
  it('main imports nothing from src/core but the host starter', () => {
    const fromCore = mainFiles.flatMap((f) =>
      importsOf(f)
        .map((spec) => resolveLocal(f, spec))
        .filter((p): p is string => p !== null && p.startsWith(join(ROOT, 'src', 'core')))
        .map((p) => `${relative(ROOT, f)} → ${relative(ROOT, p)}`),
    );
    expect(fromCore.length, 'main reaches the core through the starter').toBeGreaterThan(0);
    expect(fromCore.filter((line) => !line.endsWith(relative(ROOT, STARTER)))).toEqual([]);
  });

  it('the starter loads no part of the core, SQLite or pdfkit: only the contract and Node', () => {
    const { files, packages } = closure(STARTER);
    const core = [...files].filter((f) => f.startsWith(join(ROOT, 'src', 'core')) && f !== STARTER).map((f) => relative(ROOT, f));
    expect(core).toEqual([]);
    expect([...packages].filter((p) => !p.startsWith('node:'))).toEqual([]);
    expect([...files].some((f) => f.startsWith(join(ROOT, 'src', 'shared')))).toBe(true);
  });

  it('all of main together loads neither better-sqlite3 nor pdfkit', () => {
    const packages = new Set(mainFiles.flatMap((f) => [...closure(f).packages]));
    expect(packages.has('electron')).toBe(true);
    for (const heavy of ['better-sqlite3', 'pdfkit', 'pdf-lib', 'fontkit', 'pdfjs-dist']) expect(packages.has(heavy), heavy).toBe(false);
  });
});

// Every write transaction begins IMMEDIATE (src/core/db/write.ts says why). This keeps it true: a
// plain `db.transaction(fn)()` (DEFERRED) or a raw BEGIN other than BEGIN IMMEDIATE anywhere in src/
// fails here, naming the file and line.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const HELPER = 'src/core/db/write.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(path);
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Lines of src/ that open a transaction some other way than the helper. */
function offenders(files = sources(join(ROOT, 'src'))): string[] {
  const out: string[] = [];
  for (const file of files) {
    const rel = relative(ROOT, file).replaceAll('\\', '/');
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '');
      if (rel !== HELPER && /\.transaction\s*\(/.test(code)) out.push(`${rel}:${i + 1}: ${line.trim()}`);
      if (/\bBEGIN\b(?!\s+IMMEDIATE)/.test(code) && /['"`]\s*BEGIN/.test(code)) out.push(`${rel}:${i + 1}: ${line.trim()}`);
    });
  }
  return out;
}

describe('write transactions', () => {
  it('src/ opens transactions only through writeTransaction (IMMEDIATE) or BEGIN IMMEDIATE', () => {
    expect(offenders()).toEqual([]);
  });

  it('the check bites: a DEFERRED transaction or a plain BEGIN is reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearpack-tx-'));
    try {
      const file = join(dir, 'x.ts');
      writeFileSync(file, "db.transaction(() => 1)();\ndb.exec('BEGIN');\ndb.exec('BEGIN IMMEDIATE');\n// db.transaction( in a comment\n");
      expect(offenders([file]).map((l) => l.replace(/^.*x\.ts:/, ''))).toEqual(["1: db.transaction(() => 1)();", "2: db.exec('BEGIN');"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

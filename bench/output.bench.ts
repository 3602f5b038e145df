// The output guard's write path against what the exports did before (write a temp file, rename):
// issue 11 asks that the guarded write (checks, fsync of file and folder, link or rename) be no slower.
// A 40 MB CSV is about what 100,000 products export to.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOutput, writeOutput } from '../src/core/files/output';
import { measure, record } from './util';

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-bench-output-'));
  const data = mkdtempSync(join(tmpdir(), 'clearpack-bench-output-data-'));
  try {
    const text = `\uFEFF${'sku,name,description\r\n'.repeat(2 * 1024 * 1024)}`;
    const before = join(dir, 'before.csv');
    record('output', '40 MB CSV: write temp + rename (before)', await measure(() => {
      writeFileSync(`${before}.tmp`, text, 'utf8');
      renameSync(`${before}.tmp`, before);
    }, 7, 1));
    const after = join(dir, 'after.csv');
    record('output', '40 MB CSV: guard (checks, write, fsync, rename, folder fsync)', await measure(() => {
      writeOutput(checkOutput(data, after, { field: 'path', ext: '.csv', overwrite: true }), text);
    }, 7, 1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
}

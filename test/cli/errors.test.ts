// The CLI never shows a stack trace to a user: every failure is the JSON error on stderr; the stack
// of an unexpected one only with --debug.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const STACK_LINE = /^\s+at .+[:(]/m;

function cli(args: string[]) {
  const r = spawnSync(TSX, [join(ROOT, 'src', 'cli', 'index.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The JSON error at the start of stderr (with --debug a stack may follow it). */
const errorOf = (stderr: string) => JSON.parse(stderr.slice(0, stderr.indexOf('\n}\n') + 2)) as { code: string; message: string };

describe('CLI errors', () => {
  it('an unexpected failure (the data folder is under a file) is a short INTERNAL JSON error, no stack; --debug adds the stack', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const plain = cli(['--data-dir', join(file, 'data'), 'api', 'products.list']);
    expect(plain.code).toBe(1);
    expect(plain.out).toBe('');
    expect(plain.err).not.toMatch(STACK_LINE);
    const error = errorOf(plain.err);
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toMatch(/ENOTDIR|EEXIST/);
    expect(error.message).not.toContain('\n');

    const debug = cli(['--debug', '--data-dir', join(file, 'data'), 'api', 'products.list']);
    expect(debug.code).toBe(1);
    expect(errorOf(debug.err).code).toBe('INTERNAL');
    expect(debug.err).toMatch(STACK_LINE);
  });

  it('a garbage database file: a JSON error, never a raw SqliteError with its stack', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'clearpack.sqlite'), Buffer.alloc(8192, 0x5a));
    const r = cli(['--data-dir', dir, 'api', 'products.list']);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(STACK_LINE);
    expect(r.err).not.toMatch(/^SqliteError/m);
    expect(errorOf(r.err).message).toMatch(/not a database|unreadable/i);
  });

  it('--debug is in the usage text', () => {
    expect(cli(['--help']).out).toMatch(/--debug\s+.*stack/);
  });
});

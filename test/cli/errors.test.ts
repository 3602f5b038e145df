// The CLI never shows a stack trace to a user: every failure is the JSON error on stderr; the stack
// of an unexpected one only with --debug.
import { runCli } from './spawn';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

const ROOT = resolve(import.meta.dirname, '..', '..');
const STACK_LINE = /^\s+at .+[:(]/m;

function cli(args: string[]) {
  const r = runCli([...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The JSON error on stderr (with --debug a stack is printed beside it). */
const errorOf = (stderr: string) => {
  const start = stderr.search(/^\{$/m);
  return JSON.parse(stderr.slice(start, stderr.indexOf('\n}', start) + 2)) as { code: string; message: string };
};

describe('CLI errors', () => {
  it('a data folder under a file is a typed error naming it, no stack', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const plain = cli(['--data-dir', join(file, 'data'), 'api', 'products.list']);
    expect(plain.code).toBe(1);
    expect(plain.out).toBe('');
    expect(plain.err).not.toMatch(STACK_LINE);
    const error = errorOf(plain.err);
    expect(error.code).toBe('DATABASE_UNAVAILABLE');
    expect(error.message).toContain(join(file, 'data'));
  });

  it('an unexpected failure (a record damaged outside the app) is a short INTERNAL JSON error, no stack; --debug adds the stack', () => {
    const dir = tempDir();
    const made = cli(['--data-dir', dir, 'api', 'products.create', '{"sku":"MUG-1","name":"Mug"}']);
    expect(made.code).toBe(0);
    const db = new Database(join(dir, 'clearpack.sqlite'));
    db.pragma('ignore_check_constraints = ON'); // damage no Clearpack would write
    db.prepare("UPDATE products SET compliance = '{not json' WHERE sku = 'MUG-1'").run();
    db.close();
    const plain = cli(['--data-dir', dir, 'api', 'products.get', '{"id":1}']);
    expect(plain.code).toBe(1);
    expect(plain.out).toBe('');
    expect(plain.err).not.toMatch(STACK_LINE);
    const error = errorOf(plain.err);
    expect(error.code).toBe('INTERNAL');
    expect(error.message).not.toContain('\n');

    const debug = cli(['--debug', '--data-dir', dir, 'api', 'products.get', '{"id":1}']);
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
    expect(errorOf(r.err).message).toMatch(/cannot be read|not a database|unreadable/i);
  });

  it('--debug is in the usage text', () => {
    expect(cli(['--help']).out).toMatch(/--debug\s+.*stack/);
  });
});

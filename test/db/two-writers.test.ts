// Two Clearpacks on one data folder (the app and a CLI script): every write begins IMMEDIATE, so
// the second waits for the lock (busy_timeout) instead of failing with SQLITE_BUSY(_SNAPSHOT); and
// readers never wait for a writer (WAL). Real OS processes, real SQLite file.
import { spawn } from 'node:child_process';
import { bundled } from '../bundle/build';
import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/core';
import { tempDir, testCore } from '../helpers';

const ROOT = resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const CHILD = bundled('two-writers.child'); // ./two-writers.child.ts, bundled (test/bundle/)

interface Outcome { name: string; mode: string; count: number; failures: number; sample: unknown[]; maxMs: number }

function start(dataDir: string, mode: 'write' | 'read', name: string, count: number) {
  const child: ChildProcess = spawn(process.execPath, [CHILD, dataDir, mode, name, String(count)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const ready = new Promise<void>((ok, ko) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.startsWith('ready\n')) ok();
    });
    child.on('exit', (code) => ko(new Error(`${name} exited ${code} before it was ready: ${err}`)));
  });
  const done = new Promise<Outcome>((ok, ko) =>
    child.on('exit', (code) => (code === 0 ? ok(JSON.parse(out.slice('ready\n'.length)) as Outcome) : ko(new Error(`${name} exited ${code}: ${err}`)))),
  );
  return { ready, done, go: () => child.stdin!.write('go\n') };
}

async function together(...runs: ReturnType<typeof start>[]): Promise<Outcome[]> {
  await Promise.all(runs.map((r) => r.ready));
  runs.forEach((r) => r.go());
  return Promise.all(runs.map((r) => r.done));
}

describe('two processes on one data folder', () => {
  it('two writers × 500 products.create at once: no failure, all 1,000 rows there', async () => {
    const dataDir = tempDir();
    openCore({ dataDir }).close(); // the schema exists before either starts
    const outcomes = await together(start(dataDir, 'write', 'A', 500), start(dataDir, 'write', 'B', 500));
    expect(outcomes.map((o) => [o.name, o.failures, o.sample])).toEqual([['A', 0, []], ['B', 0, []]]);
    const db = new Database(join(dataDir, 'clearpack.sqlite'), { readonly: true });
    const skus = db.prepare('SELECT sku FROM products').pluck().all() as string[];
    db.close();
    expect(skus.length).toBe(1000);
    for (const name of ['A', 'B']) for (let i = 0; i < 500; i++) expect(skus).toContain(`${name}-${i}`);
  });

  it('one process writes while the other reads: neither fails, the reader is never refused', async () => {
    const dataDir = tempDir();
    openCore({ dataDir }).close();
    const [writer, reader] = await together(start(dataDir, 'write', 'W', 500), start(dataDir, 'read', 'R', 1000));
    expect(writer!.failures).toBe(0);
    expect(reader).toMatchObject({ failures: 0, sample: [] });
  });

  it('a lock let go only after the busy timeout ran out: the whole write runs again and succeeds, once', async () => {
    const core = testCore();
    core.ctx.db.pragma('busy_timeout = 100'); // shortened: the other process holds the lock 3× as long
    // Another connection in another thread, so it can let go while this thread waits in SQLite.
    const holder = new Worker(
      `const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
       const db = new Database(${JSON.stringify(core.ctx.databaseFile)});
       db.exec("BEGIN IMMEDIATE; INSERT INTO settings (key, value) VALUES ('held', '1')");
       require('node:worker_threads').parentPort.postMessage('locked');
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
       db.exec('ROLLBACK');
       db.close();`,
      { eval: true },
    );
    try {
      await new Promise((ok) => holder.once('message', ok));
      const made = await core.ok('products.create', { sku: 'RETRY-1', name: 'Written on a later attempt' });
      expect(made).toMatchObject({ sku: 'RETRY-1' });
      expect(core.ctx.db.prepare(`SELECT count(*) FROM products WHERE sku = 'RETRY-1'`).pluck().get()).toBe(1);
    } finally {
      await holder.terminate();
    }
  });

  it('a lock held longer than the busy timeout: CONFLICT "the data file is busy", nothing written', async () => {
    const core = testCore();
    core.ctx.db.pragma('busy_timeout = 200'); // the real 5 s, shortened so the test is quick
    const other = new Database(core.ctx.databaseFile);
    other.exec("BEGIN IMMEDIATE; INSERT INTO settings (key, value) VALUES ('held', '1')");
    try {
      const before = core.snapshot('products');
      const error = await core.fail('products.create', { sku: 'BUSY-1', name: 'Waits for the lock' });
      expect(error).toMatchObject({ code: 'CONFLICT', details: { reason: 'database_busy', issues: [{ path: '', key: 'database_busy' }] } });
      expect(error.message).toMatch(/busy.*another Clearpack/);
      expect(error.message).not.toMatch(/SQLITE|at .*\.ts/);
      expect(core.snapshot('products')).toEqual(before);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    // Once the other process lets go, the same call succeeds.
    expect(await core.ok('products.create', { sku: 'BUSY-1', name: 'Waits for the lock' })).toMatchObject({ sku: 'BUSY-1' });
  });
});

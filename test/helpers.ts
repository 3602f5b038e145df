import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openCore } from '../src/core';
import type { Core, OpenCoreOptions } from '../src/core';
import type { InputOf, MethodName, OutputOf } from '../src/shared/api';
import type { ErrorData } from '../src/shared/errors';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A fresh temp folder, removed after the test. */
export function tempDir(prefix = 'clearpack-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestCore extends Core {
  /** Calls a method and returns its value, failing the test on an error envelope. */
  ok<M extends MethodName>(method: M, input?: InputOf<M>): Promise<OutputOf<M>>;
  /** Calls a method that must fail and returns its error. */
  fail(method: string, input?: unknown): Promise<ErrorData>;
  /** Every row of the given tables, to prove a failed call changed nothing. */
  snapshot(...tables: string[]): unknown;
}

const TEST_NOW = () => new Date('2026-11-21T10:00:00.000Z');

/** The real core on a real SQLite file in a temp folder. */
export function testCore(now = TEST_NOW, options: Partial<OpenCoreOptions> = {}): TestCore {
  const core = openTestCore(tempDir(), now, options);
  cleanups.push(() => core.close());
  return core;
}

/** The same on a folder the caller owns and cleans up (a core that outlives one test: beforeAll). */
export function openTestCore(dataDir: string, now = TEST_NOW, options: Partial<OpenCoreOptions> = {}): TestCore {
  const core = openCore({ ...options, dataDir, now });
  return {
    ...core,
    async ok(method, input) {
      const r = await core.api.call(method, input);
      if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
      return r.value as never;
    },
    async fail(method, input) {
      const r = await core.api.call(method, input);
      if (r.ok) throw new Error(`${method} succeeded but should have failed: ${JSON.stringify(r.value)}`);
      return r.error;
    },
    snapshot(...tables) {
      return Object.fromEntries(tables.map((t) => [t, core.ctx.db.prepare(`SELECT rowid, * FROM ${t} ORDER BY rowid`).all()]));
    },
  };
}

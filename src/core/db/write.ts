// The one way to open a write transaction. better-sqlite3's plain `db.transaction(fn)()` begins
// DEFERRED: it starts as a reader and upgrades to a writer at its first write, and when another
// process has written in between SQLite answers SQLITE_BUSY / SQLITE_BUSY_SNAPSHOT at once, without
// waiting for the busy timeout (waiting could not help: the snapshot is stale). BEGIN IMMEDIATE takes
// the write lock first, so a second Clearpack (the app and a CLI script) waits up to busy_timeout
// instead of failing. test/db/transactions.test.ts keeps every other `.transaction(` out of src/.
import type { DB } from './open';

/** Attempts of a whole write transaction that found the data file busy (the first included). */
export const BUSY_ATTEMPTS = 4;
const BUSY_BACKOFF_MS = 25;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `fn` in one IMMEDIATE transaction (a savepoint when already inside one): all or nothing.
 * Even IMMEDIATE can answer SQLITE_BUSY under saturation (the busy timeout ran out, or SQLite did
 * not call its busy handler, e.g. while the other process checkpoints): the outermost transaction
 * is rolled back by then, so the whole mutation runs again, up to BUSY_ATTEMPTS times, after a
 * growing pause with jitter (so two processes do not collide again in step). A savepoint is not
 * retried: its outer transaction is, as a whole.
 */
export function writeTransaction<T>(db: DB, fn: () => T): T {
  const tx = db.transaction(fn);
  if (db.inTransaction) return tx.immediate();
  for (let attempt = 1; ; attempt++) {
    try {
      return tx.immediate();
    } catch (err) {
      if (!isBusyError(err) || attempt >= BUSY_ATTEMPTS || db.inTransaction) throw err;
      // A synchronous pause (the write path is synchronous): 25, 50, 100 ms, each plus up to half again.
      const ms = BUSY_BACKOFF_MS * 2 ** (attempt - 1);
      Atomics.wait(pause, 0, 0, ms + Math.random() * (ms / 2));
    }
  }
}

/** True for SQLite's "another connection holds the lock" errors (after the busy timeout). */
export const isBusyError = (err: unknown): boolean =>
  typeof (err as { code?: unknown })?.code === 'string' && (err as { code: string }).code.startsWith('SQLITE_BUSY');

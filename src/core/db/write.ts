// The one way to open a write transaction. better-sqlite3's plain `db.transaction(fn)()` begins
// DEFERRED: it starts as a reader and upgrades to a writer at its first write, and when another
// process has written in between SQLite answers SQLITE_BUSY / SQLITE_BUSY_SNAPSHOT at once, without
// waiting for the busy timeout (waiting could not help: the snapshot is stale). BEGIN IMMEDIATE takes
// the write lock first, so a second Clearpack (the app and a CLI script) waits up to busy_timeout
// instead of failing. test/db/transactions.test.ts keeps every other `.transaction(` out of src/.
import type { DB } from './open';

/** Runs `fn` in one IMMEDIATE transaction (a savepoint when already inside one): all or nothing. */
export function writeTransaction<T>(db: DB, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/** True for SQLite's "another connection holds the lock" errors (after the busy timeout). */
export const isBusyError = (err: unknown): boolean =>
  typeof (err as { code?: unknown })?.code === 'string' && (err as { code: string }).code.startsWith('SQLITE_BUSY');

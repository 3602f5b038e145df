// Which state of the data a connection sees, as one string that changes whenever the data may have
// changed: what a result computed from the database can be kept under, and thrown away by. SQLite's
// data_version changes when any other connection (the writer, a job worker, the CLI in another
// process) commits; total_changes() counts this connection's own writes (a job worker has one
// connection for both). A rolled-back write still counts: at worst the kept result is recomputed.
import type { ReadDb } from './read';

/**
 * The data's version as this connection sees it, or null inside a transaction (its writes may yet
 * be rolled back, and total_changes() does not go back: nothing computed there may be kept).
 * Read it BEFORE reading the data it keys: a commit in between gives a newer version next time,
 * so what was read is never kept under a version older than the data it came from.
 */
export function dataVersion(db: ReadDb): string | null {
  if (db.inTransaction) return null;
  const version = db.pragma('data_version', { simple: true }) as number;
  const own = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${version}.${own}`;
}

// The read-only connection queries get (see core/handlers.ts): a second better-sqlite3 connection
// on the same file, opened `readonly`, so a write from a query fails with SQLITE_READONLY ("attempt
// to write a readonly database") instead of changing the data. WAL lets it read beside the writer,
// and each statement sees every commit made before it.
import Database from 'better-sqlite3';
import type { DB } from './open';

/** Opens the read-only connection beside the writer (which created the file and set WAL). */
export function openReader(file: string): DB {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

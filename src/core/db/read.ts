// The read-only connection queries get (see core/handlers.ts): a second better-sqlite3 connection
// on the same file, opened `readonly`, so a write from a query fails with SQLITE_READONLY ("attempt
// to write a readonly database") instead of changing the data. WAL lets it read beside the writer,
// and each statement sees every commit made before it.
import Database from 'better-sqlite3';
import type { ColumnDefinition } from 'better-sqlite3';
import type { DB } from './open';

/** A statement a query may run: it reads (get, all, iterate); it has no run(). */
export interface ReadStatement<P extends unknown[], R = unknown> {
  readonly source: string;
  readonly reader: boolean;
  get(...params: P): R | undefined;
  all(...params: P): R[];
  iterate(...params: P): IterableIterator<R>;
  pluck(toggleState?: boolean): ReadStatement<P, R>;
  expand(toggleState?: boolean): ReadStatement<P, R>;
  raw(toggleState?: boolean): ReadStatement<P, R>;
  bind(...params: P): ReadStatement<P, R>;
  columns(): ColumnDefinition[];
}

/**
 * What a query's db is BY TYPE: statements without run(), and no exec(), transaction() or
 * close(). The connection behind it is also opened `readonly`, so a write that slips past the
 * types (a pragma, a function) fails at run time. A DB is a ReadDb, so read helpers that take a
 * ReadDb serve mutations too.
 */
export interface ReadDb {
  readonly open: boolean;
  readonly inTransaction: boolean;
  prepare<P extends unknown[] | object = unknown[], R = unknown>(source: string): P extends unknown[] ? ReadStatement<P, R> : ReadStatement<[P], R>;
  pragma(source: string, options?: { simple?: boolean }): unknown;
}

/** Opens the read-only connection beside the writer (which created the file and set WAL). */
export function openReader(file: string): DB {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

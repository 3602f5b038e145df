import type { ReadDb } from './read';
import Database from 'better-sqlite3';
import type { Database as DB } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { ClearpackError } from '../../shared/errors';
import { headerProblem } from './check';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/types';
import { writeTransaction } from './write';

export type { DB };

export interface OpenOptions {
  /**
   * Called before the first pending migration of an existing database (not of a new one), with the
   * version it is at. openCore backs the data up here; if it throws, nothing is migrated.
   */
  beforeMigrate?(db: DB, fromVersion: number): void;
}

/**
 * Opens a Clearpack database (creating it only where no file exists) and brings its schema up to
 * date. WAL, foreign keys on. A database written by a newer Clearpack is refused, untouched. A file
 * that is there but is not a whole SQLite database (0 bytes, truncated, not SQLite) is never
 * replaced or re-created: DATABASE_UNREADABLE, with the file as it was.
 */
export function openDatabase(file: string, migrations: readonly Migration[] = allMigrations, options: OpenOptions = {}): DB {
  if (existsSync(file)) {
    const problem = headerProblem(file);
    if (problem) throw unreadable(file, problem);
  }
  let db: DB;
  try {
    db = new Database(file);
  } catch (err) {
    throw typedOpenError(file, err);
  }
  try {
    // Refuse a newer file before anything (even the journal mode) is written to it.
    refuseNewer(db, latestOf(migrations));
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    const from = schemaVersion(db);
    if (from > 0 && from < latestOf(migrations)) options.beforeMigrate?.(db, from);
    migrate(db, migrations);
    return db;
  } catch (err) {
    db.close();
    throw typedOpenError(file, err);
  }
}

export function unreadable(file: string, reason: string, extra: Record<string, unknown> = {}): ClearpackError {
  return new ClearpackError('DATABASE_UNREADABLE', `The data file ${file} cannot be read: ${reason}. It was not changed; restore a backup to go on.`, {
    file,
    reason,
    ...extra,
  });
}

/** SQLite's own refusals at open, as typed errors (no stack reaches a seller). Others pass through. */
function typedOpenError(file: string, err: unknown): unknown {
  if (err instanceof ClearpackError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_')) return unreadable(file, (err as Error).message);
  const unavailable = (reason: string, message: string) =>
    new ClearpackError('DATABASE_UNAVAILABLE', message, { file, reason, sqlite: code || (err as Error).message });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return unavailable('locked', `The data file ${file} is locked by another program; close it and try again.`);
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
    return unavailable('read_only', `The data file ${file} or its folder cannot be written (read-only or no permission).`);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_IOERR'))
    return unavailable('cannot_open', `The data file ${file} cannot be opened: ${(err as Error).message}`);
  return err;
}

export function schemaVersion(db: ReadDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** The schema version the list brings a file to: its last migration's (numbers are assigned per branch, so the list may skip one). */
export const latestOf = (migrations: readonly Migration[]): number => migrations.at(-1)?.version ?? 0;

export function migrate(db: DB, migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const before = i === 0 ? 0 : migrations[i - 1]!.version;
    if (m.version <= before) throw new Error(`Migration list out of order at ${m.name}: version ${m.version}, after ${before}`);
  });
  refuseNewer(db, latestOf(migrations));
  const current = schemaVersion(db);
  for (const m of migrations.filter((x) => x.version > current)) {
    // Each migration and its version bump commit together or not at all.
    writeTransaction(db, () => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    });
  }
}

function refuseNewer(db: DB, latest: number): void {
  const current = schemaVersion(db);
  if (current > latest) {
    throw new ClearpackError(
      'DB_TOO_NEW',
      `This data file was written by a newer version of Clearpack (schema ${current}; this version knows up to ${latest}). Update Clearpack to open it; the file was not changed.`,
      { fileVersion: current, supportedVersion: latest },
    );
  }
}

import Database from 'better-sqlite3';
import type { Database as DB } from 'better-sqlite3';
import { ClearpackError } from '../../shared/errors';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/types';
import { writeTransaction } from './write';

export type { DB };

/**
 * Opens (creating if needed) a Clearpack database and brings its schema up to date.
 * WAL, foreign keys on. A database written by a newer Clearpack is refused, untouched.
 */
export function openDatabase(file: string, migrations: readonly Migration[] = allMigrations): DB {
  const db = new Database(file);
  try {
    // Refuse a newer file before anything (even the journal mode) is written to it.
    refuseNewer(db, migrations.length);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export function schemaVersion(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: DB, migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list out of order at ${m.name}: version ${m.version}, expected ${i + 1}`);
  });
  refuseNewer(db, migrations.length);
  for (const m of migrations.slice(schemaVersion(db))) {
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

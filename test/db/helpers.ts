import Database from 'better-sqlite3';
import { join } from 'node:path';
import { migrate } from '../../src/core/db/open';
import { migrations } from '../../src/core/db/migrations';
import { tempDir } from '../helpers';

/** A database built at `version` (by the real migrations), as an older Clearpack left it. */
export function databaseAt(version: number): { file: string; db: Database.Database } {
  const file = join(tempDir(), 'clearpack.sqlite');
  const db = new Database(file);
  migrate(db, migrations.filter((m) => m.version <= version));
  return { file, db };
}

/** The version of a migration by its name, so tests do not hard-code numbers. */
export function versionOf(name: string): number {
  const m = migrations.find((x) => x.name === name);
  if (!m) throw new Error(`No migration named ${name}`);
  return m.version;
}

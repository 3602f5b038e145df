// A cheap fingerprint of everything a call could change: every row of every table and every file
// in the data folder. Two equal digests around a refused call prove it changed nothing.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

/**
 * Every row of every table (FTS shadow tables included: a refusal must not touch the index either)
 * and every file in the data folder but the database's own (SQLite may move pages without changing
 * a row) by name, size, inode and modification time: a write changes the time, a replace the inode.
 * Contents are not read: ~3 ms instead of ~40 ms on the demo with a few packs (measured in beforeAll).
 */
export function digest(db: Database.Database, dataDir: string): string {
  const hash = createHash('sha256');
  for (const [t, select] of tableReaders(db)) {
    hash.update(`\0table ${t}\0`);
    const rows = select.all() as unknown[][];
    for (const row of rows)
      for (const v of row) {
        if (Buffer.isBuffer(v)) hash.update(v);
        else hash.update(`${typeof v}:${String(v)}`);
        hash.update('\u0001');
      }
  }
  for (const file of filesUnder(dataDir)) {
    if (/^clearpack\.sqlite(-wal|-shm|-journal)?$/.test(file.name)) continue;
    hash.update(`\0file ${file.name} ${file.size} ${file.ino} ${file.mtimeMs}\0`);
  }
  return hash.digest('hex');
}

const readers = new WeakMap<Database.Database, [string, Database.Statement][]>();
/** One prepared SELECT per table, kept per connection (no call of the contract changes the schema). */
function tableReaders(db: Database.Database): [string, Database.Statement][] {
  let r = readers.get(db);
  if (!r) {
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
    r = tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).raw()]);
    readers.set(db, r);
  }
  return r;
}

function filesUnder(dir: string, prefix = ''): { name: string; size: number; ino: number; mtimeMs: number }[] {
  const out: { name: string; size: number; ino: number; mtimeMs: number }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    const st = statSync(join(dir, name));
    if (st.isDirectory()) out.push(...filesUnder(join(dir, name), rel));
    else out.push({ name: rel, size: st.size, ino: st.ino, mtimeMs: st.mtimeMs });
  }
  return out;
}

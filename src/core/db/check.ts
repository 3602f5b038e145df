// Is the file where the database should be a SQLite database, whole? Two checks:
// - headerProblem: reads the first 100 bytes and the file's size (microseconds at any size): a 0-byte,
//   non-SQLite, garbage-prefixed or truncated file is caught before SQLite is even asked.
// - quickCheck: PRAGMA quick_check on a read-only connection, which reads every b-tree page (catches
//   garbage in the middle). It costs time in proportion to the file, so openCore runs it at open
//   only for files up to QUICK_CHECK_AT_OPEN_BYTES and in a job worker above (see core/index.ts).
import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { ClearpackError } from '../../shared/errors';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Files up to this size get their quick_check before the core answers (measured: 2.2 s for 630 MB, ~0.35 s per 100 MB
 * on this machine, see bench/backup.bench.ts), so a small damaged file is refused at once.
 */
export const QUICK_CHECK_AT_OPEN_BYTES = 64 * 1024 * 1024;

/** Why the file is not a whole SQLite database, or null when its header says it is. */
export function headerProblem(file: string): string | null {
  const size = statSync(file).size;
  if (size === 0) return 'the file is empty (0 bytes)';
  if (size < 100) return `the file is only ${size} bytes long`;
  const head = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (!head.subarray(0, 16).equals(MAGIC)) return 'the file does not start like a SQLite database';
  const raw = head.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return 'the file header is damaged (page size)';
  // The header's page count is valid when its change counter matches "version valid for" (SQLite ≥ 3.7.0).
  const pages = head.readUInt32BE(28);
  if (pages > 0 && head.readUInt32BE(24) === head.readUInt32BE(92) && pages * pageSize > size)
    return `the file is truncated (${size} of ${pages * pageSize} bytes)`;
  return null;
}

/** quick_check on a read-only connection of its own: 'ok', or SQLite's first findings. */
export function quickCheck(file: string): { ok: true } | { ok: false; problem: string } {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
    const found = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    return found.length === 0 ? { ok: true } : { ok: false, problem: `the database is damaged: ${found.join('; ')}` };
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    // Locked by another program is not damage: say so, and leave the file alone.
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
      throw new ClearpackError('DATABASE_UNAVAILABLE', `The data file ${file} is locked by another program; close it and try again.`, { file, reason: 'locked', sqlite: code });
    return { ok: false, problem: `the database is damaged: ${(err as Error).message}` };
  } finally {
    db?.close();
  }
}

// Restoring a backup, in two halves:
// - prepareRestore (job worker): reads and verifies the whole file into .restore/new/ — tar
//   readable, manifest valid, every file's size and SHA-256, PRAGMA integrity_check, a schema not
//   newer than this Clearpack — and keeps the current data as a "before restore" backup. Until
//   here nothing of the data folder has changed; a refusal or a crash leaves only .restore/new/,
//   which the next open removes.
// - the swap (core's thread, see index.ts and swap.ts): closes the connection, swaps with renames
//   under a journal, reopens (migrating an older backup).
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as tar from 'tar';
import type { BackupManifest } from '../../shared/backup';
import { ClearpackError, ValidationError } from '../../shared/errors';
import { LATEST_VERSION } from '../db/migrations';
import type { JobControl } from '../jobs/control';
import { directControl } from '../jobs/control';
import { DATABASE_ENTRY, createBackupOnline, hashFile } from './create';
import type { BackupSource } from './create';
import { MANIFEST_ENTRY, parseManifest, readManifestHead } from './manifest';
import { STORED_AREAS, restoreDir } from './paths';
import { stagingDir } from './swap';

export interface PreparedRestore {
  manifest: BackupManifest;
  path: string;
  previousKeptAt: string | null;
}

const refuse = (key: string, message: string, params: Record<string, string | number> = {}) =>
  new ValidationError([{ path: 'path', key, message, params }], message);

export function tooNew(schemaVersion: number): ClearpackError {
  return new ClearpackError(
    'DB_TOO_NEW',
    `This backup was made by a newer version of Clearpack (schema ${schemaVersion}; this version knows up to ${LATEST_VERSION}). Update Clearpack to restore it; nothing was changed.`,
    { fileVersion: schemaVersion, supportedVersion: LATEST_VERSION, issues: [{ path: 'path', key: 'backup_too_new', message: 'The backup is from a newer Clearpack', params: { version: schemaVersion } }] },
  );
}

/** The manifest of a backup file, or a typed refusal (for backup.inspect and the start of a restore). */
export function manifestOf(path: string): BackupManifest {
  const m = readManifestHead(path);
  if (!m) throw refuse('backup_unreadable', `${path} is not a Clearpack backup (no valid manifest at its start); nothing was changed`);
  if (m.schemaVersion > LATEST_VERSION) throw tooNew(m.schemaVersion);
  return m;
}

/**
 * Verifies `path` into .restore/new/ and keeps the current data as a backup (`src`: the current
 * database; null in recovery mode, where it cannot be read and the swap keeps the old files aside).
 */
export async function prepareRestore(dataDir: string, src: BackupSource | null, path: string, job: JobControl = directControl()): Promise<PreparedRestore> {
  const manifest = manifestOf(path);
  const staging = stagingDir(dataDir);
  rmSync(restoreDir(dataDir), { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const expected = new Map<string, number>([[MANIFEST_ENTRY, -1], [manifest.database.path, manifest.database.size], ...manifest.files.map((f) => [f.path, f.size] as const)]);
    const total = statSync(path).size;
    let done = 0;
    const seen = new Set<string>();
    try {
      tar.x({
        sync: true,
        file: path,
        cwd: staging,
        strict: true,
        // Only what the manifest lists, each once; modes from the archive are not applied.
        filter: (p, entry) => {
          const name = p.replace(/^\.\//, '');
          const ok = expected.has(name) && !seen.has(name) && (entry as { type?: string }).type === 'File';
          if (ok) seen.add(name);
          return ok;
        },
        onReadEntry: (entry) => {
          job.checkCancelled();
          done += 512 + entry.size;
          job.progress(Math.min(done, total), total, 'reading');
        },
      });
    } catch (err) {
      if ((err as Error).name === 'JobCancelled') throw err;
      throw refuse('backup_damaged', `The backup ${path} cannot be read as a whole (${(err as Error).message}); nothing was changed`);
    }
    const onDisk = parseManifest(readFileSafe(join(staging, MANIFEST_ENTRY)));
    if (!onDisk || JSON.stringify(onDisk) !== JSON.stringify(manifest)) throw refuse('backup_damaged', 'The backup\'s manifest is damaged; nothing was changed');

    // Every file as the manifest says, synced to disk before anything is swapped.
    const all = [manifest.database, ...manifest.files];
    const bytes = all.reduce((a, f) => a + f.size, 0);
    let checked = 0;
    for (const f of all) {
      job.checkCancelled();
      const file = join(staging, f.path);
      if (!existsSync(file)) throw refuse('backup_damaged', `The backup is missing ${f.path}; nothing was changed`, { entry: f.path });
      const got = hashFile(file, (n) => {
        checked += n;
        job.progress(checked, bytes, 'verifying');
      });
      if (got.size !== f.size || got.sha256 !== f.sha256)
        throw refuse('backup_damaged', `${f.path} in the backup does not match its recorded size and SHA-256 (damaged); nothing was changed`, { entry: f.path });
      fsyncFile(file);
    }
    const schemaVersion = checkDatabase(join(staging, DATABASE_ENTRY));
    if (schemaVersion !== manifest.schemaVersion) throw refuse('backup_damaged', 'The backup\'s database does not match its manifest; nothing was changed');
    for (const area of STORED_AREAS) mkdirSync(join(staging, area), { recursive: true });
    rmSync(join(staging, MANIFEST_ENTRY));

    job.progress(0, 1, 'keeping');
    const previous = src ? (await createBackupOnline(src, 'before-restore', undefined, job)).path : null;
    return { manifest, path, previousKeptAt: previous };
  } catch (err) {
    rmSync(restoreDir(dataDir), { recursive: true, force: true });
    throw err;
  }
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** integrity_check and the schema version of the restored database; typed refusals. */
function checkDatabase(file: string): number {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const result = db.pragma('integrity_check(5)', { simple: false }) as { integrity_check: string }[];
    const problems = result.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if (problems.length) throw refuse('backup_damaged', `The backup's database fails its integrity check (${problems.join('; ')}); nothing was changed`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) throw tooNew(version);
    return version;
  } catch (err) {
    if (err instanceof ClearpackError) throw err;
    throw refuse('backup_damaged', `The backup's database cannot be read (${(err as Error).message}); nothing was changed`);
  } finally {
    db?.close();
  }
}

// Restoring a backup, in two halves:
// - prepareRestore (job worker): reads and verifies the whole file into .restore/new/ — tar
//   readable, manifest valid, every file's size and SHA-256, PRAGMA integrity_check, a schema not
//   newer than this Clearpack. Until here nothing of the data folder has changed; a refusal or a
//   crash leaves only .restore/new/, which the next open removes.
// - the swap (core's thread, see host.ts and swap.ts): closes the connection, swaps with renames
//   under a journal (the current data is set aside under backups/, whole), reopens (migrating an
//   older backup); a background job then packs the set-aside data into a "before restore" backup.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import * as tar from 'tar';
import type { BackupManifest } from '../../shared/backup';
import { ClearpackError, ValidationError } from '../../shared/errors';
import { LATEST_VERSION } from '../db/migrations';
import { syncPath } from '../files/output';
import type { JobControl } from '../jobs/control';
import { directControl } from '../jobs/control';
import { DATABASE_ENTRY } from './create';
import { MANIFEST_ENTRY, parseManifest, readManifestHead } from './manifest';
import { STORED_AREAS, isInside, restoreDir } from './paths';
import { stagingDir } from './swap';

export interface PreparedRestore {
  manifest: BackupManifest;
  path: string;
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
 * Verifies `path` into .restore/new/ in one read of the file: each entry is written to the staging
 * folder, hashed as it passes and synced, so a 1 GB backup is read once, not once to extract and
 * once more to hash. The current data is not copied here: the swap sets it aside (host.ts).
 */
export async function prepareRestore(dataDir: string, path: string, job: JobControl = directControl()): Promise<PreparedRestore> {
  const manifest = manifestOf(path);
  const staging = stagingDir(dataDir);
  rmSync(restoreDir(dataDir), { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const database = join(staging, DATABASE_ENTRY);
    // The database comes first in the archive: its integrity_check (about half of a restore's
    // time at 1 GB) runs in a helper thread while the stored files are still being read.
    const check: { running?: Promise<number> } = {};
    const files = extractVerified(path, manifest, staging, job, (name) => {
      if (name !== DATABASE_ENTRY || !job.fork) return;
      check.running = job.fork('backup.checkDatabase', { file: database }, () => {}) as Promise<number>;
      check.running.catch(() => {}); // awaited below, unless the extraction is refused first
    });
    const schemaVersion = check.running ? await check.running : checkDatabase(database);
    // Synced before anything is swapped (the swap's renames must not outrun the data), all at the
    // end so the disk writes back while the rest is read and checked.
    for (const f of files) syncPath(f);
    for (const dir of new Set(files.map((f) => dirname(f)))) syncPath(dir);
    if (schemaVersion !== manifest.schemaVersion) throw refuse('backup_damaged', 'The backup\'s database does not match its manifest; nothing was changed');
    for (const area of STORED_AREAS) mkdirSync(join(staging, area), { recursive: true });
    return { manifest, path };
  } catch (err) {
    rmSync(restoreDir(dataDir), { recursive: true, force: true });
    throw err;
  }
}

/**
 * Reads the tar once: only what the manifest lists, each once, checked against its size and SHA-256
 * (`verified` is told each entry as it is). Returns the files written.
 */
function extractVerified(path: string, manifest: BackupManifest, staging: string, job: JobControl, verified: (name: string) => void): string[] {
  const expected = new Map<string, { size: number; sha256: string } | null>([[MANIFEST_ENTRY, null], [manifest.database.path, manifest.database], ...manifest.files.map((f) => [f.path, f] as const)]);
  const total = statSync(path).size;
  const written = new Set<string>();
  const open = new Set<number>();
  const files: string[] = [];
  const head: Buffer[] = [];
  let done = 0;
  try {
    tar.t({
      sync: true,
      file: path,
      strict: true,
      onReadEntry: (entry) => {
        job.checkCancelled();
        const name = entry.path.replace(/^\.\//, '');
        // Anything else (and modes, owners, links) is ignored: list() drains what is not read here.
        if (!expected.has(name) || written.has(name) || entry.type !== 'File') return;
        written.add(name);
        const want = expected.get(name)!;
        if (!want) {
          entry.on('data', (c: Buffer) => head.push(Buffer.from(c)));
          return;
        }
        const file = join(staging, name);
        // The manifest's schema refuses "..", but a backslash is a separator on Windows.
        if (!isInside(staging, file)) throw refuse('backup_damaged', `The backup names a file outside its folders (${name}); nothing was changed`, { entry: name });
        mkdirSync(dirname(file), { recursive: true });
        const fd = openSync(file, 'wx');
        open.add(fd);
        const hash = createHash('sha256');
        let size = 0;
        // The chunks are views of tar's read buffer, reused for the next read: used at once, never kept.
        entry.on('data', (c: Buffer) => {
          for (let off = 0; off < c.length; ) off += writeSync(fd, c, off, c.length - off);
          hash.update(c);
          size += c.length;
          done += c.length;
          job.progress(Math.min(done, total), total, 'reading');
        });
        entry.on('end', () => {
          if (size !== want.size || hash.digest('hex') !== want.sha256)
            throw refuse('backup_damaged', `${name} in the backup does not match its recorded size and SHA-256 (damaged); nothing was changed`, { entry: name });
          closeSync(fd);
          open.delete(fd);
          files.push(file);
          verified(name);
        });
      },
    });
  } catch (err) {
    if (err instanceof ClearpackError || (err as Error).name === 'JobCancelled') throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new ClearpackError('BLOCKED', `There is not enough space in the data folder to restore ${path}; nothing was changed`, { path, reason: 'no_space' });
    if (code && !code.startsWith('TAR_')) throw err;
    throw refuse('backup_damaged', `The backup ${path} cannot be read as a whole (${(err as Error).message}); nothing was changed`);
  } finally {
    for (const fd of open) closeSync(fd);
  }
  const onDisk = parseManifest(Buffer.concat(head).toString('utf8'));
  if (!onDisk || JSON.stringify(onDisk) !== JSON.stringify(manifest)) throw refuse('backup_damaged', 'The backup\'s manifest is damaged; nothing was changed');
  for (const f of [manifest.database, ...manifest.files])
    if (!written.has(f.path)) throw refuse('backup_damaged', `The backup is missing ${f.path}; nothing was changed`, { entry: f.path });
  return files;
}

/** integrity_check and the schema version of the restored database; typed refusals. */
export function checkDatabase(file: string): number {
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

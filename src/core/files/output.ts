// The one guard for every file the app writes where the caller says (CSV exports, packs, letters,
// reports, review PDFs). A user-named path is checked before any work is done and written so that
// nothing of the seller's is ever damaged by a wrong path:
// - absolute only: a relative path would land wherever the process happens to run;
// - never inside the data folder's own areas (the database and its -wal/-shm/-journal, files/,
//   packs/, backups/, a restore's staging .restore/, an import's staged problems .imports/), compared after resolving symlinks and, where the file system folds case
//   (Windows, macOS), without case: one wrong click in a save dialog must not replace the database
//   or a stored attachment;
// - the extension the method writes (.pdf, .csv): an "export" must not create evil.bat, which the
//   desktop's "Open" would run;
// - an existing file is replaced only with `overwrite` (a save dialog has asked; a typed path has not);
// - written to a temporary file beside the target, fsynced, then renamed (or hard-linked when it
//   must not replace anything), so a crash or a full disk never leaves half a file; the temporary
//   file is removed on failure.
// documents/ in the data folder is where the app puts PDFs when no path is given. A user-named path
// there is allowed too: nothing in it is recorded by hash, every file in it can be generated again.
import { randomBytes } from 'node:crypto';
import {
  accessSync, closeSync, constants, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, resolve, sep } from 'node:path';
import { ClearpackError, ValidationError } from '../../shared/errors';
import { DATABASE_FILE } from '../paths';

/** The data folder's own areas: nothing the caller names may be written there. */
const PROTECTED_FOLDERS = ['files', 'packs', 'backups', '.restore', '.imports'];

export interface OutputTarget {
  /** The input field the path came from (the error names it). */
  field: string;
  /** The path as the caller gave it (reported back). */
  path: string;
  /** Where the bytes go: the path with its folder (and the file, if it is a link) resolved. */
  real: string;
  overwrite: boolean;
}

export interface OutputOptions {
  field: string;
  /** The extension the method writes, with its dot: '.pdf', '.csv'. */
  ext: string;
  overwrite: boolean;
  /** Test seam: the platform whose path rules apply. */
  platform?: NodeJS.Platform;
  /**
   * Folders of the data folder refused for this method on top of its own areas: a backup must not go
   * into documents/, which backups carry (each backup would hold the one before it).
   */
  alsoProtect?: readonly string[];
}

const refuse = (field: string, key: string, message: string, params?: Record<string, string | number>): never => {
  throw new ValidationError([{ path: field, key, message, ...(params ? { params } : {}) }]);
};

const foldsCase = (platform: NodeJS.Platform) => platform === 'win32' || platform === 'darwin';

/**
 * A path as the file system compares it: without case where it folds case, in NFC on macOS (HFS+
 * stores NFD), and on Windows without the trailing dots and spaces it drops from each name
 * ("clearpack.sqlite." is the database).
 */
function comparable(path: string, platform: NodeJS.Platform): string {
  let p = path;
  if (platform === 'win32') p = p.replace(/\//g, '\\').split('\\').map((s) => s.replace(/[. ]+$/, '') || s).join('\\');
  if (foldsCase(platform)) p = p.normalize('NFC').toLowerCase();
  return p;
}

/** The data folder's area a path falls in ('database', 'files', …), or null. Pure: no file system access. */
export function dataAreaOf(path: string, dataDir: string, platform: NodeJS.Platform = process.platform, alsoProtect: readonly string[] = []): string | null {
  const s = platform === 'win32' ? '\\' : sep;
  const p = comparable(path, platform);
  const root = comparable(dataDir, platform).replace(/[\\/]+$/, '');
  if (!p.startsWith(root + s)) return null;
  const first = p.slice(root.length + 1).split(/[\\/]/)[0] ?? '';
  // The database and whatever SQLite (or a backup) puts beside it: -wal, -shm, -journal, ….
  if (first.startsWith(comparable(DATABASE_FILE, platform))) return 'database';
  return [...PROTECTED_FOLDERS, ...alsoProtect].find((f) => first === comparable(f, platform)) ?? null;
}

/** Every spelling of the data folder worth comparing with: as given and with its links resolved. */
function dataRoots(dataDir: string): string[] {
  const roots = [resolve(dataDir)];
  try {
    roots.push(realpathSync.native(dataDir));
  } catch {
    // not created yet: nothing in it to protect
  }
  return roots;
}

function refuseDataArea(field: string, path: string, dataDir: string, platform: NodeJS.Platform, alsoProtect: readonly string[] = []): void {
  for (const root of dataRoots(dataDir)) {
    const area = dataAreaOf(path, root, platform, alsoProtect);
    if (area)
      refuse(field, 'path_in_data_folder', `${path} is inside the app's own data (${area}); choose a place outside the data folder`, { area });
  }
}

/** The real folder behind a path the caller named as a folder: it exists, is a folder and can be written. */
function realFolder(field: string, dir: string): string {
  let real: string;
  try {
    real = realpathSync.native(dir);
  } catch {
    return refuse(field, 'folder_not_found', `The folder ${dir} does not exist`, { folder: dir });
  }
  if (!statSync(real).isDirectory()) refuse(field, 'folder_not_found', `${dir} is not a folder`, { folder: dir });
  try {
    accessSync(real, constants.W_OK);
  } catch {
    refuse(field, 'folder_not_writable', `The folder ${dir} cannot be written`, { folder: dir });
  }
  return real;
}

function checkAbsolute(field: string, path: string, platform: NodeJS.Platform): void {
  if (!isAbsolute(path)) refuse(field, 'path_not_absolute', `Give the full path (starting with / or a drive letter): ${path}`);
  // A colon past the drive names an NTFS alternate stream ("clearpack.sqlite:x.pdf" writes into the database file).
  if (platform === 'win32' && path.slice(2).includes(':')) refuse(field, 'path_control_chars', `A Windows path has no ":" past its drive: ${path}`);
}

/**
 * Checks a path the caller named for a file the method will write, before any work is done.
 * Throws a ValidationError naming `field`; returns where to write.
 */
export function checkOutput(dataDir: string, path: string, options: OutputOptions): OutputTarget {
  const { field, ext, overwrite, platform = process.platform, alsoProtect = [] } = options;
  checkAbsolute(field, path, platform);
  refuseDataArea(field, resolve(path), dataDir, platform, alsoProtect);
  let real = join(realFolder(field, dirname(path)), basename(path));
  let existing: Stats | null = null;
  try {
    existing = lstatSync(real);
  } catch {
    // nothing there yet
  }
  if (existing?.isSymbolicLink()) {
    // A link outside pointing into the data folder must not be a way in: write where it leads.
    try {
      real = realpathSync.native(real);
      existing = statSync(real);
    } catch {
      existing = null; // a dangling link: the rename replaces the link itself
    }
  }
  refuseDataArea(field, real, dataDir, platform, alsoProtect);
  if (existing?.isDirectory()) refuse(field, 'file_not_file', `${path} is a folder`);
  if (existing && !existing.isFile()) refuse(field, 'file_not_file', `${path} is not a regular file`);
  if (extname(path).toLowerCase() !== ext || extname(real).toLowerCase() !== ext)
    refuse(field, 'path_extension', `The file name must end in ${ext}: ${path}`, { ext });
  if (existing && !overwrite) refuse(field, 'file_exists', `A file is already at ${path}; choose another name or allow replacing it`, { path });
  return { field, path, real, overwrite };
}

/** Checks a folder the caller named for files the method will write in it (a batch's outDir). */
export function checkOutputFolder(dataDir: string, dir: string, field: string, platform: NodeJS.Platform = process.platform): string {
  checkAbsolute(field, dir, platform);
  refuseDataArea(field, join(resolve(dir), 'x'), dataDir, platform);
  const real = realFolder(field, dir);
  refuseDataArea(field, join(real, 'x'), dataDir, platform);
  return real;
}

/** Where a document goes when the caller gave no path: the app's own folder documents/<kind>/, replaced freely. */
export function appDocument(dataDir: string, kind: string, fileName: string): OutputTarget {
  const dir = join(dataDir, 'documents', kind);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, fileName);
  return { field: 'outPath', path, real: path, overwrite: true };
}

/** A file system error as the typed error a person can act on, naming the field. */
function fsError(err: unknown, target: OutputTarget, stage: 'folder' | 'file'): ClearpackError {
  if (err instanceof ClearpackError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  const { field, path } = target;
  const issue = (key: string, message: string, params?: Record<string, string | number>) =>
    new ValidationError([{ path: field, key, message, ...(params ? { params } : {}) }]);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'EBUSY':
      return stage === 'folder'
        ? issue('folder_not_writable', `The folder ${dirname(path)} cannot be written (${code})`, { folder: dirname(path) })
        : issue('file_not_writable', `${path} cannot be replaced (${code}); is it open in another program?`);
    case 'ENOENT':
    case 'ENOTDIR':
      return issue('folder_not_found', `The folder ${dirname(path)} does not exist`, { folder: dirname(path) });
    case 'EISDIR':
    case 'ENOTEMPTY':
      return issue('file_not_file', `${path} is a folder`);
    case 'EEXIST':
      return issue('file_exists', `A file is already at ${path}; choose another name or allow replacing it`, { path });
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return issue('disk_full', `Not enough space to write ${path} (${code})`);
    default:
      return issue('file_not_writable', `${path} cannot be written (${code ?? String(err)})`);
  }
}

/**
 * Syncs a file or a folder where the platform allows it (Windows cannot open a folder for it; the
 * rename is still atomic there), so a rename survives a power cut. The one fsync of a path for the whole core (backups use it too).
 */
export function syncPath(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // some file systems refuse to sync a folder; the file itself is synced
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface WriteHooks {
  /** Runs after the temporary file is complete and synced, before it takes the target's place (a job's cancel check). */
  beforeCommit?(): void;
}

/**
 * Writes the whole file or nothing: a temporary file beside the target (same folder, so the rename
 * is atomic), synced, then renamed over the target, or, without `overwrite`, hard-linked to it
 * (link refuses an existing target atomically, so a file that appeared since the check is kept).
 * Returns the size written.
 */
export function writeOutput(target: OutputTarget, data: Uint8Array | string, hooks: WriteHooks = {}): number {
  const dir = dirname(target.real);
  const tmp = join(dir, `.${basename(target.real)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o666);
  } catch (err) {
    throw fsError(err, target, 'folder');
  }
  try {
    writeFileSync(fd, data, typeof data === 'string' ? 'utf8' : undefined);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    hooks.beforeCommit?.();
    if (target.overwrite) renameSync(tmp, target.real);
    else commitWithoutReplacing(tmp, target.real);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw err instanceof ClearpackError || (err as NodeJS.ErrnoException).code ? fsError(err, target, 'file') : err;
  }
  syncPath(dir);
  return typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.length;
}

function commitWithoutReplacing(tmp: string, path: string): void {
  try {
    linkSync(tmp, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        // gone again: still refused, the caller can try again
      }
      if (isDir) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
      throw err;
    }
    // No hard links here (FAT and exFAT USB sticks, some network shares): check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw err;
    try {
      lstatSync(path);
      throw Object.assign(new Error(`${path} exists`), { code: 'EEXIST' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    renameSync(tmp, path);
    return;
  }
  unlinkSync(tmp);
}

/** The app's own files in its data folder (archived packs): the same whole-or-nothing write, no guard. */
export function writeOwnFile(path: string, data: Uint8Array | string): number {
  return writeOutput({ field: 'path', path, real: path, overwrite: true }, data);
}

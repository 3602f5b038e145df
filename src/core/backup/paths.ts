// Where backups live and what a backup path may be.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { BACKUP_EXTENSION } from '../../shared/backup';
import type { BackupKind } from '../../shared/backup';
import { ValidationError } from '../../shared/errors';
import { checkOutput } from '../files/output';

export const backupsDir = (dataDir: string): string => join(dataDir, 'backups');
/** Staging and journal of a restore in progress (see swap.ts). */
export const restoreDir = (dataDir: string): string => join(dataDir, '.restore');
/** The stored areas a backup carries, as folders of the data folder. */
export const STORED_AREAS = ['files', 'packs', 'documents'] as const;

const bad = (key: string, message: string, value: string) => new ValidationError([{ path: 'path', key, message, params: { value } }]);

const inside = (parent: string, child: string) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * A path given for a backup: a new one goes through the one output guard (core/files/output.ts:
 * absolute, .clearpack-backup, never inside the data folder's own areas nor in documents/, which
 * backups carry, an existing file kept unless a save dialog has asked); one
 * to restore or inspect must be a backup file that exists (backups/ itself included).
 */
export function checkBackupPath(dataDir: string, path: string, { mustExist, overwrite = false }: { mustExist: boolean; overwrite?: boolean }): string {
  if (!mustExist) return checkOutput(dataDir, path, { field: 'path', ext: BACKUP_EXTENSION, overwrite, alsoProtect: STORED_AREAS }).real;
  if (!isAbsolute(path)) throw bad('path_not_absolute', `Give the full path of the backup file: ${path}`, path);
  if (!path.toLowerCase().endsWith(BACKUP_EXTENSION)) throw new ValidationError([{ path: 'path', key: 'path_extension', message: `A backup file must end in ${BACKUP_EXTENSION}: ${path}`, params: { ext: BACKUP_EXTENSION } }]);
  const target = resolve(path);
  if (!existsSync(target) || !statSync(target).isFile()) throw bad('file_not_found', `No backup file at ${path}`, path);
  return target;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** clearpack-2026-12-01T093012-auto.clearpack-backup, in the machine's local time. */
export function backupFileName(at: Date, kind: BackupKind): string {
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `clearpack-${stamp}-${kind}${BACKUP_EXTENSION}`;
}

/**
 * Data a restore replaced, set aside under backups/ as a folder with the name of the backup that
 * will be made of it: `.set-aside` until a job has packed it (host.ts), `.replaced` when it is kept
 * as it is (its database could not be read, so there is nothing to back up from it).
 */
export const SET_ASIDE = '.set-aside';
export const REPLACED = '.replaced';
export const setAsideOf = (backup: string, suffix: string = SET_ASIDE): string => backup.slice(0, -BACKUP_EXTENSION.length) + suffix;

/** A free name in `dir` for a backup made at `at` (a second backup in the same second gets -2, -3 …). */
export function newBackupPath(dir: string, at: Date, kind: BackupKind): string {
  const base = backupFileName(at, kind);
  for (let i = 1; ; i++) {
    const path = join(dir, i === 1 ? base : base.replace(BACKUP_EXTENSION, `-${i}${BACKUP_EXTENSION}`));
    // A name whose set-aside folder waits to be packed is taken too.
    if (![path, setAsideOf(path), setAsideOf(path, REPLACED)].some((p) => existsSync(p))) return path;
  }
}

export const isInside = inside;

// Where backups live and what a backup path may be. The guard here is small and self-contained on
// purpose: the shared output-path guard (core/files/output.ts) can replace checkBackupPath.
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { BACKUP_EXTENSION } from '../../shared/backup';
import type { BackupKind } from '../../shared/backup';
import { ValidationError } from '../../shared/errors';
import { DATABASE_FILE } from '../paths';

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
 * A path given for a new backup: absolute, ending with .clearpack-backup, in a folder that exists,
 * never inside the data folder's own areas (the database and its -wal/-shm, files/, packs/,
 * documents/, .restore/); backups/ itself is fine.
 */
export function checkBackupPath(dataDir: string, path: string, { mustExist }: { mustExist: boolean }): string {
  if (path.includes('\0')) throw bad('path_invalid', 'The path contains a NUL character', path.replace(/\0/g, '\\0'));
  if (!isAbsolute(path)) throw bad('path_not_absolute', `Give the full path of the backup file: ${path}`, path);
  if (!path.toLowerCase().endsWith(BACKUP_EXTENSION)) throw bad('path_not_backup', `A backup file must end in ${BACKUP_EXTENSION}: ${path}`, path);
  const target = resolve(path);
  const data = resolve(dataDir);
  const own = [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, ...STORED_AREAS, '.restore'].map((a) => join(data, a));
  if (own.some((area) => inside(area, target)) || target === data)
    throw bad('path_in_data_folder', `A backup cannot be written into the data folder's own files: ${path}`, path);
  if (mustExist) {
    if (!existsSync(target) || !statSync(target).isFile()) throw bad('file_not_found', `No backup file at ${path}`, path);
  } else {
    const dir = dirname(target);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw bad('folder_not_found', `The folder ${dir} does not exist`, dir);
    if (existsSync(target)) throw bad('file_exists', `A file already exists at ${path}`, path);
  }
  return target;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** clearpack-2026-12-01T093012-auto.clearpack-backup, in the machine's local time. */
export function backupFileName(at: Date, kind: BackupKind): string {
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `clearpack-${stamp}-${kind}${BACKUP_EXTENSION}`;
}

/** A free name in `dir` for a backup made at `at` (a second backup in the same second gets -2, -3 …). */
export function newBackupPath(dir: string, at: Date, kind: BackupKind): string {
  const base = backupFileName(at, kind);
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : base.replace(BACKUP_EXTENSION, `-${i}${BACKUP_EXTENSION}`);
    if (!existsSync(join(dir, name))) return join(dir, name);
  }
}

export const isInside = inside;

// Backups: one file per backup (a plain tar: manifest.json, database/clearpack.sqlite, files/,
// packs/, documents/), listed from <dataDir>/backups/, restored only after it has been verified.
import { z } from 'zod';
import { filePath } from './paths';

/** The extension of a backup file; a path given to backup.create / backup.restore must end with it. */
export const BACKUP_EXTENSION = '.clearpack-backup';

/**
 * Why a backup was made. `auto` backups are the once-a-day ones; the list shows them as `daily` or
 * `weekly` by the retention rule that keeps them (the last 7 days, then one per ISO week for 4 weeks).
 */
export const BACKUP_KINDS = ['auto', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
export type BackupListKind = Exclude<BackupKind, 'auto'> | 'daily' | 'weekly';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const entryPath = z
  .string()
  .min(1)
  .max(1000)
  // Only the data folder's own stored areas, never an absolute path or a step up.
  .regex(/^(files|packs|documents)\/[^\0]+$/)
  .refine((p) => !p.split('/').some((s) => s === '..' || s === '.' || s === ''), 'no empty, . or .. segments');

export const manifestFile = z.strictObject({ path: entryPath, size: z.number().int().nonnegative(), sha256 });
export const backupManifest = z.strictObject({
  format: z.literal('clearpack-backup'),
  formatVersion: z.literal(1),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  kind: z.enum(BACKUP_KINDS),
  database: z.strictObject({ path: z.literal('database/clearpack.sqlite'), size: z.number().int().positive(), sha256 }),
  /** Rows in the main tables, to say what a restore will bring back. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  files: z.array(manifestFile),
});
export type BackupManifest = z.infer<typeof backupManifest>;

const backupPath = filePath;
/** `overwrite`: the path came from a save dialog, which has asked about a file already there (a typed path never replaces one). */
export const backupCreateInput = z.strictObject({ path: backupPath.optional(), overwrite: z.boolean().optional() }).optional();
export const backupPathInput = z.strictObject({ path: backupPath });
export const backupListInput = z
  .strictObject({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(200).default(20) })
  .optional();

export interface BackupEntry {
  path: string;
  fileName: string;
  kind: BackupListKind;
  createdAt: string;
  /** Bytes of the backup file. */
  size: number;
  appVersion: string;
  schemaVersion: number;
  counts: Record<string, number>;
}

export interface BackupCreated {
  path: string;
  size: number;
  kind: BackupKind;
  createdAt: string;
  files: number;
  /** Backups removed by the retention rule after this one was written. */
  pruned: string[];
}

/** What a restore of `path` would bring back, beside what is there now (for the confirmation). */
export interface BackupInspected {
  path: string;
  createdAt: string;
  kind: BackupKind;
  appVersion: string;
  schemaVersion: number;
  size: number;
  files: number;
  counts: Record<string, number>;
  current: Record<string, number> | null;
}

export interface RestoreReport {
  restoredFrom: string;
  createdAt: string;
  /**
   * The backup of the data that was replaced (null: its database could not be read; it is kept
   * as it was in a `.replaced` folder under backups/). Written by the job keepingJobId in the
   * background; until then the replaced data waits whole in backups/ beside it.
   */
  previousKeptAt: string | null;
  keepingJobId: string | null;
  counts: Record<string, number>;
  files: number;
  /** The restored database was migrated from this schema version (null: it was current). */
  migratedFrom: number | null;
}

/** The core's state when the data file could not be opened (recovery mode), for app.info. */
export interface RecoveryInfo {
  databaseFile: string;
  reason: string;
  newestBackup: { path: string; createdAt: string } | null;
}

/** The background check of the data file that runs after open (see core/db/check.ts). */
export type DatabaseCheck = 'ok' | 'checking' | 'failed';

// Backups and restore (implemented in src/core/backup/handlers.ts).
import { job, query } from '../contract';
import type { MethodTable } from '../contract';
import { backupCreateInput, backupListInput, backupPathInput } from '../backup';
import type { BackupCreated, BackupEntry, BackupInspected, RestoreReport } from '../backup';
import type { Page } from '../products';

export const backupMethods = {
  /** Without path: a new file in <dataDir>/backups/. */
  'backup.create': job<BackupCreated>()(backupCreateInput),
  /** The backups in <dataDir>/backups/, newest first, with the kind the retention rule keeps them as. */
  'backup.list': query<Page<BackupEntry>>()(backupListInput),
  /** What restoring this file would bring back, and what is there now (for the confirmation). */
  'backup.inspect': query<BackupInspected>()(backupPathInput),
  /** Verifies the file, keeps the current data as a backup, swaps all or nothing. */
  'backup.restore': job<RestoreReport>()(backupPathInput),
} satisfies MethodTable;

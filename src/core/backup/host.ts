// The backup methods on the core's thread: they check their input, start the job, and (restore)
// swap the verified copy in when the job's work is done. See create.ts, restore.ts, swap.ts.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry, BackupInspected, RestoreReport } from '../../shared/backup';
import { ClearpackError } from '../../shared/errors';
import type { JobStarted } from '../../shared/jobs';
import type { Page } from '../../shared/products';
import type { CoreContext } from '../context';
import { LATEST_VERSION } from '../db/migrations';
import type { JobRunner } from '../jobs/runner';
import { countRows } from './create';
import { backupsDir, checkBackupPath, backupFileName } from './paths';
import { manifestOf } from './restore';
import type { PreparedRestore } from './restore';
import { planRetention, scanBackups } from './retention';
import { commitSwap, recoverPendingRestore } from './swap';

export function startBackup(ctx: CoreContext, jobs: JobRunner, path: string | undefined): JobStarted {
  const target = path === undefined ? undefined : checkBackupPath(ctx.dataDir, path, { mustExist: false });
  if (ctx.state?.recovery) throw recoveryError(ctx);
  return jobs.start('backup.create', { path: target, kind: 'manual' }, { writes: false });
}

export function listBackups(ctx: CoreContext, { offset, limit }: { offset: number; limit: number }): Page<BackupEntry> {
  const all = scanBackups(backupsDir(ctx.dataDir));
  const { keep } = planRetention(all);
  const items = all
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.path.localeCompare(a.path))
    .map((b) => ({
      path: b.path,
      fileName: b.path.slice(backupsDir(ctx.dataDir).length + 1),
      kind: keep.get(b.path) ?? (b.kind === 'auto' ? 'daily' : b.kind),
      createdAt: b.createdAt,
      size: statSync(b.path).size,
      appVersion: b.appVersion,
      schemaVersion: b.schemaVersion,
      counts: b.counts,
    })) as BackupEntry[];
  return { items: items.slice(offset, offset + limit), total: items.length, offset, limit };
}

export function newestBackup(dataDir: string): { path: string; createdAt: string } | null {
  const all = scanBackups(backupsDir(dataDir)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return all[0] ? { path: all[0].path, createdAt: all[0].createdAt } : null;
}

export function inspectBackup(ctx: CoreContext, path: string): BackupInspected {
  const file = checkBackupPath(ctx.dataDir, path, { mustExist: true });
  const m = manifestOf(file);
  return {
    path: file,
    createdAt: m.createdAt,
    kind: m.kind,
    appVersion: m.appVersion,
    schemaVersion: m.schemaVersion,
    size: statSync(file).size,
    files: m.files.length,
    counts: m.counts,
    current: ctx.state?.recovery ? null : countRows(ctx.db),
  };
}

export function startRestore(ctx: CoreContext, jobs: JobRunner, path: string): JobStarted {
  const file = checkBackupPath(ctx.dataDir, path, { mustExist: true });
  manifestOf(file); // not a backup, or too new: refused before a job starts
  const recovery = ctx.state?.recovery != null;
  return jobs.start('backup.restore', { path: file, recovery }, {
    writes: true,
    exclusive: true,
    noDatabase: recovery,
    finish: (prepared) => swapIn(ctx, prepared as PreparedRestore),
  });
}

/** The last step of a restore, on the core's thread: close, swap under the journal, reopen. */
function swapIn(ctx: CoreContext, prepared: PreparedRestore): RestoreReport {
  const state = ctx.state!;
  state.closeDatabase();
  // Without a "before restore" backup (the old file could not be read), the replaced files are kept.
  const keepOldAs = prepared.previousKeptAt ? null : join(backupsDir(ctx.dataDir), backupFileName(ctx.now(), 'before-restore').replace(/\.clearpack-backup$/, '.replaced'));
  try {
    commitSwap(ctx.dataDir, keepOldAs);
  } catch (err) {
    // Roll forward what can be; the journal stays for the next open if this fails too.
    try {
      recoverPendingRestore(ctx.dataDir);
    } catch {
      /* the next open finishes it */
    }
    reopenOrRecover(ctx);
    throw new ClearpackError('INTERNAL', `The restore could not be finished now (${(err as Error).message}); it is finished when Clearpack next starts`);
  }
  reopenOrRecover(ctx);
  if (state.recovery) throw recoveryError(ctx);
  return {
    restoredFrom: prepared.path,
    createdAt: prepared.manifest.createdAt,
    previousKeptAt: prepared.previousKeptAt,
    counts: countRows(ctx.db),
    files: prepared.manifest.files.length,
    migratedFrom: prepared.manifest.schemaVersion < LATEST_VERSION ? prepared.manifest.schemaVersion : null,
  };
}

function reopenOrRecover(ctx: CoreContext): void {
  try {
    ctx.state!.reopen();
  } catch (err) {
    ctx.state!.enterRecovery(err instanceof ClearpackError ? String(err.details.reason ?? err.message) : (err as Error).message);
  }
}

export function recoveryError(ctx: CoreContext): ClearpackError {
  const r = ctx.state!.recovery!;
  return new ClearpackError(
    'DATABASE_UNREADABLE',
    `The data file ${r.databaseFile} cannot be read (${r.reason}). Restore a backup to go on${r.newestBackup ? `; the newest is ${r.newestBackup.path} from ${r.newestBackup.createdAt}` : ''}.`,
    { file: r.databaseFile, reason: r.reason, newestBackup: r.newestBackup },
  );
}

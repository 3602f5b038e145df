// The backup methods on the core's thread: they check their input, start the job, and (restore)
// swap the verified copy in when the job's work is done. See create.ts, restore.ts, swap.ts.
import type { QueryContext } from '../context';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_EXTENSION } from '../../shared/backup';
import type { BackupEntry, BackupInspected, RestoreReport } from '../../shared/backup';
import { ClearpackError } from '../../shared/errors';
import type { JobStarted } from '../../shared/jobs';
import type { Page } from '../../shared/products';
import type { CoreContext } from '../context';
import { LATEST_VERSION } from '../db/migrations';
import type { JobRunner } from '../jobs/runner';
import { countRows } from './create';
import { readManifestHead } from './manifest';
import { REPLACED, SET_ASIDE, backupsDir, checkBackupPath, newBackupPath, setAsideOf } from './paths';
import { manifestOf } from './restore';
import type { PreparedRestore } from './restore';
import { planRetention, scanBackups } from './retention';
import { commitSwap, recoverPendingRestore } from './swap';

export function startBackup(ctx: CoreContext, jobs: JobRunner, path: string | undefined, overwrite = false): JobStarted {
  // A file replaced is replaced whole: the backup is written beside it and renamed over it at the end.
  const target = path === undefined ? undefined : checkBackupPath(ctx.dataDir, path, { mustExist: false, overwrite });
  if (ctx.state?.recovery) throw recoveryError(ctx);
  return jobs.start('backup.create', { path: target, kind: 'manual' }, { writes: false });
}

export function listBackups(ctx: QueryContext, { offset, limit }: { offset: number; limit: number }): Page<BackupEntry> {
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

export function inspectBackup(ctx: QueryContext, path: string): BackupInspected {
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
  return jobs.start('backup.restore', { path: file }, {
    writes: true,
    exclusive: true,
    // It reads the backup and writes .restore/ only; the data file is the swap's (on this thread).
    noDatabase: true,
    finish: (prepared) => swapIn(ctx, prepared as PreparedRestore),
  });
}

/**
 * The last step of a restore, on the core's thread: close, swap under the journal, reopen. The
 * replaced data is set aside whole under backups/ by the swap's renames (instant; a copy of 1 GB
 * took most of a restore) and packed into a "before restore" backup by a job started here; until
 * that backup is written the folder stays, and a crash leaves it for the next open (resumeSetAside).
 * A database that could not be read (recovery) is kept aside as it is, as `.replaced`.
 */
function swapIn(ctx: CoreContext, prepared: PreparedRestore): RestoreReport {
  const state = ctx.state!;
  const unreadable = state.recovery != null;
  state.closeDatabase();
  const at = ctx.now();
  const previous = newBackupPath(backupsDir(ctx.dataDir), at, 'before-restore');
  const keepOldAs = setAsideOf(previous, unreadable ? REPLACED : SET_ASIDE);
  try {
    commitSwap(ctx.dataDir, keepOldAs, at);
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
  const keeping = unreadable ? null : keepSetAside(ctx, keepOldAs, previous);
  if (state.recovery) throw recoveryError(ctx);
  return {
    restoredFrom: prepared.path,
    createdAt: prepared.manifest.createdAt,
    previousKeptAt: unreadable ? null : previous,
    keepingJobId: keeping,
    counts: countRows(ctx.db),
    files: prepared.manifest.files.length,
    migratedFrom: prepared.manifest.schemaVersion < LATEST_VERSION ? prepared.manifest.schemaVersion : null,
  };
}

/** Starts the job that packs a set-aside folder into `backup` (null: no job runner, packed at next open). */
function keepSetAside(ctx: CoreContext, folder: string, backup: string): string | null {
  if (!ctx.jobs) return null;
  try {
    return ctx.jobs.start('backup.keepSetAside', { folder, target: backup }, { writes: false, noDatabase: true, independent: true }).jobId;
  } catch {
    return null; // the folder stays whole; the next open packs it
  }
}

/**
 * At open: data that a restore set aside and that was not packed yet (the app stopped first) is
 * packed now, in the background; a folder whose backup was written already is removed.
 */
export function resumeSetAside(ctx: CoreContext): void {
  const dir = backupsDir(ctx.dataDir);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(SET_ASIDE) && !n.startsWith('.'));
  } catch {
    return;
  }
  for (const name of names) {
    const folder = join(dir, name);
    const backup = folder.slice(0, -SET_ASIDE.length) + BACKUP_EXTENSION;
    if (readManifestHead(backup)) rmSync(folder, { recursive: true, force: true });
    else keepSetAside(ctx, folder, backup);
  }
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

// Opening the core: one call used by Electron's main process, the CLI, the tests and the e2e harness.
// Opening safely: a restore cut off by a crash is finished first; a file that is there but cannot
// be read is never replaced — the core opens in recovery mode instead (only app.info, backup.*,
// jobs.* answer), so every door can offer the way out: restore a backup.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createApi } from './api';
import type { CoreApi } from './api';
import type { CoreContext, CoreState } from './context';
import { openDatabase } from './db/open';
import type { DB } from './db/open';
import { openReader } from './db/read';
import { headerProblem, QUICK_CHECK_AT_OPEN_BYTES, quickCheck } from './db/check';
import { JobRunner } from './jobs/runner';
import { DATABASE_FILE, resourceDirs } from './paths';
import { loadReferenceRules } from './reference';
import { ClearpackError } from '../shared/errors';
import { createBackup } from './backup/create';
import { newestBackup, resumeSetAside } from './backup/host';
import { backupsDir } from './backup/paths';
import { localDay, removeLeftovers, scanBackups } from './backup/retention';
import { recoverPendingRestore } from './backup/swap';
import { clock } from './settings/clock';

export interface OpenCoreOptions {
  dataDir: string;
  resourcesDir?: string;
  version?: string;
  now?: () => Date;
  onError?: (err: unknown, method: string) => void;
  /** The job worker entry when running from a bundle (out/main/jobs-worker.js); default: the source. */
  jobWorkerFile?: string;
  /** Keep a warm job worker waiting for the next job (the desktop app's host; see JobRunnerOptions.warm). */
  warmJobs?: boolean;
  /** Back up once a day, as a job after open (the desktop app). Off for tests, the CLI and e2e. */
  autoBackup?: boolean;
  /** Files above this size get their quick_check in the background (default QUICK_CHECK_AT_OPEN_BYTES). */
  checkAtOpenBytes?: number;
}

export interface Core {
  api: CoreApi;
  ctx: CoreContext;
  close(): void;
}

function ensureDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ClearpackError('DATABASE_UNAVAILABLE', `The data folder ${dataDir} cannot be created (${code ?? (err as Error).message})`, {
      file: dataDir,
      reason: code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'read_only' : 'cannot_open',
    });
  }
}

export function openCore(options: OpenCoreOptions): Core {
  const { dataDir } = options;
  const resourcesDir = options.resourcesDir ?? resourceDirs().dir;
  // Reference data first: a broken rules file stops the start (naming the file) before anything is opened.
  loadReferenceRules(resourcesDir);
  ensureDataDir(dataDir);
  const databaseFile = join(dataDir, DATABASE_FILE);
  recoverPendingRestore(dataDir);
  removeLeftovers(backupsDir(dataDir), new Date());
  const version = options.version ?? '0.1.0';
  const now = options.now ?? (() => new Date());
  const jobs = new JobRunner({ databaseFile, dataDir, resourcesDir, version, now, workerFile: options.jobWorkerFile, warm: options.warmJobs });
  // Before any migration of an existing file: a full backup; if it cannot be made, no migration.
  const beforeMigrate = (db: DB, from: number) => {
    try {
      createBackup({ db, dataDir, version, now }, 'before-migration', undefined);
    } catch (err) {
      throw new ClearpackError(
        'BLOCKED',
        `This data file (schema ${from}) must be updated, and Clearpack backs it up first; the backup failed (${(err as Error).message}), so nothing was changed.`,
        { reason: 'backup_before_migration_failed', file: databaseFile },
      );
    }
  };
  // The clock reads the zone through ctx.db, which a restore or recovery replaces.
  const ctx: CoreContext = { db: null as unknown as DB, readDb: null as unknown as DB, dataDir, databaseFile, resourcesDir, version, now, ...clock(() => ctx.db, now), jobs };
  const state: CoreState = {
    recovery: null,
    check: 'ok',
    reopen() {
      state.closeDatabase();
      ctx.db = openDatabase(databaseFile, undefined, { beforeMigrate });
      // After the writer: it creates, migrates and sets WAL; queries read through this one.
      ctx.readDb = openReader(databaseFile);
      state.recovery = null;
      state.check = 'ok';
    },
    closeDatabase() {
      if (ctx.readDb?.open) ctx.readDb.close();
      if (ctx.db?.open) ctx.db.close();
    },
    enterRecovery(reason) {
      state.closeDatabase();
      state.recovery = { databaseFile, reason, newestBackup: newestBackup(dataDir) };
      state.check = 'failed';
    },
  };
  ctx.state = state;

  const existed = existsSync(databaseFile);
  const size = existed ? statSync(databaseFile).size : 0;
  const limit = options.checkAtOpenBytes ?? QUICK_CHECK_AT_OPEN_BYTES;
  try {
    const problem = existed ? (headerProblem(databaseFile) ?? (size <= limit ? problemOf(quickCheck(databaseFile)) : null)) : null;
    if (problem) state.enterRecovery(problem);
    else state.reopen();
  } catch (err) {
    if (err instanceof ClearpackError && err.code === 'DATABASE_UNREADABLE') state.enterRecovery(String(err.details.reason ?? err.message));
    else {
      jobs.close();
      throw err;
    }
  }

  const daily = () => {
    if (!options.autoBackup || state.recovery) return;
    const today = localDay(now());
    if (scanBackups(backupsDir(dataDir)).some((b) => b.kind === 'auto' && localDay(new Date(b.createdAt)) === today)) return;
    jobs.start('backup.create', { kind: 'auto' }, { writes: false });
  };
  if (!state.recovery && existed && size > limit) {
    // A large file: the window opens now; the rest of the check runs in a worker.
    state.check = 'checking';
    jobs.start('db.check', {}, {
      writes: false,
      noDatabase: true,
      finish: (result) => {
        const r = result as ReturnType<typeof quickCheck>;
        if (!r.ok) state.enterRecovery(r.problem);
        else {
          state.check = 'ok';
          daily();
        }
        return r;
      },
    });
  } else if (existed) daily();
  resumeSetAside(ctx); // data a restore set aside and did not pack yet (backup/host.ts)

  return {
    api: createApi(ctx, options.onError),
    ctx,
    close: () => {
      jobs.close();
      state.closeDatabase();
    },
  };
}

const problemOf = (r: ReturnType<typeof quickCheck>) => (r.ok ? null : r.problem);

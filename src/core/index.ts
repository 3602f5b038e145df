// Opening the core: one call used by Electron's main process, the CLI, the tests and the e2e harness.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApi } from './api';
import type { CoreApi } from './api';
import type { CoreContext } from './context';
import { openDatabase } from './db/open';
import { JobRunner } from './jobs/runner';
import { DATABASE_FILE, findResourcesDir } from './paths';
import { clock } from './settings/clock';

export interface OpenCoreOptions {
  dataDir: string;
  resourcesDir?: string;
  version?: string;
  now?: () => Date;
  onError?: (err: unknown, method: string) => void;
  /** The job worker entry when running from a bundle (out/main/jobs-worker.js); default: the source. */
  jobWorkerFile?: string;
}

export interface Core {
  api: CoreApi;
  ctx: CoreContext;
  close(): void;
}

export function openCore(options: OpenCoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, DATABASE_FILE);
  const db = openDatabase(databaseFile);
  const resourcesDir = options.resourcesDir ?? findResourcesDir();
  const version = options.version ?? '0.1.0';
  const now = options.now ?? (() => new Date());
  const jobs = new JobRunner({ databaseFile, dataDir: options.dataDir, resourcesDir, version, now, workerFile: options.jobWorkerFile });
  const ctx: CoreContext = { db, dataDir: options.dataDir, databaseFile, resourcesDir, version, now, ...clock(db, now), jobs };
  return {
    api: createApi(ctx, options.onError),
    ctx,
    close: () => {
      jobs.close();
      db.close();
    },
  };
}

import type { DB } from './db/open';
import type { JobRunner } from './jobs/runner';

/** What every handler gets: the open database, where files live, and the clock. */
export interface CoreContext {
  db: DB;
  dataDir: string;
  databaseFile: string;
  resourcesDir: string;
  version: string;
  now(): Date;
  /** Long-running work in worker threads; null inside a job worker itself. */
  jobs: JobRunner | null;
}

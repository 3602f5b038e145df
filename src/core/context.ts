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
  /** The seller's calendar day at now() (YYYY-MM-DD): every "today" in the core comes from here. */
  today(): string;
  /** The zone today() is in: the seller profile's, else the computer's. */
  timeZone(): string;
  /** Long-running work in worker threads; null inside a job worker itself. */
  jobs: JobRunner | null;
}

import type { DB } from './db/open';

/** What every handler gets: the open database, where files live, and the clock. */
export interface CoreContext {
  db: DB;
  dataDir: string;
  databaseFile: string;
  resourcesDir: string;
  version: string;
  now(): Date;
}

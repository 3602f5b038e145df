import type { DatabaseCheck, RecoveryInfo } from '../shared/backup';
import type { DB } from './db/open';
import type { ReadDb } from './db/read';
import type { JobRunner } from './jobs/runner';

/**
 * The core's own state of its data file (only on the core's thread, not in job workers). A restore
 * replaces the file under the connection: it closes ctx.db, swaps, and `reopen()` puts a new
 * connection in ctx.db, so handlers must read ctx.db at each call (never keep it).
 */
export interface CoreState {
  /** Set when the data file cannot be read: only the recovery methods answer (see core/api.ts). */
  recovery: RecoveryInfo | null;
  check: DatabaseCheck;
  /** Opens the data file: the writer in ctx.db, the read-only connection in ctx.readDb. */
  reopen(): void;
  /** Closes both connections (a restore swaps the file under them; recovery). */
  closeDatabase(): void;
  enterRecovery(reason: string): void;
}

/** What every handler gets: the open database, where files live, and the clock. */
export interface CoreContext {
  /** The one connection that writes. */
  db: DB;
  /**
   * The read-only connection on the same file (opened `readonly`): what queries get as their db
   * (see core/handlers.ts). A job worker, which runs no query, has its one connection in both.
   */
  readDb: DB;
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
  /** Absent inside a job worker. */
  state?: CoreState;
}

/**
 * What a query gets: the same context, but its db is the read-only connection, typed ReadDb (no
 * run, exec or transaction), and the writer is not in it.
 */
export type QueryContext = Omit<CoreContext, 'db' | 'readDb'> & { db: ReadDb };

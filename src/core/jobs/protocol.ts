// Messages between the job runner (main thread) and a job worker.
import type { ErrorData } from '../../shared/errors';
import type { JobProgress } from '../../shared/jobs';

/** What a job is: given in workerData to a fresh worker, or in a RunMessage to a warm one. */
export interface TaskData {
  kind: string;
  input: unknown;
  /** The core's clock at start (ISO), so a job's timestamps follow the core's clock. */
  now: string;
  /** Int32Array[1]: set to 1 by the runner to ask the worker to stop. */
  cancel: SharedArrayBuffer;
  /** The task works without the data file (restore in recovery mode): no connection is opened. */
  noDatabase?: boolean;
}

/** The task for a warm worker (started with `spare`), which has loaded its code and waits for it. */
export interface RunMessage extends TaskData {
  type: 'run';
}

export interface WorkerData {
  kind: string;
  input: unknown;
  databaseFile: string;
  dataDir: string;
  resourcesDir: string;
  version: string;
  /** The core's clock at start (ISO), so a job's timestamps follow the core's clock. */
  now: string;
  /** Int32Array[1]: set to 1 by the runner to ask the worker to stop. */
  cancel: SharedArrayBuffer;
  /** This worker's own entry file, so a task can start a helper thread (JobControl.fork). */
  workerFile: string;
  /** The task works without the data file (restore in recovery mode): no connection is opened. */
  noDatabase?: boolean;
  /** Set in a helper thread: it reports progress unthrottled and starts no helpers itself. */
  helper?: boolean;
  /**
   * A warm worker: it loads its code and fonts, starts its own warm helper, and waits for one
   * RunMessage (kind, input, now and cancel here are placeholders). No connection is open until then.
   */
  spare?: boolean;
}

export type WorkerMessage =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; error: ErrorData }
  | { type: 'cancelled' }
  /** A warm worker has loaded what it loads ahead (and its warm helper has too). */
  | { type: 'warm' };

/**
 * A larger young generation for job workers and their helpers: an import allocates a few objects
 * for each of 100,000 rows, and with V8's default (16 MB) semi-space much of its time went to
 * scavenges copying the rows still alive.
 */
export const JOB_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 96 };

/**
 * A bundled worker (.js) runs without the parent's loader flags: a core run from the sources under
 * tsx (tests, benches) would otherwise load tsx's hooks again in every worker thread and compile the
 * bundle through them (a second of start-up per thread). The sources' own entry (worker-tsx.mjs)
 * keeps them.
 */
export const workerExecArgv = (file: string): { execArgv?: string[] } => (file.endsWith('.js') ? { execArgv: [] } : {});

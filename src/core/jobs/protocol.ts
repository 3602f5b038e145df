// Messages between the job runner (main thread) and a job worker.
import type { ErrorData } from '../../shared/errors';
import type { JobProgress } from '../../shared/jobs';

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
}

export type WorkerMessage =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; error: ErrorData }
  | { type: 'cancelled' };

/**
 * A larger young generation for job workers and their helpers: an import allocates a few objects
 * for each of 100,000 rows, and with V8's default (16 MB) semi-space much of its time went to
 * scavenges copying the rows still alive.
 */
export const JOB_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 96 };

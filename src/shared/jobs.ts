// Long-running work (imports, exports, later batch printing): a method starts a job and returns
// {jobId} at once; the caller polls jobs.get for progress and the result, and may jobs.cancel it.
// The renderer has only request/response calls, so polling is the protocol.
import { z } from 'zod';
import type { ErrorData } from './errors';

export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobProgress {
  done: number;
  total: number;
  /** What the job is doing now, e.g. 'reading', 'validating', 'writing' (translated by the UI). */
  phase: string;
}

export interface Job<R = unknown> {
  jobId: string;
  /** The kind of work, e.g. 'products.importCsv'. */
  kind: string;
  state: JobState;
  progress: JobProgress;
  result?: R;
  error?: ErrorData;
  startedAt: string;
  finishedAt: string | null;
}

export interface JobStarted {
  jobId: string;
}

export const jobIdInput = z.strictObject({ jobId: z.string().min(1).max(100) });

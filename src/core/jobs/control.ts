// What a job's work sees of its job: a way to report progress and to learn it was cancelled.
// Kept apart from the worker so the same work can run in-process (tests of the work itself).
import type { Transferable } from 'node:worker_threads';

export class JobCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'JobCancelled';
  }
}

export interface JobControl {
  progress(done: number, total: number, phase: string): void;
  /** Throws JobCancelled when a cancel was asked for; call it between chunks of work. */
  checkCancelled(): void;
  /**
   * Runs another task in a helper worker thread (same database, same cancel flag) and resolves with
   * its result; `onProgress` gets the helper's progress. Only inside a job worker: work run directly
   * has none and does everything itself. `transfer`: objects of `input` moved to the helper (e.g. a
   * MessagePort the two threads talk over).
   */
  fork?(kind: string, input: unknown, onProgress: (done: number, total: number) => void, transfer?: readonly Transferable[]): Promise<unknown>;
}

/** A control that never cancels and ignores progress (for running work directly). */
export const directControl = (onProgress?: (done: number, total: number, phase: string) => void): JobControl => ({
  progress: (done, total, phase) => onProgress?.(done, total, phase),
  checkCancelled: () => {},
});

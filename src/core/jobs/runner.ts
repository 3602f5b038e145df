// Long-running jobs: each runs in a worker_threads Worker with its own SQLite connection, so the
// process hosting the core (Electron's main process) stays responsive. The caller gets {jobId} at
// once and polls get(); cancel() raises a flag the work checks between chunks (an import then
// rolls back its transaction: all or nothing).
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ClearpackError, ConflictError, NotFoundError } from '../../shared/errors';
import type { Job, JobStarted } from '../../shared/jobs';
import { JOB_RESOURCE_LIMITS, workerExecArgv } from './protocol';
import type { RunMessage, TaskData, WorkerData, WorkerMessage } from './protocol';

// A variable, not a literal in new URL(...), so bundlers leave it alone: from the sources (tsx,
// vitest, Playwright) the worker is worker-tsx.mjs, which loads worker.ts through tsx; the Electron
// build passes the path of its bundled out/main/jobs-worker.js instead (see src/main/index.ts).
// CLEARPACK_JOB_WORKER_FILE names a bundled worker for a core run from the sources (the tests set it:
// test/bundle/); the option, when given, wins.
const WORKER_SOURCE = './worker-tsx.mjs';


export interface JobRunnerOptions {
  databaseFile: string;
  dataDir: string;
  resourcesDir: string;
  version: string;
  now: () => Date;
  /** The worker entry: a bundled .js file, or (default) the sources run through tsx. */
  workerFile?: string;
  /**
   * Keep a warm worker (and its warm helper) waiting for the next job, started now and again after
   * each job: a job then starts at once instead of after its threads compile their code (the
   * desktop app, whose "Print today" must not wait seconds). Off for the CLI and tests: a process
   * that runs one command would pay for threads it never uses.
   */
  warm?: boolean;
}

interface Running {
  job: Job;
  worker: Worker | null;
  cancel: Int32Array;
  writes: boolean;
  exclusive: boolean;
  independent: boolean;
  finished: Promise<Job>;
}

export interface StartOptions {
  /** It will write, so no other writer may start. */
  writes: boolean;
  /** Nothing else may run beside it (a restore replaces the data file under every connection). */
  exclusive?: boolean;
  /** The worker opens no database (a restore in recovery mode, where the file cannot be read). */
  noDatabase?: boolean;
  /**
   * It touches nothing a restore replaces (no database, only files of its own, no pruning): it may
   * run beside an exclusive job, and does not hold one back (packing the data a restore set aside).
   */
  independent?: boolean;
  /**
   * Runs on the core's thread with the worker's result before the job counts as done (the restore's
   * swap). An exclusive job's `finish` may start other jobs synchronously (its worker has exited).
   */
  finish?: (result: unknown) => unknown;
}

const KEEP_FINISHED = 50;

export class JobRunner {
  private readonly jobs = new Map<string, Running>();
  private finishing: Running | null = null;
  private spare: Worker | null = null;
  /** Resolves when the waiting warm worker is warm (false: it was taken or failed first). */
  private spareWarm: Promise<boolean> = Promise.resolve(false);
  private settleWarm: (warm: boolean) => void = () => {};
  private closed = false;
  constructor(private readonly options: JobRunnerOptions) {
    this.warm();
  }

  private workerFile(): string {
    return this.options.workerFile ?? (process.env.CLEARPACK_JOB_WORKER_FILE || fileURLToPath(new URL(WORKER_SOURCE, import.meta.url)));
  }

  private common(file: string): Omit<WorkerData, 'kind' | 'input' | 'now' | 'cancel'> {
    return { databaseFile: this.options.databaseFile, dataDir: this.options.dataDir, resourcesDir: this.options.resourcesDir, version: this.options.version, workerFile: file };
  }

  /** Starts the warm worker for the next job, when asked for and none waits. */
  private warm(): void {
    if (!this.options.warm || this.spare || this.closed) return;
    const file = this.workerFile();
    const spare = new Worker(file, {
      workerData: { ...this.common(file), kind: '', input: null, now: '', cancel: new SharedArrayBuffer(4), spare: true } satisfies WorkerData,
      resourceLimits: JOB_RESOURCE_LIMITS,
      ...workerExecArgv(file),
    });
    // A warm worker that fails while it waits is dropped; the next job starts a fresh one.
    const drop = () => {
      if (this.spare === spare) this.spare = null;
    };
    spare.on('error', drop).on('exit', drop);
    this.spareWarm = new Promise((resolve) => {
      this.settleWarm = resolve;
      spare.on('message', (m: WorkerMessage) => m.type === 'warm' && resolve(true));
      spare.on('error', () => resolve(false)).on('exit', () => resolve(false));
    });
    this.spare = spare;
  }

  /** The waiting warm worker, given this job (none for a job without the data file). */
  private takeSpare(task: TaskData): Worker | null {
    const spare = this.spare;
    if (!spare || task.noDatabase) return null;
    this.spare = null;
    spare.removeAllListeners();
    this.settleWarm(false);
    this.spareWarm = Promise.resolve(false);
    spare.postMessage({ type: 'run', ...task } satisfies RunMessage);
    return spare;
  }

  /** Starts `kind` with `input` in a worker. `writes`: it will write, so no other writer may start. */
  start(kind: string, input: unknown, { writes, exclusive = false, noDatabase = false, independent = false, finish: after }: StartOptions): JobStarted {
    if (this.exclusive() && !independent) throw new ConflictError('A restore is running; wait for it to finish');
    if (exclusive && this.running(false)) throw new ConflictError('Another job is running; wait for it to finish, then restore');
    if (writes && this.writing()) throw new ConflictError('Another job is writing to the catalog; wait for it to finish');
    const jobId = randomUUID();
    const file = this.workerFile();
    const cancel = new SharedArrayBuffer(4);
    const task: TaskData = { kind, input, now: this.options.now().toISOString(), cancel, ...(noDatabase ? { noDatabase } : {}) };
    const worker =
      this.takeSpare(task) ?? new Worker(file, { workerData: { ...this.common(file), ...task } satisfies WorkerData, resourceLimits: JOB_RESOURCE_LIMITS, ...workerExecArgv(file) });
    const job: Job = {
      jobId, kind, state: 'running', progress: { done: 0, total: 0, phase: 'starting' },
      startedAt: new Date().toISOString(), finishedAt: null,
    };
    let settle!: (job: Job) => void;
    const running: Running = { job, worker, cancel: new Int32Array(cancel), writes, exclusive, independent, finished: new Promise((ok) => (settle = ok)) };
    // Set once the worker reported its result: its exit is then expected, and `after` may still run.
    let ending = false;
    let afterExit: (() => Promise<void>) | null = null;
    const finish = (patch: Partial<Job>) => {
      if (job.state !== 'running') return;
      Object.assign(job, patch, { finishedAt: new Date().toISOString() });
      running.worker = null;
      settle({ ...job });
      void worker.terminate();
      this.prune();
      // The next job's warm worker starts once this one has ended, not beside it on the two cores.
      this.warm();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'warm') return;
      if (m.type === 'progress') job.progress = m.progress;
      else if (m.type === 'done' && after) {
        // `after` runs once the worker has exited, so its connection to the data file is closed.
        ending = true;
        job.progress = { done: 0, total: 1, phase: 'finishing' };
        afterExit = () =>
          Promise.resolve()
            .then(() => {
              // Its worker is gone: what `after` starts synchronously (a restore's follow-up) may run.
              this.finishing = running;
              try {
                return after(m.result);
              } finally {
                this.finishing = null;
              }
            })
            .then(
              (result) => finish({ state: 'done', result }),
              (err: unknown) => finish({ state: 'failed', error: err instanceof ClearpackError ? err.toData() : { code: 'INTERNAL', message: `Job ${kind} failed: ${(err as Error)?.message ?? String(err)}`, details: {} } }),
            );
      } else if (m.type === 'done') finish({ state: 'done', result: m.result });
      else if (m.type === 'cancelled') finish({ state: 'cancelled' });
      else finish({ state: 'failed', error: m.error });
    });
    worker.on('error', (err) => finish({ state: 'failed', error: { code: 'INTERNAL', message: `Job ${kind} crashed: ${err.message}`, details: {} } }));
    worker.on('exit', (code) => ending ? void afterExit?.() : finish({ state: 'failed', error: { code: 'INTERNAL', message: `Job ${kind} stopped (exit code ${code})`, details: {} } }));
    this.jobs.set(jobId, running);
    return { jobId };
  }

  /**
   * Resolves once the warm worker waiting for the next job has loaded what it loads ahead: true, or
   * false when there is none (not asked for, taken by a job, failed). What a seller who opens the
   * app and looks at the dashboard before printing gets (bench/today-print.bench.ts, tests).
   */
  warmed(): Promise<boolean> {
    return this.spareWarm;
  }

  get(jobId: string): Job {
    const running = this.jobs.get(jobId);
    if (!running) throw new NotFoundError('Job', jobId);
    return { ...running.job, progress: { ...running.job.progress } };
  }

  /** Asks a running job to stop; it ends as 'cancelled' (or 'done' if it finished first). */
  cancel(jobId: string): Job {
    const running = this.jobs.get(jobId);
    if (!running) throw new NotFoundError('Job', jobId);
    Atomics.store(running.cancel, 0, 1);
    return this.get(jobId);
  }

  /** Resolves when the job has ended. */
  wait(jobId: string): Promise<Job> {
    const running = this.jobs.get(jobId);
    if (!running) return Promise.reject(new NotFoundError('Job', jobId));
    return running.finished;
  }

  /** True while any job runs (`withIndependent` false: any but those that may run beside a restore). */
  running(withIndependent = true): boolean {
    for (const r of this.jobs.values()) if (r.job.state === 'running' && (withIndependent || !r.independent)) return true;
    return false;
  }

  private exclusive(): boolean {
    for (const r of this.jobs.values()) if (r.exclusive && r.job.state === 'running' && r !== this.finishing) return true;
    return false;
  }

  /** True while a job holds (or is about to hold) the write lock of the data file. */
  writing(): boolean {
    for (const r of this.jobs.values()) if (r.writes && r.job.state === 'running') return true;
    return false;
  }

  /**
   * Stops every running job (on shutdown). A worker stopped inside its write transaction never
   * commits it: in WAL mode uncommitted pages are ignored by every reader and later writer.
   */
  close(): void {
    this.closed = true;
    void this.spare?.terminate();
    this.spare = null;
    this.settleWarm(false);
    for (const r of this.jobs.values()) {
      if (r.job.state !== 'running') continue;
      Atomics.store(r.cancel, 0, 1);
      void r.worker?.terminate();
    }
  }

  private prune(): void {
    const finished = [...this.jobs.entries()].filter(([, r]) => r.job.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id);
  }
}

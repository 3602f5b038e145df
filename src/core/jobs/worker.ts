// Entry of a job worker thread: opens its own connection to the data file (WAL lets it read while
// the main connection reads; it is the only writer while it writes), runs one task, reports
// progress by postMessage, and answers a cancel flag shared with the main thread.
// Bundled as out/main/jobs-worker.js (electron.vite.config.ts); run from source under tsx.
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Transferable } from 'node:worker_threads';
import { ClearpackError } from '../../shared/errors';
import type { CoreContext } from '../context';
import { openDatabase } from '../db/open';
import { errorData } from '../failure';
import { clock } from '../settings/clock';
import { JobCancelled } from './control';
import type { JobControl } from './control';
import { tasks } from './tasks';
import type { TaskKind } from './tasks';
import { JOB_RESOURCE_LIMITS } from './protocol';
import type { WorkerData, WorkerMessage } from './protocol';

const data = workerData as WorkerData;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const cancelFlag = new Int32Array(data.cancel);

let lastProgress = 0;
const control: JobControl = {
  progress(done, total, phase) {
    const now = Date.now();
    // At most ~20 messages a second, but always the first and the last of a phase.
    if (!data.helper && done !== 0 && done !== total && now - lastProgress < 50) return;
    lastProgress = now;
    post({ type: 'progress', progress: { done, total, phase } });
  },
  checkCancelled() {
    if (Atomics.load(cancelFlag, 0) === 1) throw new JobCancelled();
  },
  ...(data.helper ? {} : { fork }),
};

/** A helper thread running `kind` on the same data file, sharing this job's cancel flag. */
function fork(kind: string, input: unknown, onProgress: (done: number, total: number) => void, transfer: readonly Transferable[] = []): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const helper = new Worker(data.workerFile, {
      workerData: { ...data, kind, input, helper: true } satisfies WorkerData,
      transferList: [...transfer],
      resourceLimits: JOB_RESOURCE_LIMITS,
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void helper.terminate();
    };
    helper.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress(m.progress.done, m.progress.total);
      else if (m.type === 'done') settle(() => resolve(m.result));
      else if (m.type === 'cancelled') settle(() => reject(new JobCancelled()));
      else settle(() => reject(new ClearpackError(m.error.code, m.error.message, m.error.details)));
    });
    helper.on('error', (err) => settle(() => reject(err)));
    helper.on('exit', (code) => settle(() => reject(new Error(`Helper ${kind} stopped (exit code ${code})`))));
  });
}

async function run(): Promise<void> {
  // A restore in recovery mode runs without one: the file cannot be read (see backup/restore.ts).
  const db = data.noDatabase ? null : openDatabase(data.databaseFile);
  const now = () => new Date(data.now);
  const ctx: CoreContext = {
    db: db as NonNullable<typeof db>,
    readDb: db as NonNullable<typeof db>,
    dataDir: data.dataDir,
    databaseFile: data.databaseFile,
    resourcesDir: data.resourcesDir,
    version: data.version,
    now,
    ...clock(() => db, now),
    jobs: null,
  };
  try {
    const task = tasks[data.kind as TaskKind] as (ctx: CoreContext, input: unknown, job: JobControl) => unknown;
    if (!task) throw new ClearpackError('INTERNAL', `No job task "${data.kind}"`);
    post({ type: 'done', result: await task(ctx, data.input, control) });
  } catch (err) {
    if (err instanceof JobCancelled) post({ type: 'cancelled' });
    else post({ type: 'failed', error: errorData(err, data.kind) });
  } finally {
    db?.close();
  }
}

void run();

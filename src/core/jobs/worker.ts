// Entry of a job worker thread: opens its own connection to the data file (WAL lets it read while
// the main connection reads; it is the only writer while it writes), runs one task, reports
// progress by postMessage, and answers a cancel flag shared with the main thread.
// Bundled as out/main/jobs-worker.js (electron.vite.config.ts); run from source under tsx.
import { parentPort, workerData } from 'node:worker_threads';
import { ClearpackError } from '../../shared/errors';
import type { CoreContext } from '../context';
import { openDatabase } from '../db/open';
import { JobCancelled } from './control';
import type { JobControl } from './control';
import { tasks } from './tasks';
import type { TaskKind } from './tasks';
import type { WorkerData, WorkerMessage } from './protocol';

const data = workerData as WorkerData;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const cancelFlag = new Int32Array(data.cancel);

let lastProgress = 0;
const control: JobControl = {
  progress(done, total, phase) {
    const now = Date.now();
    // At most ~20 messages a second, but always the first and the last of a phase.
    if (done !== 0 && done !== total && now - lastProgress < 50) return;
    lastProgress = now;
    post({ type: 'progress', progress: { done, total, phase } });
  },
  checkCancelled() {
    if (Atomics.load(cancelFlag, 0) === 1) throw new JobCancelled();
  },
};

function run(): void {
  const db = openDatabase(data.databaseFile);
  const ctx: CoreContext = {
    db,
    dataDir: data.dataDir,
    databaseFile: data.databaseFile,
    resourcesDir: data.resourcesDir,
    version: data.version,
    now: () => new Date(data.now),
    jobs: null,
  };
  try {
    const task = tasks[data.kind as TaskKind] as (ctx: CoreContext, input: unknown, job: JobControl) => unknown;
    if (!task) throw new ClearpackError('INTERNAL', `No job task "${data.kind}"`);
    post({ type: 'done', result: task(ctx, data.input, control) });
  } catch (err) {
    if (err instanceof JobCancelled) post({ type: 'cancelled' });
    else if (err instanceof ClearpackError) post({ type: 'failed', error: err.toData() });
    else post({ type: 'failed', error: { code: 'INTERNAL', message: `Internal error in ${data.kind}: ${(err as Error)?.message ?? String(err)}`, details: {} } });
  } finally {
    db.close();
  }
}

run();

// Entry of a job worker thread: opens its own connection to the data file (WAL lets it read while
// the main connection reads; it is the only writer while it writes), runs one task, reports
// progress by postMessage, and answers a cancel flag shared with the main thread. A warm worker
// (workerData.spare) is started before its job: it loads its code and fonts and starts its own warm
// helper, then waits for the one job it will run (a RunMessage), so a job does not pay the seconds a
// thread takes to compile pdfkit, fontkit and the core on two cores.
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
import { JOB_RESOURCE_LIMITS, workerExecArgv } from './protocol';
import type { RunMessage, WorkerData, WorkerMessage } from './protocol';

const start = workerData as WorkerData;
/** The job's data: the workerData of a fresh worker, completed by the RunMessage in a warm one. */
let data: WorkerData = start;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
let cancelFlag = new Int32Array(data.cancel);

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

/** The warm helper a warm worker starts once it is ready itself; the first fork of its job takes it. */
let spareHelper: Worker | null = null;
/** The job has ended: nothing more is started in this thread. */
let ended = false;

function newHelper(workerData: WorkerData, transferList: readonly Transferable[] = []): Worker {
  return new Worker(data.workerFile, { workerData, transferList: [...transferList], resourceLimits: JOB_RESOURCE_LIMITS, ...workerExecArgv(data.workerFile) });
}

/** A helper thread running `kind` on the same data file, sharing this job's cancel flag. */
function fork(kind: string, input: unknown, onProgress: (done: number, total: number) => void, transfer: readonly Transferable[] = []): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let helper: Worker;
    if (spareHelper) {
      helper = spareHelper;
      spareHelper = null;
      const run: RunMessage = { type: 'run', kind, input, now: data.now, cancel: data.cancel, ...(data.noDatabase ? { noDatabase: true } : {}) };
      helper.postMessage(run, [...transfer]);
    } else helper = newHelper({ ...data, kind, input, helper: true, spare: false }, transfer);
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void helper.terminate();
    };
    helper.on('message', (m: WorkerMessage) => {
      if (m.type === 'warm') return;
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
    // The thread ends with its job (a job's `finish` waits for that exit): no helper outlives it.
    ended = true;
    void spareHelper?.terminate();
    spareHelper = null;
  }
}

/**
 * What a warm worker loads while it waits: the PDF kit (the job a seller waits on, "Print today"),
 * its fonts decoded, and the reference rules its preflight reads. Other tasks load their own
 * modules as any worker does.
 */
async function warm(): Promise<void> {
  try {
    await import('../documents/batch');
    (await import('../pdf/fonts')).warmFonts();
    (await import('../reference')).loadReferenceRules(start.resourcesDir);
  } catch {
    // Warming is only ahead of time: the job loads what it needs itself, and says what fails.
  }
}

if (!start.spare) void run();
else {
  // Warm: the code is loaded (these imports); decode the fonts, start the helper, then wait.
  parentPort!.once('message', (m: RunMessage) => {
    data = { ...start, kind: m.kind, input: m.input, now: m.now, cancel: m.cancel, spare: false, ...(m.noDatabase ? { noDatabase: true } : {}) };
    cancelFlag = new Int32Array(data.cancel);
    void run();
  });
  void warm().then(() => {
    if (start.helper) return post({ type: 'warm' });
    if (ended) return;
    const h = newHelper({ ...start, helper: true, spare: true });
    // One that fails while it waits is dropped: the job's fork then starts a fresh helper.
    const drop = () => {
      if (spareHelper === h) spareHelper = null;
    };
    h.on('error', drop).on('exit', drop);
    h.once('message', (m: WorkerMessage) => {
      if (m.type === 'warm') post({ type: 'warm' });
    });
    spareHelper = h;
  });
}

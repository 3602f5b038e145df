// Entry of the core host: a worker thread that opens the core (openCore does everything a start
// needs: reference data, recovery of a cut restore, migrations, jobs) and answers envelopes, so no
// SQL query or PDF build ever runs on the thread that started it. Jobs still run in their own
// worker threads, started from here (nested workers), with the job worker file the starter passed.
// Bundled as out/main/core-host.js (electron.vite.config.ts); run from source through host-tsx.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { openCore } from '../index';
import type { Core } from '../index';
import { errorData } from '../failure';
import { resourceDirs } from '../paths';
import type { HostMessage, HostRequest, HostWorkerData } from './protocol';

const data = workerData as HostWorkerData;
const port = parentPort!;
const post = (m: HostMessage) => port.postMessage(m);

function open(): Core | null {
  try {
    const fixed = data.now ? new Date(data.now) : null;
    return openCore({
      dataDir: data.dataDir,
      resourcesDir: data.resourcesDir ?? (data.location ? resourceDirs(data.location).dir : undefined),
      version: data.version,
      now: fixed ? () => new Date(fixed) : undefined,
      jobWorkerFile: data.jobWorkerFile,
      warmJobs: data.warmJobs,
      autoBackup: data.autoBackup,
      checkAtOpenBytes: data.checkAtOpenBytes,
      onError: (err, method) => {
        const e = err instanceof Error ? err : new Error(String(err));
        post({ type: 'error', method, error: { name: e.name, message: e.message, stack: e.stack } });
      },
    });
  } catch (err) {
    // A start that fails (broken reference data, a data folder that cannot be opened) is told to
    // the starter as the typed error it is; the thread then ends.
    post({ type: 'failed', error: errorData(err, 'start') });
    port.close();
    return null;
  }
}

const core = open();
if (core) {
  port.on('message', (m: HostRequest) => {
    if (m.type === 'close') {
      core.close();
      post({ type: 'closed' });
      port.close();
      return;
    }
    // Each call is answered when it finishes: a job method returns {jobId} at once, a query its value.
    void core.api.call(m.method, m.input).then((envelope) => post({ type: 'answer', id: m.id, envelope }));
  });
  post({ type: 'ready' });
}

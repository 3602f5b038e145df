// The core host's starter: the one thing Electron's main process imports from src/core. It starts
// the core in a worker thread (worker.ts) and forwards envelopes to it, so the calling thread never
// waits on SQL or a PDF. It imports nothing of the core itself (only the contract's types and
// errors), so neither SQLite nor pdfkit is ever loaded where it runs (see host.test.ts).
//
// A crash of the worker (it threw, ran out of memory, or was killed): every call in flight gets a
// CORE_RESTARTED error (each write is one transaction, so nothing is half-written; the seller is
// told the last action may need repeating), the worker is started again, and 'restarted' is
// emitted so the UI can say so. Past `maxRestarts` crashes within `restartWindowMs` it gives up:
// 'exit' is emitted and every call gets CORE_STOPPED.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Envelope } from '../../shared/contract';
import { ClearpackError, fromErrorData } from '../../shared/errors';
import type { ErrorData } from '../../shared/errors';
import type { HostMessage, HostRequest, HostWorkerData } from './protocol';

// A variable, not a literal in new URL(...), so bundlers leave it alone (as in jobs/runner.ts): from
// the sources the host is host-tsx.mjs, which loads worker.ts through tsx; the Electron build passes
// the path of its bundled out/main/core-host.js instead.
const HOST_SOURCE = './host-tsx.mjs';

export interface CoreHostOptions extends HostWorkerData {
  /** The host worker entry when running from a bundle (out/main/core-host.js); default: the sources. */
  hostWorkerFile?: string;
  /** Called on the starter's side for each INTERNAL failure of a method (the log lives here). */
  onError?: (err: Error, method: string) => void;
  /** Crashes allowed within restartWindowMs; one more and the host gives up (default 3 in a minute). */
  maxRestarts?: number;
  restartWindowMs?: number;
}

export interface CoreRestarted {
  /** Why the worker stopped (exit code, the error it threw). */
  reason: string;
  /** Restarts within the current window. */
  restarts: number;
}

export interface CoreHost {
  /** One call of the contract: the same envelope as the in-process core's api.call. */
  call(method: string, input: unknown): Promise<Envelope>;
  readonly dataDir: string;
  /** 'restarted': the worker crashed and runs again. 'exit': it crashed too often and stays down. */
  on(event: 'restarted', listener: (event: CoreRestarted) => void): () => void;
  on(event: 'exit', listener: (error: ClearpackError) => void): () => void;
  /** Closes the core (database, jobs) and ends the worker. */
  close(): Promise<void>;
  /** Stops the worker the way a crash would (tests): calls in flight fail, then it restarts. */
  crash(): Promise<void>;
}

const restartedError = (reason: string): ErrorData => {
  const message = 'Clearpack\'s engine stopped unexpectedly and was restarted; your last action may not have been saved: check it and repeat it if needed';
  return { code: 'CORE_RESTARTED', message, details: { reason, issues: [{ path: '', key: 'core_restarted', message }] } };
};

const stoppedError = (message: string): ErrorData => ({
  code: 'CORE_STOPPED',
  message,
  details: { issues: [{ path: '', key: 'core_stopped', message }] },
});

const CLOSE_TIMEOUT_MS = 10_000;

/** Starts the core in a worker; resolves once it answers, rejects with the start's typed error. */
export async function startCoreHost(options: CoreHostOptions): Promise<CoreHost> {
  const { hostWorkerFile, onError, maxRestarts = 3, restartWindowMs = 60_000, ...data } = options;
  const file = hostWorkerFile ?? fileURLToPath(new URL(HOST_SOURCE, import.meta.url));
  const inFlight = new Map<number, (envelope: Envelope) => void>();
  const crashes: number[] = [];
  const onRestarted = new Set<(event: CoreRestarted) => void>();
  const onExit = new Set<(error: ClearpackError) => void>();
  let nextId = 1;
  let closing = false;
  let gaveUp: ErrorData | null = null;
  let worker!: Worker;

  const failInFlight = (error: ErrorData) => {
    const waiting = [...inFlight.values()];
    inFlight.clear();
    for (const settle of waiting) settle({ ok: false, error });
  };

  function spawn(): Promise<void> {
    const w = new Worker(file, { workerData: data });
    worker = w;
    return new Promise((resolve, reject) => {
      let started = false;
      let failure: ClearpackError | null = null;
      let thrown: Error | null = null;
      w.on('message', (m: HostMessage) => {
        if (m.type === 'answer') {
          const settle = inFlight.get(m.id);
          inFlight.delete(m.id);
          settle?.(m.envelope);
        } else if (m.type === 'ready') {
          started = true;
          resolve();
        } else if (m.type === 'failed') failure = fromErrorData(m.error);
        else if (m.type === 'error') onError?.(Object.assign(new Error(m.error.message), { name: m.error.name, stack: m.error.stack }), m.method);
      });
      // An uncaught exception in the worker: 'error', then 'exit'.
      w.on('error', (err) => (thrown = err));
      w.on('exit', (code) => {
        if (!started) {
          const why = thrown ? `: ${(thrown as Error).message}` : ` (exit code ${code})`;
          reject(failure ?? new ClearpackError('INTERNAL', `Clearpack's engine could not start${why}`));
        } else if (w === worker && !closing) crashed(thrown ? `${(thrown as Error).name}: ${(thrown as Error).message}` : `exit code ${code}`);
      });
    });
  }

  function giveUp(error: ErrorData): void {
    gaveUp = error;
    failInFlight(error);
    const err = fromErrorData(error);
    for (const listener of onExit) listener(err);
  }

  function crashed(reason: string): void {
    failInFlight(restartedError(reason));
    const now = Date.now();
    crashes.push(now);
    while (crashes.length && crashes[0]! <= now - restartWindowMs) crashes.shift();
    if (crashes.length > maxRestarts) {
      giveUp(stoppedError(`Clearpack's engine stopped ${crashes.length} times within ${Math.round(restartWindowMs / 1000)} s (last: ${reason}); restart Clearpack`));
      ready = Promise.resolve();
      return;
    }
    ready = spawn().then(
      () => {
        for (const listener of onRestarted) listener({ reason, restarts: crashes.length });
      },
      (err: unknown) => giveUp(stoppedError(`Clearpack's engine could not be restarted: ${(err as Error).message}`)),
    );
  }

  let ready: Promise<void> = spawn();
  await ready;

  return {
    dataDir: data.dataDir,
    async call(method, input) {
      await ready;
      if (gaveUp) return { ok: false, error: gaveUp };
      if (closing) return { ok: false, error: stoppedError('Clearpack is closing') };
      const id = nextId++;
      return new Promise<Envelope>((settle) => {
        inFlight.set(id, settle);
        try {
          worker.postMessage({ type: 'call', id, method, input } satisfies HostRequest);
        } catch (err) {
          // Only plain data crosses (structured clone): a function or a symbol in the input is refused.
          inFlight.delete(id);
          settle({ ok: false, error: { code: 'VALIDATION', message: `The input of ${method} is not plain data: ${(err as Error).message}`, details: {} } });
        }
      });
    },
    on(event: 'restarted' | 'exit', listener: never) {
      const set = (event === 'restarted' ? onRestarted : onExit) as Set<unknown>;
      set.add(listener);
      return () => void set.delete(listener);
    },
    async close() {
      if (closing) return;
      closing = true;
      await ready;
      if (gaveUp) return;
      const w = worker;
      const exited = new Promise<void>((ok) => w.once('exit', () => ok()));
      w.postMessage({ type: 'close' } satisfies HostRequest);
      const timer = setTimeout(() => void w.terminate(), CLOSE_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
      failInFlight(stoppedError('Clearpack is closing'));
    },
    async crash() {
      await ready;
      await worker.terminate();
    },
  };
}

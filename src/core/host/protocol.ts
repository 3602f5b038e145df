// Messages between the core host's starter (the calling thread: Electron's main process, the e2e
// harness, a bench) and the host worker that runs the core. Plain data only: they cross by
// structured clone, so an envelope arrives as it was sent, with no JSON round trip.
import type { Envelope } from '../../shared/contract';
import type { ErrorData } from '../../shared/errors';
import type { AppLocation } from '../paths';

/** What the starter passes to the worker: openCore's options without its functions. */
export interface HostWorkerData {
  dataDir: string;
  resourcesDir?: string;
  /**
   * Where the app runs (Electron main passes app.isPackaged and process.resourcesPath): the host
   * finds resources/ through resourceDirs(location) unless resourcesDir is given.
   */
  location?: AppLocation;
  version?: string;
  /** A fixed clock (tests, e2e): the core's now() always answers this instant. */
  now?: Date;
  jobWorkerFile?: string;
  autoBackup?: boolean;
  checkAtOpenBytes?: number;
  /** A warm job worker waits for each next job (the desktop app: "Print today" starts at once). */
  warmJobs?: boolean;
}

/** starter → host */
export type HostRequest = { type: 'call'; id: number; method: string; input: unknown } | { type: 'close' };

/** host → starter */
export type HostMessage =
  /** openCore succeeded; the host answers calls from now on. */
  | { type: 'ready' }
  /** openCore threw: the host stops; the starter turns this back into a ClearpackError. */
  | { type: 'failed'; error: ErrorData }
  | { type: 'answer'; id: number; envelope: Envelope }
  /** An INTERNAL failure of a method, for the starter's onError (the log lives on the caller's side). */
  | { type: 'error'; method: string; error: { name: string; message: string; stack?: string } }
  /** The core is closed (db and jobs): the worker ends now. */
  | { type: 'closed' };

// Opening the core: one call used by Electron's main process, the CLI, the tests and the e2e harness.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApi } from './api';
import type { CoreApi } from './api';
import type { CoreContext } from './context';
import { openDatabase } from './db/open';
import { DATABASE_FILE, findResourcesDir } from './paths';

export interface OpenCoreOptions {
  dataDir: string;
  resourcesDir?: string;
  version?: string;
  now?: () => Date;
  onError?: (err: unknown, method: string) => void;
}

export interface Core {
  api: CoreApi;
  ctx: CoreContext;
  close(): void;
}

export function openCore(options: OpenCoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, DATABASE_FILE);
  const db = openDatabase(databaseFile);
  const ctx: CoreContext = {
    db,
    dataDir: options.dataDir,
    databaseFile,
    resourcesDir: options.resourcesDir ?? findResourcesDir(),
    version: options.version ?? '0.1.0',
    now: options.now ?? (() => new Date()),
  };
  return { api: createApi(ctx, options.onError), ctx, close: () => db.close() };
}

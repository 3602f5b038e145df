// The app itself: version, data file, clock (implemented in src/core/app/handlers.ts).
import { z } from 'zod';
import { query } from '../contract';
import type { MethodTable } from '../contract';
import type { DatabaseCheck, RecoveryInfo } from '../backup';

export interface AppInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
  /** 0 in recovery mode. */
  schemaVersion: number;
  /** The zone the core's today() is in, so the renderer decides the same day (todayIn). */
  timeZone: string;
  /** The core's today() when asked. */
  today: string;
  /** Set when the data file cannot be read: the UI shows the recovery screen. */
  recovery: RecoveryInfo | null;
  /** The open-time check of the data file ('checking' while a large file is checked in the background). */
  check: DatabaseCheck;
}

export const appMethods = {
  'app.info': query<AppInfo>()(z.strictObject({}).optional()),
} satisfies MethodTable;

import type { Database } from 'better-sqlite3';

export interface Migration {
  /** Becomes PRAGMA user_version once applied. Versions are 1, 2, 3 … without gaps. */
  version: number;
  name: string;
  up(db: Database): void;
}

import type { Database } from 'better-sqlite3';

export interface Migration {
  /** Becomes PRAGMA user_version once applied. Versions increase (1, 2, 3 …; a number assigned to another branch may be missing). */
  version: number;
  name: string;
  up(db: Database): void;
}

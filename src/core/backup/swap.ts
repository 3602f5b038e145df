// Replacing the data folder's contents with a restored copy, all or nothing, even across a crash.
// The verified copy waits in .restore/new/. A journal (.restore/journal.json, written to a temp name,
// synced and renamed) records the phase; every step is a rename, and each phase can be run again
// from its start, so the next open finishes a swap that was cut off (roll forward):
//   out  — each current item (database, its -wal/-shm, files/, packs/, documents/) → .restore/old/
//   in   — each restored item → its place
//   done — the old items set aside under backups/ (a folder, with a note of when), .restore/ removed
// Without a journal, .restore/ is an unfinished staging and is simply removed: nothing was touched.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { syncPath } from '../files/output';
import { DATABASE_FILE } from '../paths';
import { STORED_AREAS, restoreDir } from './paths';

type Phase = 'out' | 'in' | 'done';
interface Journal {
  phase: Phase;
  /** Where the replaced items go when the swap is done (null: deleted, a backup of them exists). */
  keepOldAs: string | null;
  /** When they were replaced (ISO): written beside them as set-aside.json, the backup made of them says so. */
  replacedAt?: string;
}

/** The note in a set-aside folder: when its data was replaced. */
export const SET_ASIDE_NOTE = 'set-aside.json';

const ITEMS = [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, ...STORED_AREAS];
/** Where each item of the restored copy waits in .restore/new/ (the database as in the backup's layout). */
const stagedPath = (dataDir: string, item: string) => join(restoreDir(dataDir), 'new', item === DATABASE_FILE ? join('database', DATABASE_FILE) : item);
export const stagingDir = (dataDir: string): string => join(restoreDir(dataDir), 'new');
const journalFile = (dataDir: string) => join(restoreDir(dataDir), 'journal.json');

/** Test seam: called after each step of a swap (the crash tests kill the process here). */
let stepHook: (step: string) => void = () => {};
export function setSwapHook(hook: (step: string) => void): void {
  stepHook = hook;
}

function writeJournal(dataDir: string, journal: Journal): void {
  const file = journalFile(dataDir);
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(journal));
  syncPath(tmp);
  renameSync(tmp, file);
  syncPath(restoreDir(dataDir));
  stepHook(`journal:${journal.phase}`);
}

function run(dataDir: string, journal: Journal): void {
  const old = join(restoreDir(dataDir), 'old');
  if (journal.phase === 'out') {
    mkdirSync(old, { recursive: true });
    for (const item of ITEMS) {
      const current = join(dataDir, item);
      if (existsSync(current) && !existsSync(join(old, item))) {
        renameSync(current, join(old, item));
        stepHook(`out:${item}`);
      }
    }
    syncPath(dataDir);
    journal = { ...journal, phase: 'in' };
    writeJournal(dataDir, journal);
  }
  if (journal.phase === 'in') {
    mkdirSync(old, { recursive: true });
    for (const item of ITEMS) {
      const staged = stagedPath(dataDir, item);
      if (!existsSync(staged)) continue;
      const current = join(dataDir, item);
      // Only something created after the "out" phase can be here; keep it aside, never mix.
      if (existsSync(current)) renameSync(current, join(old, `${item}.after-${Date.now()}`));
      renameSync(staged, current);
      stepHook(`in:${item}`);
    }
    syncPath(dataDir);
    journal = { ...journal, phase: 'done' };
    writeJournal(dataDir, journal);
  }
  if (journal.keepOldAs && existsSync(old)) {
    const note = join(old, SET_ASIDE_NOTE);
    writeFileSync(note, JSON.stringify({ replacedAt: journal.replacedAt ?? new Date().toISOString() }));
    syncPath(note);
    mkdirSync(dirname(journal.keepOldAs), { recursive: true });
    renameSync(old, journal.keepOldAs);
    syncPath(dirname(journal.keepOldAs));
  }
  rmSync(restoreDir(dataDir), { recursive: true, force: true });
  stepHook('cleaned');
}

/** Swaps the staged copy in (the core's connections must be closed). */
export function commitSwap(dataDir: string, keepOldAs: string | null, replacedAt?: Date): void {
  const journal: Journal = { phase: 'out', keepOldAs, ...(replacedAt ? { replacedAt: replacedAt.toISOString() } : {}) };
  writeJournal(dataDir, journal);
  run(dataDir, journal);
}

/**
 * At open, before the database is touched: finishes a swap that a crash cut off, or removes an
 * unfinished staging. Returns what it did.
 */
export function recoverPendingRestore(dataDir: string): 'none' | 'finished' | 'discarded' {
  const dir = restoreDir(dataDir);
  if (!existsSync(dir)) return 'none';
  const file = journalFile(dataDir);
  if (existsSync(file)) {
    const journal = JSON.parse(readFileSync(file, 'utf8')) as Journal;
    run(dataDir, journal);
    return 'finished';
  }
  rmSync(dir, { recursive: true, force: true });
  return 'discarded';
}

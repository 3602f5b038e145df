import { readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

/** Its file in the data folder (beside the database; only the desktop app reads it). */
export const CHOSEN_PATHS_FILE = 'chosen-paths.json';

/** The most paths kept: the newest choices, enough for years of output folders and saved files. */
export const CHOSEN_KEPT = 200;

/**
 * Paths the user chose in a system dialog (a file to read, a file to save, an output folder), kept
 * in a small file in the data folder so that a folder chosen yesterday ("your packs are in…") can be
 * opened today. Only the dialogs in main add to it, never the page. An unreadable file counts as none.
 */
export class ChosenPaths {
  private paths: string[];

  constructor(private readonly file: string | null) {
    this.paths = [];
    if (!file) return;
    try {
      const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (Array.isArray(raw)) this.paths = raw.filter((p): p is string => typeof p === 'string' && isAbsolute(p)).slice(-CHOSEN_KEPT);
    } catch {
      // none yet, or not ours to read
    }
  }

  has(path: string): boolean {
    return this.paths.includes(path);
  }

  add(path: string): void {
    this.paths = [...this.paths.filter((p) => p !== path), path].slice(-CHOSEN_KEPT);
    if (!this.file) return;
    try {
      const tmp = `${this.file}.tmp`;
      writeFileSync(tmp, JSON.stringify(this.paths));
      renameSync(tmp, this.file);
    } catch {
      // not kept: the choice still holds for this session
    }
  }
}

/**
 * Which files the page may ask the system to open: only what Clearpack stores (inside the data
 * folder, links resolved) or what the user picked in a dialog — never an arbitrary path, which a
 * compromised page could use to launch a program.
 */
export function mayOpen(path: unknown, dataDir: string, chosen: { has(path: string): boolean }): boolean {
  if (typeof path !== 'string' || !isAbsolute(path)) return false;
  if (chosen.has(path)) return true;
  try {
    const inside = relative(realpathSync(dataDir), realpathSync(path));
    return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
  } catch {
    return false;
  }
}

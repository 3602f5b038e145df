// The bad rows of an import, as a CSV the seller can fix and import again: the file's own columns
// with the row's cells as they were read, and a `problem` column saying what is wrong (each issue
// "column: why", joined by " | "). The import job writes it once, into the data folder's own
// .imports/ (the job ends; a real import cannot be checked again afterwards, its good rows are then
// in the catalog), and names it by a token in its report; products.saveProblemsCsv /
// suppliers.saveProblemsCsv copy it where the seller says, through the one output guard.
// Staged files older than a day are removed when the next one is staged.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { ImportIssue } from '../../shared/imports';
import { ValidationError } from '../../shared/errors';
import { checkOutput, writeOutput, writeOwnFile } from '../files/output';
import { neutraliseCell, restoreCell } from './cells';

/** The data folder's own area for staged problem files (protected from user-named paths, see files/output.ts). */
export const PROBLEMS_FOLDER = '.imports';
const KEEP_MS = 24 * 3600 * 1000;
export const PROBLEM_COLUMN = 'problem';

/** Collects the bad rows of an import as they are visited (their cells are not kept otherwise). */
export class BadRows {
  private readonly rows = new Map<number, { cells: string[]; problems: string[] }>();

  add(row: number, cells: string[], problems: readonly ImportIssue[]): void {
    let entry = this.rows.get(row);
    if (!entry) this.rows.set(row, (entry = { cells, problems: [] }));
    for (const p of problems) entry.problems.push(p.column ? `${p.column}: ${p.message}` : p.message);
  }

  get size(): number {
    return this.rows.size;
  }

  /** The problems CSV (UTF-8 with a BOM, CRLF, formula-like cells neutralised): header + problem, the bad rows in file order. */
  csv(headers: string[]): string {
    const fields = [...headers, headers.includes(PROBLEM_COLUMN) ? `${PROBLEM_COLUMN} (Clearpack)` : PROBLEM_COLUMN];
    const data = [...this.rows].sort(([a], [b]) => a - b).map(([, { cells, problems }]) => [...cells, ...new Array<string>(Math.max(0, headers.length - cells.length)).fill('')].slice(0, headers.length).map((c) => neutraliseCell(restoreCell(c))).concat(neutraliseCell(problems.join(' | '))));
    return `\uFEFF${Papa.unparse({ fields: fields.map(neutraliseCell), data }, { newline: '\r\n' })}\r\n`;
  }

  /** Writes the problems CSV into the data folder's staging area; returns its token, or null when no row was bad. */
  stage(dataDir: string, headers: string[]): string | null {
    if (this.rows.size === 0) return null;
    const dir = join(dataDir, PROBLEMS_FOLDER);
    mkdirSync(dir, { recursive: true });
    pruneStaged(dir);
    const token = randomBytes(16).toString('hex');
    writeOwnFile(join(dir, `${token}.csv`), this.csv(headers));
    return token;
  }
}

function pruneStaged(dir: string): void {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    try {
      if (now - statSync(join(dir, name)).mtimeMs > KEEP_MS) rmSync(join(dir, name), { force: true });
    } catch {
      // gone already
    }
  }
}

/** Copies a staged problems CSV to where the seller says (the output guard: .csv, overwrite only when asked). */
export function saveProblemsCsv(dataDir: string, input: { token: string; path: string; overwrite: boolean }): { path: string; bytes: number } {
  let text: Buffer;
  try {
    text = readFileSync(join(dataDir, PROBLEMS_FOLDER, `${input.token}.csv`));
  } catch {
    throw new ValidationError([{ path: 'token', key: 'problems_gone', message: 'These problems are no longer kept: check the file again' }]);
  }
  const target = checkOutput(dataDir, input.path, { field: 'path', ext: '.csv', overwrite: input.overwrite });
  return { path: input.path, bytes: writeOutput(target, text) };
}

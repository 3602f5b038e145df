// What every CSV import and export shares (products, suppliers): reading cells by mapped column,
// checking the mapping, turning a record's validation issues into row issues, writing all rows in
// one transaction with progress and cancel, and writing a CSV file atomically.
import Papa from 'papaparse';
import type { FieldIssue } from '../../shared/errors';
import type { ImportIssue } from '../../shared/imports';
import type { CoreContext } from '../context';
import { checkOutput, writeOutput } from '../files/output';
import type { JobControl } from '../jobs/control';
import { neutraliseCell, restoreCell } from './cells';
import { writeTransaction } from '../db/write';
import type { CsvFile } from './read';

type Mapping = Partial<Record<string, string | null>>;

/**
 * Cells that stand for "nothing" in exports and hand-made sheets (a database's NULL, N/A, a dash):
 * read as empty by every import, never stored as text.
 */
const EMPTY_WORDS = new Set(['null', 'n/a', '-', '--', '—', '–', 'none', '#n/a']);
const blank = (trimmed: string) => trimmed.length <= 4 && EMPTY_WORDS.has(trimmed.toLowerCase());

/**
 * Cells of a record by the header a field is mapped to: trimmed (`col`) or as written (`raw`),
 * with the quote our exports put before a formula-like cell removed (see cells.ts), and a cell that
 * says "nothing" (NULL, N/A, -, —, none) read as empty.
 */
export function cellReader(headers: string[]) {
  const index = new Map(headers.map((h, i) => [h, i]));
  return {
    has: (header: string) => index.has(header),
    col: (cells: string[], header: string | null | undefined) => {
      if (!header) return '';
      const v = restoreCell((cells[index.get(header)!] ?? '').trim());
      return blank(v) ? '' : v;
    },
    raw: (cells: string[], header: string | null | undefined) => {
      if (!header) return '';
      const v = restoreCell(cells[index.get(header)!] ?? '');
      return blank(v.trim()) ? '' : v;
    },
  };
}

export interface RecordScope<F extends string> {
  row: number;
  cells: string[];
  /** This row's issues so far: the row is good while it is empty. Added to the import's issues after `visit`. */
  problems: ImportIssue[];
  bad(field: F, key: string, message: string, params?: Record<string, string | number>): void;
  /** The mapped text fields that are not empty, trimmed (the `multiline` one only at its ends). */
  texts(fields: readonly F[], multiline: F): Record<string, unknown>;
}

/**
 * Visits every record of the file that parsed well, as the file is parsed; a record that did not
 * parse becomes an issue. Reports progress (`phase`: records so far, of an estimate from the share
 * of the file parsed so far, exact at the end) and checks for cancel every 1,000 records. Returns
 * the number of records (blank lines aside).
 */
export function eachRecord<F extends string>(
  csv: CsvFile, mapping: Partial<Record<F, string | null>>, job: JobControl, issues: ImportIssue[], phase: string, visit: (record: RecordScope<F>) => void,
  /** Told of every bad record with its cells and problems (for the problems CSV, see problems.ts). */
  onBad?: (row: number, cells: string[], problems: readonly ImportIssue[]) => void,
): number {
  const { col, raw } = cellReader(csv.headers);
  let seen = 0;
  let estimate = 0;
  // One scope object for every record (its fields are the current record's): this runs 100,000 times.
  const scope: RecordScope<F> = {
    row: 0, cells: [], problems: [],
    bad: (field, key, message, params) =>
      scope.problems.push({ row: scope.row, column: mapping[field] ?? null, field, key, message, ...(params ? { params } : {}) }),
    texts: (fields, multiline) => {
      const out: Record<string, unknown> = {};
      for (const f of fields) {
        const v = f === multiline ? raw(scope.cells, mapping[f]).trim() : col(scope.cells, mapping[f]);
        if (v !== '') out[f] = v;
      }
      return out;
    },
  };
  const total = csv.forEachRecord({
    record: (row, cells, problem) => {
      if (seen % 1000 === 0) {
        job.checkCancelled();
        job.progress(seen, Math.max(seen, estimate), phase);
      }
      seen++;
      if (problem) {
        issues.push(problem);
        onBad?.(row, cells, [problem]);
        return;
      }
      scope.row = row;
      scope.cells = cells;
      scope.problems = [];
      visit(scope);
      for (const p of scope.problems) issues.push(p);
      if (scope.problems.length) onBad?.(row, cells, scope.problems);
    },
    chunk: (records, done, of) => {
      estimate = done > 0 ? Math.round(((records - 1) * of) / done) : 0;
    },
  });
  job.progress(total, total, phase);
  return total;
}

/** The mapping names columns that exist, and maps the required fields. Issues have row null. */
export function mappingIssues(headers: string[], mapping: Mapping, required: readonly string[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const known = new Set(headers);
  for (const [field, header] of Object.entries(mapping)) {
    if (header && !known.has(header))
      issues.push({ row: null, column: header, field, key: 'mapping_unknown_column', message: `No column "${header}" in the file`, params: { column: header } });
  }
  for (const field of required)
    if (!mapping[field]) issues.push({ row: null, column: null, field, key: 'mapping_required', message: `Choose the column that holds the ${field}`, params: { field } });
  return issues;
}

/** A record's field issues (paths like "contacts.0.email") as issues of a row, with the column the field came from. */
export function rowIssues(row: number, issues: FieldIssue[], columnOf: (path: string) => string | null): ImportIssue[] {
  return issues.map((issue) => ({
    row, column: columnOf(issue.path), field: issue.path, key: issue.key, message: issue.message, ...(issue.params ? { params: issue.params } : {}),
  }));
}

/** Runs `write` for every item in one IMMEDIATE transaction: all or nothing (a cancel rolls back). */
export function commitAll<T>(ctx: CoreContext, items: T[], job: JobControl, write: (item: T, index: number) => void, after?: () => void): void {
  const total = items.length;
  writeTransaction(ctx.db, () => {
    items.forEach((item, i) => {
      if (i % 1000 === 0) {
        job.checkCancelled();
        job.progress(i, total, 'writing');
      }
      write(item, i);
    });
    after?.();
    job.checkCancelled();
  });
  job.progress(total, total, 'writing');
}

/** Where an export goes, checked by the one output guard (before the job starts, and again in it). */
export const checkCsvOutput = (ctx: CoreContext, input: { path: string; overwrite: boolean }) =>
  checkOutput(ctx.dataDir, input.path, { field: 'path', ext: '.csv', overwrite: input.overwrite });

/**
 * Writes a CSV file the way spreadsheet apps read Chinese (UTF-8 with a BOM, CRLF), every cell that
 * a spreadsheet would run as a formula neutralised, through the output guard (whole file or
 * nothing; a cancel before the rename leaves nothing). Returns its size.
 */
export function writeCsvFile(ctx: CoreContext, input: { path: string; overwrite: boolean }, fields: readonly string[], data: string[][], job: JobControl): number {
  const target = checkCsvOutput(ctx, input);
  const cells = data.map((row) => row.map(neutraliseCell));
  const text = `\uFEFF${Papa.unparse({ fields: [...fields], data: cells }, { newline: '\r\n' })}\r\n`;
  return writeOutput(target, text, { beforeCommit: () => job.checkCancelled() });
}

const norm = (h: string) => h.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Maps each field to the first header (not yet taken) whose letters and digits match one of its synonyms. */
export function mapBySynonyms<F extends string>(headers: string[], fields: readonly F[], synonyms: Record<F, string[]>): Partial<Record<F, string | null>> {
  const mapping: Partial<Record<F, string | null>> = {};
  const taken = new Set<string>();
  for (const field of fields) {
    const header = headers.find((h) => !taken.has(h) && synonyms[field].includes(norm(h))) ?? null;
    if (header) taken.add(header);
    mapping[field] = header;
  }
  return mapping;
}

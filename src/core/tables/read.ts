// Reading a table file a seller picked (products, suppliers, later orders): refused by size before
// reading, refused when it is binary, decoded in the encoding decided from the whole file (or the
// one the seller chose, see encoding.ts), parsed by papaparse (quoted multi-line fields, CRLF, the
// delimiter guessed: comma, semicolon, tab). Excel workbooks (.xlsx, told by their bytes) are read
// by xlsx.ts into the same text cells.
//
// One entry for any table file: `openTableFile` and `previewTable` (async, for .xlsx as for CSV;
// `sheet` chooses a workbook's sheet). `openCsvFile` and `previewCsv` remain for text files only.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import Papa from 'papaparse';
import { CSV_MAX_BYTES } from '../../shared/imports';
import type { CsvFormat, CsvPreview, ImportIssue, TextEncoding } from '../../shared/imports';
import { ValidationError } from '../../shared/errors';
import { decideEncoding, decodeText, looksBinary } from './encoding';
import { readWorkbook, tableFileKind, unreadableKindIssue } from './xlsx';
import type { TableFileKind } from './xlsx';

const SNIFF_BYTES = 64 * 1024;

const pathIssue = (key: string, message: string, params?: Record<string, string | number>) =>
  new ValidationError([{ path: 'path', key, message, ...(params ? { params } : {}) }]);

/**
 * Checks a path before any work starts: it exists, is a file, is not too large, and does not start
 * like a binary file. Throws a ValidationError on `path` otherwise. Cheap: reads at most 64 KB (the
 * encoding is decided from the whole file when it is read).
 */
export function checkCsvFile(path: string): { sizeBytes: number; head: Buffer; kind: 'csv' | 'xlsx' } {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw pathIssue('file_not_file', `${path} is not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof ValidationError) throw err;
    throw pathIssue('file_not_found', `Cannot open ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (size > CSV_MAX_BYTES)
    throw pathIssue('file_too_large', `The file is ${Math.round(size / 1048576)} MB; at most ${CSV_MAX_BYTES / 1048576} MB can be imported`, {
      sizeMb: Math.round(size / 1048576),
      maxMb: CSV_MAX_BYTES / 1048576,
      max: CSV_MAX_BYTES / 1048576,
    });
  if (size === 0) throw pathIssue('file_empty', 'The file is empty');
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const kind: TableFileKind = tableFileKind(path, size, head);
  const unreadable = unreadableKindIssue(kind);
  if (unreadable) throw unreadable;
  if (kind === 'csv' && looksBinary(head, decideEncoding(head).encoding)) throw pathIssue('file_not_text', 'The file is not a text file');
  return { sizeBytes: size, head, kind: kind === 'xlsx' ? 'xlsx' : 'csv' };
}

/** A whole file's text, in the encoding asked for or decided from all of its bytes; or the issue that stops it. */
function readText(path: string, asked: TextEncoding | undefined): { text: string; encoding: TextEncoding } | { issue: ImportIssue; encoding: TextEncoding } {
  const bytes = readFileSync(path);
  const encoding = asked ?? decideEncoding(bytes).encoding;
  const text = looksBinary(bytes, encoding) ? null : decodeText(bytes, encoding);
  if (text !== null) return { text, encoding };
  const issue: ImportIssue = asked
    ? { row: null, column: null, field: 'encoding', key: 'file_not_encoding', message: `The file is not ${asked} text`, params: { encoding: asked } }
    : { row: null, column: null, field: null, key: 'file_not_text', message: 'The file is not a text file' };
  return { issue, encoding };
}

/** A record's parse problem (stray or unclosed quote, wrong column count): its cells are not to be used. */
export type RecordProblem = ImportIssue | null;

export interface CsvVisitor {
  /** The first record, trimmed; `problem` when it did not parse. */
  header(cells: string[], problem: RecordProblem): void;
  /** Every non-blank record after the header, in order; `row` counts records from 1 (the header). */
  record(row: number, cells: string[], problem: RecordProblem): void;
  /** Before each chunk's records are visited: records parsed so far (the header included), and characters of how many. */
  chunk?(records: number, doneChars: number, totalChars: number): void;
}

/**
 * Characters parsed at a time. A large file is parsed chunk by chunk, so its records are visited and
 * dropped instead of all being held at once (a 100,000-row import then keeps little more than the
 * rows it has validated).
 */
export const CSV_CHUNK_CHARS = 1 << 20;

/** Characters the delimiter and line break are guessed from. */
const GUESS_CHARS = 1 << 16;

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * The delimiter and line break, guessed once from the start of the file (as a whole-file parse
 * does), not from whatever the first chunk happens to hold. Blank lines do not count in the guess: the
 * empty record after a file's last line break has one field for every delimiter, and papaparse would
 * then prefer "," in a semicolon file whose decimal commas split each row evenly.
 */
const guessLayout = (body: string) => Papa.parse(body.slice(0, GUESS_CHARS), { preview: 1, skipEmptyLines: true }).meta;

/**
 * Parses CSV text (papaparse: quoted multi-line fields, CRLF, delimiter guessed) and visits its records
 * as they are parsed. Returns the number of non-blank records after the header.
 * `limitRows`: stop after that many records after the header (0: the header only).
 */
export function streamCsvText(text: string, visitor: CsvVisitor, options: { limitRows?: number; chunkChars?: number } = {}): number {
  const body = stripBom(text);
  const { delimiter, linebreak } = guessLayout(body);
  let index = 0; // records parsed so far, the header included
  let columns = 0;
  let records = 0;
  // Papaparse streams a string too when given chunkSize and chunk (its typings list them for files only;
  // the chunked and whole parses are compared in read.test.ts).
  const config: Papa.ParseConfig<string[]> & { chunkSize: number; chunk: (results: Papa.ParseResult<string[]>) => void } = {
    header: false,
    skipEmptyLines: false,
    delimiter,
    newline: linebreak as Papa.ParseConfig['newline'],
    preview: options.limitRows === undefined ? 0 : options.limitRows + 1,
    chunkSize: options.chunkChars ?? CSV_CHUNK_CHARS,
    chunk: ({ data, errors, meta }) => {
      // A chunk's errors name records by their index in the chunk. An error past the chunk's last record
      // is about the unfinished record that the next chunk parses again: it is reported then, if still there.
      const problems = new Map<number, ImportIssue>();
      for (const e of errors) {
        // Papaparse's delimiter guess fails on a one-column file; that is not a problem.
        if (e.code === 'UndetectableDelimiter' || e.row === undefined || e.row >= data.length || problems.has(e.row)) continue;
        const row = index + e.row + 1;
        const key = e.code === 'MissingQuotes' ? 'csv_unclosed_quote' : e.code === 'InvalidQuotes' ? 'csv_bad_quote' : 'csv_parse';
        problems.set(e.row, { row, column: null, field: null, key, message: `${e.message} (row ${row})`, params: { row } });
      }
      visitor.chunk?.(index + data.length, meta.cursor, body.length);
      for (let i = 0; i < data.length; i++, index++) {
        const cells = data[i]!;
        const problem = problems.get(i) ?? null;
        if (index === 0) {
          columns = cells.length;
          visitor.header(cells.map((h) => h.trim()), problem);
          continue;
        }
        if (cells.every((c) => c.trim() === '')) continue; // blank line
        records++;
        const row = index + 1;
        visitor.record(
          row, cells,
          problem ?? (cells.length === columns ? null : {
            row, column: null, field: null, key: 'csv_column_count',
            message: `Row ${row} has ${cells.length} columns; the header has ${columns}`,
            params: { expected: columns, found: cells.length },
          }),
        );
      }
    },
  };
  Papa.parse<string[]>(body, config);
  return records;
}

/** The header a file's first record gives, with its problems: none at all, or one that does not parse. */
function acceptHeader(cells: string[], problem: RecordProblem): { headers: string[]; issues: ImportIssue[] } {
  const issues = problem ? [problem] : [];
  if (cells.some((h) => h !== '')) return { headers: cells, issues };
  issues.push({ row: 1, column: null, field: null, key: 'csv_no_header', message: 'The first row must name the columns' });
  return { headers: [], issues };
}

/** The header of CSV text (its first record only is parsed). */
function headerOf(text: string): { headers: string[]; issues: ImportIssue[] } {
  let header = acceptHeader([], null);
  streamCsvText(text, { header: (cells, problem) => (header = acceptHeader(cells, problem)), record: () => {} }, { limitRows: 0 });
  return header;
}

/** Parsed CSV, all at once (for previews of a few rows). */
export interface ParsedCsv {
  headers: string[];
  /** Data records with their row number (the header is row 1). */
  records: { row: number; cells: string[] }[];
  /** Problems of the file itself or of single records (unclosed quote, wrong column count). */
  issues: ImportIssue[];
}

/** Parses CSV text at once: the first record is the header. */
export function parseCsvText(text: string, limitRows?: number): ParsedCsv {
  const parsed: ParsedCsv = { ...acceptHeader([], null), records: [] };
  streamCsvText(text, {
    header: (cells, problem) => Object.assign(parsed, acceptHeader(cells, problem)),
    record: (row, cells, problem) => {
      parsed.records.push({ row, cells });
      if (problem) parsed.issues.push(problem);
    },
  }, { limitRows });
  return parsed;
}

/** A table file opened for an import: its header, and its records streamed on demand. */
export interface CsvFile {
  /** A text file, or an Excel workbook (one of whose sheets is read). */
  kind?: 'csv' | 'xlsx';
  /** A workbook's sheets, and the one read; absent for a text file. */
  sheets?: string[];
  sheet?: string;
  headers: string[];
  /** The encoding its text was read in. */
  encoding: TextEncoding;
  /**
   * The decimal separator its numbers are written with: a comma in a semicolon-separated file (the
   * CSV of spreadsheet apps in locales that write 1,5), else a point (see tables/numbers.ts).
   */
  decimal: ',' | '.';
  /** Problems of the file itself (binary, not in the encoding asked for, no header row): its records are then not read. */
  issues: ImportIssue[];
  /** Streams the records after the header (see streamCsvText); returns how many there are. */
  forEachRecord(visitor: Omit<CsvVisitor, 'header'>): number;
}

export interface ReadOptions {
  /** The seller's choice; absent: decided from the whole file. */
  encoding?: TextEncoding;
  /** A workbook's sheet: its name or number (the first is 1); absent, the first. Ignored for a text file. */
  sheet?: string | number;
  chunkChars?: number;
}

/** Reads a whole table file (after checkCsvFile) and its header; records are parsed as they are visited. */
export function openCsvFile(path: string, options: ReadOptions = {}): CsvFile {
  const read = readText(path, options.encoding);
  if ('issue' in read) return { headers: [], encoding: read.encoding, decimal: '.', forEachRecord: () => 0, issues: [read.issue] };
  const { text, encoding } = read;
  const { headers, issues } = headerOf(text);
  return {
    headers, issues, encoding, decimal: decimalOf(text),
    forEachRecord: (visitor) => (headers.length ? streamCsvText(text, { header: () => {}, ...visitor }, { chunkChars: options.chunkChars }) : 0),
  };
}

/**
 * Any table file opened for an import (after checkCsvFile): an Excel workbook's sheet (kind from
 * the bytes), else text as openCsvFile reads it. The one reader of products, suppliers and orders.
 */
export async function openTableFile(path: string, options: ReadOptions = {}): Promise<CsvFile> {
  const { kind } = checkCsvFile(path);
  if (kind === 'csv') return { kind, ...openCsvFile(path, options) };
  const book = await readWorkbook(path, options.sheet);
  return sheetAsFile(book.rows, { kind, sheets: book.sheets, sheet: book.sheet });
}

/**
 * A sheet's rows as a CsvFile: the first row is the header (trimmed), blank rows are skipped, row
 * numbers are the sheet's, a row shorter than the header is read with empty cells, and a value
 * right of the header's last column is a problem of its row (as a CSV row with too many cells is).
 */
function sheetAsFile(rows: string[][], about: Pick<CsvFile, 'kind' | 'sheets' | 'sheet'>): CsvFile {
  const headers = (rows[0] ?? []).map((h) => h.trim());
  while (headers.length && headers[headers.length - 1] === '') headers.pop();
  const { issues } = acceptHeader(headers, null);
  const columns = headers.length;
  return {
    ...about, headers: issues.length ? [] : headers, issues, encoding: 'utf-8', decimal: '.',
    forEachRecord: (visitor) => {
      if (!columns || issues.length) return 0;
      visitor.chunk?.(rows.length, 1, 1);
      let records = 0;
      for (let i = 1; i < rows.length; i++) {
        const row = rows[i]!;
        if (row.every((c) => c.trim() === '')) continue;
        records++;
        const extra = row.findLastIndex((c) => c.trim() !== '') + 1;
        const cells = row.length >= columns ? row.slice(0, columns) : [...row, ...new Array<string>(columns - row.length).fill('')];
        visitor.record(i + 1, cells, extra <= columns ? null : {
          row: i + 1, column: null, field: null, key: 'csv_column_count',
          message: `Row ${i + 1} has ${extra} columns; the header has ${columns}`, params: { expected: columns, found: extra },
        });
      }
      return records;
    },
  };
}

const decimalOf = (text: string): ',' | '.' => (guessLayout(stripBom(text)).delimiter === ';' ? ',' : '.');

/**
 * The header and first rows, for the wizard's preview. The encoding is decided from the whole file,
 * exactly as the import decides it, so a file that previews well imports in the same encoding.
 */
export function previewCsvFile(path: string, rows = 10, encoding?: TextEncoding): ParsedCsv & { encoding: TextEncoding; decimal: ',' | '.' } {
  const read = readText(path, encoding);
  if ('issue' in read) {
    const { field, key, message, params } = read.issue;
    throw new ValidationError([{ path: field ?? 'path', key, message, ...(params ? { params } : {}) }]);
  }
  return { ...parseCsvText(read.text, rows), encoding: read.encoding, decimal: decimalOf(read.text) };
}

/** How a kind of record recognises a file: its format and the proposed mapping, from the headers. */
export type Detect<F extends string> = (headers: string[]) => { format: CsvFormat; mapping: Partial<Record<F, string | null>>; weight?: CsvPreview['weight'] };

/**
 * products.previewCsv, suppliers.previewCsv (each with its own `detect`): what the wizard shows
 * before an import, for a text file or a workbook's sheet (with the list of its sheets).
 */
export async function previewTable<F extends string>(input: { path: string; encoding?: TextEncoding; sheet?: string | number }, detect: Detect<F>): Promise<CsvPreview<F>> {
  const { sizeBytes, kind } = checkCsvFile(input.path);
  if (kind === 'csv') return previewCsv(input, detect);
  const file = await openTableFile(input.path, input);
  if (file.issues.length) {
    const { key, message, params } = file.issues[0]!;
    throw new ValidationError([{ path: 'path', key, message, ...(params ? { params } : {}) }]);
  }
  const rows: string[][] = [];
  file.forEachRecord({ record: (_row, cells) => void (rows.length < 10 && rows.push(cells)) });
  return {
    path: input.path, sizeBytes, ...detect(file.headers), fileKind: 'xlsx', sheets: file.sheets ?? [], sheet: file.sheet ?? null,
    encoding: file.encoding, decimal: file.decimal, headers: file.headers, rows,
  };
}

/** previewTable for a text file (sync). */
export function previewCsv<F extends string>(input: { path: string; encoding?: TextEncoding }, detect: Detect<F>): CsvPreview<F> {
  const { sizeBytes } = checkCsvFile(input.path);
  const parsed = previewCsvFile(input.path, 10, input.encoding);
  return {
    path: input.path, sizeBytes, ...detect(parsed.headers), fileKind: 'csv', sheets: [], sheet: null, encoding: parsed.encoding, decimal: parsed.decimal, headers: parsed.headers,
    rows: parsed.records.map((r) => r.cells),
  };
}

// Reading a CSV file a seller picked: refused by size before reading, refused when it is not text,
// decoded as UTF-8 (with or without BOM), parsed by papaparse (quoted multi-line fields, CRLF).
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import Papa from 'papaparse';
import { CSV_MAX_BYTES } from '../../../shared/imports';
import type { CsvFormat, CsvPreview, ImportField, ImportIssue } from '../../../shared/imports';
import { ValidationError } from '../../../shared/errors';
import { detectFormat, detectMapping } from './mapping';

const SNIFF_BYTES = 64 * 1024;

const pathIssue = (key: string, message: string, params?: Record<string, string | number>) =>
  new ValidationError([{ path: 'path', key, message, ...(params ? { params } : {}) }]);

/** A byte sequence that is text: no NUL bytes and valid UTF-8 (a cut multi-byte character at the end is allowed). */
function looksLikeText(bytes: Buffer, complete: boolean): boolean {
  return utf8Text(complete ? bytes : bytes.subarray(0, lastCompleteUtf8(bytes))) !== null;
}

/** The text of bytes that are text (no NUL, not UTF-16, valid UTF-8), else null. A BOM is kept (see stripBom). */
function utf8Text(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  // UTF-16 files start with a BOM FF FE / FE FF: not UTF-8.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Length of the prefix that does not end inside a multi-byte UTF-8 character. */
function lastCompleteUtf8(bytes: Buffer): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = bytes[end - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? end - back : end;
  }
  return end;
}

/**
 * Checks a path before any work starts: it exists, is a file, is not too large, and starts like
 * UTF-8 text. Throws a ValidationError on `path` otherwise. Cheap: reads at most 64 KB.
 */
export function checkCsvFile(path: string): { sizeBytes: number; head: Buffer } {
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
  if (!looksLikeText(head, head.length === size)) throw pathIssue('file_not_text', 'The file is not UTF-8 text (a binary file, or another encoding)');
  return { sizeBytes: size, head };
}

export interface ParsedCsv {
  headers: string[];
  /** Data records with their row number (the header is row 1). */
  records: { row: number; cells: string[] }[];
  /** Problems of the file itself or of single records (unclosed quote, wrong column count). */
  issues: ImportIssue[];
  /** Rows that have a parse problem; they are not validated further. */
  badRows: Set<number>;
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Parses CSV text: the first record is the header. */
export function parseCsvText(text: string, limitRows?: number): ParsedCsv {
  const result = Papa.parse<string[]>(stripBom(text), { header: false, skipEmptyLines: false, preview: limitRows ? limitRows + 1 : 0 });
  const data = result.data;
  const issues: ImportIssue[] = [];
  const badRows = new Set<number>();
  const headers = (data[0] ?? []).map((h) => h.trim());
  if (headers.length === 0 || headers.every((h) => h === ''))
    issues.push({ row: 1, column: null, field: null, key: 'csv_no_header', message: 'The first row must name the columns' });
  for (const e of result.errors) {
    const row = (e.row ?? 0) + 1;
    // Papaparse's delimiter guess fails on a one-column file; that is not a problem.
    if (e.code === 'UndetectableDelimiter') continue;
    const key = e.code === 'MissingQuotes' ? 'csv_unclosed_quote' : e.code === 'InvalidQuotes' ? 'csv_bad_quote' : 'csv_parse';
    issues.push({ row, column: null, field: null, key, message: `${e.message} (row ${row})`, params: { row } });
    badRows.add(row);
  }
  const records: ParsedCsv['records'] = [];
  for (let i = 1; i < data.length; i++) {
    const cells = data[i]!;
    const row = i + 1;
    if (cells.every((c) => c.trim() === '')) continue; // blank line
    if (!badRows.has(row) && cells.length !== headers.length) {
      issues.push({
        row, column: null, field: null, key: 'csv_column_count',
        message: `Row ${row} has ${cells.length} columns; the header has ${headers.length}`,
        params: { expected: headers.length, found: cells.length },
      });
      badRows.add(row);
    }
    records.push({ row, cells });
  }
  return { headers, records, issues, badRows };
}

/** Reads and parses a whole CSV file (after checkCsvFile). */
export function readCsvFile(path: string): ParsedCsv {
  const bytes = readFileSync(path);
  // The strict decode that proves the file is UTF-8 also gives the text: a 15 MB file is decoded once, not twice.
  const text = bytes.length > CSV_MAX_BYTES ? null : utf8Text(bytes);
  if (text === null)
    return { headers: [], records: [], badRows: new Set(), issues: [{ row: null, column: null, field: null, key: 'file_not_text', message: 'The file is not UTF-8 text' }] };
  return parseCsvText(text);
}

/** The header and first rows, from the first 64 KB only (for the wizard's preview). */
export function previewCsvFile(path: string, rows = 10): ParsedCsv {
  const { head, sizeBytes } = checkCsvFile(path);
  const text = head.subarray(0, head.length === sizeBytes ? head.length : lastCompleteUtf8(head)).toString('utf8');
  return parseCsvText(text, rows);
}

/** How a kind of record recognises a file: its format and the proposed mapping, from the headers. */
export type Detect<F extends string> = (headers: string[]) => { format: CsvFormat; mapping: Partial<Record<F, string | null>> };

const detectProducts: Detect<ImportField> = (headers) => {
  const format = detectFormat(headers);
  return { format, mapping: detectMapping(headers, format) };
};

/** products.previewCsv (and suppliers.previewCsv with its own `detect`): what the wizard shows before an import. */
export function previewCsv<F extends string = ImportField>(path: string, detect: Detect<F> = detectProducts as unknown as Detect<F>): CsvPreview<F> {
  const { sizeBytes } = checkCsvFile(path);
  const parsed = previewCsvFile(path);
  return { path, sizeBytes, ...detect(parsed.headers), headers: parsed.headers, rows: parsed.records.map((r) => r.cells) };
}

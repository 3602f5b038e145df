// The one place orders reach the table reader (tables/read.ts): checking a path, previewing and
// opening a file: a CSV/TSV in any encoding, or an Excel workbook (its first sheet).
import { ValidationError } from '../../shared/errors';
import type { TextEncoding } from '../../shared/imports';
import type { OrdersPreview } from '../../shared/orders';
import { checkCsvFile, openTableFile, previewCsvFile } from '../tables/read';
import type { CsvFile } from '../tables/read';
import { detectOrderFormat, detectOrderMapping } from './mapping';

/** Refused before any reading: missing, not a file, empty, too large (the limit named), binary. */
export const checkOrdersFile = (path: string): { sizeBytes: number } => checkCsvFile(path);

export const openOrdersFile = (path: string, encoding: TextEncoding | undefined): Promise<CsvFile> => openTableFile(path, { encoding });

/** A file's header and first records: of a text file read as far as they go, of a workbook from its first sheet. */
async function firstRecords(path: string, count: number, encoding: TextEncoding | undefined) {
  if (checkCsvFile(path).kind === 'csv') return previewCsvFile(path, count, encoding);
  const file = await openTableFile(path, { encoding });
  if (file.issues.length) {
    const { key, message, params } = file.issues[0]!;
    throw new ValidationError([{ path: 'path', key, message, ...(params ? { params } : {}) }]);
  }
  const records: { row: number; cells: string[] }[] = [];
  file.forEachRecord({ record: (row, cells) => void (records.length < count && records.push({ row, cells })) });
  return { headers: file.headers, encoding: file.encoding, decimal: file.decimal, records };
}

export async function previewOrders(input: { path: string; encoding?: TextEncoding }): Promise<OrdersPreview> {
  const { sizeBytes } = checkOrdersFile(input.path);
  const parsed = await firstRecords(input.path, 10, input.encoding);
  const format = detectOrderFormat(parsed.headers);
  return {
    path: input.path, sizeBytes, format, encoding: parsed.encoding, decimal: parsed.decimal, headers: parsed.headers,
    mapping: detectOrderMapping(parsed.headers, format), rows: parsed.records.map((r) => r.cells),
  };
}

// The one place orders reach the table reader (tables/read.ts): checking a path, previewing and
// opening a file. When the reader gains other kinds of file (.xlsx), only this module changes.
import type { TextEncoding } from '../../shared/imports';
import type { OrdersPreview } from '../../shared/orders';
import { checkCsvFile, openCsvFile, previewCsvFile } from '../tables/read';
import type { CsvFile } from '../tables/read';
import { detectOrderFormat, detectOrderMapping } from './mapping';

/** Refused before any reading: missing, not a file, empty, too large (the limit named), binary. */
export const checkOrdersFile = (path: string): { sizeBytes: number } => checkCsvFile(path);

export const openOrdersFile = (path: string, encoding: TextEncoding | undefined): CsvFile => openCsvFile(path, { encoding });

export function previewOrders(input: { path: string; encoding?: TextEncoding }): OrdersPreview {
  const { sizeBytes } = checkOrdersFile(input.path);
  const parsed = previewCsvFile(input.path, 10, input.encoding);
  const format = detectOrderFormat(parsed.headers);
  return {
    path: input.path, sizeBytes, format, encoding: parsed.encoding, decimal: parsed.decimal, headers: parsed.headers,
    mapping: detectOrderMapping(parsed.headers, format), rows: parsed.records.map((r) => r.cells),
  };
}

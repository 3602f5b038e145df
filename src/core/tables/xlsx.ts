// Excel workbooks (.xlsx) read into the same string cells the CSV path yields, so products,
// suppliers and orders check an Excel row exactly as a CSV row. read-excel-file parses the
// workbook (all at once: it unzips the file in memory, then streams the chosen sheet's XML);
// here is what its values become:
// - text: as written (not trimmed: the importers trim what they trim, as for CSV);
// - numbers: as Excel shows them in a General cell, to 15 significant digits — the XML holds the
//   double's shortest form, so 12.99 entered and recomputed may be "12.990000000000002" there and
//   that would be refused as a price with too many decimals; integers of up to 15 digits (barcodes)
//   exactly. Never in exponent form. A cell's number format (a "00000" that shows 123 as 00123, a
//   currency symbol, a thousands separator) is not applied: the value is. A SKU that must keep its
//   leading zeros is a text cell in the sheets sellers export, and stays one;
// - dates (a number with a date format): ISO "2024-03-05", or "2024-03-05 14:30:00" with a time;
//   a date written in a number-formatted cell stays its serial number, as Excel shows it;
// - booleans: TRUE / FALSE (as Excel and Shopify's CSV write them); empty cells: ''.
// The file kind comes from its bytes, not its name: an .xlsx is a ZIP (PK\3\4) with a workbook
// part; an .xls and a password-protected workbook are both OLE2 compound files (Excel encrypts a
// workbook into one, with an "EncryptedPackage" stream), refused with a clear `path` error.
import { closeSync, openSync, readSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import type { CellValue } from 'read-excel-file/node';
import { ValidationError } from '../../shared/errors';

/** What a table file is, from its first and last bytes. */
export type TableFileKind = 'csv' | 'xlsx' | 'xls' | 'encrypted' | 'zip';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const WORKBOOK_PART = Buffer.from('xl/workbook.xml', 'latin1');

/** The first and the last 64 KB of a file (a ZIP names its parts in its central directory, at the end). */
function ends(path: string, size: number): Buffer[] {
  const fd = openSync(path, 'r');
  try {
    const n = Math.min(size, 64 * 1024);
    const head = Buffer.alloc(n);
    readSync(fd, head, 0, n, 0);
    if (size <= n) return [head];
    const tail = Buffer.alloc(n);
    readSync(fd, tail, 0, n, size - n);
    return [head, tail];
  } finally {
    closeSync(fd);
  }
}

/** A file's kind from its bytes: `head` is its start (at least 8 bytes when it has them). */
export function tableFileKind(path: string, size: number, head: Uint8Array): TableFileKind {
  if (startsWith(head, ZIP)) return ends(path, size).some((b) => b.includes(WORKBOOK_PART)) ? 'xlsx' : 'zip';
  if (startsWith(head, OLE2)) return ends(path, size).some((b) => b.includes(ENCRYPTED_PACKAGE)) ? 'encrypted' : 'xls';
  return 'csv';
}

const pathIssue = (key: string, message: string, params?: Record<string, string | number>) =>
  new ValidationError([{ path: 'path', key, message, ...(params ? { params } : {}) }]);

/** The `path` error for a file that is a spreadsheet but not one we read; null for csv and xlsx. */
export function unreadableKindIssue(kind: TableFileKind): ValidationError | null {
  if (kind === 'xls') return pathIssue('file_xls', 'This is an old Excel .xls workbook: save it as .xlsx (Excel Workbook) or CSV, then import that');
  if (kind === 'encrypted') return pathIssue('file_encrypted', 'This workbook is protected by a password: save a copy without the password, then import that');
  if (kind === 'zip') return pathIssue('file_not_xlsx', 'This is a ZIP archive, not an Excel workbook');
  return null;
}

/** Excel's General display of a number written in the sheet's XML (see the top of this file). */
export function excelNumberText(xml: string): string {
  if (/^-?\d{1,15}$/.test(xml)) return xml;
  const n = Number(xml);
  if (!Number.isFinite(n)) return xml;
  const shown = Number(n.toPrecision(15));
  const text = String(shown);
  if (!text.includes('e')) return text;
  // Very large or very small: written out in full, as a cell wide enough shows it.
  if (Math.abs(shown) >= 1) return BigInt(shown).toString();
  return shown.toFixed(20).replace(/0+$/, '');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A number as the sheet's XML writes it (read-excel-file's parseNumber hands it over unparsed). */
class XmlNumber {
  constructor(readonly xml: string) {}
}

/** A cell's value as the text a CSV of the same sheet would hold. */
export function cellText(value: CellValue<XmlNumber> | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (value instanceof XmlNumber) return excelNumberText(value.xml);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    // read-excel-file gives a date as the UTC moment of its serial number (no time zone in Excel).
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const h = value.getUTCHours(), m = value.getUTCMinutes(), s = value.getUTCSeconds();
    return h || m || s ? `${day} ${pad(h)}:${pad(m)}:${pad(s)}` : day;
  }
  return String(value as unknown);
}

export interface Workbook {
  /** Sheet names in the workbook's order. */
  sheets: string[];
  /** The sheet read. */
  sheet: string;
  /** Its rows as text cells, the header first; rows[i] is spreadsheet row i + 1 (blank rows kept, as ''). */
  rows: string[][];
}

/** A name no sheet can have (Excel forbids [ ] : * ? / \ in sheet names): asking for it lists the sheets. */
const NO_SUCH_SHEET = '[:]';

async function sheetNames(path: string): Promise<string[]> {
  try {
    await readSheet(path, NO_SUCH_SHEET);
  } catch (err) {
    const sheets = (err as { sheets?: unknown }).sheets;
    if (Array.isArray(sheets)) return sheets.map(String);
    throw err;
  }
  return [];
}

/**
 * Reads one sheet of an .xlsx file: `sheet` is its name or its number (the first is 1); absent,
 * the first sheet. Throws a ValidationError on `sheet` when there is no such sheet, on `path` when
 * the workbook cannot be read.
 */
export async function readWorkbook(path: string, sheet?: string | number): Promise<Workbook> {
  let sheets: string[];
  let rows: (CellValue<XmlNumber> | null)[][];
  try {
    sheets = await sheetNames(path);
    if (sheets.length === 0) throw pathIssue('file_bad_xlsx', 'This Excel workbook has no sheets');
    const name = typeof sheet === 'number' ? sheets[sheet - 1] : sheet === undefined ? sheets[0] : sheets.find((s) => s === sheet);
    if (name === undefined)
      throw new ValidationError([{
        path: 'sheet', key: 'sheet_not_found', message: `No sheet "${sheet}" in this workbook; its sheets: ${sheets.join(', ')}`,
        params: { sheet: String(sheet), sheets: sheets.join(', ') },
      }]);
    sheet = name;
    rows = await readSheet<XmlNumber>(path, name, { trim: false, parseNumber: (s) => new XmlNumber(s) });
  } catch (err) {
    if (err instanceof ValidationError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'XLS_FILE_NOT_SUPPORTED') throw unreadableKindIssue('xls')!;
    throw pathIssue('file_bad_xlsx', `This Excel workbook cannot be read (damaged or not a workbook): ${(err as Error).message}`);
  }
  return { sheets, sheet, rows: rows.map((row) => row.map(cellText)) };
}

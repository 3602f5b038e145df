// Formula injection (OWASP "CSV Injection"): a spreadsheet app runs a cell that starts with =, +,
// -, @, tab or CR as a formula (`=cmd|' /C calc'!A0`, `=HYPERLINK(…)`). Every CSV the app writes
// prefixes such a cell with one single quote, which spreadsheet apps show as text; our own import
// removes it again, so export → import gives back the same values.
//
// The rule is a bijection, so no value is ever read back differently:
// - written: a value that is quotes followed by a trigger (/^'*[=+\-@\t\r]/) gets one more quote in
//   front; every other value is written as it is;
// - read: a cell that is one or more quotes followed by a trigger loses its first quote.
// So "=1" ↔ "'=1", "'=1" ↔ "''=1", while "'hello" and "'" stay as they are. A plain negative number
// ("-5", "-12.50") is not a formula and is left alone, so a spreadsheet still sees a number; the
// quoted form "'-5" is still read back as "-5".
const TRIGGER = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;
const NEGATIVE_NUMBER = /^-\d+(\.\d+)?$/;

/** The cell as written to a CSV file. */
export function neutraliseCell(value: string): string {
  const c = value.charCodeAt(0);
  // Fast path: most cells start with a letter or digit (this runs for every cell of 100,000 rows).
  if (c !== 0x27 && c !== 0x3d && c !== 0x2b && c !== 0x2d && c !== 0x40 && c !== 0x09 && c !== 0x0d) return value;
  if (!TRIGGER.test(value) || NEGATIVE_NUMBER.test(value)) return value;
  return `'${value}`;
}

/** The value a cell of a CSV file stands for (the inverse of neutraliseCell). */
export function restoreCell(cell: string): string {
  return cell.charCodeAt(0) === 0x27 && NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

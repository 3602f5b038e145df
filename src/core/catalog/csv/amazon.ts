// Amazon's inventory flat files (the category templates saved as CSV or tab-delimited text) start
// with rows for Amazon's own use: row 1 "TemplateType=fptcustom Version=… The top 3 rows are for
// Amazon use only", row 2 the labels in the seller's language ("Seller SKU", "Product Name"), row 3
// the attribute names (item_sku, item_name, standard_price …); products start on row 4. Older
// templates have the attribute names on row 2. The header is the row that holds `item_sku`.
import type { CsvFile } from '../../tables/read';
import { previewCsvFile } from '../../tables/read';

/** A flat file's first cell: the template's settings, not a column name. */
export const isAmazonTemplate = (headers: string[]) => /^TemplateType=/i.test(headers[0] ?? '');

/** Among the rows after the first (given in order, first is row 2), the index of the attribute-name row; -1: none. */
export function attributeRowIndex(rows: string[][]): number {
  return rows.slice(0, 3).findIndex((cells) => cells.some((c) => c.trim().toLowerCase() === 'item_sku'));
}

/**
 * The file read from its real header: the attribute names become the headers, the rows up to them
 * are not records, and a record's column count is checked against that header (row numbers stay
 * the file's own, as a spreadsheet shows them). A file that is not a flat file is returned as it is.
 */
export function fromAmazonHeader(csv: CsvFile, path: string): CsvFile {
  if (!isAmazonTemplate(csv.headers)) return csv;
  const first = csv.kind === 'xlsx' ? firstRecords(csv, 3) : previewCsvFile(path, 3, csv.encoding).records;
  const index = attributeRowIndex(first.map((r) => r.cells));
  if (index < 0) return csv;
  const headerRow = first[index]!.row;
  const headers = first[index]!.cells.map((h) => h.trim());
  return {
    ...csv,
    headers,
    forEachRecord: (visitor) => {
      let count = 0;
      csv.forEachRecord({
        ...visitor,
        record: (row, cells, problem) => {
          if (row <= headerRow) return;
          count++;
          const wrongCount = cells.length !== headers.length;
          const recounted =
            problem?.key === 'csv_column_count' || (!problem && wrongCount)
              ? wrongCount
                ? { ...(problem ?? { row, column: null, field: null, key: 'csv_column_count' }), message: `Row ${row} has ${cells.length} columns; the header has ${headers.length}`, params: { expected: headers.length, found: cells.length } }
                : null
              : problem;
          visitor.record(row, cells, recounted);
        },
      });
      return count;
    },
  };
}

/** A workbook sheet's first records (its rows are in memory already: reading them all costs little). */
function firstRecords(csv: CsvFile, count: number): { row: number; cells: string[] }[] {
  const out: { row: number; cells: string[] }[] = [];
  csv.forEachRecord({ record: (row, cells) => void (out.length < count && out.push({ row, cells })) });
  return out;
}

/** The preview's header and rows, from the flat file's real header (see fromAmazonHeader). */
export function amazonPreview(headers: string[], rows: string[][]): { headers: string[]; rows: string[][]; firstRow: number } | null {
  if (!isAmazonTemplate(headers)) return null;
  const index = attributeRowIndex(rows);
  if (index < 0) return null;
  return { headers: rows[index]!.map((h) => h.trim()), rows: rows.slice(index + 1), firstRow: index + 3 };
}

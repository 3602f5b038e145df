// products.previewCsv: what the wizard shows before an import (a CSV or an Excel sheet) — the format, mapping and weight unit
// found from the header, the first rows, and how those rows are read (which become products, with
// which SKU, name and status; which are skipped and why), plus the currency used when the file has
// no currency column.
import type { CsvPreview, ImportField, PlannedRow } from '../../../shared/imports';
import type { QueryContext } from '../../context';
import { getProfile } from '../../settings/profile';
import { cellReader } from '../../tables/common';
import { previewTable } from '../../tables/read';
import type { Detect } from '../../tables/read';
import { amazonPreview } from './amazon';
import { detectProductHeaders } from './mapping';
import { rowReader, statusOfCell } from './platforms';
import type { Outcome } from './platforms';

/** The reader's `detect` for product files. */
export const detectProducts: Detect<ImportField> = (headers) => detectProductHeaders(headers);

/** The seller profile's currency once the seller has saved a profile; null before (the default USD is not a choice anyone made). */
export function profileCurrency(ctx: QueryContext): string | null {
  const profile = getProfile(ctx);
  return profile.updatedAt ? profile.defaultCurrency : null;
}

export async function previewProductsCsv(ctx: QueryContext, input: Parameters<typeof previewTable>[0]): Promise<CsvPreview<ImportField>> {
  let preview = await previewTable(input, detectProducts);
  let firstRow = 2;
  const amazon = amazonPreview(preview.headers, preview.rows);
  if (amazon) {
    preview = { ...preview, ...detectProductHeaders(amazon.headers), headers: amazon.headers, rows: amazon.rows };
    firstRow = amazon.firstRow;
  }
  const cells = cellReader(preview.headers);
  const { col } = cells;
  const reader = rowReader(preview.format, preview.headers, preview.mapping, cells);
  const planned: PlannedRow[] = [];
  const plan = (outcomes: Outcome[]) => {
    for (const o of outcomes) {
      if (!('product' in o)) {
        planned.push({ row: o.row, skip: o.skip, sku: null, skuDerived: false, name: null, status: null });
        continue;
      }
      const c = o.product;
      const sku = c.sku !== undefined ? c.sku : col(c.cells, preview.mapping.sku);
      const name = c.name ?? (col(c.cells, preview.mapping.name) || null);
      planned.push({
        row: o.row, skip: null, sku: sku || null, skuDerived: c.skuDerived ?? false, name,
        status: c.status ?? statusOfCell(col(c.cells, preview.mapping.status)) ?? null,
      });
    }
  };
  // The preview's rows are numbered as the file's (header on row 1; blank lines are not rows the reader keeps).
  preview.rows.forEach((r, i) => plan(reader.push(firstRow + i, r)));
  plan(reader.end());
  planned.sort((a, b) => a.row - b.row);
  return { ...preview, planned, defaultCurrency: profileCurrency(ctx) };
}

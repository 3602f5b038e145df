// CSV import and export of the catalog: the fields a column can be mapped to, the formats we
// recognise, and what an import reports (every bad row with its row number, column and why).
import { z } from 'zod';
import { currencyCode } from './validation';

/** Fields of a product a CSV column can fill. `vendor` is kept for the supplier link (not stored yet). */
export const IMPORT_FIELDS = [
  'sku', 'name', 'localName', 'description', 'material', 'hsCode', 'originCountry',
  'unitNetWeightG', 'unitValue', 'currency', 'warrantyMonths', 'status', 'compliance', 'vendor',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * clearpack: our own export (headers = field names). shopify: Shopify's product export (variants
 * become separate products). generic: any other spreadsheet, mapped by header names.
 */
export const CSV_FORMATS = ['clearpack', 'shopify', 'generic'] as const;
export type CsvFormat = (typeof CSV_FORMATS)[number];

/** Field -> source column header; null leaves the field out. */
export type ColumnMapping = Partial<Record<ImportField, string | null>>;

/** Files above this size are refused before reading (100,000 products export to about 40 MB). */
export const CSV_MAX_BYTES = 100 * 1024 * 1024;

const filePath = z.string().trim().min(1).max(4096);

export const csvPreviewInput = z.strictObject({ path: filePath });

export const csvImportInput = z.strictObject({
  path: filePath,
  /** Overrides the detected mapping, field by field. */
  mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.string().max(500).nullable()).optional(),
  /** Only validate; write nothing. */
  dryRun: z.boolean().default(false),
  /** Currency of prices when the file has no currency column (Shopify's export has none). */
  currency: currencyCode.default('USD'),
});
export type CsvImportInput = z.input<typeof csvImportInput>;

export const csvExportInput = z.strictObject({ path: filePath });

export interface CsvPreview {
  path: string;
  sizeBytes: number;
  format: CsvFormat;
  headers: string[];
  mapping: ColumnMapping;
  /** First data rows, as parsed (cells by column index). */
  rows: string[][];
}

/** One problem in an import: row 1 is the header row (as a spreadsheet numbers it); null = the file. */
export interface ImportIssue {
  row: number | null;
  column: string | null;
  field: string | null;
  key: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface ImportReport {
  dryRun: boolean;
  format: CsvFormat;
  mapping: ColumnMapping;
  /** Data rows read (after the header). */
  rows: number;
  /** Rows that carry no product (e.g. Shopify image-only rows). */
  skipped: number;
  /** Products the file describes. */
  products: number;
  /** Products written (0 on a dry run or when any row is bad). */
  created: number;
  committed: boolean;
  errorCount: number;
  /** The first ERROR_LIMIT issues. */
  errors: ImportIssue[];
  /** Vendor names found (Shopify's Vendor column), with the SKUs of their products, for the supplier link. */
  vendors: { vendor: string; count: number; skus: string[] }[];
}

export const IMPORT_ERROR_LIMIT = 1000;

export interface ExportReport {
  path: string;
  products: number;
  bytes: number;
}

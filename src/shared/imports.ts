// CSV import and export of the catalog: the fields a column can be mapped to, the formats we
// recognise, and what an import reports (every bad row with its row number, column and why).
import { z } from 'zod';
import { countryCode, currencyCode } from './validation';
import { filePath, overwrite } from './paths';

/**
 * Fields of a product a CSV column can fill. `vendor` is kept for the supplier link (not stored yet).
 * `unitNetWeightG` is the weight column, in whatever unit the file uses (see WEIGHT_UNITS);
 * `weightUnit` a column that says that unit row by row.
 */
export const IMPORT_FIELDS = [
  'sku', 'name', 'localName', 'description', 'material', 'hsCode', 'originCountry',
  'unitNetWeightG', 'weightUnit', 'unitValue', 'currency', 'warrantyMonths', 'status', 'compliance', 'vendor',
  'tariffCodes', 'euResponsiblePerson', 'manufacturer',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * clearpack: our own export (headers = field names). shopify: Shopify's product export (variants
 * become separate products; the 2024 column names too). woocommerce: WooCommerce's product CSV
 * export (its weight unit is in the header, e.g. "Weight (lbs)"). magento: Magento 2's catalog
 * export (its weights are in the store's unit, which the file does not say: pounds unless the
 * seller says otherwise). etsy: Etsy's "Download listings" CSV. bigcommerce: BigCommerce's product
 * export (v3 "Bulk edit": Item/Name/Type/SKU; legacy: Item Type/Product Name/Product Code/SKU).
 * amazon: an Amazon inventory flat file (its header is the row of attribute names below the
 * template rows). generic: any other spreadsheet, mapped by header names.
 */
export const CSV_FORMATS = ['clearpack', 'shopify', 'woocommerce', 'magento', 'etsy', 'bigcommerce', 'amazon', 'generic'] as const;
export type CsvFormat = (typeof CSV_FORMATS)[number];

/** Field -> source column header; null leaves the field out. */
export type ColumnMapping = Partial<Record<ImportField, string | null>>;

/** Files above this size are refused before reading (100,000 products export to about 40 MB). */
export const CSV_MAX_BYTES = 100 * 1024 * 1024;


/**
 * Text encodings a table file is read in: detected (tables/encoding.ts), or chosen by the seller
 * when the guess is wrong. Names as iconv-lite and the WHATWG Encoding standard spell them.
 */
export const TEXT_ENCODINGS = [
  'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-15', 'windows-1250', 'windows-1251',
  'gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr',
] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];
/** Units a weight column can be in; stored as whole grams. */
export const WEIGHT_UNITS = ['g', 'kg', 'lb', 'oz'] as const;
export type WeightUnit = (typeof WEIGHT_UNITS)[number];

/**
 * Where the unit of a file's weights comes from: the weight column's header ("Weight (lbs)"), a
 * unit column row by row, the platform's own unit (Shopify's grams, Magento's pounds), or the
 * seller (`weightUnit` input). null: the file does not say, and the seller must.
 */
export type WeightUnitSource = 'header' | 'column' | 'platform' | 'asked';

/** The seller's choice of encoding; absent: detected from the whole file. */
const encoding = z.enum(TEXT_ENCODINGS).optional();

/** A workbook's sheet (.xlsx): its name, or its number (the first is 1); absent, the first. Ignored for a text file. */
const sheet = z.union([z.string().trim().min(1).max(200), z.number().int().min(1).max(10_000)]).optional();

/**
 * What a bad row does to an import: `all` (the default) writes nothing while any row is bad;
 * `skip` writes the good rows and reports the bad ones (downloadable as a CSV to fix and re-import).
 * A problem of the file itself (a missing column, a unit not said) stops it either way.
 */
export const ON_ERROR = ['all', 'skip'] as const;
const onError = z.enum(ON_ERROR).default('all');
export type OnError = (typeof ON_ERROR)[number];

export const csvPreviewInput = z.strictObject({ path: filePath, encoding, sheet });

export const csvImportInput = z.strictObject({
  path: filePath,
  encoding,
  sheet,
  onError,
  /** Overrides the detected mapping, field by field. */
  mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.string().max(500).nullable()).optional(),
  /** Only validate; write nothing. */
  dryRun: z.boolean().default(false),
  /**
   * The unit of the weight column when the file does not say it (no unit in its header, no unit
   * column): without it such a file is refused (`weight_unit_required`), never guessed. Magento's
   * pounds can be corrected with it.
   */
  weightUnit: z.enum(WEIGHT_UNITS).optional(),
  /**
   * Currency of prices when the file has no currency column (Shopify's export has none). Absent:
   * the seller profile's currency once the profile is saved; else a file with prices is refused
   * (`currency_required` on `currency`), never guessed.
   */
  currency: currencyCode.optional(),
  /** Origin country of products whose file has none (no column, or an empty cell). */
  defaultCountry: countryCode.optional(),
  /**
   * Link the products to a supplier per vendor name (Shopify's Vendor column): the supplier with
   * that exact name (case-insensitive), else a new one in `vendorCountry`. Written in the same
   * all-or-nothing transaction as the products.
   */
  linkVendors: z.boolean().default(false),
  /** Country of the suppliers created for vendors (a supplier needs one; Shopify does not say). */
  vendorCountry: countryCode.default('CN'),
});
export type CsvImportInput = z.input<typeof csvImportInput>;

/**
 * Why a row of a store's export is not a product of ours (only sellable, shippable goods are):
 * continuation: a row that only adds to the product above it (Shopify image rows, BigCommerce
 * image/video/rule rows); parent: a configurable/variable/grouped/bundle product, whose children
 * (variants) are the products; gift_card; digital: digital, virtual or downloadable goods;
 * no_shipping: marked as not needing shipping; external: sold on another site (WooCommerce external).
 */
export const SKIP_REASONS = ['continuation', 'parent', 'gift_card', 'digital', 'no_shipping', 'external'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** How the preview reads one of its rows: the product it becomes, or why it is skipped. */
export interface PlannedRow {
  /** The row in the file (the header is row 1). */
  row: number;
  skip: SkipReason | null;
  sku: string | null;
  /** The SKU was made from the handle and option values (Shopify rows without a Variant SKU): the same file gives the same SKU. */
  skuDerived: boolean;
  name: string | null;
  status: 'active' | 'archived' | null;
}

export const csvExportInput = z.strictObject({ path: filePath, overwrite });

/** Writes an import's bad rows (its report's problemsFile) as a CSV where the seller says. */
export const problemsCsvInput = z.strictObject({ token: z.string().regex(/^[0-9a-f]{32}$/), path: filePath, overwrite });
export interface ProblemsCsvReport {
  path: string;
  bytes: number;
}

export interface CsvPreview<F extends string = ImportField> {
  path: string;
  sizeBytes: number;
  /** A text file (CSV, TSV) or an Excel workbook. */
  fileKind: 'csv' | 'xlsx';
  /** A workbook's sheets in order, and the one previewed; [] and null for a text file. */
  sheets: string[];
  sheet: string | null;
  format: CsvFormat;
  /** The encoding the file was read in (detected from the whole file, or the one asked for). */
  encoding: TextEncoding;
  /** The decimal separator of its numbers (a comma in semicolon-separated files). */
  decimal: ',' | '.';
  /** Products only: the unit of the mapped weight column and where it comes from; unit null and from null: the seller must say. */
  weight?: { unit: WeightUnit | null; from: WeightUnitSource | null };
  headers: string[];
  mapping: Partial<Record<F, string | null>>;
  /** First data rows, as parsed (cells by column index). */
  rows: string[][];
  /** Products only: how the first rows are read (products, derived SKUs, statuses, skipped rows and why). */
  planned?: PlannedRow[];
  /** Products only: the currency used when the file has no currency column and the seller chooses none (the profile's; null: not set, the seller must choose). */
  defaultCurrency?: string | null;
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
  onError: OnError;
  /** The workbook's sheet read; null for a text file. */
  sheet: string | null;
  /** Rows with a problem (left out with onError "skip"; with "all", any of them stops the import). */
  badRows: number;
  /** Token of the bad rows' CSV (products.saveProblemsCsv writes it where the seller says); null when no row was bad. */
  problemsFile: string | null;
  format: CsvFormat;
  mapping: ColumnMapping;
  /** Data rows read (after the header). */
  rows: number;
  /** Rows that carry no product (e.g. Shopify image-only rows, variable parents, gift cards). */
  skipped: number;
  /** The skipped rows by reason. */
  skippedBy: Partial<Record<SkipReason, number>>;
  /** Products written as archived because the platform's status is not active (draft, archived, unpublished, disabled). */
  archived: number;
  /** Products the file describes. */
  products: number;
  /** Products written (0 on a dry run or when any row is bad). */
  created: number;
  committed: boolean;
  errorCount: number;
  /** The first ERROR_LIMIT issues. */
  errors: ImportIssue[];
  /** Vendor names found (Shopify's Vendor column), with the SKUs of their products, for the supplier link. */
  vendors: VendorSummary[];
  /** With linkVendors: suppliers created for vendors (would be, on a dry run), and product links written. */
  suppliersCreated: number;
  linked: number;
}

export interface VendorSummary {
  vendor: string;
  count: number;
  skus: string[];
  /** The supplier the vendor was (or will be) linked to; null when a new one is (to be) created, or linking is off. */
  supplierId: number | null;
}

export const IMPORT_ERROR_LIMIT = 1000;

export interface ExportReport {
  path: string;
  products: number;
  bytes: number;
}

// ---- Suppliers -------------------------------------------------------------------------------

/**
 * Fields of a supplier a CSV column can fill. Contacts: `contacts` is a JSON array of every
 * contact (our export writes it, and it wins on import); the contact* columns hold one contact,
 * for spreadsheets. Assessment: its four parts, all empty for none.
 */
export const SUPPLIER_IMPORT_FIELDS = [
  'name', 'localName', 'country', 'address', 'city', 'postalCode', 'contactName', 'contactPhone', 'contactEmail', 'contactMessaging', 'contacts',
  'website', 'licenceNumber', 'taxNumber', 'status', 'archived', 'assessmentDate', 'assessmentMethod', 'assessmentResult', 'assessmentNotes',
] as const;
export type SupplierImportField = (typeof SUPPLIER_IMPORT_FIELDS)[number];
export type SupplierColumnMapping = Partial<Record<SupplierImportField, string | null>>;

export const supplierCsvImportInput = z.strictObject({
  path: filePath,
  encoding,
  sheet,
  onError,
  mapping: z.partialRecord(z.enum(SUPPLIER_IMPORT_FIELDS), z.string().max(500).nullable()).optional(),
  dryRun: z.boolean().default(false),
  /** Country of suppliers whose file has none (no column, or an empty cell). */
  defaultCountry: countryCode.optional(),
});
export type SupplierCsvImportInput = z.input<typeof supplierCsvImportInput>;

/** Supplier names need not be unique (two workshops can trade under one name): an import always creates. */
export interface SupplierImportReport {
  dryRun: boolean;
  onError: OnError;
  sheet: string | null;
  badRows: number;
  problemsFile: string | null;
  format: CsvFormat;
  mapping: SupplierColumnMapping;
  rows: number;
  suppliers: number;
  created: number;
  committed: boolean;
  errorCount: number;
  errors: ImportIssue[];
}

export interface SupplierExportReport {
  path: string;
  suppliers: number;
  bytes: number;
}

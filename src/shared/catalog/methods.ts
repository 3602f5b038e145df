// The catalog's methods (implemented in src/core/catalog/handlers.ts).
import { job, mutation, query } from '../contract';
import type { MethodTable } from '../contract';
import { csvExportInput, csvImportInput, csvPreviewInput, problemsCsvInput } from '../imports';
import type { CsvPreview, ExportReport, ImportReport, ProblemsCsvReport } from '../imports';
import { byId, productCreateInput, productListInput, productUpdateInput } from '../products';
import type { CatalogProduct, Page } from '../products';

export const catalogMethods = {
  'products.create': mutation<CatalogProduct>()(productCreateInput),
  'products.get': query<CatalogProduct>()(byId),
  'products.update': mutation<CatalogProduct>()(productUpdateInput),
  'products.archive': mutation<CatalogProduct>()(byId),
  'products.restore': mutation<CatalogProduct>()(byId),
  'products.list': query<Page<CatalogProduct>>()(productListInput),
  /** Header, detected format, proposed mapping and first rows of a CSV file or an Excel sheet, for the import wizard. */
  'products.previewCsv': query<CsvPreview>()(csvPreviewInput),
  /** All rows valid → all written in one transaction; else nothing (onError "skip": the good rows, the bad reported). */
  'products.importCsv': job<ImportReport>()(csvImportInput),
  /** An import's bad rows (its report's problemsFile) as a CSV to fix and import again, where the seller says. */
  'products.saveProblemsCsv': mutation<ProblemsCsvReport>()(problemsCsvInput),
  'products.exportCsv': job<ExportReport>()(csvExportInput),
} satisfies MethodTable;

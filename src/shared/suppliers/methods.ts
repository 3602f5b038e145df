// Suppliers and their links to products (implemented in src/core/suppliers/handlers.ts).
import { job, mutation, query } from '../contract';
import type { MethodTable } from '../contract';
import { csvExportInput, csvPreviewInput, problemsCsvInput, supplierCsvImportInput } from '../imports';
import type { CsvPreview, ProblemsCsvReport, SupplierExportReport, SupplierImportField, SupplierImportReport } from '../imports';
import { byId } from '../products';
import type { Page } from '../products';
import { productSupplierKey, productSupplierListInput, productSupplierSetInput, supplierCreateInput, supplierListInput, supplierUpdateInput } from '../suppliers';
import type { ProductSupplier, Supplier } from '../suppliers';

export const suppliersMethods = {
  'suppliers.create': mutation<Supplier>()(supplierCreateInput),
  'suppliers.get': query<Supplier>()(byId),
  'suppliers.update': mutation<Supplier>()(supplierUpdateInput),
  'suppliers.archive': mutation<Supplier>()(byId),
  'suppliers.restore': mutation<Supplier>()(byId),
  'suppliers.list': query<Page<Supplier>>()(supplierListInput),
  'suppliers.previewCsv': query<CsvPreview<SupplierImportField>>()(csvPreviewInput),
  /** All rows valid → all created in one transaction; else nothing. */
  'suppliers.importCsv': job<SupplierImportReport>()(supplierCsvImportInput),
  /** An import's bad rows (its report's problemsFile) as a CSV to fix and import again, where the seller says. */
  'suppliers.saveProblemsCsv': mutation<ProblemsCsvReport>()(problemsCsvInput),
  'suppliers.exportCsv': job<SupplierExportReport>()(csvExportInput),
  'productSuppliers.list': query<ProductSupplier[]>()(productSupplierListInput),
  'productSuppliers.set': mutation<ProductSupplier>()(productSupplierSetInput),
  'productSuppliers.remove': mutation<{ removed: boolean }>()(productSupplierKey),
} satisfies MethodTable;

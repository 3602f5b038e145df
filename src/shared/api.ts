// The method table: every call any door can make, declared once. Areas add their methods here.
import { z } from 'zod';
import { method } from './contract';
import type { MethodSpec } from './contract';
import { byId, productCreateInput, productListInput, productUpdateInput } from './products';
import type { Page, Product } from './products';
import { csvExportInput, csvImportInput, csvPreviewInput } from './imports';
import type { CsvPreview } from './imports';
import { jobIdInput } from './jobs';
import type { Job, JobStarted } from './jobs';

export const methods = {
  'products.create': method<Product>()(productCreateInput),
  'products.get': method<Product>()(byId),
  'products.update': method<Product>()(productUpdateInput),
  'products.archive': method<Product>()(byId),
  'products.restore': method<Product>()(byId),
  'products.list': method<Page<Product>>()(productListInput),
  /** Header, detected format, proposed mapping and first rows of a CSV file, for the import wizard. */
  'products.previewCsv': method<CsvPreview>()(csvPreviewInput),
  /** Starts a job (jobs.get → result: ImportReport). All rows valid → all written in one transaction; else nothing. */
  'products.importCsv': method<JobStarted>()(csvImportInput),
  /** Starts a job (jobs.get → result: ExportReport). */
  'products.exportCsv': method<JobStarted>()(csvExportInput),
  'jobs.get': method<Job>()(jobIdInput),
  'jobs.cancel': method<Job>()(jobIdInput),
  /** Fills an empty catalog with a realistic demo; CONFLICT when the catalog is not empty. */
  'demo.load': method<DemoLoaded>()(z.strictObject({}).optional()),
  'app.info': method<AppInfo>()(z.strictObject({}).optional()),
} satisfies Record<string, MethodSpec>;

export interface AppInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
  schemaVersion: number;
}

export interface DemoLoaded {
  /** Records created, by kind (e.g. { products: 32 }). */
  counts: Record<string, number>;
}

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller passes (before defaults and normalization). */
export type InputOf<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInputOf<M extends MethodName> = z.output<Methods[M]['input']>;
export type OutputOf<M extends MethodName> = Methods[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(methods, name);

// The work a job can do, by kind. Runs inside the job worker (worker.ts) on the worker's own
// database connection. Areas add their long-running work here (e.g. batch printing of PDF packs).
import type { z } from 'zod';
import type { csvExportInput, csvImportInput, supplierCsvImportInput } from '../../shared/imports';
import type { CoreContext } from '../context';
import { exportProductsCsv } from '../catalog/csv/export';
import { importProductsCsv } from '../catalog/csv/import';
import { exportSuppliersCsv, importSuppliersCsv } from '../suppliers/csv';
import type { JobControl } from './control';
import { buildBatch, buildPart } from '../documents/batch';
import type { BatchTaskInput } from '../documents/batch';

export const tasks = {
  'products.importCsv': (ctx: CoreContext, input: z.output<typeof csvImportInput>, job: JobControl) => importProductsCsv(ctx, input, job),
  'products.exportCsv': (ctx: CoreContext, input: z.output<typeof csvExportInput>, job: JobControl) => exportProductsCsv(ctx, input.path, job),
  'documents.buildBatch': (ctx: CoreContext, input: BatchTaskInput, job: JobControl) => buildBatch(ctx, input, job),
  /** Half of a batch, in the helper thread that documents.buildBatch starts. */
  'documents.buildBatchPart': (ctx: CoreContext, input: BatchTaskInput, job: JobControl) => buildPart(ctx, input, job),
  'suppliers.importCsv': (ctx: CoreContext, input: z.output<typeof supplierCsvImportInput>, job: JobControl) => importSuppliersCsv(ctx, input, job),
  'suppliers.exportCsv': (ctx: CoreContext, input: z.output<typeof csvExportInput>, job: JobControl) => exportSuppliersCsv(ctx, input.path, job),
} satisfies Record<string, (ctx: CoreContext, input: never, job: JobControl) => unknown>;

export type TaskKind = keyof typeof tasks;
export type TaskInput<K extends TaskKind> = Parameters<(typeof tasks)[K]>[1];

// The work a job can do, by kind. Runs inside the job worker (worker.ts) on the worker's own
// database connection. Areas add their long-running work here (e.g. batch printing of PDF packs).
// Each task loads its module when it runs, so a worker starts by loading only what its job needs
// (an import does not parse the PDF kit and its fonts engine).
import type { z } from 'zod';
import type { csvExportInput, csvImportInput, supplierCsvImportInput } from '../../shared/imports';
import type { CoreContext } from '../context';
import type { MessagePort } from 'node:worker_threads';
import type { JobControl } from './control';
import type { BatchTaskInput } from '../../shared/documents';
import type { BackupKind } from '../../shared/backup';
import type { ordersImportInput } from '../../shared/orders';

export const tasks = {
  'products.importCsv': async (ctx: CoreContext, input: z.output<typeof csvImportInput>, job: JobControl) =>
    (await import('../catalog/csv/import')).importProductsCsv(ctx, input, job),
  /** The writing half of a commit, in the helper thread that products.importCsv starts. */
  'products.importCsv.write': async (ctx: CoreContext, input: { port: MessagePort }, job: JobControl) =>
    (await import('../catalog/csv/import-writer')).writeImportRows(ctx, input, job),
  'products.exportCsv': async (ctx: CoreContext, input: z.output<typeof csvExportInput>, job: JobControl) =>
    (await import('../catalog/csv/export')).exportProductsCsv(ctx, input, job),
  'orders.importCsv': async (ctx: CoreContext, input: z.output<typeof ordersImportInput>, job: JobControl) =>
    (await import('../orders/import')).importOrdersCsv(ctx, input, job),
  'documents.buildBatch': async (ctx: CoreContext, input: BatchTaskInput, job: JobControl) => (await import('../documents/batch')).buildBatch(ctx, input, job),
  /** Half of a batch, in the helper thread that documents.buildBatch starts. */
  'documents.buildBatchPart': async (ctx: CoreContext, input: BatchTaskInput, job: JobControl) => (await import('../documents/batch')).buildPart(ctx, input, job),
  'suppliers.importCsv': async (ctx: CoreContext, input: z.output<typeof supplierCsvImportInput>, job: JobControl) =>
    (await import('../suppliers/csv')).importSuppliersCsv(ctx, input, job),
  'suppliers.exportCsv': async (ctx: CoreContext, input: z.output<typeof csvExportInput>, job: JobControl) =>
    (await import('../suppliers/csv')).exportSuppliersCsv(ctx, input, job),
  'backup.create': async (ctx: CoreContext, input: { path?: string; kind: BackupKind }, job: JobControl) =>
    (await import('../backup/create')).createBackupOnline(ctx, input.kind, input.path, job),
  /** The verifying half of a restore; the swap runs on the core's thread when it is done (backup/host.ts). */
  'backup.restore': async (ctx: CoreContext, input: { path: string }, job: JobControl) =>
    (await import('../backup/restore')).prepareRestore(ctx.dataDir, input.path, job),
  /** The integrity_check of a restore's staged database, in a helper thread beside the extraction. */
  'backup.checkDatabase': async (_ctx: CoreContext, input: { file: string }) => (await import('../backup/restore')).checkDatabase(input.file),
  /** After a restore: the replaced data, set aside by the swap, packed into a "before restore" backup. */
  'backup.keepSetAside': async (ctx: CoreContext, input: { folder: string; target: string }, job: JobControl) =>
    (await import('../backup/create')).packSetAside(input.folder, input.target, ctx.version, job),
  /** The open-time check of a large data file, in the background (db/check.ts). */
  'db.check': async (ctx: CoreContext) => (await import('../db/check')).quickCheck(ctx.databaseFile),
} satisfies Record<string, (ctx: CoreContext, input: never, job: JobControl) => unknown>;

export type TaskKind = keyof typeof tasks;
export type TaskInput<K extends TaskKind> = Parameters<(typeof tasks)[K]>[1];

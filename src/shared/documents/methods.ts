// Document packs (implemented in src/core/documents/handlers.ts).
import { job, mutation, query } from '../contract';
import type { MethodTable } from '../contract';
import { batchBuildInput, packBuildInput, packIdInput, packListInput, printTodayInput, todayInput } from '../documents';
import type { BatchReport, PackBuilt, PackRecord, TodaySummary } from '../documents';

export const documentsMethods = {
  /** Builds the shipment's document pack (refused with the findings when the preflight blocks) and archives it. */
  'documents.buildPack': mutation<PackBuilt>()(packBuildInput),
  /** Archived packs of a shipment, newest first. */
  'documents.list': query<PackRecord[]>()(packListInput),
  /** The archived file's path (to open in the system PDF viewer). */
  'documents.open': query<{ path: string }>()(packIdInput),
  /** The archived PDF as base64 (for the preview). */
  'documents.read': query<{ id: number; sha256: string; pages: number; base64: string }>()(packIdInput),
  /** Blocked shipments are skipped and reported. */
  'documents.buildBatch': job<BatchReport>()(batchBuildInput),
  /** Today's shipments: ready / need attention / printed counts, the first drafts with their first finding, and the first-run steps. */
  'documents.today': query<TodaySummary>()(todayInput),
  /** Builds today's ready packs (each archived as usual) into one PDF in the data folder (documents/print/), to open and print. */
  'documents.printToday': job<BatchReport>()(printTodayInput),
} satisfies MethodTable;

// Document packs (declared in src/shared/documents/methods.ts).
import { ConflictError } from '../../shared/errors';
import type { documentsMethods } from '../../shared/documents/methods';
import { ownTransactions } from '../handlers';
import type { HandlersOf } from '../handlers';
import { startBatch } from './batch';
import { buildPack, listPacks, openPack, readPack } from './build';
import { startPrintToday, todaySummary } from './today';

export const documentsHandlers: HandlersOf<typeof documentsMethods> = {
  // PDF work runs outside any transaction; the archive row is one INSERT (see documents/build.ts).
  'documents.buildPack': ownTransactions((input, ctx) => {
    if (ctx.jobs?.writing()) throw new ConflictError('An import is being written to the catalog; try again when it has finished');
    return buildPack(ctx, input);
  }),
  'documents.list': (input, ctx) => listPacks(ctx, input.shipmentId),
  'documents.open': (input, ctx) => openPack(ctx, input.id),
  'documents.read': (input, ctx) => readPack(ctx, input.id),
  'documents.buildBatch': (input, ctx, jobs) => startBatch(ctx, input, jobs),
  'documents.today': (input, ctx) => todaySummary(ctx, input),
  'documents.printToday': (input, ctx, jobs) => startPrintToday(ctx, input, jobs),
};

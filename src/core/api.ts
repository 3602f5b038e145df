// Binds every method of the contract to its handler. Each area implements its methods in
// src/core/<area>/handlers.ts; they are composed here, one line per area. A call is: look up the
// method, validate the input with the contract's schema, run the handler the way its declared kind
// says (core/handlers.ts: queries on the read-only connection, mutations in one transaction, jobs
// started), and return an Envelope. Nothing thrown escapes raw.
import { z } from 'zod';
import { isMethodName, methods } from '../shared/api';
import type { MethodName } from '../shared/api';
import type { Envelope } from '../shared/contract';
import { ClearpackError, ConflictError, ValidationError } from '../shared/errors';
import { issuesFromZod } from '../shared/validation';
import type { CoreContext, QueryContext } from './context';
import { writeTransaction } from './db/write';
import { errorData } from './failure';
import type { HandlerOf, JobHandler, MutationHandler, OwnTransactions, QueryHandler } from './handlers';
import { aftersalesHandlers } from './aftersales/handlers';
import { appHandlers } from './app/handlers';
import { attachmentsHandlers } from './attachments/handlers';
import { backupHandlers } from './backup/handlers';
import { recoveryError } from './backup/host';
import { catalogHandlers } from './catalog/handlers';
import { certificatesHandlers } from './certificates/handlers';
import { claimsHandlers } from './claims/handlers';
import { consultationsHandlers } from './consultations/handlers';
import { demoHandlers } from './demo/handlers';
import { documentsHandlers } from './documents/handlers';
import { hsHandlers } from './hs/handlers';
import { jobsHandlers } from './jobs/handlers';
import { preflightHandlers } from './preflight/handlers';
import { packagingHandlers } from './preflight/packagingHandlers';
import { ordersHandlers } from './orders/handlers';
import { qualityHandlers } from './quality/handlers';
import { referenceHandlers } from './reference/handlers';
import { settingsHandlers } from './settings/handlers';
import { shipmentsHandlers } from './shipments/handlers';
import { suppliersHandlers } from './suppliers/handlers';

export type Handlers = { [M in MethodName]: HandlerOf<M> };

export const handlers: Handlers = {
  ...catalogHandlers,
  ...qualityHandlers,
  ...suppliersHandlers,
  ...certificatesHandlers,
  ...attachmentsHandlers,
  ...jobsHandlers,
  ...demoHandlers,
  ...hsHandlers,
  ...settingsHandlers,
  ...referenceHandlers,
  ...shipmentsHandlers,
  ...preflightHandlers,
  ...aftersalesHandlers,
  ...claimsHandlers,
  ...consultationsHandlers,
  ...documentsHandlers,
  ...backupHandlers,
  ...appHandlers,
  ...ordersHandlers,
  ...packagingHandlers,
};

/** What answers while the data file cannot be read (recovery mode): the way out, and nothing else. */
const RECOVERY_METHODS = new Set<MethodName>(['app.info', 'backup.list', 'backup.inspect', 'backup.restore', 'jobs.get', 'jobs.cancel']);

/** The context a query runs with: the same, but its db is the read-only connection. */
export const queryContext = ({ readDb, ...ctx }: CoreContext): QueryContext => ({ ...ctx, db: readDb });

/** Runs a parsed call the way its declared kind says (see core/handlers.ts). */
export function runHandler(method: MethodName, input: unknown, ctx: CoreContext): unknown {
  const handler = handlers[method];
  switch (methods[method].kind) {
    case 'query':
      return (handler as QueryHandler<MethodName>)(input as never, queryContext(ctx));
    case 'mutation': {
      if (typeof handler !== 'function') return (handler as OwnTransactions<MethodName>).run(input as never, ctx);
      if (ctx.jobs?.writing()) throw new ConflictError('An import is being written to the catalog; try again when it has finished');
      return writeTransaction(ctx.db, () => (handler as MutationHandler<MethodName>)(input as never, ctx));
    }
    case 'job':
      if (!ctx.jobs) throw new ClearpackError('INTERNAL', 'Jobs cannot start jobs');
      return (handler as JobHandler<MethodName>)(input as never, ctx, ctx.jobs);
  }
}

export interface CoreApi {
  call(method: string, input: unknown): Promise<Envelope>;
}

export function createApi(ctx: CoreContext, onError: (err: unknown, method: string) => void = () => {}): CoreApi {
  return {
    async call(method, input) {
      try {
        if (!isMethodName(method))
          throw new ClearpackError('UNKNOWN_METHOD', `Unknown method "${method}"`, { method });
        if (ctx.state?.recovery && !RECOVERY_METHODS.has(method)) throw recoveryError(ctx);
        const parsed = z.safeParse(methods[method].input, input, { reportInput: true });
        if (!parsed.success) throw new ValidationError(issuesFromZod(parsed.error));
        const value = await runHandler(method, parsed.data, ctx);
        return { ok: true, value };
      } catch (err) {
        const error = errorData(err, method);
        if (error.code === 'INTERNAL') onError(err, method);
        return { ok: false, error };
      }
    },
  };
}

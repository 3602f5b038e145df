// Following and stopping jobs (declared in src/shared/jobs/methods.ts).
import { ClearpackError } from '../../shared/errors';
import type { jobsMethods } from '../../shared/jobs/methods';
import type { CoreContext, QueryContext } from '../context';
import { ownTransactions } from '../handlers';
import type { HandlersOf } from '../handlers';
import type { JobRunner } from './runner';

const jobsOf = (ctx: CoreContext | QueryContext): JobRunner => {
  if (!ctx.jobs) throw new ClearpackError('INTERNAL', 'No job runner here');
  return ctx.jobs;
};

export const jobsHandlers: HandlersOf<typeof jobsMethods> = {
  'jobs.get': (input, ctx) => jobsOf(ctx).get(input.jobId),
  // Not a database write (it raises the job's cancel flag), and it must answer while an import writes.
  'jobs.cancel': ownTransactions((input, ctx) => jobsOf(ctx).cancel(input.jobId)),
};

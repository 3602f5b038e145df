// Following and stopping jobs (implemented in src/core/jobs/handlers.ts).
import { mutation, query } from '../contract';
import type { MethodTable } from '../contract';
import { jobIdInput } from '../jobs';
import type { Job } from '../jobs';

export const jobsMethods = {
  'jobs.get': query<Job>()(jobIdInput),
  /** Raises the job's cancel flag: it changes the app's state (no row), so a mutation. */
  'jobs.cancel': mutation<Job>()(jobIdInput),
} satisfies MethodTable;

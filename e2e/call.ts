// Calling the test's core host directly (to set up data), failing the test on an error envelope.
import type { Invoke } from '../src/shared/contract';
import type { Job } from '../src/shared/jobs';
import type { AppFixture } from './harness';

export const coreCall =
  (app: AppFixture) =>
  async <T = { id: number }>(method: string, input: unknown): Promise<T> => {
    const r = await app.core.api.call(method, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as T;
  };

/** Waits for a job started through `call` to end, asking jobs.get as the page does. */
export async function waitForJob(call: Invoke, jobId: string): Promise<Job> {
  for (;;) {
    const r = await call('jobs.get', { jobId });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const job = r.value as Job;
    if (job.state !== 'running') return job;
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

// Running core jobs and writing input files in tests.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { MethodName } from '../src/shared/api';
import type { Job } from '../src/shared/jobs';
import { tempDir } from './helpers';
import type { TestCore } from './helpers';

/** Starts a job through the core API and waits for its end. */
export async function runJob<R>(core: TestCore, method: MethodName, input: Record<string, unknown>): Promise<Job<R>> {
  const { jobId } = (await core.ok(method, input as never)) as { jobId: string };
  return (await core.ctx.jobs!.wait(jobId)) as Job<R>;
}

/** A file with this content in a fresh temporary folder. */
export function file(name: string, text: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

/** Runs a job that must end 'done' and returns its result. */
export async function jobResult<R>(core: TestCore, method: MethodName, input: Record<string, unknown>): Promise<R> {
  const job = await runJob<R>(core, method, input);
  expect(job.state, JSON.stringify(job.error)).toBe('done');
  return job.result!;
}

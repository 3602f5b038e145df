// The rule every call of the contract is held to (#11 point 8): it answers within a time limit
// with a result or a typed error (never INTERNAL, never a throw); a job is waited for and its end
// held to the same rule; a refusal leaves the database and the data folder as they were.
import type { CoreApi } from '../../src/core/api';
import type { Core } from '../../src/core';
import { kindOf } from '../../src/shared/api';
import type { MethodName } from '../../src/shared/api';
import type { Envelope } from '../../src/shared/contract';
import type { Job } from '../../src/shared/jobs';
import { digest } from './digest';

export interface OracleTarget {
  api: CoreApi;
  ctx: Core['ctx'];
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((ok) => (timer = setTimeout(() => ok('timeout'), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** What went wrong with one call, or null when it kept the rule. */
export async function check(target: OracleTarget, method: MethodName, input: unknown, timeoutMs: number): Promise<string | null> {
  const { db, dataDir, jobs } = target.ctx;
  const before = digest(db, dataDir);
  let envelope: Envelope | 'timeout';
  try {
    envelope = await withTimeout(target.api.call(method, input), timeoutMs);
  } catch (e) {
    return `threw: ${(e as Error)?.stack ?? String(e)}`;
  }
  if (envelope === 'timeout') return `no answer within ${timeoutMs} ms`;
  let error = envelope.ok ? null : envelope.error;
  if (envelope.ok && kindOf(method) === 'job') {
    const { jobId } = envelope.value as { jobId: string };
    const job = (await withTimeout(jobs!.wait(jobId), timeoutMs)) as Job | 'timeout';
    if (job === 'timeout') return `job ${jobId} did not end within ${timeoutMs} ms`;
    if (job.state === 'failed') error = job.error ?? { code: 'INTERNAL', message: 'failed without an error', details: {} };
    // A restore hands the data it replaced to a job of its own (its "before restore" backup): wait
    // for that one too, or its late write lands in the digest of whatever method is checked next.
    const keeping = (job.result as { keepingJobId?: string | null } | undefined)?.keepingJobId;
    if (job.state === 'done' && keeping) {
      const kept = (await withTimeout(jobs!.wait(keeping), timeoutMs)) as Job | 'timeout';
      if (kept === 'timeout') return `job ${keeping} (keeping the replaced data) did not end within ${timeoutMs} ms`;
    }
  }
  if (!error) return null;
  if (error.code === 'INTERNAL') return `INTERNAL: ${error.message}`;
  if (digest(db, dataDir) !== before) return `refusal changed data (${error.code}: ${error.message})`;
  return null;
}

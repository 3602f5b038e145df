// Follows a core job (see src/shared/jobs.ts): polls jobs.get every 150 ms until it ends. Typed by
// the job method that started it (its declared result in the contract): useJob<'backup.create'>.
import { useCallback, useEffect, useState } from 'react';
import type { JobMethodName, ResultOf } from '../../../shared/api';
import type { Job } from '../../../shared/jobs';
import { api } from '../api';

export function useJob<M extends JobMethodName>(jobId: string | null): { job: Job<ResultOf<M>> | null; cancel: () => void } {
  type R = ResultOf<M>;
  // Kept with the id it belongs to, so a new job never shows the previous one's state.
  const [seen, setJob] = useState<Job<R> | null>(null);
  const job = seen && seen.jobId === jobId ? seen : null;
  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        // jobs.get answers any job; the method that started this one says what its result is.
        const next = (await api.jobs.get({ jobId })) as Job<R>;
        if (stopped) return;
        setJob(next);
        if (next.state === 'running') timer = setTimeout(poll, 150);
      } catch {
        if (!stopped) timer = setTimeout(poll, 500);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);
  const cancel = useCallback(() => {
    if (jobId) void api.jobs.cancel({ jobId });
  }, [jobId]);
  return { job, cancel };
}

// Follows a core job (see src/shared/jobs.ts): polls jobs.get every 150 ms until it ends.
import { useCallback, useEffect, useState } from 'react';
import type { Job } from '../../../shared/jobs';
import { api } from '../api';

export function useJob<R>(jobId: string | null): { job: Job<R> | null; cancel: () => void } {
  // Kept with the id it belongs to, so a new job never shows the previous one's state.
  const [seen, setJob] = useState<Job<R> | null>(null);
  const job = seen && seen.jobId === jobId ? seen : null;
  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
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

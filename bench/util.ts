import { performance } from 'node:perf_hooks';

export interface Figure {
  bench: string;
  case: string;
  median: string;
  p95?: string;
  goal?: string;
  ok?: string;
  /** Median CPU time, where a bench measures it (beside wall-clock time). */
  cpu?: string;
}

export const figures: Figure[] = [];

/** Runs fn `runs` times (after `warmup` runs) and returns timings in ms. */
export async function measure(fn: () => unknown, runs = 30, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

export const median = (t: number[]) => t[Math.floor(t.length / 2)]!;
export const p95 = (t: number[]) => t[Math.min(t.length - 1, Math.floor(t.length * 0.95))]!;
export const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

export function record(bench: string, name: string, times: number[], goalMs?: number): void {
  const m = median(times);
  figures.push({
    bench,
    case: name,
    median: ms(m),
    p95: times.length > 1 ? ms(p95(times)) : '',
    goal: goalMs === undefined ? '' : `< ${goalMs} ms`,
    ok: goalMs === undefined ? '' : m < goalMs ? 'yes' : 'NO',
  });
}

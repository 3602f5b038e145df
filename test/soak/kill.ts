// Running the core in a child process and killing it with SIGKILL at a chosen moment.
import { spawn } from 'node:child_process';
import { bundled } from '../bundle/build';

const CHILD = bundled('run-method'); // ./run-method.ts, bundled (test/bundle/)

export interface ChildRun {
  /** How the child ended: 'killed' (by us), or its stdout's last word ('done', 'refused', 'failed'). */
  outcome: 'killed' | 'done' | 'refused' | 'failed' | 'exited' | 'hung';
  /** Milliseconds from the start of the work (see runChild) to the kill or to the child's end (null: it never got there). */
  afterStart: number | null;
  /** How long the work took by the child's own clock (first progress, or the answer, to "done"): where kills should land. */
  workMs: number | null;
  stdout: string;
  stderr: string;
}

/** The child's timestamps: the first line matching `anchor` to the "done" line. */
function workTime(stdout: string, anchor: RegExp): number | null {
  const at = (re: RegExp) => Number(new RegExp(`^${re.source.replace(/^\^/, '')}(\\d+)`, 'm').exec(stdout)?.[1] ?? NaN);
  const ms = at(/done /) - at(anchor);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * Runs `method` in a child; `killAfterMs` sends SIGKILL that long after the work began (the first
 * "progress" line of a job, whose worker thread is then up; the "started" line of a plain call),
 * unless the child has ended. Without it the child runs to its end.
 */
export function runChild(dataDir: string, method: string, input: unknown, killAfterMs?: number, deadlineMs = 240_000): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dataDir, method, JSON.stringify(input)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const anchor = isJob(method) ? /^progress /m : /^started /m;
    let startedAt: number | null = null;
    let killedAt: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      if (startedAt === null && anchor.test(stdout)) {
        startedAt = performance.now();
        if (killAfterMs !== undefined)
          timer = setTimeout(() => {
            killedAt = performance.now();
            child.kill('SIGKILL');
          }, killAfterMs);
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    // Never leave a child behind: one that has not ended by the deadline is killed and reported as hung.
    let hung = false;
    const deadline = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, deadlineMs);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      clearTimeout(deadline);
      if (hung) return resolve({ outcome: 'hung', afterStart: null, workMs: null, stdout, stderr });
      const end = killedAt ?? performance.now();
      const afterStart = startedAt === null ? null : Math.round(end - startedAt);
      if (signal === 'SIGKILL') return resolve({ outcome: 'killed', afterStart, workMs: null, stdout, stderr });
      const last = /^(done|refused|failed) /m.exec(stdout.split('\n').filter(Boolean).at(-1) ?? '')?.[1] as ChildRun['outcome'] | undefined;
      resolve({ outcome: last ?? 'exited', afterStart, workMs: workTime(stdout, anchor), stdout, stderr });
    });
  });
}

/** Jobs report progress; the others are done when they answer. */
const isJob = (method: string) => /importCsv|exportCsv|buildBatch|^backup\.(create|restore)$/.test(method);

/** A small seeded generator (mulberry32), so a run's kill times can be replayed from its printed seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

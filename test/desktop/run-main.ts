// Runs drive-main.ts in a child Node process (its own module graph, its own threads): main under
// the electron stand-in. Used by e2e/desktop-main.spec.ts and e2e/packaged-layout.spec.ts.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface Drive {
  /** The child's exit code: 0 when main started, served, answered and quit, and the process then ended on its own. */
  code: number | null;
  /** Killed after timeoutMs: main (or a thread it left running) kept the process alive. */
  timedOut: boolean;
  stderr: string;
  // What main did, as drive-main.ts recorded it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  report: Record<string, any>;
}

export function driveMain(entry: string, dataDir: string, options: { resourcesPath?: string; timeoutMs?: number; secondCopy?: boolean } = {}): Promise<Drive> {
  const reportFile = join(dataDir, '..', `report-${process.pid}-${Date.now()}.json`);
  const args = ['--import', 'tsx', '--import', join(ROOT, 'test', 'desktop', 'register.mjs'), join(ROOT, 'test', 'desktop', 'drive-main.ts'), entry, dataDir, reportFile];
  if (options.resourcesPath) args.push('--packaged', options.resourcesPath);
  else if (options.secondCopy) args.push('--second-copy');
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CLEARPACK_DATA_DIR: '' } });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', () => undefined);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 240_000);
  return new Promise((done) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : {};
      done({ code, timedOut, stderr, report });
    }),
  );
}

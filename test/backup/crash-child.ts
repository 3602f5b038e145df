// A process running the core that the crash tests kill (SIGKILL) in the middle of a backup or a
// restore: at a named step of the swap (CRASH_AT) or whenever the test decides (it says "started",
// and "restored" once a restore is swapped in and its replaced data is being packed).
// Usage: tsx test/backup/crash-child.ts DATA_DIR backup|restore [BACKUP_FILE]
import { openCore } from '../../src/core';
import { setSwapHook } from '../../src/core/backup/swap';

const [dataDir, action, path] = process.argv.slice(2);
const crashAt = process.env.CRASH_AT;
if (crashAt) setSwapHook((step) => {
  if (step === crashAt) process.kill(process.pid, 'SIGKILL');
});
const core = openCore({ dataDir: dataDir! });
const started = await core.api.call(action === 'restore' ? 'backup.restore' : 'backup.create', action === 'restore' ? { path } : {});
if (!started.ok) {
  process.stderr.write(JSON.stringify(started.error));
  process.exit(3);
}
process.stdout.write('started\n');
const job = await core.ctx.jobs!.wait((started.value as { jobId: string }).jobId);
// After a restore the replaced data is packed by a job of its own: wait for it too (the kill may come first).
const keeping = (job.result as { keepingJobId?: string | null } | undefined)?.keepingJobId;
if (keeping) {
  process.stdout.write('restored\n');
  await core.ctx.jobs!.wait(keeping);
}
core.close();
process.stdout.write(`${job.state}\n`);
process.exit(job.state === 'done' ? 0 : 4);

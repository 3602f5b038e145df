// Child process for the SIGKILL tests: opens the real core on a data folder, calls one method of
// the contract and, for a job, waits for its end. It reports on stdout as it goes ("started <ms>",
// "progress <ms> <phase> <done>/<total>" while the job's worker reports, "done <ms> <json>"), so
// the parent can kill it at a chosen moment of the work itself. Run through tsx:
//   node --import tsx test/soak/run-method.ts <dataDir> <method> <json input>
import { openCore } from '../../src/core';

const [dataDir, method, json] = process.argv.slice(2);
if (!dataDir || !method) throw new Error('usage: run-method.ts <dataDir> <method> [json input]');
const t0 = performance.now();
const core = openCore({ dataDir, now: () => new Date('2026-11-21T10:00:00.000Z') });
const ms = () => Math.round(performance.now() - t0);
const r = await core.api.call(method, json ? JSON.parse(json) : undefined);
if (!r.ok) {
  console.log(`refused ${ms()} ${JSON.stringify(r.error)}`);
  core.close();
  process.exit(2);
}
console.log(`started ${ms()}`);
let result: unknown = r.value;
const jobId = (r.value as { jobId?: string } | null)?.jobId;
if (jobId) {
  let last = '';
  const poll = setInterval(() => {
    const { progress } = core.ctx.jobs!.get(jobId);
    const now = `${progress.phase} ${progress.done}/${progress.total}`;
    if (progress.phase !== 'starting' && now !== last) console.log(`progress ${ms()} ${(last = now)}`);
  }, 10);
  const job = await core.ctx.jobs!.wait(jobId);
  clearInterval(poll);
  if (job.state !== 'done') {
    console.log(`failed ${ms()} ${JSON.stringify(job.error)}`);
    core.close();
    process.exit(3);
  }
  result = job.result;
}
console.log(`done ${ms()} ${JSON.stringify(result)}`);
core.close();

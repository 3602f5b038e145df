// Backup and restore of a 1 GB data folder (~600 MB database seeded through the catalog, ~400 MB
// of stored files), and the check that runs before the first window at that size. Goals (#11):
// backup.create and backup.restore under 15 s each; the open-time check under 300 ms.
// Seeding 1 GB takes minutes: the folder is kept in os.tmpdir() between runs (delete it to reseed).
import { randomBytes, createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../src/core';
import type { Core } from '../src/core';
import { headerProblem, quickCheck } from '../src/core/db/check';
import { DATABASE_FILE } from '../src/core/paths';
import type { RestoreReport } from '../src/shared/backup';
import type { Job } from '../src/shared/jobs';
import { seedProducts } from './seed';
import { figures, measure, record } from './util';

const DIR = join(tmpdir(), 'clearpack-bench-backup-1gb');
const DB_BYTES = 600e6;
const FILES = 80;
const FILE_BYTES = 5e6;

function seed(): void {
  if (existsSync(join(DIR, '.seeded'))) return;
  rmSync(DIR, { recursive: true, force: true });
  const core = openCore({ dataDir: DIR });
  try {
    seedProducts(core.ctx, 50_000);
    // The rest of the 600 MB as more products with long descriptions, in SQL (the create path
    // would take minutes for the ~300,000 rows it needs).
    const file = join(DIR, DATABASE_FILE);
    let next = 50_000;
    while (statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0) < DB_BYTES) {
      core.ctx.db.exec(`
        WITH RECURSIVE n(i) AS (SELECT ${next} UNION ALL SELECT i + 1 FROM n WHERE i < ${next + 19_999})
        INSERT INTO products (sku, name, local_name, description, hs_code, origin_country, unit_net_weight_g, unit_value, currency, created_at, updated_at)
        SELECT printf('BULK-%07d', i), 'Bulk product ' || i, '批量商品' || i, hex(randomblob(900)), '392690', 'CN', 100, 999, 'USD', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM n`);
      core.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
      next += 20_000;
    }
    // ~400 MB of stored files, content-addressed as attachments are.
    mkdirSync(join(DIR, 'files'), { recursive: true });
    for (let i = 0; i < FILES; i++) {
      const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(FILE_BYTES)]);
      writeFileSync(join(DIR, 'files', createHash('sha256').update(bytes).digest('hex')), bytes);
    }
  } finally {
    core.close();
  }
  writeFileSync(join(DIR, '.seeded'), new Date().toISOString());
}

async function job(core: Core, method: 'backup.create' | 'backup.restore', input: Record<string, unknown>): Promise<{ ms: number; job: Job }> {
  const t = performance.now();
  const r = await core.api.call(method, input);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const done = await core.ctx.jobs!.wait((r.value as { jobId: string }).jobId);
  if (done.state !== 'done') throw new Error(`${method}: ${JSON.stringify(done.error)}`);
  return { ms: performance.now() - t, job: done };
}

export async function run(): Promise<void> {
  const t0 = performance.now();
  seed();
  const seededIn = performance.now() - t0;
  const file = join(DIR, DATABASE_FILE);
  const dbMb = statSync(file).size / 1e6;
  figures.push({ bench: 'backup', case: `data folder: ${dbMb.toFixed(0)} MB database + ${((FILES * FILE_BYTES) / 1e6).toFixed(0)} MB files${seededIn > 5000 ? ` (seeded in ${(seededIn / 1000).toFixed(0)} s)` : ' (cached)'}; load average ${loadavg()[0]!.toFixed(1)}`, median: '' });

  // What stands before the first window: openCore (header check; the quick_check goes to a job above 64 MB).
  record('backup', 'open-time check (header) at 1 GB', await measure(() => headerProblem(file), 50, 5), 300);
  record('backup', 'openCore at 1 GB (first window waits for this)', await measure(() => {
    const c = openCore({ dataDir: DIR });
    c.close();
  }, 5, 1), 300);
  record('backup', 'quick_check at 1 GB (background job, information)', await measure(() => quickCheck(file), 1, 0));

  const core = openCore({ dataDir: DIR });
  const out = join(tmpdir(), `clearpack-bench-${process.pid}.clearpack-backup`);
  try {
    const made = await job(core, 'backup.create', { path: out });
    record('backup', `backup.create 1 GB (${(statSync(out).size / 1e6).toFixed(0)} MB file)`, [made.ms], 15_000);
    // The restore may not start beside another job (the open-time check of a large file).
    while (core.ctx.jobs!.running()) await new Promise((ok) => setTimeout(ok, 50));
    const restored = await job(core, 'backup.restore', { path: out });
    record('backup', 'backup.restore 1 GB (verify + swap, current data set aside)', [restored.ms], 15_000);
    const { previousKeptAt: kept, keepingJobId } = restored.job.result as RestoreReport;
    if (keepingJobId) {
      const t = performance.now();
      const keeping = await core.ctx.jobs!.wait(keepingJobId);
      if (keeping.state !== 'done') throw new Error(`backup.keepSetAside: ${JSON.stringify(keeping.error)}`);
      record('backup', 'after it: the replaced data packed into a "before restore" backup (background job)', [performance.now() - t]);
    }
    if (kept) rmSync(kept, { force: true });
  } finally {
    core.close();
    rmSync(out, { force: true });
  }
}

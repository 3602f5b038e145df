// A file where the database should be that is not a whole SQLite database is never replaced or
// re-created: the core opens in recovery mode and every door answers DATABASE_UNREADABLE.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/core';
import { headerProblem } from '../../src/core/db/check';
import { DATABASE_FILE } from '../../src/core/paths';
import { tempDir } from '../helpers';
import { backupNow, sha } from '../backup/helpers';
import type { TestCore } from '../helpers';

/** A data folder with the demo in it and one backup, closed. */
async function folderWithData(): Promise<{ dataDir: string; file: string; backup: string }> {
  const dataDir = tempDir();
  const core = openCore({ dataDir });
  const call = async (m: string, i: unknown) => {
    const r = await core.api.call(m, i);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  await call('demo.load', {});
  const made = await backupNow({ ...core, ok: call, fail: null, snapshot: null } as unknown as TestCore);
  core.close();
  // The backup's worker thread closes its connection just after the job ends; wait for the last
  // close (its checkpoint) so the damage below is not written over.
  const file = join(dataDir, DATABASE_FILE);
  for (let i = 0; i < 100 && existsSync(`${file}-wal`); i++) await new Promise((ok) => setTimeout(ok, 50));
  return { dataDir, file, backup: made.path };
}

const damages: [string, (file: string) => void][] = [
  ['0 bytes', (f) => truncateSync(f, 0)],
  ['truncated to half', (f) => truncateSync(f, Math.floor(statSync(f).size / 2 / 4096) * 4096)],
  ['garbage before it', (f) => writeFileSync(f, Buffer.concat([Buffer.from('GARBAGE!'.repeat(64)), readFileSync(f)]))],
  ['8 KiB of garbage in the middle', (f) => {
    const b = readFileSync(f);
    const at = Math.floor(b.length / 2 / 4096) * 4096;
    for (let i = 0; i < 8192; i++) b[at + i] = (i * 131 + 7) & 0xff;
    writeFileSync(f, b);
  }],
  ['not SQLite at all', (f) => writeFileSync(f, 'sku,name\nA,b\n')],
];

describe('opening safely', () => {
  for (const [what, damage] of damages) {
    for (const where of ['at open', 'in the background'] as const) {
      if (where === 'in the background' && what !== '8 KiB of garbage in the middle') continue;
      it(`a database file with ${what} is refused (${where}): DATABASE_UNREADABLE naming the file and the newest backup, file untouched, no demo`, async () => {
        const { dataDir, file, backup } = await folderWithData();
        damage(file);
        const before = sha(readFileSync(file));
        const core = openCore({ dataDir, checkAtOpenBytes: where === 'at open' ? undefined : 0 });
        try {
          if (where === 'in the background') {
            expect((await core.api.call('app.info', {})).ok).toBe(true);
            // The check job ends and switches the core into recovery mode.
            for (let i = 0; i < 200 && core.ctx.state!.check === 'checking'; i++) await new Promise((ok) => setTimeout(ok, 50));
          }
          const info = await core.api.call('app.info', {});
          expect(info).toMatchObject({ ok: true, value: { recovery: { databaseFile: file, newestBackup: { path: backup } }, check: 'failed' } });
          for (const [method, input] of [['demo.load', {}], ['products.list', {}], ['products.create', { sku: 'X', name: 'x' }]] as const) {
            const r = await core.api.call(method, input);
            expect(r).toMatchObject({ ok: false, error: { code: 'DATABASE_UNREADABLE', details: { file, newestBackup: { path: backup } } } });
          }
          expect((await core.api.call('backup.list', {})).ok).toBe(true);
        } finally {
          core.close();
        }
        expect(sha(readFileSync(file))).toBe(before);
        // Opened again (as the next start would): still refused, still untouched.
        const again = openCore({ dataDir });
        expect(again.ctx.state!.recovery).toMatchObject({ databaseFile: file });
        again.close();
        expect(sha(readFileSync(file))).toBe(before);
      });
    }
  }

  it('the recovery screen\'s way out: restoring the newest backup brings the data back', async () => {
    const { dataDir, file, backup } = await folderWithData();
    truncateSync(file, 0);
    const core = openCore({ dataDir });
    try {
      const started = await core.api.call('backup.restore', { path: backup });
      if (!started.ok) throw new Error(JSON.stringify(started.error));
      const job = await core.ctx.jobs!.wait((started.value as { jobId: string }).jobId);
      expect(job.state, JSON.stringify(job.error)).toBe('done');
      const info = await core.api.call('app.info', {});
      expect(info).toMatchObject({ ok: true, value: { recovery: null, check: 'ok' } });
      const products = await core.api.call('products.list', {});
      expect(products.ok && (products.value as { total: number }).total).toBeGreaterThan(0);
      // The unreadable file had no backup of its own: it was kept aside under backups/, not deleted.
      expect((job.result as { previousKeptAt: string | null }).previousKeptAt).toBeNull();
      const kept = readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('.replaced'));
      expect(kept).toHaveLength(1);
      expect(statSync(join(dataDir, 'backups', kept[0]!, DATABASE_FILE)).size).toBe(0);
    } finally {
      core.close();
    }
  });

  it('only a missing file means a new data folder', () => {
    const dataDir = tempDir();
    const core = openCore({ dataDir });
    expect(statSync(join(dataDir, DATABASE_FILE)).size).toBeGreaterThan(0);
    expect(core.ctx.state!.recovery).toBeNull();
    core.close();
  });

  it('a file locked by another program: DATABASE_UNAVAILABLE (locked), no stack, file untouched', () => {
    const dataDir = tempDir();
    openCore({ dataDir }).close();
    const file = join(dataDir, DATABASE_FILE);
    const other = new Database(file);
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => openCore({ dataDir })).toThrow(expect.objectContaining({ code: 'DATABASE_UNAVAILABLE', details: expect.objectContaining({ reason: 'locked', file }) }));
    } finally {
      other.exec('COMMIT');
      other.close();
    }
  });

  it('the header check finds a truncated file in microseconds without SQLite', () => {
    const dataDir = tempDir();
    openCore({ dataDir }).close();
    const file = join(dataDir, DATABASE_FILE);
    expect(headerProblem(file)).toBeNull();
    truncateSync(file, 4096);
    expect(headerProblem(file)).toMatch(/truncated/);
  });
});

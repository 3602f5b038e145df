import Database from 'better-sqlite3';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '..';
import type { Core } from '..';
import { tempDir } from '../../../test/helpers';
import { databaseAt } from '../../../test/db/helpers';
import { LATEST_VERSION, migrations } from '../db/migrations';

/** The version before the latest (the list may skip a number). */
const PREVIOUS = migrations.at(-2)!.version;
import { schemaVersion } from '../db/open';
import { createBackup } from './create';
import { listBackups } from './host';
import { backupsDir } from './paths';
import { isoWeek, localDay } from './retention';

const DAY = 86_400_000;
const idle = async (core: Core) => {
  for (let i = 0; i < 400 && core.ctx.jobs!.running(); i++) await new Promise((ok) => setTimeout(ok, 25));
};

describe('automatic backups', () => {
  it('over 60 days of daily backups, the last 7 daily and 4 weekly are kept (never a manual one)', () => {
    let clock = new Date('2026-09-01T09:30:00');
    const core = openCore({ dataDir: tempDir(), now: () => clock });
    try {
      const manual = createBackup(core.ctx, 'manual', undefined);
      for (let d = 0; d < 60; d++) {
        clock = new Date(new Date('2026-09-02T09:30:00').getTime() + d * DAY);
        createBackup(core.ctx, 'auto', undefined);
      }
      const { items } = listBackups(core.ctx, { offset: 0, limit: 200 });
      const daily = items.filter((b) => b.kind === 'daily');
      const weekly = items.filter((b) => b.kind === 'weekly');
      expect(daily).toHaveLength(7);
      expect(weekly).toHaveLength(4);
      expect(items.filter((b) => b.kind === 'manual').map((b) => b.path)).toEqual([manual.path]);
      expect(items).toHaveLength(12);
      // The dailies are the last 7 days; each weekly is alone in its ISO week and older than them.
      expect(daily.map((b) => localDay(new Date(b.createdAt)))).toEqual(
        Array.from({ length: 7 }, (_, i) => localDay(new Date(clock.getTime() - i * DAY))),
      );
      expect(new Set(weekly.map((b) => isoWeek(new Date(b.createdAt)))).size).toBe(4);
      expect(weekly.every((b) => b.createdAt < daily.at(-1)!.createdAt)).toBe(true);
      // Nothing else is left in the folder (no partial or work files either).
      expect(readdirSync(backupsDir(core.ctx.dataDir))).toHaveLength(12);
    } finally {
      core.close();
    }
  });

  it('the start-of-day backup runs as a job after open, at most once a day', async () => {
    const dataDir = tempDir();
    let clock = new Date('2026-12-01T08:00:00');
    openCore({ dataDir }).close(); // a data folder that exists (a new one is not backed up)
    const startOnce = async () => {
      const core = openCore({ dataDir, now: () => clock, autoBackup: true });
      await idle(core);
      const n = listBackups(core.ctx, { offset: 0, limit: 200 }).items.filter((b) => b.kind === 'daily' || b.kind === 'weekly').length;
      core.close();
      return n;
    };
    expect(await startOnce()).toBe(1);
    clock = new Date('2026-12-01T17:00:00');
    expect(await startOnce()).toBe(1);
    clock = new Date('2026-12-02T07:00:00');
    expect(await startOnce()).toBe(2);
  });

  it('before a migration the old database is backed up (and the backup restores at its old version)', () => {
    const { file, db } = databaseAt(PREVIOUS);
    db.prepare(`INSERT INTO products (sku, name, created_at, updated_at) VALUES ('OLD-1', 'Made by the previous version', 't', 't')`).run();
    db.close();
    const dataDir = dirname(file);
    const core = openCore({ dataDir });
    try {
      expect(schemaVersion(core.ctx.db)).toBe(LATEST_VERSION);
      const { items } = listBackups(core.ctx, { offset: 0, limit: 20 });
      expect(items).toMatchObject([{ kind: 'before-migration', schemaVersion: PREVIOUS, counts: { products: 1 } }]);
    } finally {
      core.close();
    }
  });

  it('a failed pre-migration backup refuses to migrate', () => {
    const { file, db } = databaseAt(PREVIOUS);
    db.close();
    const dataDir = dirname(file);
    writeFileSync(join(dataDir, 'backups'), 'a file where the backups folder should be');
    expect(() => openCore({ dataDir })).toThrow(expect.objectContaining({ code: 'BLOCKED', details: expect.objectContaining({ reason: 'backup_before_migration_failed' }) }));
    const again = new Database(file, { readonly: true });
    expect(schemaVersion(again)).toBe(PREVIOUS);
    again.close();
  });
});

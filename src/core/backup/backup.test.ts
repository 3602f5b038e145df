import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testCore, tempDir } from '../../../test/helpers';
import { packSetup } from '../../../test/fixtures/shipment-packs';
import { PNG } from '../../../test/fixtures/claims';
import { file, runJob } from '../../../test/jobs';
import type { BackupCreated } from '../../shared/backup';
import { TABLES, backupNow, rebuilt, restore, sha, storedState } from '../../../test/backup/helpers';
import { LATEST_VERSION } from '../db/migrations';
import { packSetAside } from './create';
import * as tar from 'tar';

async function smallData() {
  const core = testCore();
  await core.ok('demo.load', {});
  const supplier = (await core.ok('suppliers.list', {})).items[0]!;
  await core.ok('attachments.add', { owner: { kind: 'supplier', id: supplier.id }, path: file('photo.png', PNG) });
  return core;
}

describe('backup.create and backup.restore', () => {
  it('a restore gives back the same rows and byte-identical stored files, and keeps what it replaced', async () => {
    const { core, cn22 } = await packSetup();
    await core.ok('documents.buildPack', { shipmentId: cn22.id });
    const rows = core.snapshot(...TABLES);
    const stored = storedState(core.ctx.dataDir);
    expect(Object.keys(stored).some((p) => p.startsWith('packs/'))).toBe(true);
    expect(Object.keys(stored).some((p) => p.startsWith('files/'))).toBe(true);

    const made = await backupNow(core);
    expect(made.path.startsWith(join(core.ctx.dataDir, 'backups'))).toBe(true);
    expect(made.path).toMatch(/clearpack-\d{4}-\d\d-\d\dT\d{6}-manual\.clearpack-backup$/);
    // A plain tar, manifest first.
    const names: string[] = [];
    tar.t({ file: made.path, sync: true, onReadEntry: (e) => names.push(e.path) });
    expect(names[0]).toBe('manifest.json');
    expect(names).toContain('database/clearpack.sqlite');

    // Change things: a new product, a pack built again, an attachment removed.
    await core.ok('products.create', { sku: 'NEW-1', name: 'Added after the backup' });
    const att = (await core.ok('attachments.list', { owner: { kind: 'certificate', id: 1 } }))[0]!;
    await core.ok('attachments.remove', { id: att.id });
    expect(core.snapshot(...TABLES)).not.toEqual(rows);

    const job = await restore(core, made.path);
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    expect(core.snapshot(...TABLES)).toEqual(rows);
    expect(storedState(core.ctx.dataDir)).toEqual(stored);
    expect(job.result!.previousKeptAt).toMatch(/before-restore\.clearpack-backup$/);
    // The replaced data is packed into that backup in the background, after the swap.
    const keeping = await core.ctx.jobs!.wait(job.result!.keepingJobId!);
    expect(keeping.state, JSON.stringify(keeping.error)).toBe('done');
    expect(readdirSync(join(core.ctx.dataDir, 'backups')).filter((n) => !n.endsWith('.clearpack-backup'))).toEqual([]);
    const list = await core.ok('backup.list', {});
    expect(list.items.map((b) => b.kind).sort()).toEqual(['before-restore', 'manual']);
    // The connection was reopened: writes work.
    await core.ok('products.create', { sku: 'AFTER', name: 'After restore' });
    expect(core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('a restore is not held back while the data a previous restore set aside is still being packed', async () => {
    const core = await smallData();
    const made = await backupNow(core);
    await core.ok('products.create', { sku: 'LIVE-1', name: 'Only in the live data' });
    const first = await restore(core, made.path);
    expect(first.state, JSON.stringify(first.error)).toBe('done');
    // The packing of the replaced data has just started (its worker is not even up yet): a second
    // restore starts beside it instead of being refused; the packing touches nothing it replaces.
    expect((await core.ok('jobs.get', { jobId: first.result!.keepingJobId! })).state).toBe('running');
    await core.ok('products.create', { sku: 'LIVE-2', name: 'Made between the restores' });
    const second = await restore(core, made.path);
    expect(second.state, JSON.stringify(second.error)).toBe('done');
    for (const job of [first, second]) {
      const keeping = await core.ctx.jobs!.wait(job.result!.keepingJobId!);
      expect(keeping.state, JSON.stringify(keeping.error)).toBe('done');
    }
    const list = await core.ok('backup.list', {});
    expect(list.items.filter((b) => b.kind === 'before-restore')).toHaveLength(2);
    expect((await core.ok('products.list', { query: 'LIVE' })).total).toBe(0);
    // Each "before restore" backup holds the data it replaced, whole.
    const inspected = await Promise.all(list.items.filter((b) => b.kind === 'before-restore').map((b) => core.ok('backup.inspect', { path: b.path })));
    const inBackup = (await core.ok('backup.inspect', { path: made.path })).counts.products!;
    expect(inspected.map((b) => b.counts.products)).toEqual([inBackup + 1, inBackup + 1]);
  });

  it('packing set-aside data removes the half-written archive an earlier, killed try of the same pack left, and nothing else', async () => {
    const core = await smallData();
    const folder = join(tempDir(), 'clearpack-2026-12-03T194056-before-restore.set-aside');
    core.close();
    cpSync(core.ctx.dataDir, folder, { recursive: true });
    writeFileSync(join(folder, 'set-aside.json'), JSON.stringify({ replacedAt: '2026-12-03T19:40:56.000Z' }));
    const target = folder.replace(/\.set-aside$/, '.clearpack-backup');
    const earlier = join(dirname(target), `.${basename(target)}.6c3f73cb.partial`);
    const someoneElses = join(dirname(target), '.clearpack-2026-12-03T194100-manual.clearpack-backup.0a1b.partial');
    writeFileSync(earlier, 'cut off');
    writeFileSync(someoneElses, 'being written');
    const made = packSetAside(folder, target, '0.1.0');
    expect(made.path).toBe(target);
    expect(readdirSync(dirname(target)).sort()).toEqual([basename(someoneElses), basename(target)].sort());
  });

  it('a backup to a chosen path: absolute, .clearpack-backup, never inside the data folder\'s areas', async () => {
    const core = await smallData();
    const out = join(tempDir(), 'usb', 'x.clearpack-backup');
    expect((await core.fail('backup.create', { path: out })).details.issues).toMatchObject([{ path: 'path', key: 'folder_not_found' }]);
    expect((await core.fail('backup.create', { path: 'relative.clearpack-backup' })).details.issues).toMatchObject([{ key: 'path_not_absolute' }]);
    expect((await core.fail('backup.create', { path: join(tempDir(), 'x.tar') })).details.issues).toMatchObject([{ key: 'path_extension' }]);
    for (const inside of ['files/a.clearpack-backup', 'packs/b.clearpack-backup', 'clearpack.sqlite', 'documents/x.clearpack-backup'])
      expect((await core.fail('backup.create', { path: join(core.ctx.dataDir, inside) })).details.issues).toMatchObject([{ path: 'path' }]);
    // documents/ exists once a pack was saved there: a backup in it would be carried by the next one.
    mkdirSync(join(core.ctx.dataDir, 'documents', 'packs'), { recursive: true });
    for (const inDocuments of ['documents/x.clearpack-backup', 'documents/packs/y.clearpack-backup'])
      expect((await core.fail('backup.create', { path: join(core.ctx.dataDir, inDocuments) })).details.issues).toMatchObject([{ path: 'path', key: 'path_in_data_folder', params: { area: 'documents' } }]);
    const ok = join(tempDir(), 'mine.clearpack-backup');
    const made = await backupNow(core, ok);
    expect(made.path).toBe(ok);
    // Not in backups/, so not listed (and never pruned).
    expect((await core.ok('backup.list', {})).total).toBe(0);
    expect((await core.ok('backup.inspect', { path: ok })).counts.products).toBeGreaterThan(0);
  });

  it('a file already at the path is kept unless a save dialog asked (overwrite); then it is replaced whole', async () => {
    const core = await smallData();
    const out = join(tempDir(), 'stick.clearpack-backup');
    writeFileSync(out, 'last week’s backup');
    expect((await core.fail('backup.create', { path: out })).details.issues).toMatchObject([{ path: 'path', key: 'file_exists' }]);
    expect(readFileSync(out, 'utf8')).toBe('last week’s backup');
    const job = await runJob<BackupCreated>(core, 'backup.create', { path: out, overwrite: true });
    expect(job.state).toBe('done');
    expect((await core.ok('backup.inspect', { path: out })).counts.products).toBeGreaterThan(0);
    // nothing left beside it (the backup is written to a temporary file and renamed over the old one)
    expect(readdirSync(dirname(out)).filter((n) => n.includes('stick'))).toEqual(['stick.clearpack-backup']);
  });

  const refusals: [string, (dir: string) => void, string][] = [
    ['one flipped byte in a stored file', (dir) => {
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      const f = join(dir, m.files[0].path);
      const b = readFileSync(f);
      b[b.length - 1] = b[b.length - 1]! ^ 0x01;
      writeFileSync(f, b);
    }, 'backup_damaged'],
    ['one flipped byte in the database', (dir) => {
      const f = join(dir, 'database/clearpack.sqlite');
      const b = readFileSync(f);
      b[Math.floor(b.length / 2)] = b[Math.floor(b.length / 2)]! ^ 0x01;
      writeFileSync(f, b);
    }, 'backup_damaged'],
    ['a missing manifest', (dir) => rmSync(join(dir, 'manifest.json')), 'backup_unreadable'],
    ['a missing stored file', (dir) => {
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      rmSync(join(dir, m.files[0].path));
    }, 'backup_damaged'],
    ['a database that fails integrity_check although its hash is recorded', (dir) => {
      const f = join(dir, 'database/clearpack.sqlite');
      const b = readFileSync(f);
      b.fill(0x41, 4096 * 3, 4096 * 3 + 4096); // a whole page of garbage
      writeFileSync(f, b);
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      m.database.sha256 = sha(b);
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
    }, 'backup_damaged'],
  ];
  for (const [what, change, key] of refusals) {
    it(`a backup with ${what} is refused and nothing changes`, async () => {
      const core = await smallData();
      const made = await backupNow(core, join(tempDir(), 'good.clearpack-backup'));
      const bad = await rebuilt(made.path, change);
      await core.ok('products.create', { sku: 'LATER', name: 'Made after the backup' });
      const rows = core.snapshot(...TABLES);
      const stored = storedState(core.ctx.dataDir);
      const started = await core.api.call('backup.restore', { path: bad });
      const error = started.ok ? (await core.ctx.jobs!.wait((started.value as { jobId: string }).jobId)).error : started.error;
      expect(error?.details.issues).toMatchObject([{ path: 'path', key }]);
      expect(core.snapshot(...TABLES)).toEqual(rows);
      expect(storedState(core.ctx.dataDir)).toEqual(stored);
      expect((await core.ok('backup.list', {})).items.filter((b) => b.kind === 'before-restore')).toEqual([]);
    });
  }

  it('a backup from a newer Clearpack is refused (DB_TOO_NEW) before anything starts', async () => {
    const core = await smallData();
    const made = await backupNow(core, join(tempDir(), 'good.clearpack-backup'));
    const future = await rebuilt(made.path, (dir) => {
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      m.schemaVersion = LATEST_VERSION + 1;
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
    });
    const rows = core.snapshot(...TABLES);
    const err = await core.fail('backup.restore', { path: future });
    expect(err).toMatchObject({ code: 'DB_TOO_NEW', details: { fileVersion: LATEST_VERSION + 1, supportedVersion: LATEST_VERSION } });
    expect(core.snapshot(...TABLES)).toEqual(rows);
  });

  it('a restore is refused while another job writes', async () => {
    const core = await smallData();
    const made = await backupNow(core, join(tempDir(), 'good.clearpack-backup'));
    const csv = file('p.csv', `sku,name\n${Array.from({ length: 20000 }, (_, i) => `S${i},Name ${i}`).join('\n')}\n`);
    const { jobId } = await core.ok('products.importCsv', { path: csv, mapping: { sku: 'sku', name: 'name' } } as never);
    const err = await core.fail('backup.restore', { path: made.path });
    expect(err.code).toBe('CONFLICT');
    await core.ctx.jobs!.wait(jobId);
  });

  it('the restored database is a real SQLite file a person can open', async () => {
    const core = await smallData();
    const made = await backupNow(core, join(tempDir(), 'b.clearpack-backup'));
    const dir = tempDir();
    tar.x({ file: made.path, cwd: dir, sync: true });
    const db = new Database(join(dir, 'database/clearpack.sqlite'), { readonly: true });
    const count = (d: Database.Database) => d.prepare('SELECT count(*) AS n FROM products').get();
    expect(count(db)).toEqual(count(core.ctx.db));
    db.close();
  });
});

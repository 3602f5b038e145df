// SIGKILL in the middle of a restore or a backup: the data folder then opens with either the old
// or the new data, whole (integrity ok, every attachment's file there with its hash), and no partial
// backup is ever listed.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as tar from 'tar';
import { openCore } from '../../src/core';
import { readManifestHead } from '../../src/core/backup/manifest';
import { tempDir } from '../helpers';
import { file } from '../jobs';
import { backupNow, sha } from './helpers';
import type { TestCore } from '../helpers';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CHILD = join(ROOT, 'test', 'backup', 'crash-child.ts');
const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Runs the child; kills it `killAfterMs` after it said `killOn` ("started" unless told) (or lets CRASH_AT kill it).
 * `killWhenWriting`: once it said `killOn`, kills it the moment a half-written archive (.partial) shows
 * under `killWhenWriting` (a folder): inside the packing, however fast the machine (a fixed delay
 * landed before the packing on one machine and after it on another).
 */
function child(args: string[], { killAfterMs, crashAt, killOn = 'started', killWhenWriting }: { killAfterMs?: number; crashAt?: string; killOn?: string; killWhenWriting?: string }): Promise<{ code: number | null; signal: string | null; out: string }> {
  return new Promise((ok) => {
    // Still from the sources through tsx, job worker too (no bundled one, test/bundle/): its kill points are
    // timed to that start-up. Node itself with tsx's loader, not the tsx CLI: that one runs the script in a child process of
    // its own, which a SIGKILL of the CLI leaves running (it went on writing into the folder).
    const p = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT, env: { ...process.env, CLEARPACK_JOB_WORKER_FILE: '', ...(crashAt ? { CRASH_AT: crashAt } : {}) } });
    let out = '';
    let armed = false;
    let watch: NodeJS.Timeout | undefined;
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (armed || !out.includes(killOn)) return;
      if (killAfterMs !== undefined) {
        armed = true;
        setTimeout(() => p.kill('SIGKILL'), killAfterMs);
      } else if (killWhenWriting !== undefined) {
        armed = true;
        watch = setInterval(() => {
          if (readdirSync(killWhenWriting).some((n) => n.endsWith('.partial'))) {
            clearInterval(watch);
            p.kill('SIGKILL');
          }
        }, 1);
      }
    });
    p.stderr.on('data', (d: Buffer) => (out += d.toString()));
    p.on('exit', (code, signal) => {
      clearInterval(watch);
      ok({ code, signal, out });
    });
  });
}

const call = (core: ReturnType<typeof openCore>) => async (m: string, i: unknown) => {
  const r = await core.api.call(m, i);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as never;
};

/** What a data folder holds: product SKUs, and whether every attachment's file is there, whole. */
function stateOf(dataDir: string): { skus: string[]; attachments: number; whole: boolean; integrity: string } {
  const core = openCore({ dataDir });
  try {
    expect(core.ctx.state!.recovery).toBeNull();
    const db = core.ctx.db;
    const skus = (db.prepare('SELECT sku FROM products ORDER BY sku').pluck().all() as string[]);
    const files = db.prepare('SELECT DISTINCT f.sha256 FROM attachments a JOIN files f ON f.sha256 = a.sha256').pluck().all() as string[];
    const whole = files.every((h) => existsSync(join(dataDir, 'files', h)) && sha(readFileSync(join(dataDir, 'files', h))) === h);
    const attachments = db.prepare('SELECT count(*) FROM attachments').pluck().get() as number;
    return { skus, attachments, whole, integrity: db.pragma('integrity_check', { simple: true }) as string };
  } finally {
    core.close();
  }
}

async function setup(): Promise<{ template: string; backup: string; before: ReturnType<typeof stateOf>; after: ReturnType<typeof stateOf> }> {
  const dataDir = tempDir();
  const core = openCore({ dataDir });
  const ok = call(core);
  await ok('demo.load', {});
  const supplier = ((await ok('suppliers.list', {})) as { items: { id: number }[] }).items[0]!;
  // A few MB of stored files, so a backup and a restore take long enough to be cut in the middle.
  const ids: number[] = [];
  for (let i = 0; i < 6; i++) ids.push(((await ok('attachments.add', { owner: { kind: 'supplier', id: supplier.id }, path: file(`p${i}.png`, Buffer.concat([PNG_HEAD, randomBytes(3 << 20)])) })) as { id: number }).id);
  const backup = join(tempDir(), 'new.clearpack-backup');
  await backupNow({ ok, ctx: core.ctx } as unknown as TestCore, backup);
  // The "old" data: different rows and different stored files.
  await ok('products.create', { sku: 'ONLY-IN-OLD', name: 'Made after the backup' });
  for (const id of ids.slice(0, 3)) await ok('attachments.remove', { id });
  await ok('attachments.add', { owner: { kind: 'supplier', id: supplier.id }, path: file('late.png', Buffer.concat([PNG_HEAD, randomBytes(1 << 20)])) });
  core.close();
  await new Promise((r) => setTimeout(r, 300)); // the backup worker's connection closes
  const before = stateOf(dataDir);
  const probe = tempDir();
  cpSync(dataDir, probe, { recursive: true });
  const restored = openCore({ dataDir: probe });
  const { jobId } = await call(restored)('backup.restore', { path: backup }) as { jobId: string };
  const job = await restored.ctx.jobs!.wait(jobId);
  restored.close();
  expect(job.state, JSON.stringify(job.error)).toBe('done');
  const after = stateOf(probe);
  expect(before.skus).not.toEqual(after.skus);
  expect(before.attachments).not.toBe(after.attachments);
  return { template: dataDir, backup, before, after };
}

describe('SIGKILL during a restore', () => {
  it('at every step of the swap and at times while it verifies: old or new data, whole, never a mix', async () => {
    const { template, backup, before, after } = await setup();
    const points: { crashAt?: string; killAfterMs?: number }[] = [
      { killAfterMs: 30 }, { killAfterMs: 300 },
      ...['journal:out', 'out:files', 'journal:in', 'in:clearpack.sqlite', 'in:files', 'journal:done'].map((crashAt) => ({ crashAt })),
    ];
    const seen: string[] = [];
    for (const point of points) {
      const dataDir = tempDir();
      cpSync(template, dataDir, { recursive: true });
      const r = await child([dataDir, 'restore', backup], point);
      const state = stateOf(dataDir);
      expect(state.integrity).toBe('ok');
      expect(state.whole, JSON.stringify(point)).toBe(true);
      const which = JSON.stringify(state) === JSON.stringify(before) ? 'old' : JSON.stringify(state) === JSON.stringify(after) ? 'new' : 'mixed';
      expect(which, `${JSON.stringify(point)} → ${JSON.stringify(state)} (${r.signal ?? r.code} ${r.out})`).not.toBe('mixed');
      expect(existsSync(join(dataDir, '.restore'))).toBe(false);
      // tsx runs the script in a child of its own: a kill there shows as exit code 137 (128 + 9).
      const killed = r.signal === 'SIGKILL' || r.code === 137;
      seen.push(`${point.crashAt ?? `${point.killAfterMs}ms`}:${killed ? 'killed' : r.code}:${which}`);
    }
    // Every named step was reached and killed there; once the journal exists the next open rolls forward.
    expect(seen.filter((s) => !s.includes('ms:'))).toEqual(points.filter((p) => p.crashAt).map((p) => `${p.crashAt}:killed:new`));
    // Killed in the first milliseconds (while verifying into the staging folder): the old data.
    expect(seen[0]).toMatch(/^30ms:killed:old$/);
  }, 400_000);
});

describe('SIGKILL after a restore, before the replaced data is packed into its backup', () => {
  it('the replaced data stays whole under backups/ and becomes a "before restore" backup at the next open', async () => {
    const { template, backup, before, after } = await setup();
    // Killed right after the swap (before the packing job started), as the packing starts, and
    // while it writes the archive (which a resumed packing must not leave behind, half-written).
    const points: { crashAt?: string; killAfterMs?: number; killOn?: string; writing?: true }[] = [{ crashAt: 'cleaned' }, { killOn: 'restored', killAfterMs: 20 }, { killOn: 'restored', writing: true }];
    for (const point of points) {
      const dataDir = tempDir();
      cpSync(template, dataDir, { recursive: true });
      const r = await child([dataDir, 'restore', backup], { ...point, killWhenWriting: point.writing && join(dataDir, 'backups') });
      expect(r.signal === 'SIGKILL' || r.code === 137, `${JSON.stringify(point)}: ${r.out}`).toBe(true);
      // Nothing listed yet, nothing half-written listed; the old data waits, whole, in one folder.
      const waiting = readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('.set-aside'));
      expect(waiting, JSON.stringify(point)).toHaveLength(1);
      // Killed while writing: its half-written archive is there, hidden, until the packing is done again.
      if (point.writing) expect(readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('.partial'))).toHaveLength(1);
      const core = openCore({ dataDir });
      let kept: string;
      try {
        // The next open packs it in the background.
        for (let i = 0; i < 600 && core.ctx.jobs!.running(); i++) await new Promise((ok) => setTimeout(ok, 50));
        const list = await call(core)('backup.list', {}) as { items: { path: string; kind: string }[] };
        const previous = list.items.filter((b) => b.kind === 'before-restore');
        expect(previous, JSON.stringify(point)).toHaveLength(1);
        kept = previous[0]!.path;
        expect(readdirSync(join(dataDir, 'backups')).filter((n) => !n.endsWith('.clearpack-backup'))).toEqual([]);
      } finally {
        core.close();
      }
      expect(stateOf(dataDir)).toEqual(after);
      // And restoring that backup gives the old data back.
      const again = openCore({ dataDir });
      try {
        const { jobId } = await call(again)('backup.restore', { path: kept }) as { jobId: string };
        expect((await again.ctx.jobs!.wait(jobId)).state).toBe('done');
      } finally {
        again.close();
      }
      expect(stateOf(dataDir)).toEqual(before);
    }
  }, 400_000);
});

describe('SIGKILL during a backup', () => {
  it('no partial backup is ever listed, and every listed one is whole', async () => {
    const { template } = await setup();
    for (const ms of [30, 200, 600]) {
      const dataDir = tempDir();
      cpSync(template, dataDir, { recursive: true });
      await child([dataDir, 'backup'], { killAfterMs: ms });
      const core = openCore({ dataDir });
      try {
        const list = await call(core)('backup.list', {}) as { items: { path: string }[] };
        const onDisk = existsSync(join(dataDir, 'backups')) ? readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('.clearpack-backup') && !n.startsWith('.')) : [];
        expect(list.items.map((b) => b.path.split('/').pop()).sort()).toEqual(onDisk.sort());
        for (const b of list.items) {
          const names: string[] = [];
          tar.t({ file: b.path, sync: true, strict: true, onReadEntry: (e) => names.push(e.path) });
          expect(names.sort()).toEqual(['manifest.json', 'database/clearpack.sqlite', ...readManifestHead(b.path)!.files.map((f) => f.path)].sort());
        }
      } finally {
        core.close();
      }
    }
  }, 400_000);
});

// The core host under plain Node: the real core in a real worker thread on a real SQLite file,
// reached only through the starter's envelopes, as Electron's main process reaches it.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers';
import type { Envelope } from '../../shared/contract';
import type { Job } from '../../shared/jobs';
import { findResourcesDir } from '../paths';
import { startCoreHost } from './start';
import type { CoreHost, CoreRestarted } from './start';

const hosts: CoreHost[] = [];
afterEach(async () => {
  while (hosts.length) await hosts.pop()!.close();
});

async function start(options: Parameters<typeof startCoreHost>[0]): Promise<CoreHost> {
  const host = await startCoreHost(options);
  hosts.push(host);
  return host;
}

const value = <T>(r: Envelope): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
};

const total = async (host: CoreHost, query?: string) => value<{ total: number }>(await host.call('products.list', query ? { query } : {})).total;

async function waitJob(host: CoreHost, jobId: string): Promise<Job> {
  for (;;) {
    const job = value<Job>(await host.call('jobs.get', { jobId }));
    if (job.state !== 'running') return job;
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

describe('the core host', () => {
  it('answers envelopes from the core in its worker: values, typed errors, the fixed clock', async () => {
    const dataDir = tempDir();
    const host = await start({ dataDir, now: new Date('2026-11-21T10:00:00Z') });
    expect(host.dataDir).toBe(dataDir);
    const info = value<{ dataDir: string; today: string; schemaVersion: number }>(await host.call('app.info', {}));
    expect(info).toMatchObject({ dataDir, today: expect.stringMatching(/^2026-11-2[12]$/) });
    expect(info.schemaVersion).toBeGreaterThan(0);
    const created = value<{ id: number; sku: string }>(await host.call('products.create', { sku: 'MUG-1', name: 'Ceramic mug' }));
    expect(value(await host.call('products.get', { id: created.id }))).toMatchObject({ sku: 'MUG-1', name: 'Ceramic mug' });
    const bad = await host.call('products.create', { sku: '', name: 'No SKU' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatchObject({ code: 'VALIDATION', details: { issues: [expect.objectContaining({ path: 'sku' })] } });
    expect(await host.call('no.such', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('refuses input that is not plain data with a typed error instead of throwing', async () => {
    const host = await start({ dataDir: tempDir() });
    expect(await host.call('products.list', { query: () => 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await total(host)).toBe(0);
  });

  it('a start that fails reaches the starter as the typed error of openCore', async () => {
    const notAFolder = join(tempDir(), 'file');
    writeFileSync(notAFolder, 'x');
    const err = await startCoreHost({ dataDir: join(notAFolder, 'data') }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ name: 'ClearpackError', code: 'DATABASE_UNAVAILABLE', details: { file: join(notAFolder, 'data') } });
  });

  it('a broken rules file stops the start with the error naming the file and the path in it', async () => {
    const resourcesDir = join(tempDir(), 'resources');
    cpSync(findResourcesDir(), resourcesDir, { recursive: true });
    writeFileSync(join(resourcesDir, 'rules', 'forms.json'), '{"cn22": 7}');
    const err = await startCoreHost({ dataDir: tempDir(), resourcesDir }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ name: 'ClearpackError', details: { file: 'forms.json', issues: expect.arrayContaining([expect.objectContaining({ path: 'cn22', key: 'reference_invalid' })]) } });
    expect((err as Error).message).toContain('resources/rules/forms.json');
  });

  it('runs jobs from the host (nested worker threads): an import, polled through jobs.get', async () => {
    const dataDir = tempDir();
    const host = await start({ dataDir });
    const csv = join(dataDir, 'p.csv');
    writeFileSync(csv, 'sku,name,hsCode\nJ-1,From a job,851830\nJ-2,Another,851830\n');
    const { jobId } = value<{ jobId: string }>(await host.call('products.importCsv', { path: csv }));
    const job = await waitJob(host, jobId);
    expect(job).toMatchObject({ state: 'done', result: { created: 2 } });
    expect(await total(host)).toBe(2);
  });

  it('a crash mid-call: the call in flight gets CORE_RESTARTED, the host restarts, the data written before is there, and writes go on', async () => {
    const dataDir = tempDir();
    const host = await start({ dataDir });
    const restarted: CoreRestarted[] = [];
    host.on('restarted', (e) => restarted.push(e));
    value(await host.call('products.create', { sku: 'BEFORE', name: 'Written before the crash' }));

    // A write and a read in flight when the worker dies (nothing can answer before the kill).
    const write = host.call('shipments.create', {
      consignee: { name: 'Anna', addressLines: ['Hauptstr. 1'], city: 'Berlin', country: 'DE' },
      items: [{ productId: 1, quantity: 2 }],
    });
    const read = host.call('products.list', {});
    await host.crash();
    for (const r of await Promise.all([write, read]))
      expect(r).toMatchObject({ ok: false, error: { code: 'CORE_RESTARTED', details: { issues: [{ path: '', key: 'core_restarted' }] } } });

    // The next call waits for the new worker and is answered.
    expect(await total(host, 'BEFORE')).toBe(1);
    expect(restarted).toEqual([{ reason: expect.stringContaining('exit code'), restarts: 1 }]);
    // The shipment was written whole or not at all (one transaction), never half.
    const shipments = value<{ items: { id: number }[] }>(await host.call('shipments.list', {})).items;
    for (const s of shipments) expect(value<{ items: unknown[] }>(await host.call('shipments.get', { id: s.id })).items).toHaveLength(1);
    // No lock was left behind by the dead connection: the next write goes through.
    value(await host.call('products.create', { sku: 'AFTER', name: 'Written after the restart' }));
    expect(await total(host)).toBe(2);
  });

  it('gives up after too many crashes in the window: "exit" is emitted and every call gets CORE_STOPPED', async () => {
    const host = await start({ dataDir: tempDir(), maxRestarts: 2, restartWindowMs: 60_000 });
    const exits: unknown[] = [];
    host.on('exit', (e) => exits.push(e));
    for (let i = 0; i < 2; i++) {
      await host.crash();
      expect(await host.call('app.info', {})).toMatchObject({ ok: true });
    }
    expect(exits).toEqual([]);
    await host.crash();
    const r = await host.call('app.info', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'CORE_STOPPED', details: { issues: [{ key: 'core_stopped' }] } } });
    expect(exits).toEqual([expect.objectContaining({ code: 'CORE_STOPPED' })]);
  });

  it('close() closes the core: the data file can be opened by another host at once, and calls after close are refused', async () => {
    const dataDir = tempDir();
    const first = await startCoreHost({ dataDir });
    value(await first.call('products.create', { sku: 'KEPT', name: 'Kept' }));
    await first.close();
    expect(await first.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'CORE_STOPPED' } });
    const second = await start({ dataDir });
    expect(await total(second, 'KEPT')).toBe(1);
  });
});

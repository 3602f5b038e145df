// Warm job workers (the desktop's core host): a worker and its helper load the PDF kit, fonts and
// rules before the job comes, the job they take gives what a fresh worker gives, a cancel still
// stops it, the next job is warm again, and a job without the data file never takes one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCore, tempDir } from '../../../test/helpers';
import { file, jobResult } from '../../../test/jobs';
import { readPdf } from '../../../test/pdf';
import { packSetup } from '../../../test/fixtures/shipment-packs';
import type { BatchReport } from '../../shared/documents';

const DAY = () => new Date('2026-11-22T10:00:00.000Z');

async function batch(core: Awaited<ReturnType<typeof packSetup>>['core'], ids: number[], combinedPath: string) {
  const { jobId } = await core.ok('documents.buildBatch', { shipmentIds: ids, combinedPath, overwrite: true });
  return core.ctx.jobs!.wait(jobId);
}

describe('warm job workers', () => {
  it('a batch on the warm worker and its warm helper gives the packs a fresh worker gives; the next job is warm again', async () => {
    const { core, cn22, cn23 } = await packSetup(testCore(DAY, { warmJobs: true }));
    const { core: cold, cn22: c22, cn23: c23 } = await packSetup(testCore(DAY));
    expect(await core.ctx.jobs!.warmed()).toBe(true);
    expect(await cold.ctx.jobs!.warmed()).toBe(false);

    // Four packs: half of them in the helper thread.
    const dir = tempDir();
    const running = batch(core, [cn22.id, cn23.id, cn22.id, cn23.id], join(dir, 'warm.pdf'));
    // The job took the warm worker: none waits until it ends.
    await new Promise((r) => setTimeout(r, 50));
    expect(await core.ctx.jobs!.warmed()).toBe(false);
    const job = await running;
    const fresh = await batch(cold, [c22.id, c23.id, c22.id, c23.id], join(dir, 'cold.pdf'));
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    expect(fresh.state, JSON.stringify(fresh.error)).toBe('done');
    const r = job.result as BatchReport;
    expect(r.workers).toBe(2);
    expect(r.built.map((b) => b.shipmentId)).toEqual([cn22.id, cn23.id, cn22.id, cn23.id]);
    // Same pages, same words: the job's clock and data reached the warm threads.
    const text = async (p: string) => (await readPdf(readFileSync(p))).map((page) => page.text);
    expect(await text(r.combinedPath!)).toEqual(await text((fresh.result as BatchReport).combinedPath!));

    // The next job has its warm worker again, and a cancel stops a job on it.
    expect(await core.ctx.jobs!.warmed()).toBe(true);
    const { jobId } = await core.ok('documents.buildBatch', { shipmentIds: Array.from({ length: 40 }, (_, i) => (i % 2 ? cn22.id : cn23.id)), combinedPath: join(dir, 'x.pdf'), overwrite: true });
    core.ctx.jobs!.cancel(jobId);
    expect((await core.ctx.jobs!.wait(jobId)).state).toBe('cancelled');
    expect(await core.ctx.jobs!.warmed()).toBe(true);
  }, 60_000);

  it('a job taken before its warm worker is warm runs, and one that waits for its thread to end (a backup) ends', async () => {
    const core = testCore(DAY, { warmJobs: true });
    const { jobId } = await core.ok('backup.create', {});
    const job = await core.ctx.jobs!.wait(jobId);
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    expect(existsSync((job.result as { path: string }).path)).toBe(true);
    expect(await core.ctx.jobs!.warmed()).toBe(true);
  }, 60_000);

  it('an import on a warm worker hands its rows to the warm helper over a transferred port and commits them', async () => {
    const core = testCore(DAY, { warmJobs: true });
    expect(await core.ctx.jobs!.warmed()).toBe(true);
    const path = file('products.csv', 'sku,name,unitNetWeightG,unitValue,currency,hsCode,originCountry\r\nMUG-1,Ceramic mug,320,12.95,EUR,691200,CN\r\nTS-1,Cotton T-shirt,180,8.90,EUR,610910,BD\r\n');
    const report = await jobResult<{ committed: boolean; created: number }>(core, 'products.importCsv', { path });
    expect(report).toMatchObject({ committed: true, created: 2 });
    const { items } = await core.ok('products.list', { sort: 'sku' });
    expect(items.map((p) => [p.sku, p.unitNetWeightG, p.unitValue, p.currency])).toEqual([['MUG-1', 320, 1295, 'EUR'], ['TS-1', 180, 890, 'EUR']]);
  }, 60_000);
});

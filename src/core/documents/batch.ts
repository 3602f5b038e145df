// Batch printing: many shipments' packs in one job. Blocked shipments are skipped and reported, not
// fatal. The work is split between the job's worker and one helper worker thread (both cores of a
// small machine); each half archives its packs on its own connection (short write transactions).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { z } from 'zod';
import type { BatchReport, BatchTaskInput, batchBuildInput } from '../../shared/documents';
import { BlockedError, ClearpackError } from '../../shared/errors';
import type { Finding } from '../../shared/preflight';
import type { CoreContext } from '../context';
import { checkOutput, checkOutputFolder, writeOutput } from '../files/output';
import type { JobControl } from '../jobs/control';
import type { JobRunner } from '../jobs/runner';
import { getProfile } from '../settings/profile';
import { buildPack } from './build';

type Part = Omit<BatchReport, 'combinedPath' | 'workers' | 'total'> & { order: number[] };

/** Checks the input and resolves a date to its shipments; then starts the job. */
export function startBatch(ctx: CoreContext, input: z.output<typeof batchBuildInput>, jobs: JobRunner): { jobId: string } {
  const { overwrite } = input;
  if (input.outDir !== undefined) checkOutputFolder(ctx.dataDir, input.outDir, 'outDir');
  if (input.combinedPath !== undefined) checkOutput(ctx.dataDir, input.combinedPath, { field: 'combinedPath', ext: '.pdf', overwrite });
  const shipmentIds =
    input.shipmentIds ??
    (ctx.db.prepare(`SELECT id FROM shipments WHERE ship_date = ? AND status IN ('draft', 'ready') ORDER BY reference`).pluck().all(input.date) as number[]);
  // Every pack file the batch will write in outDir, checked now: without overwrite, one that is
  // already there refuses the whole batch before anything is written (file_exists on outDir).
  let packNames: Record<string, string> | undefined;
  if (input.outDir !== undefined) {
    const rowOf = ctx.db.prepare('SELECT reference, consignee_name AS consigneeName FROM shipments WHERE id = ?');
    packNames = uniquePackNames(
      shipmentIds.map((id) => {
        const row = rowOf.get(id) as { reference: string; consigneeName: string } | undefined;
        return [id, row?.reference, row?.consigneeName];
      }),
    );
    for (const name of Object.values(packNames)) checkOutput(ctx.dataDir, join(input.outDir, name), { field: 'outDir', ext: '.pdf', overwrite });
  }
  const task: BatchTaskInput = { shipmentIds, outDir: input.outDir ?? null, combinedPath: input.combinedPath ?? null, paper: input.paper, overwrite, ...(packNames ? { packNames } : {}) };
  return jobs.start('documents.buildBatch', task, { writes: false });
}

/**
 * A readable file name part: letters and digits of any script, '.', '_' and '-'; anything else
 * (spaces, slashes, ':' and the other characters Windows refuses, control characters) becomes one
 * '_'; no leading or trailing '_' or '.', at most 80 characters.
 */
export const safeName = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[_.]+|[_.]+$/g, '')
    .slice(0, 80)
    .replace(/[_.]+$/, '');

/** "SH-2026-0001 Anna Schmidt" → SH-2026-0001_Anna_Schmidt (the reference alone when there is no name). */
export const readableName = (reference: string, consigneeName?: string | null) => safeName(consigneeName ? `${reference} ${consigneeName}` : reference) || 'pack';

/**
 * One file name per shipment: its reference and consignee made file-safe ("SH-1_Anna_Schmidt.pdf"),
 * and when two give the same name ("A/1" and "A_1" are both A_1; "a-1" and "A-1" are one file on
 * Windows and macOS) the later one gets -2, -3 …, so no pack of the batch overwrites another. A
 * shipment listed twice keeps its one name. The archive keeps its packs by hash (packs/<sha256>.pdf).
 */
export function uniquePackNames(refs: readonly (readonly [number, string | undefined, (string | null)?])[]): Record<string, string> {
  const names: Record<string, string> = {};
  const taken = new Set<string>();
  for (const [id, reference, consigneeName] of refs) {
    if (reference === undefined || names[id] !== undefined) continue;
    const base = readableName(reference, consigneeName);
    let name = `${base}.pdf`;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}-${i}.pdf`;
    taken.add(name.toLowerCase());
    names[id] = name;
  }
  return names;
}

/** Builds the packs of these shipments, in order, on this thread. */
export async function buildPart(ctx: CoreContext, input: BatchTaskInput, job: JobControl): Promise<Part> {
  const part: Part = { built: [], blocked: [], failed: [], order: [] };
  const profile = getProfile(ctx);
  const refOf = ctx.db.prepare('SELECT reference FROM shipments WHERE id = ?').pluck();
  let done = 0;
  for (const shipmentId of input.shipmentIds) {
    job.checkCancelled();
    const reference = (refOf.get(shipmentId) as string | undefined) ?? null;
    try {
      if (reference === null) throw new ClearpackError('NOT_FOUND', `Shipment ${shipmentId} not found`);
      const outPath = input.outDir ? join(input.outDir, input.packNames?.[shipmentId] ?? `${readableName(reference)}.pdf`) : undefined;
      const pack = await retryBusy(() => buildPack(ctx, { shipmentId, outPath, overwrite: input.overwrite, paper: input.paper }, { profile }));
      part.built.push({ shipmentId, reference, path: pack.path, archivePath: pack.archivePath, sha256: pack.sha256, pages: pack.pages, form: pack.form, skipped: pack.skipped });
    } catch (e) {
      if (e instanceof BlockedError) {
        const found = (e.details.findings as Finding[] | undefined) ?? [];
        part.blocked.push({ shipmentId, reference: reference!, findings: found.map((f) => f.message.text), said: found.map((f) => f.message) });
      } else if (e instanceof ClearpackError) part.failed.push({ shipmentId, reference, message: e.message });
      else throw e;
    }
    part.order.push(shipmentId);
    job.progress(++done, input.shipmentIds.length, 'building');
    // Let this thread's event loop run between packs: the helper thread's progress messages (and
    // a cancel) arrive as events, which a loop of back-to-back builds would hold until the end.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return part;
}

/** A write refused because another connection holds the lock for longer than the busy timeout: try again. */
async function retryBusy<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt < 5 && (e as { code?: string }).code === 'SQLITE_BUSY') continue;
      throw e;
    }
  }
}

/** The job: half the shipments here, half in a helper thread when the runner offers one. */
export async function buildBatch(ctx: CoreContext, input: BatchTaskInput, job: JobControl): Promise<BatchReport> {
  const ids = input.shipmentIds;
  const useHelper = job.fork !== undefined && ids.length >= 4;
  const split = useHelper ? Math.ceil(ids.length / 2) : ids.length;
  const mine = ids.slice(0, split);
  const theirs = ids.slice(split);
  const counts = [0, 0];
  const report = (i: number) => (done: number) => {
    counts[i] = done;
    job.progress(counts[0]! + counts[1]!, ids.length, 'building');
  };
  job.progress(0, ids.length, 'building');
  const here = buildPart(ctx, { ...input, shipmentIds: mine }, { ...job, progress: (d) => report(0)(d) });
  const there = useHelper
    ? (job.fork!('documents.buildBatchPart', { ...input, shipmentIds: theirs }, (d) => report(1)(d)) as Promise<Part>)
    : Promise.resolve<Part>({ built: [], blocked: [], failed: [], order: [] });
  const parts = await Promise.all([here, there]);
  const out: BatchReport = {
    total: ids.length,
    built: parts.flatMap((p) => p.built),
    blocked: parts.flatMap((p) => p.blocked),
    failed: parts.flatMap((p) => p.failed),
    combinedPath: null,
    workers: useHelper ? 2 : 1,
  };
  // Nothing printable: no combined file (the report says why).
  if (input.combinedPath && out.built.length > 0) {
    job.checkCancelled();
    job.progress(0, out.built.length, 'merging');
    const merged = await PDFDocument.create();
    let n = 0;
    for (const b of out.built) {
      job.checkCancelled();
      const doc = await PDFDocument.load(readFileSync(b.path), { updateMetadata: false });
      for (const page of await merged.copyPages(doc, doc.getPageIndices())) merged.addPage(page);
      job.progress(++n, out.built.length, 'merging');
    }
    const bytes = await merged.save();
    writeOutput(checkOutput(ctx.dataDir, input.combinedPath, { field: 'combinedPath', ext: '.pdf', overwrite: input.overwrite }), bytes);
    out.combinedPath = input.combinedPath;
  }
  return out;
}

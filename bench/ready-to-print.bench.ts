// The day's preflight work (issue 16, speed), on the 100,000 shipments of shipments-list.bench.ts
// (the newest 2,000 still being prepared, 300 of them shipping today): dashboard.get with its
// drafts card, and the shipments list's "Ready to print" filter page by page as the virtualised
// list asks for it. Each is timed twice: again with nothing changed in between (scrolling, coming
// back to the dashboard), and right after a write (an edit of one of today's shipments), when the
// day's preflight has to run again. Core figures only (no window), in the process and through the
// core host; the screen figures are in shipments-list.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../src/core';
import type { Core } from '../src/core';
import { startCoreHost } from '../src/core/host/start';
import { call, NOW, seed } from './shipments-list.bench';
import { figures, measure, ms, record } from './util';

type Caller = Pick<Core['api'], 'call'>;
type ListPage = { items: { id: number }[]; total: number };

/** Times `fn` only, each run right after `change` (untimed). */
async function measureAfter(change: () => Promise<unknown>, fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) {
    await change();
    await fn();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await change();
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

const readyPage = (core: Caller, page: number, limit: number) => call<ListPage>(core, 'shipments.list', { readyToPrint: true, offset: page * limit, limit });

async function cases(core: Caller, where: string, edit: () => Promise<unknown>): Promise<void> {
  const b = 'ready-to-print';
  record(b, `dashboard.get, again (nothing changed), ${where}`, await measure(() => call(core, 'dashboard.get', {}), 20, 3), 200);
  record(b, `dashboard.get right after an edit, ${where}`, await measureAfter(edit, () => call(core, 'dashboard.get', {}), 10), 200);
  record(b, `"Ready to print" page 1 (100 rows, as the screen asks), again, ${where}`, await measure(() => readyPage(core, 0, 100), 20, 3), 500);
  record(b, `"Ready to print" page 1 (100 rows) right after an edit, ${where}`, await measureAfter(edit, () => readyPage(core, 0, 100), 10), 500);
  record(b, `"Ready to print" page 1 of 20 rows, again, ${where}`, await measure(() => readyPage(core, 0, 20), 20, 3), 500);
  record(b, `"Ready to print" page 5 of 20 rows, again, ${where}`, await measure(() => readyPage(core, 4, 20), 20, 3), 500);
  record(b, `"Ready to print" pages 1–5 of 20 rows (a scroll), after an edit, ${where}`, await measureAfter(edit, async () => {
    for (let p = 0; p < 5; p++) await readyPage(core, p, 20);
  }, 10), 500);
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-bench-ready-'));
  try {
    const core = openCore({ dataDir: dir, now: () => NOW });
    const t = performance.now();
    await seed(core);
    figures.push({ bench: 'ready-to-print', case: 'seed 100,000 shipments (2,000 being prepared, 300 of them today)', median: ms(performance.now() - t) });
    const today = core.ctx.today();
    const drafts = core.ctx.db.prepare(`SELECT count(*) FROM shipments WHERE status = 'draft'`).pluck().get() as number;
    const day = core.ctx.db.prepare(`SELECT id FROM shipments WHERE ship_date = ? AND status IN ('draft', 'ready') ORDER BY id`).pluck().all(today) as number[];
    const printable = await readyPage(core.api, 0, 100);
    figures.push({ bench: 'ready-to-print', case: `${drafts} drafts; today ${day.length} shipments, ${printable.total} without a block`, median: '-' });
    // The edit between runs: one of today's shipments gets another invoice number (a real write through the core).
    let n = 0;
    const edit = (c: Caller) => () => call(c, 'shipments.update', { id: day[n % day.length], invoiceNumber: `INV-EDIT-${n++}` });
    await cases(core.api, 'in process', edit(core.api));
    core.close();

    const host = await startCoreHost({ dataDir: dir, now: NOW });
    try {
      await cases(host, 'through the host', edit(host));
    } finally {
      await host.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

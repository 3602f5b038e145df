// The day's preflight work (issue 16, speed), on the 100,000 shipments of shipments-list.bench.ts
// (the newest 2,000 still being prepared, 300 of them shipping today): dashboard.get with its
// drafts card, and the shipments list's "Ready to print" filter page by page as the virtualised
// list asks for it. Each is timed twice: again with nothing changed in between (scrolling, coming
// back to the dashboard), and right after a write (an edit of one of today's shipments), when the
// day's preflight has to run again. Core figures only (no window), in the process and through the
// core host, wall clock and CPU time (the machine is shared); the screen figures are in shipments-list.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../src/core';
import type { Core } from '../src/core';
import { startCoreHost } from '../src/core/host/start';
import { call, NOW, seed } from './shipments-list.bench';
import { figures, median, ms, record } from './util';

type Caller = Pick<Core['api'], 'call'>;
type ListPage = { items: { id: number }[]; total: number };

interface Timed {
  wall: number[];
  /** CPU time of the whole process (the host's worker thread included): the work itself, which
   * wall-clock time overstates when other processes share the two cores. */
  cpu: number[];
}

/** Times `fn` only, `runs` times after `warmup`, each run right after `change` (untimed) when given. */
async function timed(fn: () => Promise<unknown>, runs: number, warmup: number, change?: () => Promise<unknown>): Promise<Timed> {
  for (let i = 0; i < warmup; i++) {
    await change?.();
    await fn();
  }
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    await change?.();
    const c0 = process.cpuUsage();
    const t = performance.now();
    await fn();
    wall.push(performance.now() - t);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

function report(name: string, t: Timed, goalMs: number): void {
  record('ready-to-print', name, t.wall, goalMs);
  figures.at(-1)!.cpu = ms(median(t.cpu));
}

// Runs right after an edit are warmed up more: kept summaries leave the checker idle between edits,
// and a checker the JIT has not optimised yet costs twice as much; the figure is the work, warm.
const WARM = 30;

const readyPage = (core: Caller, page: number, limit: number) => call<ListPage>(core, 'shipments.list', { readyToPrint: true, offset: page * limit, limit });

async function cases(core: Caller, where: string, edit: () => Promise<unknown>): Promise<void> {
  report(`dashboard.get, again (nothing changed), ${where}`, await timed(() => call(core, 'dashboard.get', {}), 20, 3), 200);
  report(`dashboard.get right after an edit, ${where}`, await timed(() => call(core, 'dashboard.get', {}), 10, WARM, edit), 200);
  report(`"Ready to print" page 1 (100 rows, as the screen asks), again, ${where}`, await timed(() => readyPage(core, 0, 100), 20, 3), 500);
  report(`"Ready to print" page 1 (100 rows) right after an edit, ${where}`, await timed(() => readyPage(core, 0, 100), 10, WARM, edit), 500);
  report(`"Ready to print" page 1 of 20 rows, again, ${where}`, await timed(() => readyPage(core, 0, 20), 20, 3), 500);
  report(`"Ready to print" page 5 of 20 rows, again, ${where}`, await timed(() => readyPage(core, 4, 20), 20, 3), 500);
  const scroll = async () => {
    for (let p = 0; p < 5; p++) await readyPage(core, p, 20);
  };
  report(`"Ready to print" pages 1–5 of 20 rows (a scroll), after an edit, ${where}`, await timed(scroll, 10, WARM, edit), 500);
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

// Recompute the monthly scorecards of 2,000 suppliers over 24 months of lots, inspections and
// certificates (issue 6 goal: under 2 s). The figures come from grouped SQL aggregates
// (computeScorecards), not from rows walked in JS.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../src/core';
import { computeScorecards } from '../src/core/quality/reviews';
import { rng } from './seed';
import { figures, measure, ms, record } from './util';

const SUPPLIERS = 2000;
const MONTHS = 24;
const LOTS_PER_MONTH = 2;

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-bench-quality-'));
  const now = new Date('2026-11-21T10:00:00Z');
  try {
    const core = openCore({ dataDir: dir, now: () => now });
    const db = core.ctx.db;
    const r = rng(11);
    const t = performance.now();
    db.transaction(() => {
      const ts = now.toISOString();
      for (let p = 1; p <= 50; p++) db.prepare(`INSERT INTO products (sku, name, created_at, updated_at) VALUES (?, ?, ?, ?)`).run(`Q-${p}`, `Product ${p}`, ts, ts);
      const sup = db.prepare(`INSERT INTO suppliers (name, country, contacts, status, archived, created_at, updated_at) VALUES (?, 'CN', '[]', 'approved', 0, ?, ?)`);
      const cert = db.prepare(`INSERT INTO certificates (type, issue_date, expiry_date, supplier_id, created_at, updated_at) VALUES ('iso_9001', '2024-01-01', ?, ?, ?, ?)`);
      const lot = db.prepare(
        `INSERT INTO lots (supplier_id, product_id, quantity_ordered, quantity_received, expected_date, received_date, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const insp = db.prepare(
        `INSERT INTO inspections (lot_id, date, inspector, mode, level, lot_size, sample_size, defect_count, original, classes, verdict, lot_status, next_mode, created_at)
         VALUES (?, ?, 'bench', 'normal', 'II', ?, ?, ?, 1, '[]', ?, ?, 'normal', ?)`,
      );
      const defect = db.prepare(`INSERT INTO inspection_defects (inspection_id, class, type, count) VALUES (?, 'major', ?, ?)`);
      for (let s = 1; s <= SUPPLIERS; s++) {
        sup.run(`Supplier ${s}`, ts, ts);
        cert.run(r() < 0.3 ? '2025-06-30' : '2027-12-31', s, ts, ts);
        for (let m = 0; m < MONTHS; m++) {
          const month = new Date(Date.UTC(2026, 10 - m, 1)).toISOString().slice(0, 7);
          for (let k = 0; k < LOTS_PER_MONTH; k++) {
            const day = String(1 + Math.floor(r() * 27)).padStart(2, '0');
            const late = r() < 0.15;
            const qty = 200 + Math.floor(r() * 2000);
            const defects = r() < 0.2 ? Math.floor(r() * 8) : 0;
            const verdict = defects > 3 ? 'reject' : 'accept';
            const { lastInsertRowid } = lot.run(s, 1 + Math.floor(r() * 50), qty, qty, `${month}-${late ? '01' : '28'}`, `${month}-${day}`, verdict === 'reject' ? 'rejected' : 'released', ts, ts);
            const i = insp.run(lastInsertRowid, `${month}-${day}`, qty, 80, defects, verdict, verdict === 'reject' ? 'rejected' : 'accepted', ts);
            if (defects) defect.run(i.lastInsertRowid, ['Scratch', 'Torn pouch', 'Wrong label', 'Dent'][Math.floor(r() * 4)]!, defects);
          }
        }
      }
    })();
    const lots = SUPPLIERS * MONTHS * LOTS_PER_MONTH;
    figures.push({ bench: 'quality', case: `seed ${SUPPLIERS} suppliers, ${lots.toLocaleString('en')} lots + inspections over ${MONTHS} months`, median: ms(performance.now() - t) });
    db.exec('ANALYZE');
    let count = 0;
    const times = await measure(() => {
      const cards = computeScorecards(core.ctx, MONTHS);
      count = cards.size;
    }, 5, 1);
    if (count !== SUPPLIERS) throw new Error(`expected ${SUPPLIERS} scorecards, got ${count}`);
    record('quality', `recompute scorecards: ${SUPPLIERS} suppliers × ${MONTHS} months (${lots.toLocaleString('en')} lots)`, times, 2000);
    const call = async (method: string, input: unknown) => {
      const res = await core.api.call(method, input);
      if (!res.ok) throw new Error(JSON.stringify(res.error));
    };
    record('quality', 'suppliers.scorecard, one supplier, 24 months', await measure(() => call('suppliers.scorecard', { supplierId: 1234, months: 24 })), 100);
    record('quality', 'quality.defectStats, all suppliers, 12 months', await measure(() => call('quality.defectStats', { months: 12 }), 5, 1), 1000);
    core.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// dashboard.get over 100,000 shipments (a fifth of them drafts), 20,000 after-sales cases, holds,
// certificates, suppliers and 5,000 insurance claims.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../src/core';
import type { Core } from '../src/core';
import { figures, measure, ms, record } from './util';

const COUNTRIES = ['US', 'DE', 'GB', 'FR', 'AU', 'CA', 'JP', 'KR', 'BR', 'TH'];

async function call(core: Core, method: string, input: unknown) {
  const r = await core.api.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as { id: number };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-bench-dash-'));
  try {
    const core = openCore({ dataDir: dir, now: () => new Date('2026-11-21T10:00:00Z') });
    const db = core.ctx.db;
    const product = await call(core, 'products.create', { sku: 'B-1', name: 'Cotton T-shirt', hsCode: '610910', originCountry: 'CN', unitNetWeightG: 150, unitValue: 1000, currency: 'USD' });
    const t = performance.now();
    const statuses = ['draft', 'shipped', 'delivered', 'delivered', 'held'];
    db.transaction(() => {
      const ship = db.prepare(
        `INSERT INTO shipments (reference, order_refs, consignee, consignee_name, country, category, incoterm, currency, status, item_count, goods_value, created_at, updated_at)
         VALUES (?, '[]', ?, ?, ?, 'sale_of_goods', 'DAP', 'USD', ?, 1, 1000, ?, ?)`,
      );
      const item = db.prepare(`INSERT INTO shipment_items (shipment_id, position, product_id, description, quantity, unit_value, unit_net_weight_g) VALUES (?, 0, ?, 'Cotton T-shirt', 1, 1000, 150)`);
      const hold = db.prepare(`INSERT INTO holds (shipment_id, date, authority, reason, deadline, cost_currency, outcome, created_at, updated_at) VALUES (?, '2026-11-01', 'customs', 'documents', ?, 'USD', ?, 't', 't')`);
      for (let i = 0; i < 100_000; i++) {
        const name = `Customer ${i}`;
        const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
        const status = statuses[i % statuses.length]!;
        const { lastInsertRowid } = ship.run(`SH-2025-${1_000_000 + i}`, JSON.stringify({ name, addressLines: ['x'], city: 'c', country: COUNTRIES[i % 10] }), name, COUNTRIES[i % 10], status, at, at);
        item.run(lastInsertRowid, product.id);
        if (status === 'held') hold.run(lastInsertRowid, `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`, i % 3 === 0 ? 'pending' : 'released');
      }
      const kase = db.prepare(
        `INSERT INTO cases (customer_name, customer_country, product_id, type, reason, opened_at, status, first_response_due, first_response_at, resolution_due, next_due, next_due_kind, cost_currency, created_at, updated_at)
         VALUES (?, 'US', ?, 'return', 'other', ?, ?, ?, ?, ?, ?, ?, 'USD', 't', 't')`,
      );
      for (let i = 0; i < 20_000; i++) {
        const opened = new Date(Date.UTC(2025, 0, 1) + i * 1_500_000);
        const first = new Date(opened.getTime() + 86_400_000).toISOString();
        const resolution = new Date(opened.getTime() + 7 * 86_400_000).toISOString();
        const status = i % 10 === 0 ? 'open' : i % 10 === 1 ? 'in_progress' : 'closed';
        const answered = status === 'open' ? null : opened.toISOString();
        const next = status === 'open' ? [first, 'first_response'] : status === 'in_progress' ? [resolution, 'resolution'] : [null, null];
        kase.run(`Customer ${i}`, product.id, opened.toISOString(), status, first, answered, resolution, next[0], next[1]);
      }
      for (let i = 0; i < 500; i++)
        db.prepare(`INSERT INTO certificates (type, issue_date, expiry_date, created_at, updated_at) VALUES ('sds', '2025-01-01', ?, 't', 't')`).run(
          new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
        );
      for (let i = 0; i < 300; i++)
        db.prepare(`INSERT INTO suppliers (name, country, status, created_at, updated_at) VALUES (?, 'CN', ?, 't', 't')`).run(`Supplier ${i}`, ['approved', 'probation', 'blocked'][i % 3]);
      db.prepare(`INSERT INTO policies (insurer, policy_number, deductible_currency, claim_window_days, created_at, updated_at) VALUES ('Parcel Cover', 'PC-1', 'USD', 60, 't', 't')`).run();
      const claim = db.prepare(
        `INSERT INTO claims (reference, shipment_id, policy_id, type, incident_date, currency, amount_claimed, insured_value, filing_deadline, status, filed_on, created_at, updated_at)
         VALUES (?, ?, 1, 'loss', ?, 'USD', 1000, 1000, ?, ?, ?, 't', 't')`,
      );
      const claimStatuses = ['draft', 'filed', 'under_review', 'approved', 'paid', 'closed', 'rejected'];
      for (let i = 0; i < 5_000; i++) {
        const incident = new Date(Date.UTC(2025, 0, 1) + i * 5_000_000);
        const status = claimStatuses[i % claimStatuses.length]!;
        claim.run(`CL-B-${i}`, 1 + i * 20, incident.toISOString().slice(0, 10), new Date(incident.getTime() + 60 * 86_400_000).toISOString().slice(0, 10), status, status === 'draft' ? null : incident.toISOString().slice(0, 10));
      }
    })();
    figures.push({ bench: 'dashboard', case: 'seed 100k shipments, 20k cases, 5k claims', median: ms(performance.now() - t) });
    db.pragma('optimize');
    record('dashboard', 'dashboard.get, 100k shipments / 20k cases / 5k claims', await measure(() => call(core, 'dashboard.get', {}), 50, 5), 200);
    record('cases.list', 'first page, overdue, 20k cases', await measure(() => call(core, 'cases.list', { overdue: true }), 50, 5), 50);
    record('holds.stats', 'by reason / destination / product, 6.7k holds', await measure(() => call(core, 'holds.stats', {}), 20, 2), 200);
    core.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

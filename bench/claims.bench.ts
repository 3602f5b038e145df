// Claims: the list's first page over 5,000 claims (all and filtered by status), and the claim
// letter with three pieces of evidence merged.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { openCore } from '../src/core';
import type { Core } from '../src/core';
import { measure, record } from './util';

async function call(core: Core, method: string, input: unknown) {
  const r = await core.api.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as { id: number };
}

const STATUSES = ['draft', 'filed', 'under_review', 'approved', 'rejected', 'paid', 'closed'];

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-bench-claims-'));
  try {
    const core = openCore({ dataDir: dir });
    const product = await call(core, 'products.create', { sku: 'MUG', name: 'Ceramic mug', hsCode: '691200', originCountry: 'CN', unitNetWeightG: 350, unitValue: 1200, currency: 'USD' });
    const policy = await call(core, 'policies.create', { insurer: 'Parcel Cover Ltd', policyNumber: 'PC-1', deductibleCurrency: 'USD', claimWindowDays: 60 });
    const consignee = { name: 'John Miller', addressLines: ['200 Main St'], city: 'Austin', country: 'US' };
    const shipment = await call(core, 'shipments.create', { consignee, insuredValue: 50000, trackingNumber: 'LX1CN', items: [{ productId: product.id, quantity: 2 }] });
    // 5,000 claims written straight into the table (one transaction), spread over statuses.
    const db = core.ctx.db;
    const insert = db.prepare(`INSERT INTO claims (reference, shipment_id, policy_id, type, incident_date, currency, amount_claimed, insured_value, filing_deadline, status, created_at, updated_at)
      VALUES (?, ?, ?, 'loss', '2026-01-01', 'USD', 1000, 50000, '2026-03-02', ?, ?, ?)`);
    db.transaction(() => {
      for (let i = 1; i <= 5000; i++) {
        const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
        insert.run(`CL-B-${i}`, shipment.id, policy.id, STATUSES[i % STATUSES.length], at, at);
      }
    })();
    record('claims', 'claims.list first page (5,000 claims)', await measure(() => call(core, 'claims.list', { limit: 100 }), 50));
    record('claims', 'claims.list status=filed first page', await measure(() => call(core, 'claims.list', { status: 'filed', limit: 100 }), 50));
    record('claims', 'claims.list open first page', await measure(() => call(core, 'claims.list', { status: 'open', limit: 100 }), 50));

    const claim = await call(core, 'claims.create', { shipmentId: shipment.id, policyId: policy.id, type: 'loss', incidentDate: '2026-01-01', amountClaimed: 2400 });
    for (const n of [1, 2, 3]) {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      for (let p = 0; p < n; p++) doc.addPage([595, 842]).drawText(`Evidence ${n} page ${p + 1}`, { x: 40, y: 780, size: 12, font });
      const path = join(dir, `evidence-${n}.pdf`);
      writeFileSync(path, await doc.save());
      await call(core, 'attachments.add', { owner: { kind: 'claim', id: claim.id }, path });
    }
    record('claims', 'claims.letter (3 evidence PDFs, 6 pages merged)', await measure(() => call(core, 'claims.letter', { claimId: claim.id }), 10, 2));
    core.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';
import { nextSwitching, START } from './switching';
import type { Switching } from './switching';

async function setup(categories: string[] = []) {
  const core = testCore();
  const product = await core.ok('products.create', { sku: 'TEA-1', name: 'Green tea', compliance: { categories } } as never);
  const supplier = await core.ok('suppliers.create', { name: 'Leaf Co', country: 'CN' });
  const lot = (over: Record<string, unknown> = {}) =>
    core.ok('lots.create', { supplierId: supplier.id, productId: product.id, quantityOrdered: 500, quantityReceived: 500, receivedDate: '2026-11-10', expectedDate: '2026-11-12', ...over } as never);
  return { core, product, supplier, lot };
}

describe('lots', () => {
  it('creates, reads, updates and lists a lot awaiting inspection', async () => {
    const { core, lot, supplier } = await setup();
    const l = await lot({ poReference: 'PO-77', unitCost: 125, currency: 'usd' });
    expect(l).toMatchObject({ status: 'awaiting_inspection', poReference: 'PO-77', unitCost: 125, currency: 'USD', supplierName: 'Leaf Co', warnings: [] });
    expect(await core.ok('lots.get', { id: l.id })).toMatchObject({ id: l.id, productSku: 'TEA-1' });
    const u = await core.ok('lots.update', { id: l.id, notes: 'two cartons dented' });
    expect(u.notes).toBe('two cartons dented');
    const page = await core.ok('lots.list', { supplierId: supplier.id, query: 'PO-7' });
    expect(page.total).toBe(1);
    expect((await core.ok('lots.list', { status: 'released' })).total).toBe(0);
  });

  it('refuses a lot size of 0 or below, naming the field', async () => {
    const { core, product, supplier } = await setup();
    for (const q of [0, -5]) {
      const err = await core.fail('lots.create', { supplierId: supplier.id, productId: product.id, quantityOrdered: 10, quantityReceived: q, receivedDate: '2026-11-10' });
      expect(err.code).toBe('VALIDATION');
      expect(err.details.issues?.[0]?.path).toBe('quantityReceived');
    }
    const err = await core.fail('quality.samplingPlan', { lotSize: 0, level: 'II', aql: 2.5 });
    expect(err.details.issues?.[0]).toMatchObject({ path: 'lotSize' });
    expect(core.snapshot('lots')).toEqual({ lots: [] });
  });

  it('refuses more received than ordered without a reason, accepts it with one', async () => {
    const { core, lot, product, supplier } = await setup();
    const err = await core.fail('lots.create', { supplierId: supplier.id, productId: product.id, quantityOrdered: 100, quantityReceived: 120, receivedDate: '2026-11-10' });
    expect(err.details.issues).toEqual([expect.objectContaining({ path: 'quantityReceived', key: 'over_receipt_reason' })]);
    const ok = await lot({ quantityOrdered: 100, quantityReceived: 120, overReceiptReason: 'supplier sent spares' });
    expect(ok.overReceiptReason).toBe('supplier sent spares');
  });

  it('warns for a probation supplier and refuses a blocked one', async () => {
    const { core, lot, supplier } = await setup();
    await core.ok('suppliers.update', { id: supplier.id, status: 'probation' });
    expect((await lot()).warnings).toEqual([expect.objectContaining({ key: 'supplier_probation' })]);
    await core.ok('suppliers.update', { id: supplier.id, status: 'blocked' });
    const before = core.snapshot('lots');
    const err = await core.fail('lots.create', { supplierId: supplier.id, productId: 1, quantityOrdered: 1, quantityReceived: 1, receivedDate: '2026-11-10' });
    expect(err.code).toBe('BLOCKED');
    expect(core.snapshot('lots')).toEqual(before);
  });
});

describe('inspection plans', () => {
  it('has defaults (0 / 2.5 / 4.0, level II) and saves a checklist', async () => {
    const { core, product } = await setup();
    expect(await core.ok('inspectionPlans.get', { productId: product.id })).toMatchObject({ level: 'II', aql: { critical: 0, major: 2.5, minor: 4 }, saved: false });
    const plan = await core.ok('inspectionPlans.set', {
      productId: product.id,
      aql: { major: 1.5 },
      checklist: [
        { key: 'seal', label: 'Seal intact', kind: 'pass_fail' },
        { key: 'weight', label: 'Net weight', kind: 'numeric', min: 95, max: 105, unit: 'g' },
        { key: 'colour', label: 'Colour', kind: 'choice', choices: ['green', 'brown'], passChoices: ['green'], photoRequired: true },
      ],
    });
    expect(plan).toMatchObject({ saved: true, aql: { critical: 0, major: 1.5, minor: 4 } });
    expect(plan.checklist).toHaveLength(3);
  });

  it('lists the products with a saved plan, by SKU, a page at a time; a product on the defaults is not listed', async () => {
    const { core, product } = await setup();
    expect(await core.ok('inspectionPlans.list', {})).toEqual({ items: [], total: 0, offset: 0, limit: 100 });
    const mug = await core.ok('products.create', { sku: 'MUG-1', name: 'Ceramic mug', localName: '陶瓷杯' });
    await core.ok('products.create', { sku: 'BARE-1', name: 'No plan' });
    await core.ok('inspectionPlans.set', { productId: product.id, level: 'III', aql: { major: 1 }, checklist: [{ key: 'seal', label: 'Seal intact', kind: 'pass_fail' }] });
    await core.ok('inspectionPlans.set', { productId: mug.id });
    const all = await core.ok('inspectionPlans.list', {});
    expect(all.total).toBe(2);
    expect(all.items).toEqual([
      { productId: mug.id, sku: 'MUG-1', name: 'Ceramic mug', localName: '陶瓷杯', level: 'II', aql: { critical: 0, major: 2.5, minor: 4 }, checks: 0, updatedAt: expect.any(String) },
      { productId: product.id, sku: 'TEA-1', name: 'Green tea', localName: null, level: 'III', aql: { critical: 0, major: 1, minor: 4 }, checks: 1, updatedAt: expect.any(String) },
    ]);
    const second = await core.ok('inspectionPlans.list', { offset: 1, limit: 1 });
    expect(second).toMatchObject({ total: 2, offset: 1, limit: 1, items: [{ sku: 'TEA-1' }] });
    expect((await core.fail('inspectionPlans.list', { limit: 0 })).code).toBe('VALIDATION');
  });

  it('refuses an AQL not in the table', async () => {
    const { core, product } = await setup();
    const err = await core.fail('inspectionPlans.set', { productId: product.id, aql: { major: 3 } });
    expect(err.details.issues).toEqual([expect.objectContaining({ path: 'aql.major', key: 'aql_unknown' })]);
    const err2 = await core.fail('quality.samplingPlan', { lotSize: 500, level: 'II', aql: 3 });
    expect(err2.details.issues?.[0]).toMatchObject({ path: 'aql', key: 'aql_unknown' });
  });
});

describe('switching rules', () => {
  const run = (results: string, from: Switching = START) => [...results].reduce((s, r) => nextSwitching(s, r as 'A' | 'R' | 'M'), from);
  it('normal → tightened when 2 of 5 consecutive lots are rejected', () => {
    expect(run('ARAAR').mode).toBe('tightened');
    expect(run('RR').mode).toBe('tightened');
    expect(run('RAAAAR').mode).toBe('normal'); // 6 apart: not within 5
  });
  it('tightened → normal after 5 consecutive accepted', () => {
    const t = run('RR');
    expect(run('AAAA', t).mode).toBe('tightened');
    expect(run('AAAAA', t).mode).toBe('normal');
    expect(run('AAARAAAA', t).mode).toBe('tightened');
  });
  it('normal → reduced after 10 consecutive accepted (simplified), reduced → normal on a rejection', () => {
    expect(run('AAAAAAAAA').mode).toBe('normal');
    const r = run('AAAAAAAAAA');
    expect(r.mode).toBe('reduced');
    expect(run('AAAAA', r).mode).toBe('reduced');
    expect(run('R', r).mode).toBe('normal');
    expect(run('M', r).mode).toBe('normal');
  });
});

describe('inspections', () => {
  it('uses the plan per class: 500 units, level II → letter H, n = 50; major 2.5 → Ac 3 Re 4; critical 0 → Ac 0 Re 1 on n = 50', async () => {
    const { core, lot } = await setup();
    const l = await lot();
    const p = await core.ok('inspections.preview', { lotId: l.id });
    expect(p.classes).toEqual([
      expect.objectContaining({ class: 'critical', aql: 0, sampleSize: 50, accept: 0, reject: 1 }),
      expect.objectContaining({ class: 'major', aql: 2.5, codeLetter: 'H', sampleSize: 50, accept: 3, reject: 4 }),
      expect.objectContaining({ class: 'minor', aql: 4, sampleSize: 50, accept: 5, reject: 6 }),
    ]);
  });

  it('accepts at Ac, rejects at Re, per class and overall, and sets the lot status', async () => {
    const { core, lot } = await setup();
    const a = await lot();
    const ok = await core.ok('inspections.create', { lotId: a.id, date: '2026-11-11', inspector: 'Mei', defects: [{ class: 'major', type: 'Torn pouch', count: 3 }, { class: 'minor', type: 'Smudged print', count: 5 }] });
    expect(ok.verdict).toBe('accept');
    expect(ok.classes.map((c) => c.verdict)).toEqual(['accept', 'accept', 'accept']);
    expect((await core.ok('lots.get', { id: a.id })).status).toBe('accepted');
    const b = await lot();
    const bad = await core.ok('inspections.create', { lotId: b.id, date: '2026-11-11', inspector: 'Mei', defects: [{ class: 'major', type: 'Torn pouch', count: 4 }] });
    expect(bad.verdict).toBe('reject');
    expect(bad.classes.find((c) => c.class === 'major')).toMatchObject({ found: 4, verdict: 'reject' });
    expect((await core.ok('lots.get', { id: b.id })).status).toBe('rejected');
    const c = await lot();
    const crit = await core.ok('inspections.create', { lotId: c.id, date: '2026-11-11', inspector: 'Mei', defects: [{ class: 'critical', type: 'Glass shard', count: 1 }] });
    expect(crit.verdict).toBe('reject');
    // The second rejection in 5 lots tightens inspection for this supplier-product.
    expect(crit.nextMode).toBe('tightened');
    const next = await core.ok('inspections.preview', { lotId: (await lot()).id });
    expect(next.mode).toBe('tightened');
    expect(next.classes[1]).toMatchObject({ sampleSize: 50, accept: 2, reject: 3 });
  });

  it('scores the checklist (numeric range, choice) and sorts a rejected lot into quantities', async () => {
    const { core, lot, product } = await setup();
    await core.ok('inspectionPlans.set', {
      productId: product.id,
      checklist: [
        { key: 'weight', label: 'Net weight', kind: 'numeric', min: 95, max: 105, unit: 'g' },
        { key: 'colour', label: 'Colour', kind: 'choice', choices: ['green', 'brown'], passChoices: ['green'] },
      ],
    });
    const l = await lot();
    const i = await core.ok('inspections.create', { lotId: l.id, date: '2026-11-11', inspector: 'Mei', checklist: [{ key: 'weight', value: 93 }, { key: 'colour', choice: 'green' }], defects: [{ class: 'major', type: 'Torn', count: 9 }] });
    expect(i.checklist.map((c) => c.passed)).toEqual([false, true]);
    const bad = await core.fail('lots.update', { id: l.id, quantityAccepted: 400, quantityRejected: 50 });
    expect(bad.details.issues?.[0]).toMatchObject({ path: 'quantityAccepted', key: 'sort_sum' });
    const sorted = await core.ok('lots.update', { id: l.id, quantityAccepted: 450, quantityRejected: 50 });
    expect(sorted).toMatchObject({ status: 'partially_accepted', quantityAccepted: 450 });
    expect((await core.ok('lots.release', { id: l.id })).status).toBe('released');
  });

  it('keeps food in quarantine until a health certificate / certificate of analysis is on file, then releases', async () => {
    const { core, lot, product } = await setup(['food']);
    const l = await lot();
    const i = await core.ok('inspections.create', { lotId: l.id, date: '2026-11-11', inspector: 'Mei' });
    expect(i.lotStatus).toBe('quarantined');
    const blocked = await core.fail('lots.release', { id: l.id });
    expect(blocked.code).toBe('BLOCKED');
    await core.ok('certificates.create', { type: 'certificate_of_analysis', issueDate: '2026-11-01', productIds: [product.id] });
    expect((await core.ok('lots.release', { id: l.id })).status).toBe('released');
    // With the certificate already on file, the next food lot is accepted directly.
    const l2 = await lot();
    expect((await core.ok('inspections.create', { lotId: l2.id, date: '2026-11-11', inspector: 'Mei' })).lotStatus).toBe('accepted');
  });

  it('a certificate given for the lot itself releases it too; other certificate types do not', async () => {
    const { core, lot, product } = await setup(['cosmetics']);
    const l = await lot();
    await core.ok('inspections.create', { lotId: l.id, date: '2026-11-11', inspector: 'Mei' });
    const ce = await core.ok('certificates.create', { type: 'doc_ce', issueDate: '2026-11-01', productIds: [product.id] });
    expect((await core.fail('lots.update', { id: l.id, certificateId: ce.id })).details.issues?.[0]).toMatchObject({ path: 'certificateId', key: 'certificate_type' });
    const hc = await core.ok('certificates.create', { type: 'health_certificate', issueDate: '2026-11-01' });
    await core.ok('lots.update', { id: l.id, certificateId: hc.id });
    expect((await core.ok('lots.release', { id: l.id })).status).toBe('released');
  });

  it('refuses an inspection on a released lot, and changes nothing', async () => {
    const { core, lot } = await setup();
    const l = await lot();
    await core.ok('inspections.create', { lotId: l.id, date: '2026-11-11', inspector: 'Mei' });
    await core.ok('lots.release', { id: l.id });
    const before = core.snapshot('inspections', 'lots', 'inspection_switching');
    const err = await core.fail('inspections.create', { lotId: l.id, date: '2026-11-12', inspector: 'Mei', defects: [{ class: 'major', type: 'x', count: 9 }] });
    expect(err.code).toBe('CONFLICT');
    expect(err.details.issues?.[0]).toMatchObject({ path: 'lotId', key: 'lot_released' });
    expect(core.snapshot('inspections', 'lots', 'inspection_switching')).toEqual(before);
  });

  it('refuses more defects than units sampled', async () => {
    const { core, lot } = await setup();
    const l = await lot({ quantityOrdered: 5, quantityReceived: 5 });
    const err = await core.fail('inspections.create', { lotId: l.id, date: '2026-11-11', inspector: 'Mei', defects: [{ class: 'minor', type: 'x', count: 6 }] });
    expect(err.details.issues?.[0]).toMatchObject({ key: 'defects_above_sample' });
  });
});

describe('supplier reviews', () => {
  async function withHistory() {
    const s = await setup();
    const { core, lot } = s;
    // October: 2 lots, both accepted, one late. November: one rejected.
    const a = await lot({ receivedDate: '2026-10-05', expectedDate: '2026-10-06' });
    const b = await lot({ receivedDate: '2026-10-20', expectedDate: '2026-10-15' });
    await core.ok('inspections.create', { lotId: a.id, date: '2026-10-06', inspector: 'Mei' });
    await core.ok('inspections.create', { lotId: b.id, date: '2026-10-21', inspector: 'Mei', defects: [{ class: 'minor', type: 'Smudge', count: 1 }] });
    return s;
  }

  it('computes the criteria from data, weights them and gives a band', async () => {
    const { core, supplier } = await withHistory();
    const r = await core.ok('suppliers.review', { supplierId: supplier.id, period: '2026-10', scores: { communication: 70, price: 50 } });
    expect(r).toMatchObject({ counted: true, lotAcceptanceRate: 100, defectsPerMillion: 10000, onTimeRate: 50, applied: false });
    const by = Object.fromEntries(r.criteria.map((c) => [c.criterion, c]));
    expect(by.quality).toMatchObject({ weight: 30, source: 'computed', score: 97 }); // 50 + 0.3·90 + 20
    expect(by.delivery).toMatchObject({ score: 50 });
    expect(by.compliance).toMatchObject({ score: null, source: 'none' });
    // (30·97 + 25·50 + 15·70 + 15·50) / 85
    expect(r.score).toBeCloseTo((30 * 97 + 25 * 50 + 15 * 70 + 15 * 50) / 85, 1);
    expect(r.band).toBe('approved');
    expect((await core.ok('suppliers.get', { id: supplier.id })).status).toBe('approved');
  });

  it('apply: true sets the supplier status from the band', async () => {
    const { core, supplier } = await withHistory();
    const r = await core.ok('suppliers.review', { supplierId: supplier.id, period: { from: '2026-10-01', to: '2026-10-31' }, scores: { quality: 30, delivery: 30, communication: 40, price: 40 }, apply: true });
    expect(r).toMatchObject({ band: 'blocked', statusFromBand: 'blocked', applied: true, previousStatus: 'approved' });
    expect((await core.ok('suppliers.get', { id: supplier.id })).status).toBe('blocked');
  });

  it('the scorecard gives the status its band leads to, so a status set by hand that differs can be told', async () => {
    const { core, supplier } = await withHistory();
    await core.ok('suppliers.update', { id: supplier.id, status: 'probation' });
    const card = await core.ok('suppliers.scorecard', { supplierId: supplier.id, months: 3 });
    expect(card.supplierStatus).toBe('probation');
    expect(card.band).toBe('approved');
    expect(card.statusFromBand).toBe('approved');
    // a review that applies the band brings them together
    await core.ok('suppliers.review', { supplierId: supplier.id, period: '2026-10', apply: true });
    const after = await core.ok('suppliers.scorecard', { supplierId: supplier.id, months: 3 });
    expect([after.supplierStatus, after.statusFromBand]).toEqual(['approved', 'approved']);
  });

  it('scores a page of suppliers as their scorecards do, in a few grouped queries (not one scorecard each); one without a lot has none', async () => {
    const { core, supplier, product } = await withHistory();
    const idle = await core.ok('suppliers.create', { name: 'Idle Co', country: 'VN' });
    const other = await core.ok('suppliers.create', { name: 'Other Co', country: 'VN' });
    const lot = await core.ok('lots.create', { supplierId: other.id, productId: product.id, quantityOrdered: 100, quantityReceived: 100, receivedDate: '2026-11-02', expectedDate: '2026-11-01' } as never);
    await core.ok('inspections.create', { lotId: lot.id, date: '2026-11-03', inspector: 'Mei', defects: [{ class: 'major', type: 'Torn pouch', count: 9 }] });
    const scores = await core.ok('suppliers.scores', { supplierIds: [supplier.id, idle.id, other.id], months: 3 });
    const card = async (id: number) => core.ok('suppliers.scorecard', { supplierId: id, months: 3 });
    for (const [i, id] of [supplier.id, idle.id, other.id].entries()) {
      const c = await card(id);
      expect(scores[i]).toEqual({ supplierId: id, score: c.score, band: c.band, statusFromBand: c.statusFromBand, countedMonths: c.countedMonths });
    }
    expect(scores[0]!.band).toBe('approved');
    expect(scores[1]).toMatchObject({ score: null, band: null, countedMonths: 0 });
    expect(scores[2]!.score!).toBeLessThan(scores[0]!.score!);
    expect(await core.ok('suppliers.scores', { supplierIds: [] })).toEqual([]);
    // Only the page's suppliers are aggregated: the same numbers asked one by one.
    expect(await core.ok('suppliers.scores', { supplierIds: [other.id], months: 3 })).toEqual([scores[2]]);
  });

  it('bands at their edges', async () => {
    const { core, supplier } = await withHistory();
    const at = async (v: number) => (await core.ok('suppliers.review', { supplierId: supplier.id, period: '2026-10', scores: { quality: v, delivery: v, communication: v, price: v, compliance: v } })).band;
    expect(await at(80)).toBe('preferred');
    expect(await at(79.9)).toBe('approved');
    expect(await at(60)).toBe('approved');
    expect(await at(59)).toBe('probation');
    expect(await at(40)).toBe('probation');
    expect(await at(39.9)).toBe('blocked');
  });

  it('refuses weights not summing to 100', async () => {
    const { core, supplier } = await withHistory();
    const before = core.snapshot('supplier_reviews', 'suppliers');
    const err = await core.fail('suppliers.review', { supplierId: supplier.id, period: '2026-10', weights: { quality: 30, delivery: 30, communication: 15, price: 15, compliance: 15 }, apply: true });
    expect(err.details.issues).toEqual([expect.objectContaining({ path: 'weights', key: 'weights_sum', params: { sum: 105 } })]);
    expect(core.snapshot('supplier_reviews', 'suppliers')).toEqual(before);
  });

  it('a period with no lot does not count, and says so', async () => {
    const { core, supplier } = await withHistory();
    const r = await core.ok('suppliers.review', { supplierId: supplier.id, period: '2026-08' });
    expect(r).toMatchObject({ counted: false, score: null, band: null });
    expect(r.note).toMatch(/does not count/);
    const card = await core.ok('suppliers.scorecard', { supplierId: supplier.id, months: 3 });
    expect(card.months.map((m) => [m.month, m.counted])).toEqual([['2026-09', false], ['2026-10', true], ['2026-11', false]]);
    expect(card.countedMonths).toBe(1);
    expect(card.note).toMatch(/2 of 3 months/);
  });

  it('the scorecard falls when a lot is rejected', async () => {
    const { core, supplier, lot } = await withHistory();
    const n = await lot({ receivedDate: '2026-11-03', expectedDate: '2026-11-05' });
    await core.ok('inspections.create', { lotId: n.id, date: '2026-11-04', inspector: 'Mei' });
    const before = (await core.ok('suppliers.scorecard', { supplierId: supplier.id, months: 2 })).score!;
    const bad = await lot({ receivedDate: '2026-11-10', expectedDate: '2026-11-05' });
    await core.ok('inspections.create', { lotId: bad.id, date: '2026-11-11', inspector: 'Mei', defects: [{ class: 'major', type: 'Torn pouch', count: 8 }] });
    const after = await core.ok('suppliers.scorecard', { supplierId: supplier.id, months: 2 });
    expect(after.score!).toBeLessThan(before);
    const stats = await core.ok('quality.defectStats', { months: 3 });
    expect(stats.byType[0]).toMatchObject({ type: 'Torn pouch', count: 8 });
    expect(stats.byType.at(-1)!.cumulative).toBe(1);
  });

  it('counts the after-sales cases attributed to the supplier for a quality defect as quality returns', async () => {
    const { core, supplier } = await withHistory();
    const { qualityReturnsBySupplier } = await import('./reviews');
    expect(qualityReturnsBySupplier(core.ctx.db, { from: '2026-10-01', to: '2026-10-31' }).size).toBe(0);
    const product = (await core.ok('products.list', {})).items[0]!;
    const open = (openedAt: string, reason: 'quality_defect' | 'wrong_item', supplierId: number | null) =>
      core.ok('cases.create', { customerName: 'Ana Costa', customerCountry: 'PT', productId: product.id, type: 'return', reason, openedAt, supplierId });
    await open('2026-10-09T08:00:00.000Z', 'quality_defect', supplier.id);
    await open('2026-11-09T08:00:00.000Z', 'quality_defect', supplier.id);
    await open('2026-10-09T08:00:00.000Z', 'wrong_item', supplier.id);
    await open('2026-10-09T08:00:00.000Z', 'quality_defect', null);
    expect(qualityReturnsBySupplier(core.ctx.db, { from: '2026-10-01', to: '2026-10-31' })).toEqual(new Map([[supplier.id, 1]]));
    const r = await core.ok('suppliers.review', { supplierId: supplier.id, period: '2026-10' });
    expect(r.activity.qualityReturns).toBe(1);
  });

  it('writes the review PDF', async () => {
    const { core, supplier } = await withHistory();
    const { join } = await import('node:path');
    await core.ok('suppliers.review', { supplierId: supplier.id, period: '2026-10', scores: { communication: 73 } });
    const out = join(core.ctx.dataDir, 'review.pdf');
    const res = await core.ok('suppliers.reviewPdf', { supplierId: supplier.id, period: '2026-10', outPath: out });
    expect(res.bytes).toBeGreaterThan(1000);
    const { readPdf } = await import('../../../test/pdf');
    const { readFileSync } = await import('node:fs');
    const text = (await readPdf(new Uint8Array(readFileSync(out)))).map((p) => p.text).join('\n');
    expect(text).toContain('SUPPLIER REVIEW');
    expect(text).toContain('供应商评审');
    expect(text).toContain('Leaf Co');
    expect(text).toMatch(/Weighted score/);
    // The recorded review's reviewer score is the one printed, its source in both languages
    // (reviewPdf.test.ts reads the rest of the page).
    expect(text).toMatch(/Communication\s+沟通\s+15%\s+73\s+scored by the reviewer\s+评审人打分/);
  });
});

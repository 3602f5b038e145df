import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, testCore } from '../../../test/helpers';
import { readPdf } from '../../../test/pdf';
import { casesForIncident, latestInspection, lotsForIncident } from './sources';

const text = async (path: string) => (await readPdf(new Uint8Array(readFileSync(path)))).map((p) => p.text).join('\n');

async function setup() {
  const core = testCore();
  const product = await core.ok('products.create', {
    sku: 'HEAT-1', name: 'Hand warmer', localName: '暖手宝', hsCode: '851629', originCountry: 'CN', warrantyMonths: 12,
    compliance: { instructionsForUse: 'Charge fully before first use.\nPress twice to start.', precautions: 'Do not cover. <script>alert("x")</script> & keep away from water' },
  });
  const supplier = await core.ok('suppliers.create', { name: 'Ningbo Warm Co.', country: 'CN', address: '8 Harbour Rd, Ningbo' });
  await core.ok('productSuppliers.set', { productId: product.id, supplierId: supplier.id });
  await core.ok('certificates.create', { type: 'doc_ce', number: 'DoC-HW-01', issuer: 'Ningbo Warm Co.', issueDate: '2026-01-01', expiryDate: '2027-06-30', productIds: [product.id] });
  await core.ok('settings.update', { exporterName: 'Shenzhen Shop', city: 'Shenzhen', country: 'CN' });
  return { core, product };
}

describe('reports.incident', () => {
  it('writes the incident report: product, supplier, units, actions, dates; saves nothing', async () => {
    const { core, product } = await setup();
    const out = join(tempDir(), 'incident.pdf');
    const before = core.snapshot('products', 'suppliers', 'certificates');
    const r = await core.ok('reports.incident', {
      productId: product.id, unitsAffected: 340, incidentDate: '2026-11-02', awareDate: '2026-11-05', authority: 'Bundesnetzagentur',
      description: 'A unit overheated while charging; the casing melted. 用户报告充电时过热。', actionsTaken: 'Sales stopped on 2026-11-05; customers asked to stop using it.', outPath: out,
    });
    expect(r.path).toBe(out);
    const t = await text(out);
    for (const s of ['PRODUCT SAFETY INCIDENT REPORT', 'Bundesnetzagentur', 'HEAT-1', 'Hand warmer', '暖手宝', 'Ningbo Warm Co.', '340 unit(s)', '用户报告充电时过热', 'Sales stopped on 2026-11-05', '2026-11-02', '2026-11-05', 'No customer cases', 'No lots'])
      expect(t).toContain(s);
    expect(core.snapshot('products', 'suppliers', 'certificates')).toEqual(before);
  });

  it('refuses unknown lots and cases and impossible dates, at their fields', async () => {
    const { core, product } = await setup();
    const err = await core.fail('reports.incident', { productId: product.id, lotIds: [5], caseIds: [7], unitsAffected: 1, incidentDate: '2026-12-30', awareDate: '2026-12-01', description: 'x', actionsTaken: 'y' });
    expect(err.details.issues?.map((i) => `${i.path}:${i.key}`)).toEqual(['lotIds.0:lot_unknown', 'caseIds.0:case_unknown', 'incidentDate:date_in_future', 'awareDate:aware_before_incident']);
    expect((await core.fail('reports.incident', { productId: 999, unitsAffected: 1, incidentDate: '2026-11-01', description: 'x', actionsTaken: 'y' })).code).toBe('NOT_FOUND');
  });

  it('prints the product\'s lots (with their supplier), its latest inspection and its after-sales cases', async () => {
    const { core, product } = await setup();
    const db = core.ctx.db;
    expect(lotsForIncident(db, product.id)).toEqual([]);
    expect(casesForIncident(db, product.id, [])).toEqual([]);
    expect(latestInspection(db, product.id)).toBeNull();
    const supplierId = (await core.ok('suppliers.list', {})).items[0]!.id;
    const lot = await core.ok('lots.create', { supplierId, productId: product.id, poReference: 'LOT-2026-09', quantityOrdered: 500, quantityReceived: 500, receivedDate: '2026-09-20' } as never);
    await core.ok('inspections.create', { lotId: lot.id, date: '2026-09-21', inspector: 'Mei' } as never);
    // Opened at 20:00 UTC: already the next day for a seller in Shenzhen, and the report says so.
    await core.ok('settings.update', { timeZone: 'Asia/Shanghai' });
    await core.ok('cases.create', { customerName: 'Jonas Weber', customerCountry: 'DE', productId: product.id, lotId: lot.id, type: 'complaint', reason: 'quality_defect', openedAt: '2026-11-05T20:00:00.000Z' });
    expect(lotsForIncident(db, product.id)).toEqual([{ id: lot.id, reference: 'LOT-2026-09', receivedOn: '2026-09-20', quantity: 500, supplierName: 'Ningbo Warm Co.' }]);
    expect(latestInspection(db, product.id)).toEqual({ date: '2026-09-21', result: 'accepted', lotReference: 'LOT-2026-09' });
    expect(casesForIncident(db, product.id, [lot.id]).map((c) => c.customer)).toEqual(['Jonas Weber']);
    expect(casesForIncident(db, product.id, [lot.id + 1])).toEqual([]);
    const out = join(tempDir(), 'incident.pdf');
    await core.ok('reports.incident', { productId: product.id, lotIds: [lot.id], unitsAffected: 1, incidentDate: '2026-11-02', description: 'x', actionsTaken: 'y', outPath: out });
    const t = await text(out);
    expect(t).toContain('LOT-2026-09');
    expect(t).toContain('Jonas Weber');
    expect(t).toContain('2026-11-06');
    expect(t).not.toContain('2026-11-05');
  });
});

describe('products.infoSheet', () => {
  it('renders the consumer sheet as PDF and escaped HTML, with certificates and the inspection result', async () => {
    const { core, product } = await setup();
    const out = join(tempDir(), 'sheet.pdf');
    const sheet = await core.ok('products.infoSheet', { productId: product.id, outPath: out });
    const t = await text(out);
    for (const s of ['PRODUCT INFORMATION', 'Hand warmer', 'Charge fully before first use.', 'Press twice to start.', 'Do not cover.', 'DoC-HW-01', '2027-06-30', 'No inspection on file.', '12 months'])
      expect(t).toContain(s);
    expect(sheet.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; keep away');
    expect(sheet.html).not.toContain('<script>');
    expect(sheet.html).toContain('Charge fully before first use.<br>Press twice to start.');
    expect(sheet.html).toContain('<li>EU declaration of conformity (CE) · No. DoC-HW-01 · issued by Ningbo Warm Co. · valid until 2027-06-30</li>');
  });

  it('speaks Chinese when asked, and the PDF carries the Chinese text', async () => {
    const { core, product } = await setup();
    const sheet = await core.ok('products.infoSheet', { productId: product.id, language: 'zh' });
    expect(sheet.path).toBe(join(core.ctx.dataDir, 'documents', 'info-sheets', 'HEAT-1-zh.pdf'));
    expect(sheet.html).toContain('<h2>暖手宝</h2>');
    expect(sheet.html).toContain('<h3>使用说明</h3>');
    const t = await text(sheet.path);
    expect(t).toContain('暖手宝');
    expect(t).toContain('注意事项');
    expect(t).toContain('欧盟符合性声明');
  });
});

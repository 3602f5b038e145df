import { describe, expect, it } from 'vitest';
import { certificateValidity } from '../../shared/certificates';
import { testCore } from '../../../test/helpers';
import { validCertificatesFor } from './certificates';

describe('certificateValidity', () => {
  it('is expired after the expiry day, expiring within 30 days (inclusive), valid otherwise or without expiry', () => {
    expect(certificateValidity({ expiryDate: '2026-11-20' }, '2026-11-21')).toBe('expired');
    expect(certificateValidity({ expiryDate: '2026-11-21' }, '2026-11-21')).toBe('expiring');
    expect(certificateValidity({ expiryDate: '2026-12-21' }, '2026-11-21')).toBe('expiring');
    expect(certificateValidity({ expiryDate: '2026-12-22' }, '2026-11-21')).toBe('valid');
    expect(certificateValidity({ expiryDate: null }, '2026-11-21')).toBe('valid');
  });
});

describe('certificates', () => {
  // The test core's clock says 2026-11-21.
  async function setup() {
    const core = testCore();
    const p1 = await core.ok('products.create', { sku: 'PB-1', name: 'Power bank' });
    const p2 = await core.ok('products.create', { sku: 'TOY-1', name: 'Toy car' });
    const s = await core.ok('suppliers.create', { name: 'Volt Factory', country: 'CN' });
    return { core, p1, p2, s };
  }

  it('creates and updates a certificate covering products and a supplier; validity and days left', async () => {
    const { core, p1, p2, s } = await setup();
    const c = await core.ok('certificates.create', {
      type: 'un38_3', number: 'UN-2026-001', issuer: 'SGS', issueDate: '2026-01-10', expiryDate: '2026-12-01', supplierId: s.id, productIds: [p2.id, p1.id, p1.id],
    });
    expect(c).toMatchObject({ type: 'un38_3', supplierName: 'Volt Factory', validity: 'expiring', daysLeft: 10, attachmentCount: 0 });
    expect(c.products.map((p) => p.sku)).toEqual(['PB-1', 'TOY-1']);
    const u = await core.ok('certificates.update', { id: c.id, expiryDate: '2027-12-01', productIds: [p1.id] });
    expect(u).toMatchObject({ validity: 'valid', number: 'UN-2026-001', issuer: 'SGS' });
    expect(u.products.map((p) => p.sku)).toEqual(['PB-1']);
    expect((await core.fail('certificates.get', { id: 99 })).code).toBe('NOT_FOUND');
  });

  it('refuses an expiry date before the issue date, bad dates and unknown products; nothing changes', async () => {
    const { core, p1 } = await setup();
    const c = await core.ok('certificates.create', { type: 'fcc', issueDate: '2026-01-01', expiryDate: '2027-01-01', productIds: [p1.id] });
    const before = core.snapshot('certificates', 'certificate_products');
    const early = await core.fail('certificates.create', { type: 'fcc', issueDate: '2026-05-01', expiryDate: '2026-04-30' });
    expect(early.details.issues).toEqual([expect.objectContaining({ path: 'expiryDate', key: 'expiry_before_issue' })]);
    const upd = await core.fail('certificates.update', { id: c.id, issueDate: '2027-06-01' });
    expect(upd.details.issues).toEqual([expect.objectContaining({ path: 'expiryDate', key: 'expiry_before_issue' })]);
    const bad = await core.fail('certificates.create', { type: 'ce', issueDate: '2026-13-01' });
    expect(bad.details.issues!.map((i) => `${i.path}:${i.key}`).sort()).toEqual(['issueDate:date_format', 'type:not_allowed']);
    const unknown = await core.fail('certificates.update', { id: c.id, productIds: [p1.id, 777], supplierId: 55 });
    expect(unknown.details.issues!.map((i) => `${i.path}:${i.key}`)).toEqual(['supplierId:supplier_unknown', 'productIds.1:product_unknown']);
    expect(core.snapshot('certificates', 'certificate_products')).toEqual(before);
  });

  it('lists by expiry, by product, by supplier and by validity; expiring within N days includes expired ones', async () => {
    const { core, p1, p2, s } = await setup();
    const mk = (expiryDate: string | null, extra: object = {}) => core.ok('certificates.create', { type: 'test_report', issueDate: '2025-01-01', expiryDate, ...extra });
    await mk(null, { number: 'NO-EXPIRY' });
    await mk('2027-06-01', { number: 'LATER', productIds: [p2.id] });
    await mk('2026-11-01', { number: 'EXPIRED', productIds: [p1.id] });
    await mk('2026-12-01', { number: 'SOON', productIds: [p1.id], supplierId: s.id });
    const numbers = async (input: object) => (await core.ok('certificates.list', input)).items.map((c) => c.number);
    expect(await numbers({})).toEqual(['EXPIRED', 'SOON', 'LATER', 'NO-EXPIRY']);
    expect(await numbers({ productId: p1.id })).toEqual(['EXPIRED', 'SOON']);
    expect(await numbers({ supplierId: s.id })).toEqual(['SOON']);
    expect(await numbers({ validity: 'expired' })).toEqual(['EXPIRED']);
    expect(await numbers({ validity: 'expiring' })).toEqual(['SOON']);
    expect(await numbers({ validity: 'valid' })).toEqual(['LATER', 'NO-EXPIRY']);
    expect(await numbers({ validity: 'expired', today: '2027-07-01' })).toEqual(['EXPIRED', 'SOON', 'LATER']);
    expect(await numbers({ query: 'soo' })).toEqual(['SOON']);
    expect(await numbers({ query: 'Volt' })).toEqual(['SOON']);
    expect(await numbers({ query: '%' })).toEqual([]);
    const expiring = await core.ok('certificates.expiring', { withinDays: 30 });
    expect(expiring.items.map((c) => [c.number, c.validity])).toEqual([['EXPIRED', 'expired'], ['SOON', 'expiring']]);
    expect((await core.ok('certificates.expiring', { withinDays: 365 })).total).toBe(3);
  });

  it('validCertificatesFor: certificates covering each product that hold on a date', async () => {
    const { core, p1, p2 } = await setup();
    const mk = (number: string, issueDate: string, expiryDate: string | null, productIds: number[]) =>
      core.ok('certificates.create', { type: 'doc_ce', number, issueDate, expiryDate, productIds });
    await mk('OLD', '2024-01-01', '2025-01-01', [p1.id]);
    await mk('CURRENT', '2025-01-01', '2027-01-01', [p1.id, p2.id]);
    await mk('FUTURE', '2027-01-01', null, [p2.id]);
    const ids = (m: Map<number, { number: string | null }[]>, id: number) => m.get(id)!.map((c) => c.number);
    const now = validCertificatesFor(core.ctx.db, [p1.id, p2.id, 999], '2026-11-21');
    expect(ids(now, p1.id)).toEqual(['CURRENT']);
    expect(ids(now, p2.id)).toEqual(['CURRENT']);
    expect(now.get(999)).toEqual([]);
    const later = validCertificatesFor(core.ctx.db, [p1.id, p2.id], '2027-01-01');
    expect(ids(later, p1.id)).toEqual(['CURRENT']); // expiry day itself still valid
    expect(ids(later, p2.id)).toEqual(['CURRENT', 'FUTURE']);
    expect(ids(validCertificatesFor(core.ctx.db, [p1.id], '2024-06-01'), p1.id)).toEqual(['OLD']);
  });
});

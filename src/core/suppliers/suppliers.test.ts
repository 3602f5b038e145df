import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';

const lina = { name: 'Lina Wu', phone: '+86 755 1234 5678', email: 'lina@shenzhen-audio.cn', messaging: 'WeChat: lina_sz' };

describe('suppliers', () => {
  it('creates, reads, corrects, archives and restores a supplier with contacts and an assessment', async () => {
    const core = testCore();
    const s = await core.ok('suppliers.create', {
      name: 'Shenzhen Audio Co.', localName: '深圳音频科技有限公司', country: 'cn', address: 'Bao’an, Shenzhen',
      contacts: [lina, { name: '', email: '' }], website: 'https://audio.example.cn', licenceNumber: '91440300MA5F0XXXX1',
      status: 'probation', assessment: { date: '2026-03-02', method: 'video_audit', result: 'conditional', notes: 'Fix ESD mats' },
    });
    expect(s).toMatchObject({ country: 'CN', status: 'probation', archived: false, productCount: 0, contacts: [lina], assessment: { method: 'video_audit', notes: 'Fix ESD mats' } });
    const updated = await core.ok('suppliers.update', { id: s.id, status: 'approved', assessment: null, website: '' });
    expect(updated).toMatchObject({ status: 'approved', assessment: null, website: null, name: 'Shenzhen Audio Co.', contacts: [lina] });
    const archived = await core.ok('suppliers.archive', { id: s.id });
    expect(archived).toMatchObject({ archived: true, status: 'approved' });
    expect((await core.ok('suppliers.list', {})).total).toBe(0);
    expect((await core.ok('suppliers.list', { archived: 'archived' })).total).toBe(1);
    expect(await core.ok('suppliers.restore', { id: s.id })).toMatchObject({ archived: false });
    expect((await core.fail('suppliers.get', { id: 999 })).code).toBe('NOT_FOUND');
  });

  it('searches name, Chinese name, contacts and licence number, and filters by status and country', async () => {
    const core = testCore();
    await core.ok('suppliers.create', { name: 'Shenzhen Audio Co.', localName: '深圳音频科技', country: 'CN', contacts: [lina], licenceNumber: '9144XYZ' });
    await core.ok('suppliers.create', { name: 'Hanoi Textiles', country: 'VN', status: 'blocked', contacts: [{ name: 'Minh', email: 'minh@hanoitex.vn' }] });
    await core.ok('suppliers.create', { name: 'Istanbul Leather', country: 'TR', status: 'probation' });
    const names = async (input: object) => (await core.ok('suppliers.list', input)).items.map((s) => s.name);
    expect(await names({})).toEqual(['Hanoi Textiles', 'Istanbul Leather', 'Shenzhen Audio Co.']);
    expect(await names({ query: '音频' })).toEqual(['Shenzhen Audio Co.']);
    expect(await names({ query: 'lina_sz' })).toEqual(['Shenzhen Audio Co.']);
    expect(await names({ query: 'hanoitex' })).toEqual(['Hanoi Textiles']);
    expect(await names({ query: '9144' })).toEqual(['Shenzhen Audio Co.']);
    expect(await names({ status: 'blocked' })).toEqual(['Hanoi Textiles']);
    expect(await names({ country: 'tr' })).toEqual(['Istanbul Leather']);
    expect(await names({ query: 'active' })).toEqual([]); // the state token is not searchable text
    expect(await names({ sort: 'country', dir: 'desc' })).toEqual(['Hanoi Textiles', 'Istanbul Leather', 'Shenzhen Audio Co.']);
    const page = await core.ok('suppliers.list', { limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, offset: 1, limit: 1 });
    expect(page.items.map((s) => s.name)).toEqual(['Istanbul Leather']);
  });

  it('refuses an unknown country and a bad contact e-mail, naming the field; nothing is saved', async () => {
    const core = testCore();
    const s = await core.ok('suppliers.create', { name: 'Keep', country: 'CN', contacts: [lina] });
    const before = core.snapshot('suppliers', 'suppliers_fts');
    const country = await core.fail('suppliers.create', { name: 'X', country: 'XX' });
    expect(country.details.issues).toEqual([expect.objectContaining({ path: 'country', key: 'country_unknown' })]);
    const email = await core.fail('suppliers.update', { id: s.id, contacts: [lina, { name: 'Bob', email: 'bob-at-example' }] });
    expect(email.details.issues).toEqual([expect.objectContaining({ path: 'contacts.1.email', key: 'email_invalid' })]);
    const method = await core.fail('suppliers.update', { id: s.id, assessment: { date: '2026-02-30', method: 'telepathy', result: 'passed' } });
    expect(method.details.issues!.map((i) => i.path).sort()).toEqual(['assessment.date', 'assessment.method']);
    expect(core.snapshot('suppliers', 'suppliers_fts')).toEqual(before);
  });
});

describe('product ↔ supplier links', () => {
  it('links a product to suppliers with terms; one default per product; refuses an archived supplier', async () => {
    const core = testCore();
    const p = await core.ok('products.create', { sku: 'BT-1', name: 'Headphones' });
    const a = await core.ok('suppliers.create', { name: 'Alpha', country: 'CN' });
    const b = await core.ok('suppliers.create', { name: 'Beta', country: 'VN' });
    const first = await core.ok('productSuppliers.set', { productId: p.id, supplierId: a.id, supplierSku: 'A-77', unitCost: 812, currency: 'cny', leadTimeDays: 15, moq: 500 });
    expect(first).toMatchObject({ isDefault: true, currency: 'CNY', unitCost: 812, supplierName: 'Alpha', productSku: 'BT-1' });
    expect(await core.ok('productSuppliers.set', { productId: p.id, supplierId: b.id })).toMatchObject({ isDefault: false });
    await core.ok('productSuppliers.set', { productId: p.id, supplierId: b.id, isDefault: true });
    const links = await core.ok('productSuppliers.list', { productId: p.id });
    expect(links.map((l) => [l.supplierName, l.isDefault])).toEqual([['Beta', true], ['Alpha', false]]);
    // Updating terms keeps what is not given.
    expect(await core.ok('productSuppliers.set', { productId: p.id, supplierId: a.id, moq: 1000 })).toMatchObject({ supplierSku: 'A-77', unitCost: 812, moq: 1000, isDefault: false });
    expect((await core.ok('suppliers.get', { id: a.id })).productCount).toBe(1);
    expect((await core.ok('productSuppliers.list', { supplierId: a.id })).map((l) => l.productSku)).toEqual(['BT-1']);

    const c = await core.ok('suppliers.create', { name: 'Gamma', country: 'IN' });
    await core.ok('suppliers.archive', { id: c.id });
    const before = core.snapshot('product_suppliers');
    const err = await core.fail('productSuppliers.set', { productId: p.id, supplierId: c.id });
    expect(err.details.issues).toEqual([expect.objectContaining({ path: 'supplierId', key: 'supplier_archived' })]);
    const noCurrency = await core.fail('productSuppliers.set', { productId: p.id, supplierId: b.id, unitCost: 100, currency: null });
    expect(noCurrency.details.issues).toEqual([expect.objectContaining({ path: 'currency', key: 'currency_required' })]);
    expect(core.snapshot('product_suppliers')).toEqual(before);

    expect(await core.ok('productSuppliers.remove', { productId: p.id, supplierId: a.id })).toEqual({ removed: true });
    expect((await core.fail('productSuppliers.remove', { productId: p.id, supplierId: a.id })).code).toBe('NOT_FOUND');
    expect((await core.fail('productSuppliers.list', {})).code).toBe('VALIDATION');
  });
});

import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';
import { createProduct } from './products';

const base = { sku: 'BT-HP-001', name: 'Bluetooth headphones', localName: '蓝牙头戴式耳机', hsCode: '8518.30', originCountry: 'cn', unitNetWeightG: 250, unitValue: 2490, currency: 'usd' };

describe('products', () => {
  it('creates, reads, updates, archives and restores a product', async () => {
    const core = testCore();
    const p = await core.ok('products.create', base);
    expect(p).toMatchObject({ id: 1, sku: 'BT-HP-001', hsCode: '851830', originCountry: 'CN', currency: 'USD', status: 'active', createdAt: '2026-11-21T10:00:00.000Z' });
    expect(await core.ok('products.get', { id: p.id })).toEqual(p);
    const u = await core.ok('products.update', { id: p.id, name: 'Bluetooth headphones, over-ear', description: null, unitValue: 1990 });
    expect(u).toMatchObject({ name: 'Bluetooth headphones, over-ear', unitValue: 1990, localName: '蓝牙头戴式耳机' });
    expect((await core.ok('products.archive', { id: p.id })).status).toBe('archived');
    expect((await core.ok('products.list', {})).total).toBe(0);
    expect((await core.ok('products.list', { status: 'archived' })).total).toBe(1);
    expect((await core.ok('products.restore', { id: p.id })).status).toBe('active');
    // Only SKU and name are needed (an import from a store has no customs facts yet).
    const bare = await core.ok('products.create', { sku: 'X', name: 'Thing' });
    expect(bare).toMatchObject({ hsCode: null, originCountry: null, unitValue: null, currency: null });
  });

  it('clears optional fields with null or empty text on update, keeps them when absent', async () => {
    const core = testCore();
    const p = await core.ok('products.create', { ...base, material: 'ABS plastic' });
    const u = await core.ok('products.update', { id: p.id, material: '', localName: null });
    expect(u).toMatchObject({ material: null, localName: null, hsCode: '851830' });
  });

  it('stores SQL and HTML as plain text in every text field', async () => {
    const core = testCore();
    const evil = `<script>alert(1)</script>'); DROP TABLE products; --`;
    const p = await core.ok('products.create', { sku: `'; DROP TABLE products;--`, name: evil, localName: evil, description: evil, material: evil });
    expect(await core.ok('products.get', { id: p.id })).toMatchObject({ name: evil, localName: evil, description: evil, material: evil });
    expect((await core.ok('products.list', { query: 'script alert' })).total).toBe(1);
  });

  describe('bad input is refused with the field and why, and nothing changes', () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['missing sku', { name: 'x' }, 'sku', 'required'],
      ['blank name', { sku: 'A', name: '   ' }, 'name', 'required'],
      ['negative weight', { sku: 'A', name: 'x', unitNetWeightG: -1 }, 'unitNetWeightG', 'negative'],
      ['non-integer weight', { sku: 'A', name: 'x', unitNetWeightG: 12.5 }, 'unitNetWeightG', 'not_integer'],
      ['weight as text', { sku: 'A', name: 'x', unitNetWeightG: '12' }, 'unitNetWeightG', 'wrong_type'],
      ['HS code with letters', { sku: 'A', name: 'x', hsCode: '85A830' }, 'hsCode', 'hs_digits'],
      ['HS code of 4 digits', { sku: 'A', name: 'x', hsCode: '8518' }, 'hsCode', 'hs_length'],
      ['HS code of 7 digits', { sku: 'A', name: 'x', hsCode: '8518.301' }, 'hsCode', 'hs_length'],
      ['HS code of 12 digits', { sku: 'A', name: 'x', hsCode: '851830000000' }, 'hsCode', 'hs_length'],
      ['HS chapter 00', { sku: 'A', name: 'x', hsCode: '001234' }, 'hsCode', 'hs_chapter'],
      ['HS chapter 77', { sku: 'A', name: 'x', hsCode: '770100' }, 'hsCode', 'hs_chapter'],
      ['HS chapter 98', { sku: 'A', name: 'x', hsCode: '9801.00' }, 'hsCode', 'hs_chapter'],
      ['HS chapter 99', { sku: 'A', name: 'x', hsCode: '99 99 99' }, 'hsCode', 'hs_chapter'],
      ['HS subheading not in the nomenclature', { sku: 'A', name: 'x', hsCode: '851899' }, 'hsCode', 'hs_unknown'],
      ['unknown currency', { sku: 'A', name: 'x', unitValue: 100, currency: 'XYZ' }, 'currency', 'currency_unknown'],
      ['value without currency', { sku: 'A', name: 'x', unitValue: 100 }, 'currency', 'currency_required'],
      ['unknown country', { sku: 'A', name: 'x', originCountry: 'XX' }, 'originCountry', 'country_unknown'],
      ['country as a name', { sku: 'A', name: 'x', originCountry: 'China' }, 'originCountry', 'country_unknown'],
      ['1 MB description', { sku: 'A', name: 'x', description: 'x'.repeat(1024 * 1024) }, 'description', 'too_long'],
      ['control characters', { sku: 'A\u0000B', name: 'x' }, 'sku', 'control_chars'],
      ['multi-line name', { sku: 'A', name: 'one\ntwo' }, 'name', 'control_chars'],
      ['unknown field', { sku: 'A', name: 'x', price: 3 }, 'price', 'unknown_field'],
    ];
    it.each(cases)('%s', async (_label, input, path, key) => {
      const core = testCore();
      await core.ok('products.create', base);
      const before = core.snapshot('products', 'products_fts');
      const err = await core.fail('products.create', input);
      expect(err.code).toBe('VALIDATION');
      expect(err.details.issues).toContainEqual(expect.objectContaining({ path, key }));
      expect(err.message).toContain(path);
      expect(core.snapshot('products', 'products_fts')).toEqual(before);
    });

    it('a duplicate SKU (any case) is a conflict naming sku', async () => {
      const core = testCore();
      await core.ok('products.create', base);
      const before = core.snapshot('products', 'products_fts');
      const err = await core.fail('products.create', { sku: 'bt-hp-001', name: 'Other' });
      expect(err.code).toBe('CONFLICT');
      expect(err.details.issues).toEqual([expect.objectContaining({ path: 'sku', key: 'duplicate' })]);
      expect(core.snapshot('products', 'products_fts')).toEqual(before);
    });

    it('an update that breaks a rule changes nothing', async () => {
      const core = testCore();
      const p = await core.ok('products.create', base);
      await core.ok('products.create', { sku: 'OTHER', name: 'Other' });
      const before = core.snapshot('products', 'products_fts');
      expect((await core.fail('products.update', { id: p.id, sku: 'other' })).code).toBe('CONFLICT');
      expect((await core.fail('products.update', { id: p.id, currency: null })).details.issues).toContainEqual(expect.objectContaining({ path: 'currency', key: 'currency_required' }));
      expect((await core.fail('products.update', { id: 999, name: 'x' })).code).toBe('NOT_FOUND');
      expect(core.snapshot('products', 'products_fts')).toEqual(before);
    });

    it('an unknown method and a malformed payload are refused', async () => {
      const core = testCore();
      expect(await core.fail('products.explode', {})).toMatchObject({ code: 'UNKNOWN_METHOD' });
      expect(await core.fail('__proto__.constructor', {})).toMatchObject({ code: 'UNKNOWN_METHOD' });
      for (const payload of [null, 'text', 42, [], { sku: { $gt: '' }, name: 'x' }]) {
        expect((await core.fail('products.create', payload)).code).toBe('VALIDATION');
      }
      expect((await core.fail('products.get', { id: '1' })).code).toBe('VALIDATION');
      expect((await core.fail('products.list', { limit: 100000 })).details.issues).toContainEqual(expect.objectContaining({ path: 'limit', key: 'too_big' }));
    });
  });

  describe('list and search', () => {
    async function seeded() {
      const core = testCore();
      await core.ok('products.create', { sku: 'BT-HP-001', name: 'Bluetooth headphones', localName: '蓝牙头戴式耳机', unitValue: 2490, currency: 'USD' });
      await core.ok('products.create', { sku: 'TS-RED-M', name: 'Cotton T-shirt red', localName: '纯棉T恤', description: 'Crew neck, 180 g/m²', unitValue: 990, currency: 'USD' });
      await core.ok('products.create', { sku: 'MUG-01', name: 'Ceramic mug', localName: '陶瓷马克杯', material: 'Porcelain', unitValue: 590, currency: 'USD' });
      await core.ok('products.create', { sku: 'CAFÉ-1', name: 'Café crème coffee beans', description: 'Arabica' });
      return core;
    }
    const skus = (page: { items: { sku: string }[] }) => page.items.map((p) => p.sku);

    it('finds by word prefix, SKU fragment, Chinese substring, accent-free spelling', async () => {
      const core = await seeded();
      expect(skus(await core.ok('products.list', { query: 'headph' }))).toEqual(['BT-HP-001']);
      expect(skus(await core.ok('products.list', { query: 'BT-HP' }))).toEqual(['BT-HP-001']);
      expect(skus(await core.ok('products.list', { query: 'ts-red' }))).toEqual(['TS-RED-M']);
      expect(skus(await core.ok('products.list', { query: '耳机' }))).toEqual(['BT-HP-001']);
      expect(skus(await core.ok('products.list', { query: '马克' }))).toEqual(['MUG-01']);
      expect(skus(await core.ok('products.list', { query: 'creme' }))).toEqual(['CAFÉ-1']);
      expect(skus(await core.ok('products.list', { query: 'crew neck' }))).toEqual(['TS-RED-M']);
      expect(skus(await core.ok('products.list', { query: 'cotton mug' }))).toEqual([]);
      // Only punctuation or FTS syntax: no crash, no filter.
      expect((await core.ok('products.list', { query: '"*' })).total).toBe(4);
      expect((await core.ok('products.list', { query: 'NOT OR AND (' })).total).toBe(0);
    });

    it('sorts by any listed column both ways and pages with a stable total', async () => {
      const core = await seeded();
      expect(skus(await core.ok('products.list', {}))).toEqual(['BT-HP-001', 'CAFÉ-1', 'MUG-01', 'TS-RED-M']);
      expect(skus(await core.ok('products.list', { sort: 'unitValue', dir: 'desc' }))).toEqual(['BT-HP-001', 'TS-RED-M', 'MUG-01', 'CAFÉ-1']);
      expect(skus(await core.ok('products.list', { sort: 'sku', dir: 'desc', limit: 2 }))).toEqual(['TS-RED-M', 'MUG-01']);
      const page2 = await core.ok('products.list', { sort: 'sku', dir: 'desc', limit: 2, offset: 2 });
      expect(page2).toMatchObject({ total: 4, offset: 2, limit: 2 });
      expect(skus(page2)).toEqual(['CAFÉ-1', 'BT-HP-001']);
    });

    it('keeps the search index in step with updates', async () => {
      const core = await seeded();
      await core.ok('products.update', { id: 3, name: 'Enamel camping cup', localName: '搪瓷杯' });
      expect((await core.ok('products.list', { query: 'ceramic' })).total).toBe(0);
      expect(skus(await core.ok('products.list', { query: '搪瓷' }))).toEqual(['MUG-01']);
    });
  });
});

describe('search keeps status and text apart', () => {
  it('a search for "active" or "archived" matches text only, and archiving moves a product between filters', async () => {
    const core = testCore();
    await core.ok('products.create', { sku: 'A-1', name: 'Active wear leggings' });
    const b = await core.ok('products.create', { sku: 'B-1', name: 'Plain mug' });
    expect((await core.ok('products.list', { query: 'active' })).items.map((p) => p.sku)).toEqual(['A-1']);
    expect((await core.ok('products.list', { query: 'archived', status: 'all' })).total).toBe(0);
    await core.ok('products.archive', { id: b.id });
    expect((await core.ok('products.list', { query: 'mug' })).total).toBe(0);
    expect((await core.ok('products.list', { query: 'mug', status: 'archived' })).total).toBe(1);
    expect((await core.ok('products.list', { query: 'mug', status: 'all' })).total).toBe(1);
    await core.ok('products.update', { id: b.id, name: 'Plain cup' });
    expect((await core.ok('products.list', { query: 'cup', status: 'archived' })).total).toBe(1);
  });
});

describe('a search that matches most of the catalog', () => {
  it('pages by name the same way whether the first pages walk the name index or later pages collect matches first', async () => {
    const core = testCore();
    const names: string[] = [];
    core.ctx.db.transaction(() => {
      for (let i = 0; i < 1500; i++) {
        const name = i % 5 === 4 ? `Ceramic bowl ${i}` : `Steel ${['spoon', 'fork', 'knife'][i % 3]} ${(i * 7919) % 1500}`;
        names.push(name);
        createProduct(core.ctx, { sku: `K-${i}`, name });
      }
    })();
    const expected = names.filter((n) => n.startsWith('Steel')).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    const seen: string[] = [];
    for (let offset = 0; offset < expected.length; offset += 100) {
      const page = await core.ok('products.list', { query: 's', sort: 'name', offset, limit: 100 });
      expect(page.total).toBe(expected.length);
      seen.push(...page.items.map((p) => p.name));
    }
    expect(seen).toEqual(expected);
  });
});

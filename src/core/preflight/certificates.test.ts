// The preflight reads the catalog's real certificates: a missing mark warns, an expired one blocks,
// a valid one keeps it quiet.
import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';

describe('preflight × certificates on file', () => {
  it('warns without a CE declaration, blocks on an expired one, is quiet with a valid one', async () => {
    const core = testCore(() => new Date('2026-11-21T10:00:00Z'));
    const lamp = await core.ok('products.create', {
      sku: 'LAMP-1', name: 'LED desk lamp, metal', hsCode: '940521', originCountry: 'CN', unitNetWeightG: 800, unitValue: 2500, currency: 'EUR',
      compliance: { categories: ['electrical'] },
    });
    const shipment = await core.ok('shipments.create', {
      consignee: { name: 'Anna Müller', addressLines: ['Hauptstraße 5'], city: 'Berlin', postcode: '10115', country: 'DE' },
      category: 'sale_of_goods', currency: 'EUR', shipDate: '2026-11-25',
      items: [{ productId: lamp.id, quantity: 1 }],
      parcels: [{ grossWeightG: 1200 }],
    } as never);
    const rulesOf = async () => (await core.ok('shipments.preflight', { id: shipment.id })).findings.filter((f) => f.rule === 'cert.missing' || f.rule === 'cert.expired');
    expect((await rulesOf()).map((f) => `${f.rule}:${f.severity}`)).toEqual(['cert.missing:warn']);

    const cert = await core.ok('certificates.create', { type: 'doc_ce', number: 'DOC-1', issueDate: '2024-01-01', expiryDate: '2026-11-22', productIds: [lamp.id] });
    expect((await rulesOf()).map((f) => `${f.rule}:${f.severity}`)).toEqual(['cert.expired:block', 'cert.missing:warn']);

    await core.ok('certificates.update', { id: cert.id, expiryDate: '2028-01-01' });
    expect(await rulesOf()).toEqual([]);
  });
});

// One clock: the core's "today" is the seller's calendar day in the zone of their profile. At
// 2026-12-01T23:30Z it is already 2 December for a seller in Shanghai and still 1 December for one
// in Los Angeles; every date decision follows (certificate expiry, the preflight's day, the
// dashboard's "due today", app.info's today that the renderer compares with).
import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';
import { machineTimeZone } from '../../shared/dates';

const NOW = () => new Date('2026-12-01T23:30:00Z');
const consignee = { name: 'Anna Müller', addressLines: ['Hauptstraße 5'], city: 'Berlin', postcode: '10115', country: 'DE' };

async function sellerIn(timeZone: string) {
  const core = testCore(NOW);
  await core.ok('settings.update', { timeZone });
  const lamp = await core.ok('products.create', {
    sku: 'LAMP-1', name: 'LED desk lamp, metal', hsCode: '940521', originCountry: 'CN', unitNetWeightG: 800, unitValue: 2500, currency: 'EUR',
    compliance: { categories: ['electrical'] },
  });
  const cert = await core.ok('certificates.create', { type: 'doc_ce', number: 'DOC-1', issueDate: '2024-01-01', expiryDate: '2026-12-01', productIds: [lamp.id] });
  // No ship date: the preflight checks against today.
  const shipment = await core.ok('shipments.create', { consignee, category: 'sale_of_goods', currency: 'EUR', items: [{ productId: lamp.id, quantity: 1 }], parcels: [{ grossWeightG: 1200 }] } as never);
  // First response due 24 h after opening: 2026-12-02T10:00Z — 18:00 in Shanghai on the 2nd, 02:00 in Los Angeles on the 2nd.
  const due = await core.ok('cases.create', { customerName: 'Wei', customerCountry: 'DE', productId: lamp.id, type: 'return', reason: 'other', openedAt: '2026-12-01T10:00:00Z' });
  const preflight = await core.ok('shipments.preflight', { id: shipment.id });
  return {
    info: await core.ok('app.info', {}),
    validity: (await core.ok('certificates.get', { id: cert.id })).validity,
    preflightDay: preflight.checkedOn,
    certFindings: preflight.findings.filter((f) => f.rule === 'cert.missing' || f.rule === 'cert.expired').map((f) => `${f.rule}:${f.severity}`),
    dashboard: await core.ok('dashboard.get', {}),
    dueId: due.id,
  };
}

describe('one clock in the seller’s time zone', () => {
  it('in Shanghai at 23:30Z it is 2 December: the certificate of 1 December has expired, the case is due today', async () => {
    const s = await sellerIn('Asia/Shanghai');
    expect(s.info).toMatchObject({ timeZone: 'Asia/Shanghai', today: '2026-12-02' });
    expect(s.validity).toBe('expired');
    expect(s.preflightDay).toBe('2026-12-02');
    expect(s.certFindings).toEqual(['cert.expired:block', 'cert.missing:warn']);
    expect(s.dashboard.today).toBe(s.preflightDay);
    expect(s.dashboard.certificatesExpiring.count).toBe(0);
    expect(s.dashboard.casesDue.items).toMatchObject([{ id: s.dueId, due: '2026-12-02T10:00:00.000Z', overdue: false }]);
  });

  it('in Los Angeles at the same instant it is still 1 December: the certificate is valid for today, the case is due tomorrow', async () => {
    const s = await sellerIn('America/Los_Angeles');
    expect(s.info).toMatchObject({ timeZone: 'America/Los_Angeles', today: '2026-12-01' });
    expect(s.validity).toBe('expiring');
    expect(s.preflightDay).toBe('2026-12-01');
    expect(s.certFindings).toEqual([]);
    expect(s.dashboard.today).toBe(s.preflightDay);
    expect(s.dashboard.certificatesExpiring).toMatchObject({ count: 1, items: [{ expiryDate: '2026-12-01' }] });
    expect(s.dashboard.casesDue.count).toBe(0);
  });

  it('follows the computer until the seller picks a zone, and refuses a zone that does not exist', async () => {
    const core = testCore(NOW);
    expect(await core.ok('app.info', {})).toMatchObject({ timeZone: machineTimeZone() });
    expect((await core.ok('settings.get', {})).timeZone).toBeNull();
    const before = core.snapshot('settings');
    const err = await core.fail('settings.update', { timeZone: 'Mars/Olympus_Mons', exporterName: 'Shenzhen Bright Co.' });
    expect(err.code).toBe('VALIDATION');
    expect(err.details.issues).toMatchObject([{ path: 'timeZone', key: 'time_zone_unknown' }]);
    expect(core.snapshot('settings')).toEqual(before);
    await core.ok('settings.update', { timeZone: 'Asia/Shanghai' });
    expect(core.ctx.today()).toBe('2026-12-02');
    await core.ok('settings.update', { timeZone: null });
    expect(core.ctx.timeZone()).toBe(machineTimeZone());
  });
});

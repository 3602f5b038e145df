// The designated operator on a shipment and the seller's default: stored, validated against
// resources/rules/postal-operators.json, cleared, and the one the pack prints.
import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';
import type { Shipment } from '../../shared/shipments';

const consignee = { name: 'Ann Lee', addressLines: ['5 Main St'], city: 'Boston', postcode: '02110', country: 'US' };

describe('shipments: designated operator', () => {
  it('is stored as its id (any case in), cleared with "" or null; an unknown id is refused on its field and nothing changes', async () => {
    const core = testCore();
    const s = (await core.ok('shipments.create', { consignee, postalOperator: 'us-usps' })) as Shipment;
    expect(s.postalOperator).toBe('US-USPS');
    const bad = await core.fail('shipments.update', { id: s.id, postalOperator: 'XX-NOPE' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.details.issues).toEqual([expect.objectContaining({ path: 'postalOperator', key: 'postal_operator_unknown' })]);
    const shape = await core.fail('shipments.update', { id: s.id, postalOperator: 'China Post' });
    expect(shape.details.issues).toEqual([expect.objectContaining({ path: 'postalOperator' })]);
    expect(((await core.ok('shipments.get', { id: s.id })) as Shipment).postalOperator).toBe('US-USPS');
    // Other edits leave it as it is; '' clears it.
    expect(((await core.ok('shipments.update', { id: s.id, postage: 500 })) as Shipment).postalOperator).toBe('US-USPS');
    expect(((await core.ok('shipments.update', { id: s.id, postalOperator: '' })) as Shipment).postalOperator).toBeNull();
    const refused = await core.fail('shipments.create', { consignee, postalOperator: 'ZZ-POST' });
    expect(refused.details.issues).toEqual([expect.objectContaining({ path: 'postalOperator', key: 'postal_operator_unknown' })]);
    expect((core.snapshot('shipments') as { shipments: unknown[] }).shipments).toHaveLength(1);
  });

  it('the profile default: validated, kept, and what the preflight counts when a shipment names none', async () => {
    const core = testCore();
    const bad = await core.fail('settings.update', { defaultPostalOperator: 'XX-NOPE' });
    expect(bad.details.issues).toEqual([expect.objectContaining({ path: 'defaultPostalOperator', key: 'postal_operator_unknown' })]);
    const s = (await core.ok('shipments.create', { consignee })) as Shipment;
    const rules = async () => ((await core.ok('shipments.preflight', { id: s.id })) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(await rules()).toContain('postal.operator_missing');
    expect((await core.ok('settings.update', { defaultPostalOperator: 'CN-POST' })).defaultPostalOperator).toBe('CN-POST');
    expect(await rules()).not.toContain('postal.operator_missing');
  });

  it('the list the editor offers: every operator with its printed name', async () => {
    const core = testCore();
    const list = (await core.ok('shipments.postalOperators', {})) as { id: string; country: string; name: string; nameZh: string | null }[];
    expect(list.find((o) => o.id === 'CN-POST')).toEqual({ id: 'CN-POST', country: 'CN', name: 'China Post', nameZh: '中国邮政' });
    expect(list.find((o) => o.id === 'GB-RM')).toMatchObject({ name: 'Royal Mail', nameZh: '英国皇家邮政' });
    // Without a Chinese name Clearpack is sure of, none (the Chinese UI shows the printed name).
    expect(list.find((o) => o.id === 'SE-POSTNORD')?.nameZh).toBeNull();
    expect(new Set(list.map((o) => o.id)).size).toBe(list.length);
  });
});

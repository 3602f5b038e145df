// The one check of a national tariff code, shared by the core (on save) and the product form (at
// the cell, before sending): each problem by its key, and the codes that pass.
import { describe, expect, it } from 'vitest';
import { tariffCodeIssue, tariffCodeFor } from './products';

const EU = { name: 'CN / TARIC', digits: [8, 10] };

describe('tariffCodeIssue', () => {
  it('names the problem at tariffCodes.<destination>: not digits, wrong length, not extending the HS code, no scheme', () => {
    expect(tariffCodeIssue('EU', '6109.1O.00', '610910', EU)).toMatchObject({ path: 'tariffCodes.EU', key: 'tariff_digits' });
    expect(tariffCodeIssue('EU', '6109100', '610910', EU)).toMatchObject({ path: 'tariffCodes.EU', key: 'tariff_length', params: { digits: '8/10' } });
    expect(tariffCodeIssue('EU', '6204 62 40', '6109.10', EU)).toMatchObject({ key: 'tariff_not_extension', params: { value: '62046240', hs: '610910' } });
    expect(tariffCodeIssue('MX', '6109100101', '610910', undefined)).toMatchObject({ path: 'tariffCodes.MX', key: 'tariff_destination' });
  });

  it('passes a code of a used length that extends the HS code (dots and spaces ignored), an empty cell, and any code while the HS code is empty', () => {
    expect(tariffCodeIssue('EU', '6109.10.00', '610910', EU)).toBeNull();
    expect(tariffCodeIssue('EU', '6109 10 00 10', '6109.10.00', EU)).toBeNull();
    expect(tariffCodeIssue('EU', '', '610910', EU)).toBeNull();
    expect(tariffCodeIssue('EU', '62046240', null, EU)).toBeNull();
  });

  it('tariffCodeFor: the destination’s own code, the EU’s for a member state, else the HS code', () => {
    const p = { hsCode: '610910', tariffCodes: { US: '6109100012', EU: '61091000' } };
    expect(tariffCodeFor(p, 'US', false)).toBe('6109100012');
    expect(tariffCodeFor(p, 'DE', true)).toBe('61091000');
    expect(tariffCodeFor(p, 'JP', false)).toBe('610910');
  });
});

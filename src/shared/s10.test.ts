import { describe, expect, it } from 'vitest';
import { parseS10, s10CheckDigit } from './s10';

describe('UPU S10 item identifiers', () => {
  it('computes the check digit with weights 8,6,4,2,3,5,9,7 (10 → 0, 11 → 5)', () => {
    expect(s10CheckDigit('47312482')).toBe(9); // the S10 standard's example item RR 473 124 829 GB
    expect(s10CheckDigit('12345678')).toBe(5); // 204 mod 11 = 6 → 11 − 6
    expect(s10CheckDigit('00000008')).toBe(0); // 56 mod 11 = 1 → 10 → 0
    expect(s10CheckDigit('00000000')).toBe(5); // 0 → 11 → 5
    expect(s10CheckDigit('00000001')).toBe(4); // 7 → 4
  });

  it('recognises an item number with spaces and in lower case; a wrong check digit is reported with the right one', () => {
    expect(parseS10('rr 123 456 785 cn')).toMatchObject({ text: 'RR123456785CN', service: 'RR', serial: '12345678', checkDigit: 5, expected: 5, valid: true, country: 'CN' });
    expect(parseS10('LX123456789CN')).toMatchObject({ valid: false, checkDigit: 9, expected: 5 });
  });

  it('leaves courier numbers alone', () => {
    for (const t of ['1Z999AA10123456784', 'YT2233445566778899', '4PX3001234567CN', 'JD0123456789', '', null, 'RR12345678CN', 'R1123456785CN'])
      expect(parseS10(t)).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorDigits, minorToInput, parseMoney, parseWhole } from './money';

describe('money as typed', () => {
  it('reads a decimal point or a decimal comma', () => {
    expect(parseMoney('12.5', 'USD')).toBe(1250);
    expect(parseMoney('12,5', 'EUR')).toBe(1250);
    expect(parseMoney('0,99', 'EUR')).toBe(99);
    expect(parseMoney('.5', 'USD')).toBe(50);
    expect(parseMoney('7.', 'USD')).toBe(700);
    expect(parseMoney(' 3 ', 'USD')).toBe(300);
  });

  it('reads thousands separators of either kind, spaces and apostrophes', () => {
    expect(parseMoney('1,234.56', 'USD')).toBe(123456);
    expect(parseMoney('1.234,56', 'EUR')).toBe(123456);
    expect(parseMoney('1 234,56', 'EUR')).toBe(123456);
    expect(parseMoney('1\u202f234,56', 'EUR')).toBe(123456); // narrow no-break space, as Intl writes fr-FR
    expect(parseMoney('1\u00a0234,56', 'EUR')).toBe(123456);
    expect(parseMoney("1'234.50", 'CHF')).toBe(123450);
    expect(parseMoney('1,234,567', 'USD')).toBe(123456700);
    expect(parseMoney('1.234.567', 'EUR')).toBe(123456700);
    // A lone comma before three digits groups thousands, as English and Chinese write them.
    expect(parseMoney('1,234', 'USD')).toBe(123400);
    expect(parseMoney('1,000', 'JPY')).toBe(1000);
  });

  it('follows the currency’s minor units', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    expect(parseMoney('1500', 'JPY')).toBe(1500);
    expect(parseMoney('1.5', 'JPY')).toBeNull();
    expect(parseMoney('2.5', 'KWD')).toBe(2500);
    expect(parseMoney('12.345', 'KWD')).toBe(12345);
    expect(parseMoney('12,345', 'KWD')).toBe(12345000); // a lone comma before three digits groups
    // A lone point is the decimal mark: a slip of "1.005" dollars is refused, not read as 1,005 dollars.
    expect(parseMoney('1.005', 'USD')).toBeNull();
    expect(parseMoney('1.000', 'JPY')).toBeNull();
  });

  it('refuses what is not an amount, and says nothing for empty text', () => {
    expect(parseMoney('', 'USD')).toBeUndefined();
    expect(parseMoney('   ', 'USD')).toBeUndefined();
    for (const bad of ['abc', '12a', '-5', '1,2,3', '12,34,56', '1,234.567.8', '1.23,45,6', '.', ',', '1 23', '1,23,456', '1.234,5678', '$12'])
      expect(parseMoney(bad, 'USD'), bad).toBeNull();
    expect(parseMoney('99999999999999999999', 'USD')).toBeNull(); // beyond exact integers
  });

  it('gives back what it shows for editing, for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'CNY'), (minor, currency) => {
        expect(parseMoney(minorToInput(minor, currency), currency)).toBe(minor);
      }),
    );
    expect(minorToInput(1250, 'USD')).toBe('12.50');
    expect(minorToInput(5, 'USD')).toBe('0.05');
    expect(minorToInput(1500, 'JPY')).toBe('1500');
    expect(minorToInput(null, 'USD')).toBe('');
  });

  it('reads whole numbers with grouping', () => {
    expect(parseWhole('1,200')).toBe(1200);
    expect(parseWhole('')).toBeUndefined();
    expect(parseWhole('1.5')).toBeNull();
  });
});

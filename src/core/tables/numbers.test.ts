import { describe, expect, it } from 'vitest';
import { decimalText, parseDecimal } from './numbers';

describe('numbers as spreadsheets write them', () => {
  it('point files: decimals, a leading point, thousands by comma, space or apostrophe', () => {
    const cases: [string, number][] = [
      ['12.50', 12.5], ['.5', 0.5], ['1.5', 1.5], ['1,299.50', 1299.5], ['1,299', 1299], ['12,345,678', 12345678],
      ['1 299.50', 1299.5], ['1\u00a0299', 1299], ["1'299.50", 1299.5], ['-5', -5], ['+3', 3], ['1,5', 1.5], ['5.', 5],
    ];
    for (const [text, n] of cases) expect([text, parseDecimal(text, '.')]).toEqual([text, n]);
  });

  it('comma files: decimal comma, thousands by point or space', () => {
    const cases: [string, number][] = [
      ['12,50', 12.5], [',5', 0.5], ['1,5', 1.5], ['1.299,50', 1299.5], ['1.299', 1299], ['1 299,50', 1299.5], ['1,299', 1.299], ['1.5', 1.5], ['1,299.50', 1299.5],
    ];
    for (const [text, n] of cases) expect([text, parseDecimal(text, ',')]).toEqual([text, n]);
  });

  it('refuses what is not one number', () => {
    for (const text of ['', '.', ',', 'abc', '1.2.3', '1,2,3', '12,34.5', '1.2,3,4', '--1', '1e5', '0x10', '1 kg', 'NaN', 'Infinity'])
      expect([text, parseDecimal(text, '.'), parseDecimal(text, ',')]).toEqual([text, null, null]);
  });

  it('decimalText keeps the digits (0.10 stays 0.10) for exact money', () => {
    expect(decimalText('1.299,10', ',')).toBe('1299.10');
    expect(decimalText('-.5', '.')).toBe('-0.5');
    expect(decimalText('1,299', '.')).toBe('1299');
    expect(decimalText('x', '.')).toBeNull();
  });
});

// Amounts per currency: integer minor units in, the currency's own digits out (JPY 0, KWD 3).
import { CURRENCY_MINOR_DIGITS } from '../../../shared/iso';

const formats = new Map<string, Intl.NumberFormat>();

function decimal(minor: number, digits: number): string {
  const neg = minor < 0;
  const s = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, '0');
  const body = digits ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s;
  return neg ? `-${body}` : body;
}

/** '1,234.50 USD'-style amount with the currency code (codes are unambiguous on customs forms). */
export function money(minor: number, currency: string): string {
  const digits = CURRENCY_MINOR_DIGITS[currency] ?? 2;
  let f = formats.get(currency);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(currency, f);
  }
  // A decimal string keeps the exact value (no float rounding on large amounts).
  return `${f.format(decimal(minor, digits) as unknown as number)} ${currency}`;
}

/** Amount without the code, for table cells under a header that names the currency. */
export function amount(minor: number, currency: string): string {
  return money(minor, currency).slice(0, -(currency.length + 1));
}

/** Grams as kilograms with 3 decimals ('1.250 kg'). */
export function kg(grams: number): string {
  return `${(grams / 1000).toFixed(3)} kg`;
}

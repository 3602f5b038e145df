// Amounts as people type them, into exact integer minor units — the one parser every money input
// uses. Either mark may be the decimal mark ("12.50", "12,50"); the other, spaces and apostrophes
// group thousands ("1,234.50", "1.234,50", "1 234,50", "1'234.50"); what stays ambiguous is refused
// rather than guessed (see decimalMark). How many decimals a currency has
// comes from ISO 4217 (shared/iso): JPY none, USD two, KWD three.
import { CURRENCY_MINOR_DIGITS } from '../../../shared/iso';

export const minorDigits = (currency: string | null): number => (currency === null ? 2 : (CURRENCY_MINOR_DIGITS[currency] ?? 2));

/** Minor units as typed text ("12.50"), no grouping: what an input shows for editing. */
export function minorToInput(minor: number | null, currency: string | null): string {
  if (minor === null) return '';
  const digits = minorDigits(currency ?? 'USD');
  if (digits === 0) return String(minor);
  const whole = Math.trunc(minor / 10 ** digits);
  const frac = String(minor % 10 ** digits).padStart(digits, '0');
  return `${whole}.${frac}`;
}

/**
 * Which mark is the decimal mark: with both marks, the last one; a mark used more than once groups;
 * a lone comma followed by exactly three digits groups ("1,234" is 1234, as the UI's languages write
 * it). A lone point is always the decimal mark, so "1.234" in dollars is refused (three decimals)
 * rather than read as a thousand times the amount.
 */
function decimalMark(text: string): '.' | ',' | null {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null || text.indexOf(mark) !== text.lastIndexOf(mark)) return null;
  return mark === ',' && text.length - lastComma - 1 === 3 ? null : mark;
}

// The whole part: plain digits, or groups of three after one kind of separator — a mark, a space of
// any kind (a copied "1 234,50" often has a no-break or narrow no-break space) or the Swiss apostrophe.
const WHOLE = /^(?:\d+|\d{1,3}([.,'’ \u00a0\u202f])\d{3}(?:\1\d{3})*)$/;

/**
 * Parses what a person typed as an amount into integer minor units, exactly (no float rounding):
 * "12.5" USD -> 1250, "1.234,56" EUR -> 123456, "1,000" JPY -> 1000. Returns undefined for empty
 * text and null for text that is not an amount (letters, a minus, more decimals than the currency
 * has, thousands groups of other than three digits).
 */
export function parseMoney(text: string, currency: string | null): number | null | undefined {
  const clean = text.trim();
  if (clean === '') return undefined;
  const digits = minorDigits(currency);
  const mark = decimalMark(clean);
  const at = mark === null ? clean.length : clean.lastIndexOf(mark);
  const whole = clean.slice(0, at);
  const frac = clean.slice(at + 1);
  if (whole === '' && frac === '') return null;
  if (whole !== '' && !WHOLE.test(whole)) return null;
  if (!/^\d*$/.test(frac) || frac.length > digits) return null;
  const minor = Number(whole.replace(/\D/g, '') || '0') * 10 ** digits + Number(frac.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Whole number from an input; undefined when empty, null when not a whole number. */
export function parseWhole(text: string): number | null | undefined {
  const clean = text.trim().replace(/[\s,\u00a0\u202f]/g, '');
  if (clean === '') return undefined;
  if (!/^-?\d+$/.test(clean)) return null;
  return Number(clean);
}

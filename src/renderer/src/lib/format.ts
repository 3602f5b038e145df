// Display and parsing of money, weights, dates and countries in the UI's language.
import { CURRENCY_CODES, CURRENCY_MINOR_DIGITS, COUNTRY_CODES } from '../../../shared/iso';
import { locale } from '../i18n';

export const minorDigits = (currency: string): number => CURRENCY_MINOR_DIGITS[currency] ?? 2;

export function formatMoney(minor: number | null, currency: string | null): string {
  if (minor === null || currency === null) return '';
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(locale(), { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    minor / 10 ** digits,
  );
}

/** Minor units as typed text ("12.50"), no grouping: what an input shows for editing. */
export function minorToInput(minor: number | null, currency: string | null): string {
  if (minor === null) return '';
  const digits = minorDigits(currency ?? 'USD');
  return digits === 0 ? String(minor) : (minor / 10 ** digits).toFixed(digits);
}

/**
 * Parses what a person typed as an amount into integer minor units, exactly (no float rounding):
 * "12.5" USD -> 1250. Returns undefined for empty text and null for text that is not an amount.
 */
export function parseMoney(text: string, currency: string | null): number | null | undefined {
  const clean = text.trim().replace(/[\s,]/g, '');
  if (clean === '') return undefined;
  const digits = minorDigits(currency ?? 'USD');
  const m = /^(\d+)(?:\.(\d*))?$/.exec(clean);
  if (!m || (m[2] ?? '').length > digits) return null;
  const whole = Number(m[1]);
  const frac = Number((m[2] ?? '').padEnd(digits, '0') || '0');
  const minor = whole * 10 ** digits + frac;
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Whole number from an input; undefined when empty, null when not a whole number. */
export function parseWhole(text: string): number | null | undefined {
  const clean = text.trim().replace(/[\s,]/g, '');
  if (clean === '') return undefined;
  if (!/^-?\d+$/.test(clean)) return null;
  return Number(clean);
}

export const formatWeight = (g: number | null): string =>
  g === null ? '' : g >= 1000 ? `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(g / 1000)} kg` : `${g} g`;

export const formatDateTime = (iso: string): string =>
  new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

export const formatCount = (n: number): string => new Intl.NumberFormat(locale()).format(n);

export function countryName(code: string | null): string {
  if (!code) return '';
  return new Intl.DisplayNames([locale()], { type: 'region' }).of(code) ?? code;
}

/** Countries sorted by their name in the UI language. */
export function countryOptions(): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale()], { type: 'region' });
  const collator = new Intl.Collator(locale());
  return COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
}

export function currencyOptions(): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale()], { type: 'currency' });
  return CURRENCY_CODES.map((code) => ({ code, name: names.of(code) ?? code }));
}

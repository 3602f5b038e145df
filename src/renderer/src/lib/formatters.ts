// Display of money, weights, dates, counts and countries in one locale. Pure (no React, no i18n
// instance), so it is tested under plain Node; lib/format.ts binds it to the UI's language and
// useFormat() hands a screen the set for the language it is shown in.
import { COUNTRY_CODES, CURRENCY_CODES } from '../../../shared/iso';
import { minorDigits } from './money';

export interface Formatters {
  /** BCP 47 locale these format in ('en-US', 'zh-CN'). */
  readonly locale: string;
  money(minor: number | null, currency: string | null): string;
  weight(grams: number | null): string;
  /** A plain calendar day ('2026-12-02'), shown as that day whatever the computer's zone. */
  date(day: string | null): string;
  /** An instant (ISO 8601 with zone) in the computer's zone. */
  dateTime(iso: string): string;
  count(n: number): string;
  country(code: string | null): string;
  /** Countries sorted by their name in this locale. */
  countries(): { code: string; name: string }[];
  currencies(): { code: string; name: string }[];
}

function make(locale: string): Formatters {
  // Intl objects are costly to build and a long table formats thousands of cells: one of each per locale.
  const count = new Intl.NumberFormat(locale);
  const kg = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  const currencyNames = new Intl.DisplayNames([locale], { type: 'currency' });
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  let countryList: { code: string; name: string }[] | undefined;
  let currencyList: { code: string; name: string }[] | undefined;
  return {
    locale,
    money(minor, currency) {
      if (minor === null || currency === null) return '';
      const digits = minorDigits(currency);
      let nf = moneyFormats.get(currency);
      if (!nf) {
        nf = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
        moneyFormats.set(currency, nf);
      }
      return nf.format(minor / 10 ** digits);
    },
    weight: (g) => (g === null ? '' : g >= 1000 ? `${kg.format(g / 1000)} kg` : `${g} g`),
    date: (d) => (d ? day.format(new Date(`${d}T00:00:00Z`)) : ''),
    dateTime: (iso) => instant.format(new Date(iso)),
    count: (n) => count.format(n),
    country: (code) => (code ? (regions.of(code) ?? code) : ''),
    countries() {
      if (!countryList) {
        const collator = new Intl.Collator(locale);
        countryList = COUNTRY_CODES.map((code) => ({ code, name: regions.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
      }
      return countryList;
    },
    currencies() {
      currencyList ??= CURRENCY_CODES.map((code) => ({ code, name: currencyNames.of(code) ?? code }));
      return currencyList;
    },
  };
}

/** The BCP 47 locale of a UI language ('en', 'zh'). */
export const localeOf = (language: string): string => (language === 'zh' ? 'zh-CN' : 'en-US');

const byLocale = new Map<string, Formatters>();

/** The formatters of a locale: the same object for the same locale, so it can be a memo's dependency. */
export function formattersFor(locale: string): Formatters {
  let f = byLocale.get(locale);
  if (!f) {
    f = make(locale);
    byLocale.set(locale, f);
  }
  return f;
}

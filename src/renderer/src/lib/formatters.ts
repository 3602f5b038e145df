// Display of money, weights, dates, counts and countries in one locale. Pure (no React, no i18n
// instance), so it is tested under plain Node; lib/format.ts binds it to the UI's language and
// useFormat() hands a screen the set for the language it is shown in.
import { COUNTRY_CODES, CURRENCY_CODES } from '../../../shared/iso';
import { monthNames } from '../../../shared/months';
import type { MonthNames } from '../../../shared/months';
import { displayWeight } from '../../../shared/weight';
import { minorDigits } from './money';

export interface Formatters extends MonthNames {
  /** BCP 47 locale these format in ('en-US', 'zh-CN'). */
  readonly locale: string;
  money(minor: number | null, currency: string | null): string;
  weight(grams: number | null): string;
  /** A plain calendar day ('2026-12-02'), shown as that day whatever the computer's zone. */
  date(day: string | null): string;
  /** A text quoted as it was written (a rules file's source) with each ISO day in it ('checked 2026-12-02') shown as date() shows it. */
  datesIn(text: string): string;
  /** A calendar day as a date field shows it, in the language's order ('12/02/2026', '2026/12/02'); other text as it is. */
  dateInput(day: string): string;
  /** What a date field's text means ('2026-12-02'), typed in the language's order or as ISO; null when it is no day. */
  parseDateInput(text: string): string | null;
  /** A date field's day said back with its weekday ('Fri, Dec 4, 2026', '2026年12月4日周五'), so 12/04 is never read as 12 April; '' when it is no day. */
  dateEcho(day: string): string;
  /** The order a date field expects, as a hint ('mm/dd/yyyy', '年/月/日'). */
  datePattern: string;
  // month, monthShort and year: the calendar months by name (shared/months.ts, which the PDFs use too).
  /** An instant (ISO 8601 with zone) in the computer's zone. */
  dateTime(iso: string): string;
  count(n: number): string;
  /** Items in a run, as the language separates them: 'a, b, c'; '甲、乙、丙' (never an ASCII comma in Chinese). */
  list(items: string[]): string;
  country(code: string | null): string;
  /** A name with its code after it in parentheses, as the language writes them: 'Germany (DE)', '德国（DE）'. */
  withCode(name: string, code: string | number): string;
  /** Sentences one after the other: with a space in English; in Chinese none after a full-width mark ('已导入 2 个商品。打开商品目录'). Empty parts are left out. */
  sentences(...parts: (string | false | null | undefined)[]): string;
  /** What stands between a sentence and what follows it on the line (a link, a button): ' ' or, in Chinese after a full-width mark, nothing. */
  gapAfter(sentence: string): string;
  /** Countries sorted by their name in this locale. */
  countries(): { code: string; name: string }[];
  /** Designated operators with the name this language knows them by ('中国邮政'; else the printed 'China Post'), sorted by it. */
  operators<T extends { name: string; nameZh?: string | null }>(list: readonly T[]): (T & { shown: string })[];
  currencies(): { code: string; name: string }[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Whether 'YYYY-MM-DD' is a day of the calendar (not 2026-02-30). */
const isDay = (d: string): boolean => {
  const at = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === d;
};

/** A full-width mark at a Chinese sentence's end, after which Chinese writes no space. */
const FULL_WIDTH_END = /[\u3001-\u3011\uff01-\uff1f\uff5e]$/;

function make(locale: string): Formatters {
  const zh = locale.startsWith('zh');
  const gapAfter = (sentence: string) => (zh && FULL_WIDTH_END.test(sentence) ? '' : ' ');
  // Intl objects are costly to build and a long table formats thousands of cells: one of each per locale.
  const count = new Intl.NumberFormat(locale);
  const run = new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const numeric = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
  const echo = new Intl.DateTimeFormat(locale, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  // The order of year, month and day in this language, read from Intl rather than assumed.
  const order = numeric.formatToParts(new Date(Date.UTC(2026, 11, 2))).filter((p) => p.type === 'year' || p.type === 'month' || p.type === 'day').map((p) => p.type as 'year' | 'month' | 'day');
  const patternWord = zh ? { year: '年', month: '月', day: '日' } : { year: 'yyyy', month: 'mm', day: 'dd' };
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
    weight: (g) => (g === null ? '' : displayWeight(g, locale)),
    date: (d) => (d ? day.format(new Date(`${d}T00:00:00Z`)) : ''),
    datesIn: (text) => text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => (isDay(d) ? day.format(new Date(`${d}T00:00:00Z`)) : d)),
    dateInput: (d) => (ISO_DAY.test(d) ? numeric.format(new Date(`${d}T00:00:00Z`)) : d),
    parseDateInput(text) {
      const s = text.trim();
      const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
      const parts = iso ? [iso[1]!, iso[2]!, iso[3]!] : s.split(/\D+/).filter(Boolean);
      if (parts.length !== 3) return null;
      const at = (k: 'year' | 'month' | 'day') => parts[iso ? ['year', 'month', 'day'].indexOf(k) : order.indexOf(k)]!;
      const [y, m, dd] = [at('year'), at('month'), at('day')];
      if (y.length !== 4 || m.length > 2 || dd.length > 2) return null;
      const day = `${y}-${m.padStart(2, '0')}-${dd.padStart(2, '0')}`;
      return isDay(day) ? day : null;
    },
    dateEcho: (d) => (ISO_DAY.test(d) && isDay(d) ? echo.format(new Date(`${d}T00:00:00Z`)) : ''),
    datePattern: order.map((k) => patternWord[k]).join('/'),
    ...monthNames(locale),
    dateTime: (iso) => instant.format(new Date(iso)),
    count: (n) => count.format(n),
    list: (items) => run.format(items),
    country: (code) => (code ? (regions.of(code) ?? code) : ''),
    withCode: (name, code) => (zh ? `${name}（${code}）` : `${name} (${code})`),
    operators(list) {
      const collator = new Intl.Collator(locale);
      return list.map((o) => ({ ...o, shown: (zh && o.nameZh) || o.name })).sort((a, b) => collator.compare(a.shown, b.shown));
    },
    sentences: (...parts) => parts.filter((p): p is string => !!p).reduce((all, p) => (all ? `${all}${gapAfter(all)}${p}` : p), ''),
    gapAfter,
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

/** A message's params (an error's, a finding's) with each calendar day ('2026-11-01') as the locale writes a day; the other values as they are. */
export function readableDays<P extends Record<string, string | number>>(params: P, locale: string): P {
  const f = formattersFor(locale);
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' && ISO_DAY.test(v) ? f.date(v) : v])) as P;
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

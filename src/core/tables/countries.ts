// A country as sellers' files write it ("UK", "USA", "Deutschland", "中国", "Japon", "gb") to its
// ISO 3166-1 alpha-2 code. Names come from a well-kept library (i18n-iso-countries: official and
// common names in many languages) plus the few aliases listed in resources/rules/countries.json;
// only codes on our own country list are answered. Case, accents, dots and spaces do not matter.
import countries from 'i18n-iso-countries';
import type { LocaleData } from 'i18n-iso-countries';
import { createRequire } from 'node:module';
import list from '../../../resources/rules/countries.json' with { type: 'json' };
import { isCountryCode } from '../../shared/iso';

// Loaded with require, not `import … with { type: 'json' }`: the Electron build keeps the package
// external and its bundle loses the import attribute, which Node then refuses (the orders import
// in a job worker failed so); require reads JSON as it is, from the sources and from the bundle.
const requireJson = createRequire(import.meta.url);
const LOCALES: LocaleData[] = ['en', 'zh', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'ja', 'ko', 'ru', 'tr'].map(
  (code) => requireJson(`i18n-iso-countries/langs/${code}.json`) as LocaleData,
);

/** Lower case, accents and everything but letters and digits dropped: "U.S.A." → "usa", "Côte d'Ivoire" → "cotedivoire". */
export const countryKey = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

let byName: Map<string, string> | null = null;

function names(): Map<string, string> {
  if (byName) return byName;
  const map = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = countryKey(name);
    if (key && isCountryCode(code) && !map.has(key)) map.set(key, code);
  };
  for (const locale of LOCALES) {
    countries.registerLocale(locale);
    for (const [code, all] of Object.entries(countries.getNames(locale.locale, { select: 'all' }))) for (const name of all) add(name, code);
  }
  for (const [name, code] of Object.entries((list as { aliases?: Record<string, string> }).aliases ?? {})) add(name, code);
  byName = map;
  return map;
}

/**
 * The ISO 3166-1 alpha-2 code for a country written as a code (alpha-2 in any case, alpha-3, "UK")
 * or a name in one of 18 languages; null when it is not a country we know. An empty text is null too
 * (the caller decides whether a default applies).
 */
export function countryCode(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const upper = trimmed.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) {
    if (isCountryCode(upper)) return upper;
    if (upper === 'UK') return 'GB';
    return null;
  }
  if (/^[A-Z]{3}$/.test(upper)) {
    const alpha2 = countries.alpha3ToAlpha2(upper);
    if (alpha2 && isCountryCode(alpha2)) return alpha2;
  }
  return names().get(countryKey(trimmed)) ?? null;
}

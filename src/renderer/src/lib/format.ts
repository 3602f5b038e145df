// Display and parsing of money, weights, dates and countries in the UI's language. In a component,
// take them from useFormat(): its object changes when the language does, so a memo that depends on
// it (table columns, option lists) is computed again instead of keeping the old language's names.
// The free functions below read the language at call time, for code outside components.
import { useTranslation } from 'react-i18next';
import { locale } from '../i18n';
import { formattersFor, localeOf } from './formatters';
import type { Formatters } from './formatters';

export { minorDigits, minorToInput, parseMoney, parseWhole } from './money';
export type { Formatters } from './formatters';

/** The formatters of the language the UI is shown in now. */
const current = (): Formatters => formattersFor(locale());

/** The formatters of the UI's language, for a component: it re-renders with new ones after a switch. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(localeOf(i18n.language));
}

export const formatMoney = (minor: number | null, currency: string | null): string => current().money(minor, currency);
export const formatWeight = (g: number | null): string => current().weight(g);
export const formatDateTime = (iso: string): string => current().dateTime(iso);
export const formatCount = (n: number): string => current().count(n);
export const formatList = (items: string[]): string => current().list(items);
export const sentences = (...parts: (string | false | null | undefined)[]): string => current().sentences(...parts);
export const countryName = (code: string | null): string => current().country(code);
export const countryOptions = (): { code: string; name: string }[] => current().countries();
export const currencyOptions = (): { code: string; name: string }[] => current().currencies();

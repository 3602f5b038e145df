// Plain calendar dates in the UI: today on the seller's calendar, and display in their language.
import { api } from '../api';
import { locale } from '../i18n';
import { formattersFor } from './formatters';
import { setSellerTimeZone } from './today';

export { localToday, sellerTimeZone } from './today';

/** Asks the core for the seller's zone (at start, and after the profile is saved). */
export async function refreshSellerTimeZone(): Promise<void> {
  setSellerTimeZone((await api.app.info()).timeZone);
}

/** A calendar day in the UI's language (in a component, useFormat().date follows a switch of language). */
export const formatDate = (day: string | null): string => formattersFor(locale()).date(day);

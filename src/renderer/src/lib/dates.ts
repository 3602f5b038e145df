// Plain calendar dates in the UI: today on the seller's calendar, and display in their language.
import { api } from '../api';
import { locale } from '../i18n';
import { setSellerTimeZone } from './today';

export { localToday, sellerTimeZone } from './today';

/** Asks the core for the seller's zone (at start, and after the profile is saved). */
export async function refreshSellerTimeZone(): Promise<void> {
  setSellerTimeZone((await api.app.info()).timeZone);
}

export const formatDate = (day: string | null): string =>
  day ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)) : '';

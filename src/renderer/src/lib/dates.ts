// Plain calendar dates in the UI: today on the user's own calendar, and display in their language.
import { locale } from '../i18n';

/** Today on this computer's calendar, as YYYY-MM-DD (not UTC: a seller in Shenzhen lives in UTC+8). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const formatDate = (day: string | null): string =>
  day ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)) : '';

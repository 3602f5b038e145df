// Plain calendar dates (YYYY-MM-DD), as certificates, assessments and deadlines use them.
import { z } from 'zod';

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isPlainDate(s: string): boolean {
  const m = PLAIN_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

export const plainDate = z
  .string()
  .trim()
  .superRefine((s, ctx) => {
    if (!isPlainDate(s)) ctx.addIssue({ code: 'custom', message: 'A date is written YYYY-MM-DD, e.g. 2026-03-31', params: { key: 'date_format' } });
  });

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Today's date in UTC as YYYY-MM-DD. */
export const utcDay = (d: Date): string => d.toISOString().slice(0, 10);

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

// One clock. Timestamps are UTC; a calendar day ("today", a due date, an expiry) is the seller's,
// in their time zone. Core and renderer both decide the day with dayIn, so they never disagree
// about which day it is (before 08:00 in Shenzhen the UTC day is still yesterday).

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** True for an IANA time zone name this runtime knows (Asia/Shanghai, America/Los_Angeles, UTC). */
export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The computer's own time zone: the default until the seller picks one. */
export const machineTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The calendar day (YYYY-MM-DD) of the instant `at` on a wall clock in `zone`. */
export function dayIn(zone: string, at: Date | number): string {
  let f = dayFormats.get(zone);
  if (!f) {
    // Parts, not the formatted string: no locale decides the order or the digits.
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory', numberingSystem: 'latn' });
    dayFormats.set(zone, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(at)) parts[p.type] = p.value;
  return `${parts.year!.padStart(4, '0')}-${parts.month}-${parts.day}`;
}

/** Today in the seller's zone. */
export const todayIn = (zone: string, now: Date | number = Date.now()): string => dayIn(zone, now);

/**
 * The UTC instant at which `day` begins in `zone` (midnight, or the first instant after a
 * daylight-saving gap), as an ISO timestamp: "due before the end of today" compares UTC
 * timestamps against the start of tomorrow.
 */
export function startOfDayIn(zone: string, day: string): string {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  // The zone's offset is within ±14 h: walk candidates by the offset seen near that instant.
  let guess = midnightUtc;
  for (let i = 0; i < 3; i++) guess = midnightUtc - offsetMs(zone, guess);
  // In a gap midnight does not exist; step forward to the first instant that is on `day`.
  while (dayIn(zone, guess) < day) guess += 15 * 60_000;
  while (dayIn(zone, guess - 1) === day) guess -= 15 * 60_000;
  return new Date(guess).toISOString();
}

/** How far the zone's wall clock is ahead of UTC at `at`, in ms. */
function offsetMs(zone: string, at: number): number {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const p: Record<string, number> = {};
  for (const x of f.formatToParts(at)) if (x.type !== 'literal') p[x.type] = Number(x.value);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(at / 1000) * 1000;
}

/** The calendar day of an instant in UTC: for dates that are UTC by contract, never for "today". */
export const utcDay = (d: Date): string => d.toISOString().slice(0, 10);

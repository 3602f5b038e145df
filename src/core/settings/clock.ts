// The one clock of the core: today() is the seller's calendar day, in the zone of their profile
// (the computer's until they choose). Read from the settings row on each call, so a change of zone
// is seen at once, and by job workers too (they share the database, not this process's memory).
import type { ReadDb } from '../db/read';
import { dayIn, isTimeZone, machineTimeZone } from '../../shared/dates';
import type { CoreContext } from '../context';
import type { DB } from '../db/open';

/** The seller's zone; the computer's when none is set or the data file cannot be read (recovery). */
export function sellerTimeZone(db: ReadDb | null): string {
  let raw: string | null | undefined;
  try {
    raw = db?.open ? (db.prepare(`SELECT value ->> '$.timeZone' FROM settings WHERE key = 'seller_profile'`).pluck().get() as string | null | undefined) : null;
  } catch {
    raw = null;
  }
  return raw && isTimeZone(raw) ? raw : machineTimeZone();
}

/** today() and timeZone() over the database `db()` returns now (a restore may swap the handle). */
export function clock(db: () => DB | null, now: () => Date): Pick<CoreContext, 'today' | 'timeZone'> {
  const timeZone = () => sellerTimeZone(db());
  return { timeZone, today: () => dayIn(timeZone(), now()) };
}

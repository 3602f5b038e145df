// The one clock of the core: today() is the seller's calendar day, in the zone of their profile
// (the computer's until they choose). Read from the settings row on each call, so a change of zone
// is seen at once, and by job workers too (they share the database, not this process's memory).
import { dayIn, isTimeZone, machineTimeZone } from '../../shared/dates';
import type { CoreContext } from '../context';
import type { DB } from '../db/open';

export function sellerTimeZone(db: DB): string {
  const raw = db.prepare(`SELECT value ->> '$.timeZone' FROM settings WHERE key = 'seller_profile'`).pluck().get() as string | null | undefined;
  return raw && isTimeZone(raw) ? raw : machineTimeZone();
}

/** today() and timeZone() for a context over `db` and `now`. */
export function clock(db: DB, now: () => Date): Pick<CoreContext, 'today' | 'timeZone'> {
  const timeZone = () => sellerTimeZone(db);
  return { timeZone, today: () => dayIn(timeZone(), now()) };
}

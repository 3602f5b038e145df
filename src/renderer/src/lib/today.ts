// The renderer's "today": the seller's calendar day, decided by the same pure function as the
// core's ctx.today() (shared/dates todayIn) in the zone the core reports (app.info.timeZone), with
// the renderer's own clock. Kept free of the window and the bridge so it is unit-tested under Node.
import { machineTimeZone, todayIn } from '../../../shared/dates';

// Until the core has answered, the computer's zone (the core's default too).
let zone = machineTimeZone();

export const sellerTimeZone = (): string => zone;
export function setSellerTimeZone(next: string): void {
  zone = next;
}

/** Today on the seller's calendar, as YYYY-MM-DD. */
export function localToday(now: Date | number = Date.now()): string {
  return todayIn(zone, now);
}

// Where the one Back of the app (components/BackLink.tsx) goes from a record:
// - to the screen the record was opened from, when that screen said so (the dashboard's "Today":
//   a blocked shipment looked at and fixed, Back is the day's list again, not all shipments);
// - else to the list the record belongs to, as it was left: its search, filters and sort (the
//   URL's query, by the list's path), so the shipments filtered to "Ready to print" stay filtered.
// Both kept for the window's life (a restart starts every list afresh).
import type { WordKey } from '../i18n/keys';

const left = new Map<string, string>();

/** The list at `pathname` shows `search` now ('?status=ready&sort=ref', or '' for none). */
export function rememberList(pathname: string, search: string): void {
  if (search && search !== '?') left.set(pathname, search.startsWith('?') ? search : `?${search}`);
  else left.delete(pathname);
}

/** Where a link back to `to` goes: the list as it was left, when `to` is a list's bare path. */
export function backTo(to: string): string {
  if (to.includes('?') || to.includes('#')) return to;
  return to + (left.get(to) ?? '');
}

/** Forgets every list (for tests). */
export function forgetLists(): void {
  left.clear();
}

/** What a link puts in the history entry it opens, so Back returns to the screen it is on. */
export interface BackState {
  back: { to: string; label: WordKey };
}

/** The state for a link from the screen at `here`, which Back names `label` ('nav.dashboard'). */
export const backHere = (here: { pathname: string; search: string }, label: WordKey): BackState => ({ back: { to: here.pathname + here.search, label } });

/** The screen a record was opened from, when its link said (backHere); null otherwise. */
export function cameFrom(state: unknown): BackState['back'] | null {
  const back = (state as Partial<BackState> | null)?.back;
  return back && typeof back.to === 'string' && back.to.startsWith('/') && typeof back.label === 'string' ? back : null;
}

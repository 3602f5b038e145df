// The state of a list screen — search text, filters, sort — kept in the URL, so Back returns to
// the same list and a link can point at a filtered view. One hook for every list screen.
import { useCallback, useDeferredValue, useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { rememberList } from './back';

export interface ListParams<S extends string> {
  /** Read any other filter from the URL. */
  get(name: string): string | null;
  /** Sets (or, with null or '', removes) URL parameters, replacing the history entry. */
  update(changes: Record<string, string | null>): void;
  /** What is in the search box now, and the query the list follows (deferred while typing). */
  typed: string;
  query: string;
  setTyped(text: string): void;
  sort: S | undefined;
  dir: 'asc' | 'desc';
  /** A click on a column header: sort by it, or flip the direction when it already sorts. */
  onSort(field: string): void;
}

/** The URL parameters after `changes`: a value sets its parameter, null or '' removes it; the rest stay. */
export function withChanges(prev: URLSearchParams, changes: Record<string, string | null>): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') next.delete(k);
    else next.set(k, v);
  }
  return next;
}

/** A click on a column header: sort by it ascending, or flip the direction when it already sorts. */
export function nextSort(current: { sort: string | undefined; dir: 'asc' | 'desc' }, field: string): { sort: string; dir: 'asc' | 'desc' } {
  return { sort: field, dir: current.sort === field && current.dir === 'asc' ? 'desc' : 'asc' };
}

/** What a parameter reads: a change not in the URL yet wins over the URL (an empty change reads as none). */
export function readParam(params: URLSearchParams, pending: Record<string, string | null>, name: string): string | null {
  return name in pending ? pending[name] || null : params.get(name);
}

/**
 * The changes asked for that the URL has not caught up with. The router's setSearchParams builds on
 * the URL of the last render, not on a change still on its way (documented: its updater does not
 * queue as setState's does), so a second change before the next render (clearing the search, then
 * picking a status) would put back what the first one changed. Each request is kept with all the
 * changes made since the last URL the router showed; a URL that is one of them drops it and those
 * before it; any other URL (Back, a link) drops them all.
 */
export class AheadOfUrl {
  private base: URLSearchParams;
  private asked: { url: string; changes: Record<string, string | null> }[] = [];

  constructor(params: URLSearchParams) {
    this.base = params;
  }

  /** The router shows `params` now: what is still ahead of it. */
  seen(params: URLSearchParams): Record<string, string | null> {
    if (params !== this.base) {
      this.base = params;
      const at = this.asked.findIndex((r) => r.url === params.toString());
      this.asked = at === -1 ? [] : this.asked.slice(at + 1);
    }
    return this.asked.at(-1)?.changes ?? {};
  }

  /** The URL for `changes` on top of those still on their way. */
  ask(changes: Record<string, string | null>): URLSearchParams {
    const all = { ...(this.asked.at(-1)?.changes ?? {}), ...changes };
    const next = withChanges(this.base, all);
    this.asked.push({ url: next.toString(), changes: all });
    return next;
  }
}

export function useListParams<S extends string = string>(): ListParams<S> {
  const [params, setParams] = useSearchParams();
  const { pathname, search } = useLocation();
  // Back from a record returns to this list as it is now (lib/back.ts).
  useEffect(() => rememberList(pathname, search), [pathname, search]);
  // Changes not in the URL yet: the router applies URL changes in a transition, and until then a
  // controlled checkbox or select would show its old value (a click that seems not to take), and a
  // second change would undo the first (AheadOfUrl).
  const [ahead] = useState(() => new AheadOfUrl(params));
  const [, rendered] = useState(0);
  const pending = ahead.seen(params);
  const get = (name: string) => readParam(params, pending, name);
  const q = get('q') ?? '';
  const query = useDeferredValue(q);
  const [typed, setTypedState] = useState(q);
  const sort = (get('sort') as S | null) ?? undefined;
  const dir = get('dir') === 'desc' ? 'desc' : 'asc';
  const update = useCallback(
    (changes: Record<string, string | null>) => {
      setParams(ahead.ask(changes), { replace: true });
      rendered((n) => n + 1);
    },
    [setParams, ahead],
  );
  return {
    get,
    update,
    typed,
    query,
    setTyped: (text) => {
      setTypedState(text);
      update({ q: text });
    },
    sort,
    dir,
    onSort: (field) => update(nextSort({ sort, dir }, field)),
  };
}

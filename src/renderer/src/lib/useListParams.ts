// The state of a list screen — search text, filters, sort — kept in the URL, so Back returns to
// the same list and a link can point at a filtered view. One hook for every list screen.
import { useCallback, useDeferredValue, useState } from 'react';
import { useSearchParams } from 'react-router';

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

export function useListParams<S extends string = string>(): ListParams<S> {
  const [params, setParams] = useSearchParams();
  // Changes not in the URL yet: the router applies URL changes in a transition, and until then a
  // controlled checkbox or select would show its old value (a click that seems not to take). They
  // are dropped as soon as the URL changes: it has caught up, or Back took it elsewhere.
  const [pending, setPending] = useState<Record<string, string | null>>({});
  const [seen, setSeen] = useState(params);
  if (seen !== params) {
    setSeen(params);
    setPending({});
  }
  const get = (name: string) => readParam(params, pending, name);
  const q = get('q') ?? '';
  const query = useDeferredValue(q);
  const [typed, setTypedState] = useState(q);
  const sort = (get('sort') as S | null) ?? undefined;
  const dir = get('dir') === 'desc' ? 'desc' : 'asc';
  const update = useCallback(
    (changes: Record<string, string | null>) => {
      setPending((prev) => ({ ...prev, ...changes }));
      setParams((prev) => withChanges(prev, changes), { replace: true });
    },
    [setParams],
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

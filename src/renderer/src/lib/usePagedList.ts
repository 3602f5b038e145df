// Loads a long list from the core page by page, as the virtualised view scrolls to it. Nothing is
// loaded whole: only the pages around what is visible are fetched, and a change of query starts over.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface PageResult<T> {
  items: T[];
  total: number;
}

export interface PagedList<T> {
  total: number | null;
  rowAt(index: number): T | undefined;
  ensureRange(start: number, end: number): void;
  error: Error | null;
  reload(): void;
}

interface Loaded<T> {
  key: string;
  total: number | null;
  pages: Map<number, T[]>;
  error: Error | null;
}

const empty = <T,>(key: string): Loaded<T> => ({ key, total: null, pages: new Map(), error: null });

/**
 * `key` names the query (search, filter, sort): when it changes, what was loaded for the old key
 * is no longer shown and late answers for it are dropped.
 */
export function usePagedList<T>(
  fetchPage: (offset: number, limit: number) => Promise<PageResult<T>>,
  key: string,
  pageSize = 100,
): PagedList<T> {
  const [reloads, setReloads] = useState(0);
  const requestKey = `${reloads}:${key}`;
  const [loaded, setLoaded] = useState<Loaded<T>>(() => empty(requestKey));
  const current = loaded.key === requestKey ? loaded : empty<T>(requestKey);
  const latestKey = useRef(requestKey);
  const inFlight = useRef(new Set<string>());

  const loadPage = useCallback(
    (page: number, forKey: string) => {
      const token = `${forKey}#${page}`;
      if (inFlight.current.has(token)) return;
      inFlight.current.add(token);
      fetchPage(page * pageSize, pageSize).then(
        (result) => {
          // Done: coming back to this query later (search typed, then cleared) must load it again.
          inFlight.current.delete(token);
          if (forKey !== latestKey.current) return;
          setLoaded((s) => {
            const base = s.key === forKey ? s : empty<T>(forKey);
            const pages = new Map(base.pages);
            pages.set(page, result.items);
            return { ...base, total: result.total, pages, error: null };
          });
        },
        (error: Error) => {
          inFlight.current.delete(token);
          if (forKey !== latestKey.current) return;
          setLoaded((s) => ({ ...(s.key === forKey ? s : empty<T>(forKey)), error }));
        },
      );
    },
    [fetchPage, pageSize],
  );

  useEffect(() => {
    latestKey.current = requestKey;
    loadPage(0, requestKey);
  }, [requestKey, loadPage]);

  const { pages, total } = current;
  const ensureRange = useCallback(
    (start: number, end: number) => {
      for (let page = Math.floor(start / pageSize); page <= Math.floor(end / pageSize); page++) {
        if (!pages.has(page) && (total === null || page * pageSize < total)) loadPage(page, requestKey);
      }
    },
    [pages, total, requestKey, pageSize, loadPage],
  );
  const rowAt = useCallback((index: number) => pages.get(Math.floor(index / pageSize))?.[index % pageSize], [pages, pageSize]);
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  return { total, rowAt, ensureRange, error: current.error, reload };
}

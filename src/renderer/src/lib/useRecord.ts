// One way for every record screen to load its record: the record, whether it does not exist (the
// screen shows NotFound), why loading failed otherwise, and a reload. An answer for an id the screen
// has already left is ignored (lib/latest.ts), so fast navigation never shows the wrong record.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ClearpackError } from '../../../shared/errors';
import { toClearpackError } from '../api';
import { latest } from './latest';

export interface RecordState<T> {
  /** The record of the current id; null while it loads, when it is missing, and for a new record (id null). */
  record: T | null;
  /** Shows a record the screen got otherwise (the answer of a save). */
  setRecord(record: T): void;
  /** The core answered NOT_FOUND: deleted, or a stale link. */
  missing: boolean;
  /** Loading failed for another reason (the screen says so in its banner). */
  error: ClearpackError | null;
  /** Loads the record again (after a change made elsewhere on the screen). */
  reload(): void;
}

interface Loaded<T> {
  id: number;
  record: T | null;
  missing: boolean;
  error: ClearpackError | null;
}

/**
 * `get` loads the record of an id; `onLoad` runs with each record that lands (to fill a form from
 * it). Neither needs to be stable: the latest ones are used.
 */
export function useRecord<T>(get: (id: number) => Promise<T>, id: number | null, onLoad?: (record: T) => void): RecordState<T> {
  const getRef = useRef(get);
  const onLoadRef = useRef(onLoad);
  useLayoutEffect(() => {
    getRef.current = get;
    onLoadRef.current = onLoad;
  });
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [round, setRound] = useState(0);
  const [loads] = useState(latest);

  useEffect(() => {
    if (id === null) return;
    loads.run(
      getRef.current(id),
      (record) => {
        setLoaded({ id, record, missing: false, error: null });
        onLoadRef.current?.(record);
      },
      (err) => {
        const e = toClearpackError(err);
        setLoaded({ id, record: null, missing: e.code === 'NOT_FOUND', error: e.code === 'NOT_FOUND' ? null : e });
      },
    );
    return () => loads.drop();
  }, [id, round, loads]);

  const setRecord = useCallback((record: T) => id !== null && setLoaded({ id, record, missing: false, error: null }), [id]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  // What was loaded for another id is not this screen's record.
  const mine = loaded !== null && loaded.id === id ? loaded : null;
  return { record: mine?.record ?? null, setRecord, missing: mine?.missing ?? false, error: mine?.error ?? null, reload };
}

// "Last call wins": of several loads started one after the other (a record screen whose id changes
// fast — Back, a link to the next record), only the newest may land; an older answer that arrives
// late is dropped instead of replacing the newer record on screen.
export interface Latest {
  /** Starts a load; its callbacks run only if no other load was started (or `drop` called) since. */
  run<T>(load: Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void): void;
  /** Drops the answer of the load under way (the screen left, or its id changed). */
  drop(): void;
}

export function latest(): Latest {
  let current = 0;
  return {
    run(load, onValue, onError) {
      const mine = ++current;
      load.then(
        (value) => mine === current && onValue(value),
        (error: unknown) => mine === current && onError(error),
      );
    },
    drop() {
      current++;
    },
  };
}

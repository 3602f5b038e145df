// A list's column widths and hidden columns: what is kept, what is refused, and the grid tracks
// that follow (identifiers never narrower than their widest value).
import { describe, expect, it } from 'vitest';
import { CONTENT_CAP, EMPTY_PREFS, MAX_WIDTH, MIN_WIDTH, canHide, loadPrefs, parsePrefs, resetWidth, savePrefs, setWidth, toggleHidden, trackOf, visibleColumns } from './columnState';
import type { ColumnShape } from './columnState';

const COLUMNS: ColumnShape[] = [
  { id: 'sku', width: 'minmax(90px, 1fr)', identifier: true },
  { id: 'name', width: 'minmax(150px, 2.2fr)' },
  { id: 'hs', width: '100px', identifier: true },
  { id: 'weight', width: '90px' },
  { id: 'status', width: '110px', hideable: false },
];

/** A storage with the Web Storage methods the module uses (Node has no localStorage). */
function memoryStorage() {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
}

describe('column prefs', () => {
  it('keeps widths and hidden columns per list, and forgets a list that is back to its defaults', () => {
    const store = memoryStorage();
    let prefs = setWidth(EMPTY_PREFS, 'name', 260.4);
    prefs = toggleHidden(COLUMNS, prefs, 'weight');
    savePrefs(store, 'products', prefs);
    expect(loadPrefs(store, 'products')).toEqual({ widths: { name: 260 }, hidden: ['weight'] });
    expect(loadPrefs(store, 'suppliers')).toEqual(EMPTY_PREFS);
    savePrefs(store, 'products', toggleHidden(COLUMNS, resetWidth(prefs, 'name'), 'weight'));
    expect(store.map.has('clearpack.columns.products')).toBe(false);
  });

  it('reads anything unreadable as no prefs, and clamps widths', () => {
    expect(parsePrefs('not json')).toEqual(EMPTY_PREFS);
    expect(parsePrefs('[1,2]')).toEqual({ widths: {}, hidden: [] });
    expect(parsePrefs(JSON.stringify({ widths: { a: 5, b: 'wide', c: 99999 }, hidden: ['x', 3, 'x'] }))).toEqual({ widths: { a: MIN_WIDTH, c: MAX_WIDTH }, hidden: ['x'] });
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
    expect(loadPrefs(refusing, 'products')).toEqual(EMPTY_PREFS);
    expect(() => savePrefs(refusing, 'products', setWidth(EMPTY_PREFS, 'a', 100))).not.toThrow();
  });

  it('never hides the first column, a column marked not hideable, or the last one shown', () => {
    expect(canHide(COLUMNS, EMPTY_PREFS, 'sku')).toBe(false);
    expect(toggleHidden(COLUMNS, EMPTY_PREFS, 'sku')).toEqual(EMPTY_PREFS);
    expect(toggleHidden(COLUMNS, EMPTY_PREFS, 'status')).toEqual(EMPTY_PREFS);
    const two: ColumnShape[] = [{ id: 'a', width: '1fr' }, { id: 'b', width: '1fr' }];
    const hidden = toggleHidden(two, EMPTY_PREFS, 'b');
    expect(visibleColumns(two, hidden).map((c) => c.id)).toEqual(['a']);
    expect(toggleHidden(two, hidden, 'b')).toEqual(EMPTY_PREFS); // shown again
    // ids a list no longer has are ignored
    expect(visibleColumns(COLUMNS, { widths: {}, hidden: ['gone', 'hs'] }).map((c) => c.id)).toEqual(['sku', 'name', 'weight', 'status']);
  });
});

describe('column tracks', () => {
  it('uses the declared track until the content is measured', () => {
    expect(trackOf(COLUMNS[1]!, EMPTY_PREFS, undefined)).toBe('minmax(150px, 2.2fr)');
  });

  it('sizes an identifier to its widest value, even past the cap and below a width set by hand', () => {
    expect(trackOf(COLUMNS[0]!, EMPTY_PREFS, 412)).toBe('minmax(412px, 1fr)');
    expect(trackOf(COLUMNS[2]!, EMPTY_PREFS, 131.2)).toBe('132px');
    expect(trackOf(COLUMNS[0]!, setWidth(EMPTY_PREFS, 'sku', 60), 120)).toBe('120px');
  });

  it('gives other text at least its header and declared minimum, at most the cap, and the fr share beyond', () => {
    expect(trackOf(COLUMNS[1]!, EMPTY_PREFS, 90)).toBe('minmax(150px, 2.2fr)');
    expect(trackOf(COLUMNS[1]!, EMPTY_PREFS, 2000)).toBe(`minmax(${CONTENT_CAP}px, 2.2fr)`);
    // a fixed column whose header is wider than declared ("NET WEIGHT (G)" in 90px) is widened
    expect(trackOf(COLUMNS[3]!, EMPTY_PREFS, 60, 128)).toBe('128px');
    expect(trackOf(COLUMNS[1]!, setWidth(EMPTY_PREFS, 'name', 200), 2000)).toBe('200px');
  });
});

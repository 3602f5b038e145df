// A list's column widths and hidden columns: what is kept, what is refused, and the grid tracks
// that follow (identifiers never narrower than their widest value).
import { describe, expect, it } from 'vitest';
import { CONTENT_CAP, EMPTY_PREFS, MAX_WIDTH, MIN_WIDTH, SQUEEZE_TO, canHide, foldedColumns, layoutColumns, loadPrefs, needsOf, parsePrefs, resetWidth, savePrefs, setWidth, toggleHidden, trackOf, visibleColumns } from './columnState';
import type { ColumnNeeds, ColumnShape } from './columnState';

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

describe('column layout', () => {
  it('gives an identifier its widest value as its least width, even when resized narrower by hand', () => {
    expect(needsOf(COLUMNS[0]!, EMPTY_PREFS, 140, 50)).toEqual({ min: 140, want: 140, grow: 1 });
    expect(needsOf(COLUMNS[0]!, setWidth(EMPTY_PREFS, 'sku', 60), 140, 50)).toEqual({ min: 140, want: 140, grow: 0 });
  });

  it('lets text ask for its content up to the cap, squeezable to its header and its declared least width', () => {
    // 'minmax(150px, 2.2fr)': squeezed to 150 px, not the 96 px of a track that declares less
    expect(needsOf(COLUMNS[1]!, EMPTY_PREFS, 1000, 70)).toEqual({ min: 150, want: CONTENT_CAP, grow: 2.2, full: 1000 });
    expect(needsOf({ id: 'x', width: 'minmax(60px, 1fr)' }, EMPTY_PREFS, 1000, 70)).toEqual({ min: SQUEEZE_TO, want: CONTENT_CAP, grow: 1, full: 1000 });
    // content narrower than the declared least width is its least width
    expect(needsOf(COLUMNS[1]!, EMPTY_PREFS, 120, 70)).toEqual({ min: 120, want: 120, grow: 2.2 });
    expect(needsOf(COLUMNS[3]!, EMPTY_PREFS, 60, 128)).toEqual({ min: 128, want: 128, grow: 0 }); // "NET WEIGHT (G)" whole
    // a short value in a fixed track (a date, an amount) is shown whole, not squeezed
    expect(needsOf(COLUMNS[3]!, EMPTY_PREFS, 170, 90)).toEqual({ min: 170, want: 170, grow: 0 });
    expect(needsOf(COLUMNS[1]!, EMPTY_PREFS, undefined, 70)).toBeNull();
  });

  it('lets a header of several words wrap: it asks for its whole width and needs its longest word', () => {
    // "NET WEIGHT (G)" 128 px on one line, "WEIGHT" 80 px: a short value under it
    expect(needsOf(COLUMNS[3]!, EMPTY_PREFS, 60, 128, 80)).toEqual({ min: 80, want: 128, grow: 0 });
    // the value, when wider than the word, is its least width
    expect(needsOf(COLUMNS[3]!, EMPTY_PREFS, 100, 128, 80)).toEqual({ min: 100, want: 128, grow: 0 });
    // an identifier keeps its widest value whole; its header may wrap above it
    expect(needsOf(COLUMNS[0]!, EMPTY_PREFS, 90, 140, 70)).toEqual({ min: 90, want: 140, grow: 1 });
    // text squeezed to its word, not its whole header
    expect(needsOf({ id: 'x', width: 'minmax(60px, 1fr)' }, EMPTY_PREFS, 1000, 200, 90)).toEqual({ min: SQUEEZE_TO, want: CONTENT_CAP, grow: 1, full: 1000 });
    // squeezed below what they want, the fixed columns give up their header's second word too
    const fit = layoutColumns([needsOf(COLUMNS[3]!, EMPTY_PREFS, 60, 128, 80)!, { min: 96, want: 320, grow: 1 }], 300);
    expect(fit[0]).toBeLessThan(128);
    expect(fit[0]).toBeGreaterThanOrEqual(80);
  });

  it('squeezes a column that wraps no further than two lines hold its widest value', () => {
    const wrap = { id: 'type', width: 'minmax(120px, 1.6fr)', wrap: true };
    // 300 px of text that two lines of 170 px hold (was: squeezed to 120, cut)
    expect(needsOf(wrap, EMPTY_PREFS, 300, 60, 60, 170)).toEqual({ min: 170, want: 300, grow: 1.6, wrap: true });
    // never more than on one line, never less than the declared least width
    expect(needsOf(wrap, EMPTY_PREFS, 110, 60, 60, 110)).toEqual({ min: 110, want: 110, grow: 1.6, wrap: true });
    expect(needsOf(wrap, EMPTY_PREFS, 200, 60, 60, 100)).toEqual({ min: 120, want: 200, grow: 1.6, wrap: true });
    // beyond the content cap it still asks for two lines' worth; before that is measured, one line's
    expect(needsOf(wrap, EMPTY_PREFS, 800, 60, 60, 420)).toEqual({ min: 420, want: 420, grow: 1.6, wrap: true });
    expect(needsOf(wrap, EMPTY_PREFS, 300, 60, 60)).toEqual({ min: 300, want: 300, grow: 1.6, wrap: true });
  });

  it('fits what the content wants and shares the rest by fr', () => {
    const needs = [
      { min: 120, want: 120, grow: 1 },
      { min: 96, want: 300, grow: 2 },
      { min: 100, want: 100, grow: 0 },
    ];
    expect(layoutColumns(needs, 820)).toEqual([220, 500, 100]);
  });

  it('squeezes text by what it asks beyond its minimum, never an identifier, and overflows below the minimums', () => {
    const needs = [
      { min: 120, want: 120, grow: 1 },
      { min: 96, want: 296, grow: 2 },
      { min: 100, want: 200, grow: 0 },
    ];
    // 100 px short of the 616 wanted: the 300 px asked beyond the minimums get 200, taken 2:1
    const fit = layoutColumns(needs, 516);
    expect(fit).toEqual([120, 229, 167]);
    expect(fit.reduce((a, b) => a + b, 0)).toBe(516);
    expect(layoutColumns(needs, 200)).toEqual([120, 96, 100]);
  });

  it('holds a column that wraps to its two lines while text beside it is cut, and gives it room only once the others fit', () => {
    // a name that wants 300 (squeezable to 150), the customs column: 170 in two lines, 300 on one
    const needs = [
      { min: 150, want: 300, grow: 2 },
      { min: 170, want: 300, grow: 1.6, wrap: true },
      { min: 100, want: 100, grow: 0 },
    ];
    // 520 px: the name gets the 100 px the customs column would have wasted beside its two lines
    // (was: [225, 195, 100], the name cut while the customs column had room)
    expect(layoutColumns(needs, 520)).toEqual([250, 170, 100]);
    // 600 px: the name whole, the 30 px left toward the customs column's one line
    expect(layoutColumns(needs, 600)).toEqual([300, 200, 100]);
    // all fits: as before, the rest by fr
    expect(layoutColumns(needs, 736)).toEqual([320, 316, 100]);
    // below the minimums, as before
    expect(layoutColumns(needs, 300)).toEqual([150, 170, 100]);
  });

  it('gives the room left once all fit to text cut at the content cap first, up to its whole width', () => {
    // a name of 400 px capped at 320, a wrapping column whole at 200, an amount
    const needs = [
      { min: 150, want: 320, grow: 2.2, full: 400 },
      { min: 150, want: 200, grow: 1.8, wrap: true },
      { min: 100, want: 100, grow: 0 },
    ];
    // 110 px beyond what they want: 80 to make the name whole first, the 30 left toward the other's one
    // line (was: shared 2.2 : 1.8, the name still cut, blank beside the other's two lines)
    expect(layoutColumns(needs, 680)).toEqual([400, 180, 100]);
    expect(layoutColumns(needs, 620)).toEqual([370, 150, 100]);
    // 120 px left: the name whole, the 40 px beyond by fr
    expect(layoutColumns(needs, 740)).toEqual([422, 218, 100]);
  });
});

describe('columns folded to fit a narrow window', () => {
  const LIST: ColumnShape[] = [
    { id: 'sku', width: 'minmax(90px, 1fr)', identifier: true },
    { id: 'name', width: 'minmax(150px, 2fr)' },
    { id: 'origin', width: 'minmax(80px, 1fr)', fold: 'last' },
    { id: 'value', width: '100px' },
    { id: 'updated', width: '110px', fold: 'first' },
  ];
  const needs = new Map<string, ColumnNeeds>([
    ['sku', { min: 120, want: 120, grow: 1 }],
    ['name', { min: 150, want: 320, grow: 2 }],
    ['origin', { min: 96, want: 110, grow: 1 }],
    ['value', { min: 100, want: 100, grow: 0 }],
    ['updated', { min: 110, want: 110, grow: 0 }],
  ]);
  const fold = (available: number, prefs = EMPTY_PREFS, n = needs) => [...foldedColumns(LIST, prefs, n, available)].sort();

  it('folds nothing when what the columns want fits', () => {
    expect(fold(760)).toEqual([]);
  });

  it("folds a 'first' column as soon as the others would be cut, a 'last' one only when the table would scroll sideways", () => {
    // 760 wanted: at 700 the name would be cut, so "updated" goes; origin stays while the least widths fit
    expect(fold(700)).toEqual(['updated']);
    expect(fold(466)).toEqual(['updated']); // 120 + 150 + 96 + 100 = 466: the least widths still fit
    expect(fold(465)).toEqual(['origin', 'updated']);
  });

  it('keeps a column the seller asked for or resized, and never folds the first', () => {
    expect(fold(465, { widths: {}, hidden: [], shown: ['updated'] })).toEqual(['origin']);
    expect(fold(465, setWidth(EMPTY_PREFS, 'origin', 90))).toEqual(['updated']);
    const firstFolds: ColumnShape[] = [{ id: 'a', width: '300px', fold: 'first' }, { id: 'b', width: '300px', fold: 'first' }];
    const both = new Map([['a', { min: 300, want: 300, grow: 0 }], ['b', { min: 300, want: 300, grow: 0 }]]);
    expect([...foldedColumns(firstFolds, EMPTY_PREFS, both, 200)]).toEqual(['b']);
  });

  it('folds nothing before every column was measured (a folded column is not measured again)', () => {
    const partial = new Map(needs);
    partial.delete('updated');
    expect(fold(465, EMPTY_PREFS, partial)).toEqual([]);
    expect(fold(465, EMPTY_PREFS, needs)).toEqual(['origin', 'updated']);
  });

  it('shows a folded column the seller ticks, whatever the width, and hides it again when unticked', () => {
    const folded = new Set(['updated']);
    const shown = toggleHidden(LIST, EMPTY_PREFS, 'updated', folded);
    expect(shown).toEqual({ widths: {}, hidden: [], shown: ['updated'] });
    expect(fold(465, shown)).toEqual(['origin']);
    expect(toggleHidden(LIST, shown, 'updated', new Set())).toEqual({ widths: {}, hidden: ['updated'] });
    // a column that does not fold is only hidden and shown, with nothing kept of it
    expect(toggleHidden(LIST, { widths: {}, hidden: ['value'] }, 'value')).toEqual(EMPTY_PREFS);
  });

  it('keeps the columns asked for with the list, and reads them back', () => {
    const store = memoryStorage();
    savePrefs(store, 'products', { widths: {}, hidden: [], shown: ['updated'] });
    expect(loadPrefs(store, 'products')).toEqual({ widths: {}, hidden: [], shown: ['updated'] });
    expect(parsePrefs(JSON.stringify({ widths: {}, hidden: [], shown: ['a', 7, 'a'] }))).toEqual({ widths: {}, hidden: [], shown: ['a'] });
  });
});

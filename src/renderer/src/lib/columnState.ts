// What the seller changed about a list's columns — widths dragged by hand, columns hidden — and how a
// column's grid track follows from it and from the widths its content needs.
//
// Kept per list in the window's localStorage (key `clearpack.columns.<list>`), like the language:
// it is how this window shows a list, not the seller's data. Settings live in the data file, are
// backed up, restored and read by the CLI; a column width has no business in a backup, and reading
// it synchronously on the first paint avoids a jump when the table appears.

export interface ColumnPrefs {
  /** Widths in CSS pixels, by column id, for the columns the seller resized. */
  widths: Record<string, number>;
  /** Ids of the columns the seller hid. */
  hidden: string[];
  /** Ids of foldable columns the seller asked to see even when the window is narrow. */
  shown?: string[];
}

/** The part of a column this module reads (VirtualTable's Column<T> has these and more). */
export interface ColumnShape {
  id: string;
  /** The column's declared CSS grid track, e.g. '2fr', 'minmax(120px, 1fr)' or '110px'. */
  width: string;
  /** An identifier (SKU, reference, tracking number): never truncated. */
  identifier?: boolean;
  /** false: the seller cannot hide it. The first column can never be hidden. */
  hideable?: boolean;
  /**
   * Folded away (hidden until the window is wider) to make room for the others, unless the seller
   * asked for it: 'first' while the columns' content does not fit (the others would be cut),
   * 'last' only while even their least widths do not fit (the table would scroll sideways).
   */
  fold?: 'first' | 'last';
  /**
   * Text that wraps onto a second line rather than being cut (a certificate's type, a deadline with
   * its countdown): never squeezed below what holds it in two lines.
   */
  wrap?: boolean;
}

export const MIN_WIDTH = 48;
export const MAX_WIDTH = 900;
/** A non-identifier column asks for at most this much room for its content; beyond, it ellipsises. */
export const CONTENT_CAP = 320;
const PREFIX = 'clearpack.columns.';

export const EMPTY_PREFS: ColumnPrefs = { widths: {}, hidden: [] };

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Reads a list's prefs; anything unreadable (old format, hand-edited) counts as none. */
export function parsePrefs(text: string | null): ColumnPrefs {
  if (!text) return EMPTY_PREFS;
  try {
    const raw: unknown = JSON.parse(text);
    if (!raw || typeof raw !== 'object') return EMPTY_PREFS;
    const { widths, hidden } = raw as { widths?: unknown; hidden?: unknown };
    const w: Record<string, number> = {};
    if (widths && typeof widths === 'object')
      for (const [id, v] of Object.entries(widths)) if (typeof v === 'number' && Number.isFinite(v)) w[id] = clampWidth(v);
    const ids = (list: unknown) => (Array.isArray(list) ? [...new Set(list.filter((x): x is string => typeof x === 'string'))] : []);
    const shown = ids((raw as { shown?: unknown }).shown);
    return shown.length ? { widths: w, hidden: ids(hidden), shown } : { widths: w, hidden: ids(hidden) };
  } catch {
    return EMPTY_PREFS;
  }
}

export function loadPrefs(store: KeyValueStore | undefined, list: string): ColumnPrefs {
  try {
    return parsePrefs(store?.getItem(PREFIX + list) ?? null);
  } catch {
    return EMPTY_PREFS; // storage refused (private mode, quota): the list still shows
  }
}

export function savePrefs(store: KeyValueStore | undefined, list: string, prefs: ColumnPrefs): void {
  try {
    if (!Object.keys(prefs.widths).length && !prefs.hidden.length && !prefs.shown?.length) store?.removeItem(PREFIX + list);
    else store?.setItem(PREFIX + list, JSON.stringify(prefs));
  } catch {
    // not kept: the change still applies to this window
  }
}

export const clampWidth = (px: number): number => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, px)));

export function setWidth(prefs: ColumnPrefs, id: string, px: number): ColumnPrefs {
  return { ...prefs, widths: { ...prefs.widths, [id]: clampWidth(px) } };
}

/** Back to the width the content asks for. */
export function resetWidth(prefs: ColumnPrefs, id: string): ColumnPrefs {
  return { ...prefs, widths: Object.fromEntries(Object.entries(prefs.widths).filter(([k]) => k !== id)) };
}

export function canHide(columns: readonly ColumnShape[], prefs: ColumnPrefs, id: string): boolean {
  const index = columns.findIndex((c) => c.id === id);
  if (index <= 0) return false; // the first column names the row
  if (columns[index]!.hideable === false) return false;
  return visibleColumns(columns, prefs).length > 1;
}

const withShown = (prefs: ColumnPrefs, shown: string[]): ColumnPrefs =>
  shown.length ? { widths: prefs.widths, hidden: prefs.hidden, shown } : { widths: prefs.widths, hidden: prefs.hidden };

/**
 * Hides or shows a column; refuses (returns the prefs unchanged) to hide one that must stay.
 * `folded`: the columns folded away to fit the window now — showing one of those (or a hidden
 * foldable one) keeps it shown however narrow the window; hiding it forgets that.
 */
export function toggleHidden(columns: readonly ColumnShape[], prefs: ColumnPrefs, id: string, folded: ReadonlySet<string> = new Set()): ColumnPrefs {
  const shown = prefs.shown ?? [];
  const foldable = columns.some((c) => c.id === id && c.fold);
  if (prefs.hidden.includes(id) || folded.has(id)) {
    const next = { ...prefs, hidden: prefs.hidden.filter((h) => h !== id) };
    return foldable && !shown.includes(id) ? withShown(next, [...shown, id]) : next;
  }
  if (!canHide(columns, prefs, id)) return prefs;
  return withShown({ ...prefs, hidden: [...prefs.hidden, id] }, shown.filter((s) => s !== id));
}

/** The columns to draw, in their order. Ids of columns a list no longer has are ignored. */
export function visibleColumns<C extends ColumnShape>(columns: readonly C[], prefs: ColumnPrefs): C[] {
  return columns.filter((c, i) => i === 0 || c.hideable === false || !prefs.hidden.includes(c.id));
}

/** How much a column grows beyond what it needs: the largest `fr` of its declared track, 0 if fixed. */
export function growOf(width: string): number {
  const frs = [...width.matchAll(/(\d*\.?\d+)fr/g)].map((m) => Number(m[1]));
  return frs.length ? Math.max(...frs) : 0;
}

/** The smallest pixel width in a declared track ('110px', 'minmax(90px, 1fr)'), 0 when none. */
export function declaredMin(width: string): number {
  const px = /(\d*\.?\d+)px/.exec(width);
  return px ? Number(px[1]) : 0;
}

/** The least a text column is squeezed to (its header always fits): beyond, it ellipsises. */
export const SQUEEZE_TO = 96;

export interface ColumnNeeds {
  /** Never narrower than this (identifiers: their widest value; headers always whole). */
  min: number;
  /** What the content asks for (capped for text). */
  want: number;
  /** Share of room left over once every column has what it wants (the declared fr). */
  grow: number;
  /**
   * Wraps onto a second line (ColumnShape.wrap): between its least width (two lines) and what it
   * wants (one line) its text still takes two lines, so room given there is lost; it gets room
   * beyond its least width only once the others have what they want.
   */
  wrap?: boolean;
  /** Text wider than the content cap: its whole width, room it is given first once every column has what it wants. */
  full?: number;
}

/**
 * What a column needs, from the widest content seen in it and its header (CSS pixels), or null
 * before anything was measured. `twoLines`: for a column that wraps, the least width that holds its
 * widest content in two lines.
 */
export function needsOf(column: ColumnShape, prefs: ColumnPrefs, measured: number | undefined, headerWidth = 0, headerWord = headerWidth, twoLines?: number): ColumnNeeds | null {
  const set = prefs.widths[column.id];
  if (measured === undefined && set === undefined) return null;
  const content = measured ?? 0;
  // A header of several words may wrap onto a second line when its column is squeezed: it asks for
  // its whole width, and needs only its longest word.
  const word = Math.min(headerWord, headerWidth);
  if (column.identifier) {
    // not cut, even by hand
    const min = Math.ceil(Math.max(content, word, set ?? 0));
    return { min, want: Math.ceil(Math.max(min, headerWidth)), grow: set === undefined ? growOf(column.width) : 0 };
  }
  if (set !== undefined) return { min: set, want: set, grow: 0 };
  const grow = growOf(column.width);
  // A fixed track ('110px') holds a short value — a date, an amount, a badge: shown whole (up to the
  // cap). Only text in a growing track (fr) is squeezed, down to its header.
  if (grow === 0) {
    const value = Math.min(content, CONTENT_CAP);
    return { min: Math.ceil(Math.max(word, value)), want: Math.ceil(Math.max(headerWidth, value)), grow: 0 };
  }
  if (column.wrap) {
    // squeezed no further than two lines hold (nor below the declared least width)
    const min = Math.ceil(Math.max(word, Math.min(content, Math.max(declaredMin(column.width), twoLines ?? content))));
    return { min, want: Math.ceil(Math.max(min, headerWidth, Math.min(content, CONTENT_CAP))), grow, wrap: true };
  }
  // squeezed no further than the screen's declared least width, nor below the content that fits in it
  const min = Math.ceil(Math.max(word, Math.min(content, Math.max(SQUEEZE_TO, declaredMin(column.width)))));
  const want = Math.ceil(Math.max(min, headerWidth, Math.min(content, CONTENT_CAP)));
  return content > want ? { min, want, grow, full: Math.ceil(content) } : { min, want, grow };
}

/**
 * Pixel widths for columns in `available` pixels. Room is given in this order: each column's least
 * width; what each wants (a wrapping column at its two-line width); text cut at the content cap up
 * to its full width; wrapping columns towards one line; what is left, by fr. When what they want does
 * not fit, the columns give up what they want beyond their minimum in proportion to it; below the
 * sum of the minimums the table is wider than its box and scrolls sideways.
 */
export function layoutColumns(needs: readonly ColumnNeeds[], available: number): number[] {
  // The room is handed out in tiers, each only once the one before is whole: every column's least
  // width; what each wants (a column that wraps held to its two lines: room short of one line is
  // blank beside its wrapped text, was a name cut while the customs column had 60 px to spare);
  // text cut at the content cap up to its whole width (a long product name); a column that wraps up
  // to one line. Within a tier the columns get it in proportion to what they ask; beyond, by fr.
  const full = (c: ColumnNeeds) => Math.max(c.want, c.full ?? 0);
  const tiers = [
    needs.map((c) => c.min),
    needs.map((c) => (c.wrap ? c.min : c.want)),
    needs.map((c) => (c.wrap ? c.min : full(c))),
    needs.map(full),
  ];
  const sum = (ws: number[]) => ws.reduce((n, w) => n + w, 0);
  if (sum(tiers[0]!) >= available) return tiers[0]!;
  for (let k = 1; k < tiers.length; k++) {
    const lo = tiers[k - 1]!;
    const hi = tiers[k]!;
    if (sum(hi) < available) continue;
    const slack = available - sum(lo);
    const give = sum(hi) - sum(lo);
    return floorKeepingSum(lo.map((w, i) => w + ((hi[i]! - w) * slack) / give), available);
  }
  const top = tiers[tiers.length - 1]!;
  const extra = available - sum(top);
  const grow = needs.reduce((n, c) => n + c.grow, 0);
  if (grow === 0) return top;
  return floorKeepingSum(needs.map((c, i) => top[i]! + (extra * c.grow) / grow), available);
}

/**
 * The columns to fold away so the others fit `available` pixels (see ColumnShape.fold): the
 * rightmost 'first' columns while what the shown columns want does not fit, then the rightmost
 * 'last' ones while their least widths do not. A column the seller resized or asked for stays.
 * Nothing folds until every column was measured (shown once with rows): a guess from the declared
 * tracks would fold a column for good, since a folded column is not measured.
 */
export function foldedColumns(columns: readonly ColumnShape[], prefs: ColumnPrefs, needs: ReadonlyMap<string, ColumnNeeds>, available: number): Set<string> {
  const folded = new Set<string>();
  if (available <= 0 || columns.some((c) => !needs.has(c.id))) return folded;
  const need = (c: ColumnShape): ColumnNeeds => needs.get(c.id)!;
  let sumWant = columns.reduce((n, c) => n + need(c).want, 0);
  let sumMin = columns.reduce((n, c) => n + need(c).min, 0);
  const candidates = (when: 'first' | 'last') =>
    columns.filter((c, i) => i > 0 && c.fold === when && !prefs.shown?.includes(c.id) && prefs.widths[c.id] === undefined).reverse();
  for (const c of candidates('first')) {
    if (sumWant <= available) break;
    folded.add(c.id);
    sumWant -= need(c).want;
    sumMin -= need(c).min;
  }
  for (const c of candidates('last')) {
    if (sumMin <= available) break;
    folded.add(c.id);
    sumMin -= need(c).min;
  }
  return folded;
}

/** Whole pixels that still add up to `total` (the pixels left go to the largest fractions). */
function floorKeepingSum(widths: number[], total: number): number[] {
  const floors = widths.map(Math.floor);
  let rest = Math.round(total - floors.reduce((n, w) => n + w, 0));
  const byFraction = widths.map((w, i) => [w - Math.floor(w), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byFraction) if (rest-- > 0) floors[i]! += 1;
  return floors;
}

/**
 * The grid track of a column. `measured` is the widest content seen in it (header included), in
 * pixels, or undefined before anything was measured.
 * - resized by the seller: exactly that width (an identifier: not less than its widest value);
 * - identifier: at least its widest content, never less (it is not cut);
 * - other columns: at least the declared minimum and the header, at most CONTENT_CAP for content,
 *   growing by the declared fr share when there is room.
 */
export function trackOf(column: ColumnShape, prefs: ColumnPrefs, measured: number | undefined, headerWidth = 0): string {
  const set = prefs.widths[column.id];
  // An identifier is not cut even by hand: it keeps at least its widest value.
  if (set !== undefined) return `${column.identifier && measured !== undefined ? Math.max(set, Math.ceil(measured)) : set}px`;
  if (measured === undefined) return column.width;
  const need = Math.ceil(Math.max(declaredMin(column.width), headerWidth, column.identifier ? measured : Math.min(measured, CONTENT_CAP)));
  const grow = growOf(column.width);
  return grow > 0 ? `minmax(${need}px, ${grow}fr)` : `${need}px`;
}

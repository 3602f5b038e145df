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
    const h = Array.isArray(hidden) ? [...new Set(hidden.filter((x): x is string => typeof x === 'string'))] : [];
    return { widths: w, hidden: h };
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
    if (!Object.keys(prefs.widths).length && !prefs.hidden.length) store?.removeItem(PREFIX + list);
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

/** Hides or shows a column; refuses (returns the prefs unchanged) to hide one that must stay. */
export function toggleHidden(columns: readonly ColumnShape[], prefs: ColumnPrefs, id: string): ColumnPrefs {
  if (prefs.hidden.includes(id)) return { ...prefs, hidden: prefs.hidden.filter((h) => h !== id) };
  if (!canHide(columns, prefs, id)) return prefs;
  return { ...prefs, hidden: [...prefs.hidden, id] };
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

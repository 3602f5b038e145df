// A table for lists of any length: rows are virtualised (only the visible ones are in the DOM) and
// fetched page by page through usePagedList. Sorting is done by the core; the header only asks.
//
// Keyboard: the table is one Tab stop (ARIA grid, roving tabindex). Inside it the arrow keys move
// between cells, Home/End to the row's ends, Ctrl+Home/End to the first/last row, Page Up/Down by
// a screenful; Enter opens the row (or sorts, on a header). Columns are sized to their content
// (identifiers are never cut; other text ellipsises and shows in full on hover), can be resized by
// dragging a header's edge (double-click: back to the content's width) and hidden from the
// Columns menu; both are kept per list (lib/columnState.ts says where and why). When the columns
// do not fit, the table scrolls sideways and says so.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent as ReactMouseEvent, PointerEvent as ReactPointerEvent, ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { canHide, declaredMin, EMPTY_PREFS, foldedColumns, layoutColumns, loadPrefs, needsOf, resetWidth, savePrefs, setWidth, toggleHidden, trackOf, visibleColumns } from '../lib/columnState';
import type { ColumnNeeds, ColumnPrefs } from '../lib/columnState';
import type { PagedList } from '../lib/usePagedList';
import { twoLineWidth } from './twoLines';

export interface Column<T> {
  id: string;
  header: string;
  /**
   * CSS grid track, e.g. 'minmax(120px, 2fr)' or '120px': the least it takes and how it grows (fr).
   * A fixed track holds a short value that is read whole (a date, an amount, a country, a badge): it
   * takes its widest value's width and is never cut.
   */
  width: string;
  align?: 'start' | 'end';
  sortable?: boolean;
  /** An identifier (SKU, reference, tracking number): sized to its widest value, never truncated. */
  identifier?: boolean;
  /** false: cannot be hidden from the Columns menu (the first column never can). */
  hideable?: boolean;
  /** Folded away on a narrow window to make room for the others (lib/columnState.ts ColumnShape.fold). */
  fold?: 'first' | 'last';
  /** Wraps onto a second line rather than being cut (lib/columnState.ts ColumnShape.wrap). */
  wrap?: boolean;
  cell(row: T): ReactNode;
}

export interface Sort {
  field: string;
  dir: 'asc' | 'desc';
}

interface Props<T> {
  label: string;
  columns: Column<T>[];
  list: PagedList<T>;
  sort?: Sort;
  onSort?(field: string): void;
  onOpen?(row: T): void;
  rowKey(row: T): string | number;
  empty: ReactNode;
  rowHeight?: number;
  /** Names the list for the column widths and hidden columns it keeps (e.g. 'products'). */
  listId?: string;
}

interface Cell {
  /** -1: the header row. */
  row: number;
  col: number;
}

const HEADER = -1;
/** A long list squeezed by a short window still shows this many rows (then the page scrolls). */
const MIN_ROWS = 5;

/** The widest word of an element's text as drawn (its case, letter spacing and font), with the sort mark beside the last one. */
function longestWord(el: HTMLElement): number {
  let widest = 0;
  const range = document.createRange();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const m of text.matchAll(/\S+/g)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      widest = Math.max(widest, range.getBoundingClientRect().width);
    }
  }
  const mark = el.querySelector<HTMLElement>('.sort-mark');
  return widest + (mark && mark.textContent ? mark.getBoundingClientRect().width + 4 : 0);
}
const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

export function VirtualTable<T>({ label, columns, list, sort, onSort, onOpen, rowKey, empty, rowHeight = 44, listId }: Props<T>) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const count = list.total ?? 0;
  // The list's filters on a row of their own under the search box (components/Filters.tsx) keep a
  // place at that row's end for the Columns menu: there, the controls stand on two rows, not three
  // (search / filters / Columns took a third of a 700 px window's list at 1024 px).
  const [columnsSlot, setColumnsSlot] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const screen = root.current?.parentElement;
    if (!screen) return;
    const find = () => setColumnsSlot(screen.querySelector<HTMLElement>(':scope > .toolbar > .filters > .filters-end'));
    find();
    const observer = new MutationObserver(find);
    observer.observe(screen, { childList: true });
    for (const bar of screen.querySelectorAll(':scope > .toolbar')) observer.observe(bar, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  // ---- column prefs (kept per list) and measured content widths
  const [prefs, setPrefsState] = useState<ColumnPrefs>(() => (listId ? loadPrefs(storage(), listId) : EMPTY_PREFS));
  const setPrefs = useCallback(
    (next: ColumnPrefs) => {
      setPrefsState(next);
      if (listId) savePrefs(storage(), listId, next);
    },
    [listId],
  );
  const unfolded = useMemo(() => visibleColumns(columns, prefs), [columns, prefs]);
  const [measured, setMeasured] = useState<Record<string, number>>({});
  const [headerWidths, setHeaderWidths] = useState<Record<string, number>>({});
  /** Each header's longest word (a header may wrap between its words when its column is squeezed). */
  const [headerWords, setHeaderWords] = useState<Record<string, number>>({});
  /** In a column that wraps, the least width that holds its content in two lines. */
  const [twoLines, setTwoLines] = useState<Record<string, number>>({});
  const [available, setAvailable] = useState(0);
  // Columns folded away to fit a narrow window (from what each column needs, measured or declared).
  const needsById = new Map<string, ColumnNeeds>();
  for (const c of unfolded) {
    // a pixel more than measured: scrollWidth is rounded, and a value cut by a fraction still ellipsises
    const content = measured[c.id];
    const header = headerWidths[c.id];
    const word = headerWords[c.id];
    const two = twoLines[c.id];
    const n = needsOf(c, prefs, content === undefined ? undefined : content + 1, header === undefined ? undefined : header + 1, word === undefined ? undefined : word + 1, two === undefined ? undefined : two + 1);
    if (n) needsById.set(c.id, n);
  }
  const folded = foldedColumns(unfolded, prefs, needsById, available);
  const foldedKey = [...folded].join(' ');
  const shown = useMemo(() => (foldedKey ? unfolded.filter((c) => !foldedKey.split(' ').includes(c.id)) : unfolded), [unfolded, foldedKey]);
  // Laid out in pixels like a table once the content is measured; the declared tracks before.
  const needs = shown.map((c) => needsById.get(c.id) ?? null);
  const widths = available > 0 && needs.every((n) => n !== null) ? layoutColumns(needs as ColumnNeeds[], available) : null;
  const tracks = widths ? widths.map((w) => `${w}px`) : shown.map((c) => trackOf(c, prefs, measured[c.id], headerWidths[c.id]));
  const template = tracks.join(' ');
  const minWidth = widths ? widths.reduce((n, w) => n + w, 0) : tracks.reduce((n, tr) => n + declaredMin(tr), 0);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is meant to re-render this component
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensureRange } = list;
  useEffect(() => {
    if (count > 0) ensureRange(first, last);
  }, [first, last, count, ensureRange]);

  // Widest content seen per column (the rows shown so far and the header). Widths only grow while
  // the list is shown, so scrolling does not make columns jump narrower. Runs after every render
  // (rows arrive page by page); it sets state only when a width grew, so it settles.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- measured after each render on purpose
  useLayoutEffect(() => {
    const root = grid.current;
    if (!root) return;
    const grow = (into: Record<string, number>, selector: string, widthOf: (el: HTMLElement) => number = (el) => el.scrollWidth) => {
      let changed = false;
      const next = { ...into };
      root.querySelectorAll<HTMLElement>(selector).forEach((el) => {
        const id = el.dataset.col!;
        const cell = el.parentElement!;
        const style = getComputedStyle(cell);
        const w = Math.ceil(widthOf(el) + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight));
        // more than a pixel wider only: content that fills its cell must not push it wider each time
        if (w > (next[id] ?? 0) + 1) {
          next[id] = w;
          changed = true;
        }
      });
      return changed ? next : null;
    };
    // A badge shrinks to a cut column (and ellipsises), a header wraps in one: measured at their own
    // width, not the column's.
    root.classList.add('measuring');
    const body = grow(measured, '.vtable-row.body .vtable-text');
    const header = grow(headerWidths, '.vtable-head .vtable-text');
    const words = grow(headerWords, '.vtable-head .vtable-text', longestWord);
    const two = grow(twoLines, '.vtable-row.body .vtable-cell.wrap .vtable-text', twoLineWidth);
    root.classList.remove('measuring');
    if (two) setTwoLines(two);
    if (body) setMeasured(body);
    if (header) setHeaderWidths(header);
    if (words) setHeaderWords(words);
  });
  // The header's words change with the language, and so do the cells' (a badge, an amount): measure
  // them again, or a column keeps the width its English content needed.
  const headerKey = columns.map((c) => c.header).join('\u0000');
  useEffect(() => {
    setHeaderWidths({});
    setHeaderWords({});
    setMeasured({});
    setTwoLines({});
  }, [headerKey]);

  // ---- sideways scrolling: the header follows the body; a hint when the columns do not fit
  const [overflows, setOverflows] = useState(false);
  // Whether the rows scroll down: only then is there a scrollbar beside them, and the header keeps
  // the room of one above it (a gutter kept for none made every row look short by 15 px).
  const [scrollsY, setScrollsY] = useState(false);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const check = () => {
      setAvailable(el.clientWidth);
      setOverflows(el.scrollWidth > el.clientWidth + 1);
      setScrollsY(el.scrollHeight > el.clientHeight + 1);
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [template, count]);
  const onScroll = () => {
    if (head.current && scroller.current) head.current.scrollLeft = scroller.current.scrollLeft;
  };

  // ---- roving focus
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const pendingFocus = useRef<Cell | null>(null);
  const rendered = (row: number) => row === HEADER || items.some((v) => v.index === row);
  const clampCell = (c: Cell): Cell => ({ row: Math.max(HEADER, Math.min(count - 1, c.row)), col: Math.max(0, Math.min(shown.length - 1, c.col)) });
  const current = clampCell(active);
  // The Tab stop: the active cell when it is in the DOM, otherwise the first row shown.
  const stop: Cell = rendered(current.row) ? current : { row: items[0]?.index ?? HEADER, col: current.col };
  const cellSelector = (c: Cell) => (c.row === HEADER ? `.vtable-head [data-colindex="${c.col}"]` : `[data-index="${c.row}"] [data-colindex="${c.col}"]`);
  useEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    const el = grid.current?.querySelector<HTMLElement>(cellSelector(want));
    if (el) {
      pendingFocus.current = null;
      el.focus({ preventScroll: want.row === HEADER });
    }
  });
  const moveTo = (c: Cell) => {
    const next = clampCell(c);
    setActive(next);
    pendingFocus.current = next;
    if (next.row >= 0) virtualizer.scrollToIndex(next.row);
    const el = grid.current?.querySelector<HTMLElement>(cellSelector(next));
    if (el) {
      pendingFocus.current = null;
      el.focus({ preventScroll: next.row === HEADER });
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  };
  const pageRows = Math.max(1, Math.floor((scroller.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
  const hasHeaderStop = shown.some((c) => c.sortable) && !!onSort;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (!target.matches('[role="gridcell"], [role="columnheader"]')) return;
    const at = current;
    const top = hasHeaderStop ? HEADER : 0;
    let next: Cell | null = null;
    const ctrl = e.ctrlKey || e.metaKey;
    switch (e.key) {
      case 'ArrowDown':
        next = { row: Math.min(count - 1, at.row + 1), col: at.col };
        break;
      case 'ArrowUp':
        next = { row: Math.max(top, at.row - 1), col: at.col };
        break;
      case 'ArrowRight':
        next = { ...at, col: at.col + 1 };
        break;
      case 'ArrowLeft':
        next = { ...at, col: at.col - 1 };
        break;
      case 'Home':
        next = ctrl ? { row: Math.min(0, count - 1), col: 0 } : { ...at, col: 0 };
        break;
      case 'End':
        next = ctrl ? { row: count - 1, col: shown.length - 1 } : { ...at, col: shown.length - 1 };
        break;
      case 'PageDown':
        next = { row: Math.min(count - 1, at.row + pageRows), col: at.col };
        break;
      case 'PageUp':
        next = { row: Math.max(at.row === HEADER ? HEADER : 0, at.row - pageRows), col: at.col };
        break;
      case 'Enter':
      case ' ': {
        if (at.row === HEADER) {
          const c = shown[at.col];
          if (c?.sortable && onSort) {
            e.preventDefault();
            onSort(c.id);
          }
        } else if (e.key === 'Enter') {
          const row = list.rowAt(at.row);
          if (row && onOpen) {
            e.preventDefault();
            onOpen(row);
          }
        }
        return;
      }
      default:
        return;
    }
    e.preventDefault();
    if (next.row === HEADER && !hasHeaderStop) return;
    if (next.row < HEADER || (next.row >= 0 && count === 0)) return;
    moveTo(next);
  };
  const onFocusCell = (c: Cell) => {
    if (c.row !== current.row || c.col !== current.col) setActive(c);
  };

  // ---- full text on hover, for text cut by the column's width
  const onMouseOver = (e: ReactMouseEvent<HTMLDivElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('.vtable-cell');
    const text = cell?.querySelector<HTMLElement>('.vtable-text');
    if (!cell || !text) return;
    const cut = (el: HTMLElement) => el.scrollWidth > el.clientWidth + 1;
    if (cut(text) || text.scrollHeight > text.clientHeight + 1 || [...text.querySelectorAll<HTMLElement>('.cell-two > *')].some(cut)) cell.title = text.innerText;
    else if (!cell.querySelector('.sort-button')) cell.removeAttribute('title');
  };

  // ---- resizing by the header's edge
  const drag = useRef<{ id: string; startX: number; startW: number } | null>(null);
  const onResizeStart = (e: ReactPointerEvent<HTMLSpanElement>, id: string) => {
    e.preventDefault();
    e.stopPropagation();
    const cell = (e.currentTarget.parentElement as HTMLElement).getBoundingClientRect();
    drag.current = { id, startX: e.clientX, startW: cell.width };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onResizeMove = (e: ReactPointerEvent<HTMLSpanElement>) => {
    const d = drag.current;
    if (!d) return;
    setPrefsState((p) => setWidth(p, d.id, d.startW + e.clientX - d.startX));
  };
  const onResizeEnd = () => {
    if (!drag.current) return;
    drag.current = null;
    setPrefsState((p) => {
      if (listId) savePrefs(storage(), listId, p);
      return p;
    });
  };

  const rowStyle = { gridTemplateColumns: template, minWidth };
  const columnsMenu = (
    <ColumnsMenu
      columns={columns}
      prefs={prefs}
      folded={folded}
      onToggle={(id) => setPrefs(toggleHidden(columns, prefs, id, folded))}
      onResetWidths={() => setPrefs({ ...prefs, widths: {} })}
      label={label}
    />
  );
  const cellClass = (c: Column<T>) => `vtable-cell${c.align === 'end' ? ' end' : ''}${c.identifier ? ' ident' : ''}${c.wrap ? ' wrap' : ''}`;

  return (
    <div ref={root} className={`vtable${overflows ? ' scrolls-x' : ''}${scrollsY ? ' scrolls-y' : ''}`}>
      <div className={`vtable-bar${columnsSlot ? ' columns-above' : ''}`}>
        <span className="vtable-hint muted" aria-live="polite" data-testid="scroll-hint">
          {overflows ? t('table.scrollsSideways') : ''}
        </span>
        {columnsSlot ? createPortal(columnsMenu, columnsSlot) : columnsMenu}
      </div>
      <div ref={grid} className="vtable-grid" role="grid" aria-label={label} aria-rowcount={count + 1} aria-colcount={shown.length} onKeyDown={onKeyDown} onMouseOver={onMouseOver}>
        <div className="vtable-head" role="rowgroup" ref={head}>
          <div className="vtable-row" role="row" aria-rowindex={1} style={rowStyle}>
            {shown.map((c, ci) => {
              const isActive = sort?.field === c.id;
              const ariaSort = isActive ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
              const isStop = hasHeaderStop && stop.row === HEADER && stop.col === ci;
              return (
                <div
                  key={c.id}
                  role="columnheader"
                  aria-colindex={ci + 1}
                  aria-sort={c.sortable ? ariaSort : undefined}
                  data-colindex={ci}
                  tabIndex={hasHeaderStop ? (isStop ? 0 : -1) : undefined}
                  onFocus={() => onFocusCell({ row: HEADER, col: ci })}
                  className={cellClass(c)}
                >
                  <span className="vtable-text" data-col={c.id}>
                    {c.sortable && onSort ? (
                      <button type="button" tabIndex={-1} className="sort-button" onClick={() => onSort(c.id)} title={t('products.sortBy', { column: c.header })}>
                        {c.header}
                        <span aria-hidden="true" className="sort-mark">
                          {isActive ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                        </span>
                      </button>
                    ) : (
                      c.header
                    )}
                  </span>
                  <span
                    className="vtable-resize"
                    aria-hidden="true"
                    data-testid={`resize-${c.id}`}
                    onPointerDown={(e) => onResizeStart(e, c.id)}
                    onPointerMove={onResizeMove}
                    onPointerUp={onResizeEnd}
                    onPointerCancel={onResizeEnd}
                    onDoubleClick={() => setPrefs(resetWidth(prefs, c.id))}
                  />
                </div>
              );
            })}
          </div>
        </div>
        {/* As tall as its rows, down to the room the screen has (then it scrolls): never fewer than
            five rows shown (styles.css .vtable) */}
        <div className="vtable-body" ref={scroller} role="rowgroup" onScroll={onScroll} style={count > 0 ? { minHeight: Math.min(virtualizer.getTotalSize(), MIN_ROWS * rowHeight) } : undefined}>
          {list.total === 0 || list.total === null ? (
            <div role="row" className="vtable-empty-row">
              <div role="gridcell" aria-colspan={shown.length} className={`vtable-empty${list.total === null ? ' muted' : ''}`}>
                {list.total === 0 ? empty : t('common.loading')}
              </div>
            </div>
          ) : (
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth }}>
              {items.map((v) => {
                const row = list.rowAt(v.index);
                return (
                  <div
                    key={row ? rowKey(row) : `loading-${v.index}`}
                    data-index={v.index}
                    role="row"
                    aria-rowindex={v.index + 2}
                    className={`vtable-row body ${row ? '' : 'placeholder'}`}
                    style={{ ...rowStyle, transform: `translateY(${v.start}px)`, height: rowHeight }}
                    onClick={() => row && onOpen?.(row)}
                  >
                    {shown.map((c, ci) => (
                      <div
                        key={c.id}
                        role="gridcell"
                        aria-colindex={ci + 1}
                        data-colindex={ci}
                        tabIndex={stop.row === v.index && stop.col === ci ? 0 : -1}
                        onFocus={() => onFocusCell({ row: v.index, col: ci })}
                        className={cellClass(c)}
                      >
                        {row ? (
                          <span className="vtable-text" data-col={c.id}>
                            {c.cell(row)}
                          </span>
                        ) : (
                          <span className="skeleton" />
                        )}
                      </div>
                    ))}
                  </div>
                );
              })}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

/** The Columns menu: show or hide each column (the first stays), reset the widths dragged by hand. */
function ColumnsMenu<T>({ columns, prefs, folded, onToggle, onResetWidths, label }: { columns: Column<T>[]; prefs: ColumnPrefs; folded: ReadonlySet<string>; onToggle(id: string): void; onResetWidths(): void; label: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  const hiddenCount = prefs.hidden.filter((h) => columns.some((c) => c.id === h)).length + folded.size;
  return (
    <div
      className="menu-box"
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button ref={button} type="button" className="button small" aria-expanded={open} aria-haspopup="true" onClick={() => setOpen((o) => !o)} aria-label={t('table.columnsOf', { list: label })}>
        {t('table.columns')}
        {hiddenCount > 0 && <span className="badge muted">{t('table.hiddenCount', { count: hiddenCount })}</span>}
      </button>
      {open && (
        <div className="menu-pop" role="group" aria-label={t('table.columnsOf', { list: label })}>
          {columns.map((c, i) => {
            const off = i > 0 && (prefs.hidden.includes(c.id) || folded.has(c.id));
            return (
              <label key={c.id} className="check">
                <input type="checkbox" checked={!off} disabled={!off && !canHide(columns, prefs, c.id)} onChange={() => onToggle(c.id)} />
                {c.header}
                {folded.has(c.id) && <span className="muted small"> · {t('table.folded')}</span>}
              </label>
            );
          })}
          <button type="button" className="link" onClick={onResetWidths} disabled={!Object.keys(prefs.widths).length}>
            {t('table.resetWidths')}
          </button>
        </div>
      )}
    </div>
  );
}

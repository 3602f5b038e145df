// A table for lists of any length: rows are virtualised (only the visible ones are in the DOM) and
// fetched page by page through usePagedList. Sorting is done by the core; the header only asks.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PagedList } from '../lib/usePagedList';

export interface Column<T> {
  id: string;
  header: string;
  /** CSS grid track, e.g. '2fr' or '120px'. */
  width: string;
  align?: 'start' | 'end';
  sortable?: boolean;
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
}

export function VirtualTable<T>({ label, columns, list, sort, onSort, onOpen, rowKey, empty, rowHeight = 44 }: Props<T>) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const count = list.total ?? 0;
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

  const template = columns.map((c) => c.width).join(' ');
  const onRowKey = (e: KeyboardEvent<HTMLDivElement>, row: T | undefined, index: number) => {
    if (e.key === 'Enter' && row && onOpen) onOpen(row);
    const move = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (move) {
      e.preventDefault();
      const next = Math.min(count - 1, Math.max(0, index + move));
      virtualizer.scrollToIndex(next);
      requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus());
    }
  };

  return (
    <div className="vtable" role="table" aria-label={label} aria-rowcount={count + 1}>
      <div className="vtable-head" role="rowgroup">
        <div className="vtable-row" role="row" style={{ gridTemplateColumns: template }}>
          {columns.map((c) => {
            const active = sort?.field === c.id;
            const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
            return (
              <div key={c.id} role="columnheader" aria-sort={c.sortable ? ariaSort : undefined} className={`vtable-cell ${c.align === 'end' ? 'end' : ''}`}>
                {c.sortable && onSort ? (
                  <button type="button" className="sort-button" onClick={() => onSort(c.id)} title={t('products.sortBy', { column: c.header })}>
                    {c.header}
                    <span aria-hidden="true" className="sort-mark">
                      {active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                ) : (
                  c.header
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div className="vtable-body" ref={scroller} role="rowgroup">
        {list.total === 0 ? (
          <div className="vtable-empty">{empty}</div>
        ) : list.total === null ? (
          <div className="vtable-empty muted">{t('common.loading')}</div>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((v) => {
              const row = list.rowAt(v.index);
              return (
                <div
                  key={row ? rowKey(row) : `loading-${v.index}`}
                  data-index={v.index}
                  role="row"
                  aria-rowindex={v.index + 2}
                  tabIndex={0}
                  className={`vtable-row body ${row ? '' : 'placeholder'}`}
                  style={{ gridTemplateColumns: template, transform: `translateY(${v.start}px)`, height: rowHeight }}
                  onClick={() => row && onOpen?.(row)}
                  onKeyDown={(e) => onRowKey(e, row, v.index)}
                >
                  {columns.map((c) => (
                    <div key={c.id} role="cell" className={`vtable-cell ${c.align === 'end' ? 'end' : ''}`}>
                      {row ? c.cell(row) : <span className="skeleton" />}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}

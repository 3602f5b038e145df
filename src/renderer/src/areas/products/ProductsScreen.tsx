import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CatalogProduct, ProductSort } from '../../../../shared/products';
import { api } from '../../api';
import { DemoChoice } from '../demo/DemoChoice';
import { LoadError, NameCell, SearchBox } from '../../components/ListParts';
import { Filters } from '../../components/Filters';
import { VirtualTable } from '../../components/VirtualTable';
import type { Column } from '../../components/VirtualTable';
import { formatCount, useFormat } from '../../lib/format';
import { usePagedList } from '../../lib/usePagedList';
import { useListParams } from '../../lib/useListParams';
import { MailBadge, ReadinessBadge } from '../compliance/Readiness';

type StatusFilter = 'active' | 'archived' | 'all';
type ReadyFilter = 'all' | 'ready' | 'notReady';

export function ProductsScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const listParams = useListParams<ProductSort>();
  const { update, query: deferredQuery, sort: sortField, dir, onSort } = listParams;
  const status = (listParams.get('status') as StatusFilter | null) ?? 'active';
  const readyParam = listParams.get('ready');
  const ready: ReadyFilter = readyParam === 'ready' ? 'ready' : readyParam === 'notReady' ? 'notReady' : 'all';
  const customsReady = ready === 'all' ? undefined : ready === 'ready';

  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      api.products.list({ query: deferredQuery || undefined, status, customsReady, sort: sortField, dir, offset, limit }),
    [deferredQuery, status, customsReady, sortField, dir],
  );
  const list = usePagedList(fetchPage, JSON.stringify([deferredQuery, status, customsReady, sortField, dir]));

  const columns = useMemo<Column<CatalogProduct>[]>(
    () => [
      { id: 'sku', header: t('products.columns.sku'), width: 'minmax(90px, 1fr)', identifier: true, sortable: true, cell: (p) => <span className="mono">{p.sku}</span> },
      {
        id: 'name',
        header: t('products.columns.name'),
        width: 'minmax(150px, 2.2fr)',
        sortable: true,
        cell: (p) => <NameCell name={p.name} local={p.localName} badge={p.status === 'archived' && <span className="badge muted">{t('products.archivedBadge')}</span>} />,
      },
      { id: 'hsCode', header: t('products.columns.hsCode'), width: '100px', identifier: true, sortable: true, cell: (p) => <span className="mono">{p.hsCode ?? ''}</span> },
      // "Cannot go by post" is its own badge, apart from customs readiness, in the same cell (one column
      // fewer keeps the list whole at 1280 px; stacked, a narrow column cannot hide it). The blocker
      // stands first, and "Customs-ready" under it is grey, not green: the row does not read as ready.
      {
        id: 'customs', header: t('readiness.column'), width: 'minmax(160px, 1.8fr)', wrap: true,
        cell: (p) => (
          <span className="cell-two badges">
            {p.mailBlocks.length > 0 && (
              <span>
                <MailBadge blocks={p.mailBlocks} />
              </span>
            )}
            <span>
              <ReadinessBadge product={p} mailBlocked={p.mailBlocks.length > 0} />
            </span>
          </span>
        ),
      },
      { id: 'originCountry', header: t('products.columns.originCountry'), width: '90px', fold: 'last', sortable: true, cell: (p) => fmt.country(p.originCountry) },
      { id: 'unitValue', header: t('products.columns.unitValue'), width: '105px', align: 'end', sortable: true, cell: (p) => fmt.money(p.unitValue, p.currency) },
      { id: 'unitNetWeightG', header: t('products.columns.unitNetWeightG'), width: '90px', align: 'end', sortable: true, cell: (p) => fmt.weight(p.unitNetWeightG) },
      { id: 'updatedAt', header: t('products.columns.updatedAt'), width: '110px', fold: 'first', sortable: true, cell: (p) => <span title={fmt.dateTime(p.updatedAt)}>{fmt.date(p.updatedAt.slice(0, 10))}</span> },
    ],
    // Column headers and cell formats follow the language.
    [t, fmt],
  );

  return (
    <section className="screen" aria-labelledby="products-title">
      <header className="screen-head">
        <div>
          <h1 id="products-title">{t('products.title')}</h1>
          <p className="muted" aria-live="polite" data-testid="product-count">
            {list.total === null ? t('common.loading') : t('products.count', { count: list.total, formatted: formatCount(list.total) })}
          </p>
        </div>
        <div className="form-actions">
          <Link className="button" to="/catalog/import">
            {t('imports.openWizard')}
          </Link>
          <Link className="button" to="/catalog/export">
            {t('imports.openExport')}
          </Link>
          <Link className="button primary" to="/catalog/new">
            {t('products.new')}
          </Link>
        </div>
      </header>
      {list.total === 0 && !deferredQuery && status === 'active' && <DemoChoice onLoaded={list.reload} />}
      <div className="toolbar">
        <SearchBox list={listParams} label={t('products.searchLabel')} placeholder={t('products.searchPlaceholder')} />
        <Filters>
          <div className="segmented" role="group" aria-label={t('products.statusFilter')}>
            {(['active', 'archived', 'all'] as const).map((s) => (
              <button key={s} type="button" aria-pressed={status === s} onClick={() => update({ status: s === 'active' ? null : s })}>
                {t(`products.status.${s}`)}
              </button>
            ))}
          </div>
          <div className="segmented" role="group" aria-label={t('readiness.filterLabel')} data-testid="ready-filter">
            {(['all', 'ready', 'notReady'] as const).map((r) => (
              <button key={r} type="button" aria-pressed={ready === r} onClick={() => update({ ready: r === 'all' ? null : r })}>
                {t(`readiness.filter.${r}`)}
              </button>
            ))}
          </div>
        </Filters>
      </div>
      <LoadError error={list.error} message={(e) => t('products.loadError', { message: e.message })} onRetry={list.reload} />
      <VirtualTable
        listId="products"
        label={t('products.title')}
        columns={columns}
        list={list}
        sort={sortField ? { field: sortField, dir } : undefined}
        onSort={onSort}
        onOpen={(p) => navigate(`/catalog/${p.id}`)}
        rowKey={(p) => p.id}
        empty={deferredQuery ? t('products.noMatch', { query: deferredQuery }) : ready !== 'all' ? t(`readiness.none.${ready}`) : t('products.empty')}
      />
    </section>
  );
}

import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Supplier, SupplierSort, SupplierStatus } from '../../../../shared/suppliers';
import { SUPPLIER_STATUSES } from '../../../../shared/suppliers';
import { api } from '../../api';
import { LoadError, NameCell, SearchBox } from '../../components/ListParts';
import { Filters } from '../../components/Filters';
import { VirtualTable } from '../../components/VirtualTable';
import type { Column } from '../../components/VirtualTable';
import { formatCount, useFormat } from '../../lib/format';
import { usePagedList } from '../../lib/usePagedList';
import { useListParams } from '../../lib/useListParams';
import { AreaTabs } from './AreaTabs';

type Shown = 'active' | 'archived' | 'all';

export function StatusBadge({ status }: { status: SupplierStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-${status}`}>{t(`suppliers.status.${status}`)}</span>;
}

export function SuppliersScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const listParams = useListParams<SupplierSort>();
  const { update, query: deferredQuery, sort: sortField, dir, onSort } = listParams;
  const status = (listParams.get('status') as SupplierStatus | null) ?? undefined;
  const shown = (listParams.get('shown') as Shown | null) ?? 'active';

  const fetchPage = useCallback(
    (offset: number, limit: number) => api.suppliers.list({ query: deferredQuery || undefined, status, archived: shown, sort: sortField, dir, offset, limit }),
    [deferredQuery, status, shown, sortField, dir],
  );
  const list = usePagedList(fetchPage, JSON.stringify([deferredQuery, status, shown, sortField, dir]));

  const columns = useMemo<Column<Supplier>[]>(
    () => [
      {
        id: 'name',
        header: t('suppliers.columns.name'),
        width: 'minmax(180px, 2fr)',
        sortable: true,
        cell: (s) => <NameCell name={s.name} local={s.localName} badge={s.archived && <span className="badge muted">{t('suppliers.archivedBadge')}</span>} />,
      },
      { id: 'country', header: t('suppliers.columns.country'), width: '100px', sortable: true, cell: (s) => fmt.country(s.country) },
      { id: 'status', header: t('suppliers.columns.status'), width: '110px', sortable: true, cell: (s) => <StatusBadge status={s.status} /> },
      { id: 'contact', header: t('suppliers.columns.contact'), width: 'minmax(140px, 1.5fr)', fold: 'last', cell: (s) => [s.contacts[0]?.name, s.contacts[0]?.email ?? s.contacts[0]?.phone].filter(Boolean).join(' · ') },
      { id: 'products', header: t('suppliers.columns.products'), width: '90px', align: 'end', fold: 'first', cell: (s) => fmt.count(s.productCount) },
      { id: 'assessed', header: t('suppliers.columns.assessed'), width: '130px', cell: (s) => (s.assessment ? fmt.date(s.assessment.date) : <span className="muted">{t('supplierForm.notAssessed')}</span>) },
    ],
    [t, fmt],
  );

  return (
    <section className="screen" aria-labelledby="suppliers-title">
      <AreaTabs />
      <header className="screen-head">
        <div>
          <h1 id="suppliers-title">{t('suppliers.title')}</h1>
          <p className="muted" aria-live="polite" data-testid="supplier-count">
            {list.total === null ? t('common.loading') : t('suppliers.count', { count: list.total, formatted: formatCount(list.total) })}
          </p>
        </div>
        <div className="form-actions">
          <Link className="button" to="/catalog/import?kind=suppliers">
            {t('imports.openWizard')}
          </Link>
          <Link className="button primary" to="/suppliers/new">
            {t('suppliers.new')}
          </Link>
        </div>
      </header>
      <div className="toolbar">
        <SearchBox list={listParams} label={t('suppliers.searchLabel')} placeholder={t('suppliers.searchPlaceholder')} />
        <Filters>
          <select aria-label={t('suppliers.statusFilter')} value={status ?? ''} onChange={(e) => update({ status: e.target.value || null })}>
            <option value="">{t('suppliers.anyStatus')}</option>
            {SUPPLIER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`suppliers.status.${s}`)}
              </option>
            ))}
          </select>
          <div className="segmented" role="group" aria-label={t('suppliers.archivedFilter')}>
            {(['active', 'archived', 'all'] as const).map((s) => (
              <button key={s} type="button" aria-pressed={shown === s} onClick={() => update({ shown: s === 'active' ? null : s })}>
                {t(`suppliers.shown.${s}`)}
              </button>
            ))}
          </div>
        </Filters>
      </div>
      <LoadError error={list.error} message={(e) => t('suppliers.loadError', { message: e.message })} onRetry={list.reload} />
      <VirtualTable
        listId="suppliers"
        label={t('suppliers.title')}
        columns={columns}
        list={list}
        sort={sortField ? { field: sortField, dir } : undefined}
        onSort={onSort}
        onOpen={(s) => navigate(`/suppliers/${s.id}`)}
        rowKey={(s) => s.id}
        empty={deferredQuery ? t('suppliers.noMatch', { query: deferredQuery }) : t('suppliers.empty')}
      />
    </section>
  );
}

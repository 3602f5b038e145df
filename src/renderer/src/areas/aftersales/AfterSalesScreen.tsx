// After-sales: the cases list (virtualised, paged by the core; status and overdue filters, search,
// countdown badges) and the inspection holds list with its statistics, as two tabs of one area.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useNavigate } from 'react-router';
import { CASE_STATUSES } from '../../../../shared/aftersales';
import type { CaseSummary, Hold, HoldStats, ServiceLevels } from '../../../../shared/aftersales';
import { api } from '../../api';
import { LoadError, SearchBox } from '../../components/ListParts';
import { Filters } from '../../components/Filters';
import { VirtualTable } from '../../components/VirtualTable';
import type { Column } from '../../components/VirtualTable';
import { countryName, formatCount, useFormat } from '../../lib/format';
import { usePagedList } from '../../lib/usePagedList';
import { useListParams } from '../../lib/useListParams';
import { Countdown, useNow } from './Countdown';

export function AfterSalesTabs() {
  const { t } = useTranslation();
  return (
    <nav className="area-tabs" aria-label={t('afterSales.title')}>
      <NavLink to="/after-sales" end>
        {t('afterSales.tabs.cases')}
      </NavLink>
      <NavLink to="/after-sales/holds" end>
        {t('afterSales.tabs.holds')}
      </NavLink>
    </nav>
  );
}

type Filter = (typeof CASE_STATUSES)[number] | 'all' | 'active';

export function CasesScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const now = useNow();
  const listParams = useListParams();
  const { update, query: deferredQuery } = listParams;
  const status = (listParams.get('status') as Filter | null) ?? 'active';
  const overdue = listParams.get('overdue') === '1';
  const fetchPage = useCallback(
    (offset: number, limit: number) => api.cases.list({ query: deferredQuery || undefined, status, overdue, offset, limit }),
    [deferredQuery, status, overdue],
  );
  const list = usePagedList(fetchPage, JSON.stringify([deferredQuery, status, overdue]));
  const columns = useMemo<Column<CaseSummary>[]>(
    () => [
      { id: 'id', header: '#', width: '56px', identifier: true, cell: (c) => <span className="mono">{c.id}</span> },
      {
        id: 'customer', header: t('afterSales.columns.customer'), width: 'minmax(150px, 2fr)',
        cell: (c) => (
          <span>
            {c.customerName}
            {c.flags.length > 0 && <span className="badge warn flag" title={t(`afterSales.flags.${c.flags[0]!}`)}>!</span>}
          </span>
        ),
      },
      { id: 'country', header: t('afterSales.columns.country'), width: '110px', fold: 'last', cell: (c) => fmt.country(c.customerCountry) },
      { id: 'product', header: t('afterSales.columns.product'), width: '110px', identifier: true, cell: (c) => <span className="mono">{c.productSku}</span> },
      { id: 'type', header: t('afterSales.columns.type'), width: '90px', fold: 'last', cell: (c) => t(`afterSales.type.${c.type}`) },
      { id: 'status', header: t('afterSales.columns.status'), width: '120px', cell: (c) => <span className={`badge case-${c.status}`}>{t(`afterSales.status.${c.status}`)}</span> },
      { id: 'due', header: t('afterSales.columns.due'), width: 'minmax(200px, 2fr)', wrap: true, cell: (c) => <Countdown due={c.nextDue} kind={c.nextDueKind} now={now} /> },
      { id: 'opened', header: t('afterSales.columns.opened'), width: '150px', fold: 'first', cell: (c) => fmt.dateTime(c.openedAt) },
    ],
    [t, fmt, now],
  );
  return (
    <section className="screen" aria-labelledby="cases-title">
      <AfterSalesTabs />
      <header className="screen-head">
        <div>
          <h1 id="cases-title">{t('afterSales.title')}</h1>
          <p className="muted" aria-live="polite" data-testid="case-count">
            {list.total === null ? t('common.loading') : t('afterSales.count', { count: list.total, formatted: formatCount(list.total) })}
          </p>
        </div>
        <Link className="button primary" to="/after-sales/new">
          {t('afterSales.newCase')}
        </Link>
      </header>
      <div className="toolbar">
        <SearchBox list={listParams} label={t('afterSales.searchLabel')} placeholder={t('afterSales.searchPlaceholder')} />
        <Filters>
          <div className="segmented" role="group" aria-label={t('afterSales.statusFilter')}>
            {(['active', 'all', ...CASE_STATUSES] as const).map((s) => (
              <button key={s} type="button" aria-pressed={status === s} onClick={() => update({ status: s === 'active' ? null : s })}>
                {s === 'all' ? t('afterSales.all') : s === 'active' ? t('afterSales.active') : t(`afterSales.status.${s}`)}
              </button>
            ))}
          </div>
          <label className="check">
            <input type="checkbox" checked={overdue} onChange={(e) => update({ overdue: e.target.checked ? '1' : null })} /> {t('afterSales.overdueOnly')}
          </label>
        </Filters>
      </div>
      <LoadError error={list.error} message={(e) => t('afterSales.loadError', { message: e.message })} onRetry={list.reload} />
      <VirtualTable
        listId="cases"
        label={t('afterSales.tabs.cases')}
        columns={columns}
        list={list}
        onOpen={(c) => navigate(`/after-sales/${c.id}`)}
        rowKey={(c) => c.id}
        empty={deferredQuery || overdue || status !== 'active' ? t('afterSales.noMatch') : t('afterSales.empty')}
      />
      <ServiceLevelsForm />
    </section>
  );
}

function ServiceLevelsForm() {
  const { t } = useTranslation();
  const [levels, setLevels] = useState<ServiceLevels | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    api.cases.serviceLevels({}).then(setLevels, () => setLevels(null));
  }, []);
  if (!levels) return null;
  async function save(e: FormEvent) {
    e.preventDefault();
    if (!levels) return;
    setLevels(await api.cases.setServiceLevels(levels));
    setSaved(true);
  }
  return (
    <form className="levels" onSubmit={(e) => void save(e)} aria-labelledby="levels-title">
      <h2 id="levels-title">{t('afterSales.levels.title')}</h2>
      <label>
        {t('afterSales.levels.firstResponseHours')}{' '}
        <input type="number" min={1} value={levels.firstResponseHours} onChange={(e) => setLevels({ ...levels, firstResponseHours: Number(e.target.value) })} />
      </label>
      <label>
        {t('afterSales.levels.resolutionDays')}{' '}
        <input type="number" min={1} value={levels.resolutionDays} onChange={(e) => setLevels({ ...levels, resolutionDays: Number(e.target.value) })} />
      </label>
      <button type="submit" className="button">
        {t('afterSales.levels.save')}
      </button>
      {saved && <span className="muted small" role="status">{t('afterSales.levels.saved')}</span>}
    </form>
  );
}

export function HoldsScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const [stats, setStats] = useState<HoldStats | null>(null);
  useEffect(() => {
    api.holds.stats({}).then(setStats, () => setStats(null));
  }, []);
  const fetchPage = useCallback((offset: number, limit: number) => api.holds.list({ offset, limit }), []);
  const list = usePagedList(fetchPage, 'holds');
  const columns = useMemo<Column<Hold>[]>(
    () => [
      { id: 'shipment', header: t('holds.list.shipment'), width: '150px', identifier: true, cell: (h) => <span className="mono">{h.shipmentReference}</span> },
      { id: 'country', header: t('holds.list.country'), width: '110px', cell: (h) => fmt.country(h.country) },
      { id: 'date', header: t('holds.list.date'), width: '120px', fold: 'last', cell: (h) => fmt.date(h.date) },
      { id: 'reason', header: t('holds.list.reason'), width: 'minmax(160px, 2fr)', cell: (h) => t(`holds.reason.${h.reason}`) },
      { id: 'deadline', header: t('holds.list.deadline'), width: '120px', cell: (h) => fmt.date(h.deadline) },
      { id: 'cost', header: t('holds.list.cost'), width: '100px', align: 'end', fold: 'last', cell: (h) => (h.cost ? fmt.money(h.cost, h.costCurrency) : '') },
      { id: 'outcome', header: t('holds.list.outcome'), width: '110px', cell: (h) => <span className={`badge outcome-${h.outcome}`}>{t(`holds.outcome.${h.outcome}`)}</span> },
    ],
    [t, fmt],
  );
  return (
    <section className="screen" aria-labelledby="holds-screen-title">
      <AfterSalesTabs />
      <header className="screen-head">
        <div>
          <h1 id="holds-screen-title">{t('holds.title')}</h1>
          <p className="muted">{list.total === null ? t('common.loading') : t('holds.listCount', { count: list.total, formatted: formatCount(list.total) })}</p>
        </div>
      </header>
      <VirtualTable listId="holds" label={t('holds.title')} columns={columns} list={list} onOpen={(h) => navigate(`/shipments/${h.shipmentId}`)} rowKey={(h) => h.id} empty={t('holds.listEmpty')} />
      {stats && stats.total > 0 && (
        <section className="hold-stats" aria-labelledby="hold-stats-title">
          <h2 id="hold-stats-title">{t('holds.stats.title')}</h2>
          <div className="stats-grid">
            <StatTable title={t('holds.stats.byReason')} rows={stats.byReason.map((r) => [t(`holds.reason.${r.reason}`), r.count])} />
            <StatTable title={t('holds.stats.byDestination')} rows={stats.byDestination.map((r) => [countryName(r.country), r.count])} />
            <StatTable title={t('holds.stats.byProduct')} rows={stats.byProduct.map((r) => [`${r.sku} · ${r.name}`, r.count])} />
          </div>
        </section>
      )}
    </section>
  );
}

function StatTable({ title, rows }: { title: string; rows: [string, number][] }) {
  const { t } = useTranslation();
  return (
    <table className="stat-table">
      <caption>{title}</caption>
      <tbody>
        {rows.map(([label, n]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td aria-label={t('holds.stats.count')}>{n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Lot, LotStatus } from '../../../../shared/lots';
import { LOT_STATUSES } from '../../../../shared/lots';
import type { DefectStats, SupplierScore } from '../../../../shared/reviews';
import type { Supplier } from '../../../../shared/suppliers';
import { api } from '../../api';
import { LoadError, SearchBox } from '../../components/ListParts';
import { Filters } from '../../components/Filters';
import { SectionTabs, under } from '../../components/SectionTabs';
import { VirtualTable } from '../../components/VirtualTable';
import type { Column } from '../../components/VirtualTable';
import { formatCount, useFormat } from '../../lib/format';
import { usePagedList } from '../../lib/usePagedList';
import { useListParams } from '../../lib/useListParams';
import { BarChart, ParetoChart } from './Charts';

export function QualityTabs() {
  const { t } = useTranslation();
  // A lot and its inspection belong to Lots, a supplier's scorecard to Supplier scorecards, a plan to Inspection plans.
  return (
    <SectionTabs
      label={t('quality.title')}
      tabs={[
        { to: '/quality', label: t('quality.tabs.lots'), owns: (p) => p === '/quality' || under('/quality/lots')(p) },
        { to: '/quality/scorecards', label: t('quality.tabs.scorecards'), owns: (p) => under('/quality/scorecards')(p) || under('/quality/suppliers')(p) },
        { to: '/quality/plans', label: t('quality.tabs.plans'), owns: under('/quality/plans') },
      ]}
    />
  );
}

export function LotStatusBadge({ status }: { status: LotStatus }) {
  const { t } = useTranslation();
  return <span className={`badge lot-${status}`}>{t(`quality.status.${status}`)}</span>;
}

/** Every lot received, the latest first. */
export function LotsScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const listParams = useListParams();
  const { update, query: deferred } = listParams;
  const status = (listParams.get('status') as LotStatus | null) ?? undefined;
  const fetchPage = useCallback((offset: number, limit: number) => api.lots.list({ query: deferred || undefined, status, offset, limit }), [deferred, status]);
  const list = usePagedList(fetchPage, JSON.stringify([deferred, status]));
  const columns = useMemo<Column<Lot>[]>(
    () => [
      { id: 'receivedDate', header: t('quality.lots.columns.receivedDate'), width: '150px', cell: (l) => fmt.date(l.receivedDate) },
      { id: 'status', header: t('quality.lots.columns.status'), width: '170px', cell: (l) => <LotStatusBadge status={l.status} /> },
      { id: 'sku', header: t('products.columns.sku'), width: '90px', identifier: true, cell: (l) => <span className="mono">{l.productSku}</span> },
      { id: 'product', header: t('quality.lots.columns.product'), width: 'minmax(160px, 2fr)', cell: (l) => l.productName },
      { id: 'supplier', header: t('quality.lots.columns.supplier'), width: 'minmax(140px, 1.5fr)', cell: (l) => l.supplierName },
      { id: 'quantity', header: t('quality.lots.columns.quantity'), width: '150px', fold: 'first', align: 'end', cell: (l) => `${fmt.count(l.quantityReceived)} / ${fmt.count(l.quantityOrdered)}` },
      { id: 'po', header: t('quality.lots.columns.po'), width: '120px', fold: 'last', identifier: true, cell: (l) => <span className="mono">{l.poReference ?? ''}</span> },
    ],
    [t, fmt],
  );
  return (
    <section className="screen" aria-labelledby="lots-title">
      <QualityTabs />
      <header className="screen-head">
        <div>
          <h1 id="lots-title">{t('quality.title')}</h1>
          <p className="muted" aria-live="polite" data-testid="lot-count">
            {list.total === null ? t('common.loading') : t('quality.lots.count', { count: list.total, formatted: formatCount(list.total) })}
          </p>
        </div>
        <Link className="button primary" to="/quality/lots/new">
          {t('quality.lots.receive')}
        </Link>
      </header>
      <div className="toolbar">
        <SearchBox list={listParams} label={t('quality.lots.searchLabel')} placeholder={t('quality.lots.searchPlaceholder')} />
        <Filters>
          <select aria-label={t('quality.lots.statusFilter')} value={status ?? ''} onChange={(e) => update({ status: e.target.value || null })}>
            <option value="">{t('quality.lots.anyStatus')}</option>
            {LOT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`quality.status.${s}`)}
              </option>
            ))}
          </select>
        </Filters>
      </div>
      <LoadError error={list.error} message={(e) => t('quality.lots.loadError', { message: e.message })} onRetry={list.reload} />
      <VirtualTable listId="lots" label={t('quality.tabs.lots')} columns={columns} list={list} onOpen={(l) => navigate(`/quality/lots/${l.id}`)} rowKey={(l) => l.id} empty={deferred || status ? t('quality.lots.noMatch') : t('quality.lots.empty')} />
    </section>
  );
}

type ScoredSupplier = Supplier & { standing: SupplierScore | null };

/** Suppliers to open a scorecard for, with their score and band, and the defect charts of all suppliers. */
export function ScorecardsScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const listParams = useListParams();
  const deferred = listParams.query;
  const [stats, setStats] = useState<DefectStats | null>(null);
  useEffect(() => {
    void api.quality.defectStats({ months: 12 }).then(setStats);
  }, []);
  // Each page of suppliers with its score and band over the last 12 months (as each scorecard shows
  // them by default), so the suppliers can be compared here: one call for the page, not one a row.
  const fetchPage = useCallback(async (offset: number, limit: number) => {
    const page = await api.suppliers.list({ query: deferred || undefined, offset, limit });
    const scores = page.items.length ? await api.suppliers.scores({ supplierIds: page.items.map((s) => s.id), months: 12 }) : [];
    const by = new Map(scores.map((s) => [s.supplierId, s]));
    return { ...page, items: page.items.map((s): ScoredSupplier => ({ ...s, standing: by.get(s.id) ?? null })) };
  }, [deferred]);
  const list = usePagedList(fetchPage, deferred);
  const columns = useMemo<Column<ScoredSupplier>[]>(
    () => [
      { id: 'name', header: t('quality.scorecard.columns.name'), width: 'minmax(200px, 2fr)', cell: (s) => s.name },
      { id: 'status', header: t('quality.scorecard.columns.status'), width: '140px', cell: (s) => <span className={`badge status-${s.status}`}>{t(`suppliers.status.${s.status}`)}</span> },
      { id: 'country', header: t('quality.scorecard.columns.country'), width: '160px', cell: (s) => fmt.country(s.country) },
      {
        id: 'score',
        header: t('quality.scorecard.columns.score'),
        width: '200px',
        cell: (s) =>
          s.standing?.score == null || !s.standing.band ? (
            <span className="muted">{t('quality.scorecard.noScoreShort')}</span>
          ) : (
            <span data-testid="supplier-score">
              <span className="score-value">{s.standing.score}</span>{' '}
              <span className={`badge band status-${s.standing.statusFromBand ?? 'approved'}`}>{t(`quality.scorecard.band.${s.standing.band}`)}</span>
            </span>
          ),
      },
    ],
    [t, fmt],
  );
  return (
    <section className="screen" aria-labelledby="scorecards-title">
      <QualityTabs />
      <header className="screen-head">
        <h1 id="scorecards-title">{t('quality.tabs.scorecards')}</h1>
      </header>
      <div className="quality-charts">
        <figure>
          <figcaption>{t('quality.scorecard.defectRate')}</figcaption>
          {stats && stats.bySupplier.length ? (
            <BarChart label={t('quality.scorecard.defectRate')} rows={stats.bySupplier.map((s) => ({ key: s.supplierId, label: s.supplierName, value: s.defectsPerMillion }))} />
          ) : (
            <p className="muted">{t('quality.scorecard.noData')}</p>
          )}
        </figure>
        <figure>
          <figcaption>{t('quality.scorecard.pareto')}</figcaption>
          {stats && stats.byType.length ? <ParetoChart label={t('quality.scorecard.pareto')} rows={stats.byType} /> : <p className="muted">{t('quality.scorecard.noData')}</p>}
        </figure>
      </div>
      <div className="toolbar">
        <SearchBox list={listParams} label={t('quality.scorecard.list')} placeholder={t('quality.scorecard.searchPlaceholder')} />
      </div>
      <LoadError error={list.error} message={(e) => t('errors.generic', { message: e.message })} onRetry={list.reload} />
      <VirtualTable listId="scorecards" label={t('quality.scorecard.list')} columns={columns} list={list} onOpen={(s) => navigate(`/quality/suppliers/${s.id}`)} rowKey={(s) => s.id} empty={t('quality.scorecard.noData')} />
    </section>
  );
}

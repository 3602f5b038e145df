import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countWords } from '../../lib/finding';
import { Link, useNavigate } from 'react-router';
import { SHIPMENT_STATUSES } from '../../../../shared/shipments';
import type { PreflightSummary, ShipmentStatus, ShipmentSummary } from '../../../../shared/shipments';
import { api } from '../../api';
import { BatchPrint } from '../documents/BatchPrint';
import { LoadError, SearchBox } from '../../components/ListParts';
import { Filters } from '../../components/Filters';
import { VirtualTable } from '../../components/VirtualTable';
import type { Column } from '../../components/VirtualTable';
import { formatCount, useFormat } from '../../lib/format';
import { usePagedList } from '../../lib/usePagedList';
import { useListParams } from '../../lib/useListParams';

type Filter = ShipmentStatus | 'all';

export function StatusBadge({ status }: { status: ShipmentStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-${status}`}>{t(`shipments.status.${status}`)}</span>;
}

/** The preflight in a word and its counts (the list's column, the editor's header). */
export function PreflightVerdict({ summary }: { summary: PreflightSummary | null }) {
  const { t } = useTranslation();
  if (!summary) return null;
  const counts = countWords(t, summary);
  // The count that decides comes first; in a narrow cell it may be the only one shown (all in the title).
  return (
    <span className="pf-verdict" data-verdict={summary.verdict} title={counts.join(' · ')}>
      <span className="nobreak">
        <span className={`badge pf-${summary.verdict}`}>{t(`shipView.verdict.${summary.verdict}`)}</span>
      </span>{' '}
      {counts.length > 0 && (
        // In the list's column that wraps, the line breaks between two counts, never inside one
        <span className="muted small pf-counts">
          {counts.map((c, i) => (
            <span key={c}>
              {i > 0 && ' '}
              <span className="nobreak">{i < counts.length - 1 ? `${c} ·` : c}</span>
            </span>
          ))}
        </span>
      )}
    </span>
  );
}

export function ShipmentsScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const listParams = useListParams();
  const { update, query: deferredQuery } = listParams;
  const status = (listParams.get('status') as Filter | null) ?? 'all';
  const readyToPrint = listParams.get('print') === '1';
  const [batchOpen, setBatchOpen] = useState(false);

  const fetchPage = useCallback(
    (offset: number, limit: number) => api.shipments.list({ query: deferredQuery || undefined, status, readyToPrint, offset, limit }),
    [deferredQuery, status, readyToPrint],
  );
  const list = usePagedList(fetchPage, JSON.stringify([deferredQuery, status, readyToPrint]));

  const columns = useMemo<Column<ShipmentSummary>[]>(
    () => [
      { id: 'reference', header: t('shipments.columns.reference'), width: '150px', identifier: true, cell: (s) => <span className="mono">{s.reference}</span> },
      { id: 'consignee', header: t('shipments.columns.consignee'), width: 'minmax(160px, 2fr)', cell: (s) => s.consigneeName },
      { id: 'country', header: t('shipments.columns.country'), width: '110px', fold: 'last', cell: (s) => fmt.country(s.country) },
      { id: 'status', header: t('shipments.columns.status'), width: '110px', cell: (s) => <StatusBadge status={s.status} /> },
      { id: 'preflight', header: t('shipView.column'), width: 'minmax(170px, 1.4fr)', wrap: true, cell: (s) => <PreflightVerdict summary={s.preflight} /> },
      { id: 'shipDate', header: t('shipments.columns.shipDate'), width: '110px', cell: (s) => fmt.date(s.shipDate) },
      { id: 'items', header: t('shipments.columns.items'), width: '70px', align: 'end', fold: 'first', cell: (s) => s.itemCount },
      { id: 'value', header: t('shipments.columns.value'), width: '120px', align: 'end', fold: 'last', cell: (s) => fmt.money(s.goodsValue, s.currency) },
      { id: 'tracking', header: t('shipments.columns.tracking'), width: 'minmax(120px, 1fr)', identifier: true, fold: 'first', cell: (s) => <span className="mono">{s.trackingNumber ?? ''}</span> },
    ],
    [t, fmt],
  );

  return (
    <section className="screen" aria-labelledby="shipments-title">
      <header className="screen-head">
        <div>
          <h1 id="shipments-title">{t('shipments.title')}</h1>
          <p className="muted" aria-live="polite" data-testid="shipment-count">
            {list.total === null ? t('common.loading') : t('shipments.count', { count: list.total, formatted: formatCount(list.total) })}
          </p>
        </div>
        <div className="form-actions">
          <button type="button" className="button" aria-expanded={batchOpen} onClick={() => setBatchOpen((o) => !o)}>
            {t('packs.batch.open')}
          </button>
          <Link className="button" to="/shipments/import-orders">
            {t('orders.open')}
          </Link>
          <Link className="button" to="/shipments/rules">
            {t('sellerRules.link')}
          </Link>
          <Link className="button" to="/shipments/consultations">
            {t('consultations.link')}
          </Link>
          <Link className="button primary" to="/shipments/new">
            {t('shipments.new')}
          </Link>
        </div>
      </header>
      {batchOpen && <BatchPrint query={deferredQuery} status={status} onClose={() => setBatchOpen(false)} />}
      <div className="toolbar">
        <SearchBox list={listParams} label={t('shipments.searchLabel')} placeholder={t('shipments.searchPlaceholder')} />
        <Filters>
        <div className="segmented" role="group" aria-label={t('shipments.statusFilter')}>
          {(['all', ...SHIPMENT_STATUSES] as const).map((s) => (
            <button key={s} type="button" aria-pressed={status === s} onClick={() => update({ status: s === 'all' ? null : s })}>
              {s === 'all' ? t('shipments.all') : t(`shipments.status.${s}`)}
            </button>
          ))}
        </div>
        <button type="button" className="button filter-toggle" aria-pressed={readyToPrint} title={t('shipView.readyToPrintHint')} onClick={() => update({ print: readyToPrint ? null : '1' })}>
          {t('shipView.readyToPrint')}
        </button>
        </Filters>
      </div>
      <LoadError error={list.error} message={(e) => t('shipments.loadError', { message: e.message })} onRetry={list.reload} />
      <VirtualTable
        listId="shipments"
        label={t('shipments.title')}
        columns={columns}
        list={list}
        onOpen={(s) => navigate(`/shipments/${s.id}`)}
        rowKey={(s) => s.id}
        empty={deferredQuery ? t('shipments.noMatch', { query: deferredQuery }) : readyToPrint ? t('shipView.noReady') : t('shipments.empty')}
      />
    </section>
  );
}

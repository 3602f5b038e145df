import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CLAIM_STATUSES } from '../../../../shared/claims';
import type { ClaimStatus, ClaimSummary } from '../../../../shared/claims';
import { api } from '../../api';
import { LoadError } from '../../components/ListParts';
import { Filters } from '../../components/Filters';
import { VirtualTable } from '../../components/VirtualTable';
import type { Column } from '../../components/VirtualTable';
import { formatCount, useFormat } from '../../lib/format';
import { usePagedList } from '../../lib/usePagedList';
import { useListParams } from '../../lib/useListParams';
import { ClaimsTabs } from './ClaimsTabs';
import { Deadline } from './Deadline';

type Filter = ClaimStatus | 'all' | 'open';

export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  const { t } = useTranslation();
  return <span className={`badge claim-${status}`}>{t(`claims.status.${status}`)}</span>;
}

export function ClaimsScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  // The filter lives in the URL (Back returns to it); the core has no text search over claims yet.
  const listParams = useListParams();
  const status = (listParams.get('status') as Filter | null) ?? 'all';
  const fetchPage = useCallback((offset: number, limit: number) => api.claims.list({ status, offset, limit }), [status]);
  const list = usePagedList(fetchPage, status);

  const columns = useMemo<Column<ClaimSummary>[]>(
    () => [
      { id: 'reference', header: t('claims.columns.reference'), width: '135px', identifier: true, cell: (c) => <span className="mono">{c.reference}</span> },
      { id: 'shipment', header: t('claims.columns.shipment'), width: '135px', identifier: true, cell: (c) => <span className="mono">{c.shipmentReference}</span> },
      { id: 'insurer', header: t('claims.columns.insurer'), width: 'minmax(120px, 1fr)', fold: 'first', cell: (c) => c.insurer },
      { id: 'type', header: t('claims.columns.type'), width: '90px', fold: 'last', cell: (c) => t(`claims.type.${c.type}`) },
      { id: 'incident', header: t('claims.columns.incident'), width: '112px', fold: 'last', cell: (c) => fmt.date(c.incidentDate) },
      { id: 'amount', header: t('claims.columns.amount'), width: '110px', align: 'end', cell: (c) => fmt.money(c.amountClaimed, c.currency) },
      { id: 'deadline', header: t('claims.columns.deadline'), width: 'minmax(190px, 1.5fr)', wrap: true, cell: (c) => <Deadline date={c.filingDeadline} days={c.daysToDeadline} status={c.status} filedOn={c.filedOn} late={c.late} /> },
      { id: 'status', header: t('claims.columns.status'), width: '100px', cell: (c) => <ClaimStatusBadge status={c.status} /> },
    ],
    [t, fmt],
  );

  return (
    <section className="screen" aria-labelledby="claims-title">
      <ClaimsTabs />
      <header className="screen-head">
        <div>
          <h1 id="claims-title">{t('claims.title')}</h1>
          <p className="muted" aria-live="polite" data-testid="claim-count">
            {list.total === null ? t('common.loading') : t('claims.count', { count: list.total, formatted: formatCount(list.total) })}
          </p>
        </div>
        <Link className="button primary" to="/claims/new">
          {t('claims.new')}
        </Link>
      </header>
      <div className="toolbar">
        <Filters>
          <div className="segmented" role="group" aria-label={t('claims.statusFilter')}>
            {(['all', 'open', ...CLAIM_STATUSES] as const).map((s) => (
              <button key={s} type="button" aria-pressed={status === s} onClick={() => listParams.update({ status: s === 'all' ? null : s })}>
                {s === 'all' ? t('claims.all') : s === 'open' ? t('claims.open') : t(`claims.status.${s}`)}
              </button>
            ))}
          </div>
        </Filters>
      </div>
      <LoadError error={list.error} message={(e) => t('claims.loadError', { message: e.message })} onRetry={list.reload} />
      <VirtualTable
        listId="claims"
        label={t('claims.title')}
        columns={columns}
        list={list}
        onOpen={(c) => navigate(`/claims/${c.id}`)}
        rowKey={(c) => c.id}
        empty={status === 'all' ? t('claims.empty') : t('claims.noMatch')}
      />
    </section>
  );
}

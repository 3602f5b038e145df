// Consultations under Shipments: every request asked of a carrier or broker, waiting ones first.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CONSULTATION_STATUSES } from '../../../../shared/consultations';
import type { ConsultationStatus, ConsultationSummary } from '../../../../shared/consultations';
import { api } from '../../api';
import { BackLink } from '../../components/BackLink';
import { LoadError } from '../../components/ListParts';
import { VirtualTable } from '../../components/VirtualTable';
import type { Column } from '../../components/VirtualTable';
import { countryName, formatCount, useFormat } from '../../lib/format';
import { usePagedList } from '../../lib/usePagedList';
import { useListParams } from '../../lib/useListParams';

type Filter = ConsultationStatus | 'all';

export function ConsultationStatusBadge({ status }: { status: ConsultationStatus }) {
  const { t } = useTranslation();
  return <span className={`badge consultation-${status}`}>{t(`consultations.status.${status}`)}</span>;
}

export function ConsultationsScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const listParams = useListParams();
  const status = (listParams.get('status') as Filter | null) ?? 'all';
  const fetchPage = useCallback(
    (offset: number, limit: number) => api.consultations.list({ ...(status === 'all' ? {} : { status }), offset, limit }),
    [status],
  );
  const list = usePagedList(fetchPage, status);

  const columns = useMemo<Column<ConsultationSummary>[]>(
    () => [
      { id: 'reference', header: t('consultations.columns.reference'), width: '140px', identifier: true, cell: (c) => <span className="mono">{c.reference}</span> },
      { id: 'subject', header: t('consultations.columns.subject'), width: 'minmax(160px, 2fr)', cell: (c) => (c.productSku ? <><span className="mono">{c.productSku}</span> {c.productName}</> : <span className="mono">{c.shipmentReference}</span>) },
      { id: 'destination', header: t('consultations.columns.destination'), width: '130px', cell: (c) => fmt.withCode(countryName(c.destination), c.destination) },
      { id: 'carrier', header: t('consultations.columns.carrier'), width: 'minmax(110px, 1fr)', cell: (c) => c.carrier },
      { id: 'requested', header: t('consultations.columns.requested'), width: '110px', fold: 'last', cell: (c) => fmt.date(c.requestDate) },
      { id: 'answered', header: t('consultations.columns.answered'), width: '110px', fold: 'last', cell: (c) => (c.answer ? fmt.date(c.answer.date) : '—') },
      { id: 'status', header: t('consultations.columns.status'), width: '110px', cell: (c) => <ConsultationStatusBadge status={c.status} /> },
    ],
    [t, fmt],
  );

  return (
    <section className="screen" aria-labelledby="consultations-title">
      <header className="screen-head">
        <div>
          <BackLink to="/shipments" label={t('shipments.title')} />
          <h1 id="consultations-title">{t('consultations.title')}</h1>
          <p className="muted" aria-live="polite" data-testid="consultation-count">
            {list.total === null ? t('common.loading') : t('consultations.count', { count: list.total, formatted: formatCount(list.total) })}
          </p>
        </div>
        <Link className="button primary" to="/shipments/consultations/new">{t('consultations.new')}</Link>
      </header>
      <p className="muted">{t('consultations.intro')}</p>
      <div className="toolbar">
        <div className="segmented" role="group" aria-label={t('consultations.statusFilter')}>
          {(['all', ...CONSULTATION_STATUSES] as const).map((s) => (
            <button key={s} type="button" aria-pressed={status === s} onClick={() => listParams.update({ status: s === 'all' ? null : s })}>
              {s === 'all' ? t('consultations.all') : t(`consultations.status.${s}`)}
            </button>
          ))}
        </div>
      </div>
      <LoadError error={list.error} message={(e) => t('consultations.loadError', { message: e.message })} onRetry={list.reload} />
      <VirtualTable
        label={t('consultations.title')}
        columns={columns}
        list={list}
        onOpen={(c) => navigate(`/shipments/consultations/${c.id}`)}
        rowKey={(c) => c.id}
        empty={status === 'all' ? t('consultations.empty') : t('consultations.noMatch')}
      />
    </section>
  );
}

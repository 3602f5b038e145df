import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Certificate, Validity } from '../../../../shared/certificates';
import { VALIDITIES } from '../../../../shared/certificates';
import { api } from '../../api';
import { LoadError, SearchBox } from '../../components/ListParts';
import { Filters } from '../../components/Filters';
import { VirtualTable } from '../../components/VirtualTable';
import type { Column } from '../../components/VirtualTable';
import { localToday } from '../../lib/dates';
import { formatCount, useFormat } from '../../lib/format';
import { usePagedList } from '../../lib/usePagedList';
import { useListParams } from '../../lib/useListParams';
import { AreaTabs } from '../suppliers/AreaTabs';
import { ValidityBadge } from './ValidityBadge';

/** Every certificate, the soonest to expire first. */
export function CertificatesScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const listParams = useListParams();
  const { update, query: deferredQuery } = listParams;
  const validity = (listParams.get('validity') as Validity | null) ?? undefined;
  const fetchPage = useCallback(
    (offset: number, limit: number) => api.certificates.list({ query: deferredQuery || undefined, validity, today: localToday(), offset, limit }),
    [deferredQuery, validity],
  );
  const list = usePagedList(fetchPage, JSON.stringify([deferredQuery, validity]));

  const columns = useMemo<Column<Certificate>[]>(
    () => [
      { id: 'expiryDate', header: t('certificates.columns.expiryDate'), width: '150px', cell: (c) => (c.expiryDate ? fmt.date(c.expiryDate) : <span className="muted">{t('certificates.noExpiry')}</span>) },
      { id: 'validity', header: t('certificates.columns.validity'), width: '110px', cell: (c) => <ValidityBadge expiryDate={c.expiryDate} /> },
      { id: 'type', header: t('certificates.columns.type'), width: 'minmax(150px, 1.6fr)', wrap: true, cell: (c) => t(`certificates.type.${c.type}`) },
      { id: 'number', header: t('certificates.columns.number'), width: 'minmax(140px, 1.2fr)', identifier: true, cell: (c) => <span className="mono">{c.number ?? ''}</span> },
      { id: 'issuer', header: t('certificates.columns.issuer'), width: 'minmax(100px, 1fr)', fold: 'first', cell: (c) => c.issuer ?? '' },
      {
        id: 'covers',
        header: t('certificates.columns.covers'),
        width: 'minmax(160px, 1.6fr)',
        cell: (c) =>
          [c.supplierName, c.products.length === 1 ? c.products[0]!.sku : c.products.length > 1 ? t('certificates.productsCount', { count: c.products.length }) : null]
            .filter(Boolean)
            .join(' · '),
      },
      { id: 'files', header: t('certificates.columns.files'), width: '70px', fold: 'first', align: 'end', cell: (c) => (c.attachmentCount ? fmt.count(c.attachmentCount) : '') },
    ],
    [t, fmt],
  );

  return (
    <section className="screen" aria-labelledby="certificates-title">
      <AreaTabs />
      <header className="screen-head">
        <div>
          <h1 id="certificates-title">{t('certificates.title')}</h1>
          <p className="muted" aria-live="polite" data-testid="certificate-count">
            {list.total === null ? t('common.loading') : t('certificates.count', { count: list.total, formatted: formatCount(list.total) })}
          </p>
        </div>
        <Link className="button primary" to="/certificates/new">
          {t('certificates.new')}
        </Link>
      </header>
      <div className="toolbar">
        <SearchBox list={listParams} label={t('certificates.searchLabel')} placeholder={t('certificates.searchPlaceholder')} />
        <Filters>
          <div className="segmented" role="group" aria-label={t('certificates.validityFilter')}>
            <button type="button" aria-pressed={!validity} onClick={() => update({ validity: null })}>
              {t('certificates.anyValidity')}
            </button>
            {VALIDITIES.map((v) => (
              <button key={v} type="button" aria-pressed={validity === v} onClick={() => update({ validity: v })}>
                {t(`certificates.validity.${v}`)}
              </button>
            ))}
          </div>
        </Filters>
      </div>
      <LoadError error={list.error} message={(e) => t('certificates.loadError', { message: e.message })} onRetry={list.reload} />
      <VirtualTable
        listId="certificates"
        label={t('certificates.title')}
        columns={columns}
        list={list}
        onOpen={(c) => navigate(`/certificates/${c.id}`)}
        rowKey={(c) => c.id}
        empty={deferredQuery || validity ? t('certificates.noMatch') : t('certificates.empty')}
      />
    </section>
  );
}

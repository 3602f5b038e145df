// A short table of the certificates of one product or one supplier, soonest expiry first, each
// with its validity badge. The full list with paging lives in CertificatesScreen.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Certificate } from '../../../../shared/certificates';
import { api, toClearpackError } from '../../api';
import { formatDate, localToday } from '../../lib/dates';
import { ValidityBadge } from './ValidityBadge';

export function CertificatesTable({ filter, empty }: { filter: { productId: number } | { supplierId: number }; empty: string }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<Certificate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(filter);
  useEffect(() => {
    api.certificates.list({ ...(JSON.parse(key) as typeof filter), today: localToday(), limit: 500 }).then(
      (p) => setItems(p.items),
      (e: unknown) => setError(toClearpackError(e).message),
    );
  }, [key]);
  if (error) return <p className="banner error">{error}</p>;
  if (!items) return <p className="muted">{t('common.loading')}</p>;
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className="simple-table" data-testid="certificates-table">
      <thead>
        <tr>
          <th>{t('certificates.columns.type')}</th>
          <th>{t('certificates.columns.number')}</th>
          <th>{t('certificates.columns.issuer')}</th>
          <th>{t('certificates.columns.expiryDate')}</th>
          <th>{t('certificates.columns.validity')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id}>
            <td>
              <Link to={`/certificates/${c.id}`}>{t(`certificates.type.${c.type}`)}</Link>
            </td>
            <td className="mono">{c.number ?? ''}</td>
            <td>{c.issuer ?? ''}</td>
            <td>{c.expiryDate ? formatDate(c.expiryDate) : t('certificates.noExpiry')}</td>
            <td>
              <ValidityBadge expiryDate={c.expiryDate} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** For the product detail page: the certificates covering this product, and a way to add one. */
export function ProductCertificatesPanel({ productId }: { productId: number }) {
  const { t } = useTranslation();
  return (
    <div className="product-certificates">
      <CertificatesTable filter={{ productId }} empty={t('certificates.emptyForProduct')} />
      <Link className="button" to={`/certificates/new?productId=${productId}`}>
        {t('certificates.new')}
      </Link>
    </div>
  );
}

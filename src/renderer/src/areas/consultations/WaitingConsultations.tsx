// The dashboard's card of consultations waiting for a reply (oldest request first). Self-contained:
// it asks the core itself, so the dashboard only places it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConsultationSummary } from '../../../../shared/consultations';
import type { Page } from '../../../../shared/products';
import { api } from '../../api';
import { formatDate } from '../../lib/dates';
import { countryName, formatCount } from '../../lib/format';

const SHOWN = 5;

export function WaitingConsultations() {
  const { t } = useTranslation();
  const [page, setPage] = useState<Page<ConsultationSummary> | null>(null);
  useEffect(() => {
    api.consultations.list({ status: 'waiting', limit: 500 }).then(setPage, () => setPage(null));
  }, []);
  if (!page) return null;
  const title = t('consultations.waiting.title');
  // The list is newest first; the card shows the ones waiting longest.
  const items = [...page.items].sort((a, b) => a.requestDate.localeCompare(b.requestDate) || a.id - b.id).slice(0, SHOWN);
  return (
    <section className={`card home-card ${page.total > 0 ? 'has-items' : ''}`} aria-labelledby="card-consultations-waiting" data-testid="card-consultations-waiting">
      <header>
        <Link to="/shipments/consultations?status=waiting" className="card-figure" aria-label={`${title}: ${page.total}`}>
          {formatCount(page.total)}
        </Link>
        <h2 id="card-consultations-waiting" className="card-label">{title}</h2>
      </header>
      {page.total === 0 ? (
        <p className="muted small">{t('home.none')}</p>
      ) : (
        <ul className="home-items">
          {items.map((c) => (
            <li key={c.id}>
              <Link to={`/shipments/consultations/${c.id}`} className="mono">{c.reference}</Link> {c.productSku ?? c.shipmentReference ?? ''} · {c.carrier} · {countryName(c.destination)}
              <span className="home-item-meta">{t('consultations.waiting.asked', { date: formatDate(c.requestDate) })}</span>
            </li>
          ))}
          {page.total > items.length && <li className="muted small">{t('home.more', { count: page.total - items.length })}</li>}
        </ul>
      )}
    </section>
  );
}

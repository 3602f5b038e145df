// The home screen: it leads with Today (the day's shipments and one click to print the ready packs),
// then what needs the seller today (dashboard.get), each card a count and its first records, each
// linking to the record. An empty data file first offers the demo; until the first pack is printed
// a setup checklist shows the next step; cards with nothing in them are left out while every one
// is empty.
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Dashboard as DashboardData } from '../../../../shared/aftersales';
import type { TodaySummary } from '../../../../shared/documents';
import { api, toClearpackError } from '../../api';
import { DemoChoice } from '../demo/DemoChoice';
import { formatDate } from '../../lib/dates';
import { countryName, formatCount, useFormat } from '../../lib/format';
import { backHere } from '../../lib/back';
import { Countdown, useNow } from '../aftersales/Countdown';
import { WaitingConsultations } from '../consultations/WaitingConsultations';
import { SetupChecklist, setupComplete } from '../today/SetupChecklist';
import { TodayPanel } from '../today/TodayPanel';

const dayDiff = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** "4 days left", "today", "3 days overdue" (as the claims list says it): how far a calendar deadline is from today. */
function DaysLeft({ date, today, soon = 7 }: { date: string | null; today: string; soon?: number }) {
  const { t } = useTranslation();
  if (!date) return null;
  const days = dayDiff(today, date);
  const cls = days < 0 ? 'overdue' : days <= soon ? 'soon' : '';
  return (
    <span className={`badge countdown ${cls}`}>
      {days < 0 ? t('home.daysLate', { count: -days }) : days === 0 ? t('home.today') : t('home.daysLeft', { count: days })}
    </span>
  );
}

function Card({ id, title, count, to, children }: { id: string; title: string; count: number; to: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className={`card home-card ${count > 0 ? 'has-items' : ''}`} aria-labelledby={`card-${id}`} data-testid={`card-${id}`}>
      <header>
        <Link to={to} className="card-figure" aria-label={`${title}: ${count}`}>
          {formatCount(count)}
        </Link>
        <h2 id={`card-${id}`} className="card-label">
          {title}
        </h2>
      </header>
      {count === 0 ? <p className="muted small">{t('home.none')}</p> : <ul className="home-items">{children}</ul>}
    </section>
  );
}

/** Every card at 0: the cards are left out (a first run sees the checklist, not seven "Nothing here."). */
const allEmpty = (d: DashboardData) =>
  [d.casesDue, d.holdsOpen, d.claimsToFile, d.claimsWaiting, d.certificatesExpiring, d.shipmentsNotReady, d.suppliersAtRisk].every((c) => c.count === 0);

export function Dashboard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const here = backHere(useLocation(), 'nav.dashboard');
  const [data, setData] = useState<DashboardData | null>(null);
  const [today, setToday] = useState<TodaySummary | null>(null);
  const [products, setProducts] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loads, setLoads] = useState(0);
  const now = useNow();
  useEffect(() => {
    api.dashboard.get({}).then(setData, (e: unknown) => setError(toClearpackError(e).message));
    api.documents.today({}).then(setToday, (e: unknown) => setError(toClearpackError(e).message));
    api.products.list({ status: 'all', limit: 1 }).then((p) => setProducts(p.total), () => setProducts(null));
  }, [loads]);
  const more = (count: number, shown: number) => (count > shown ? <li className="muted small">{t('home.more', { count: count - shown })}</li> : null);
  return (
    <section className="screen" aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      <p className="muted">
        {fmt.sentences(t('home.intro'), products !== null && products > 0 && t('home.catalogCount', { count: products, products: formatCount(products) }))}
      </p>
      {products === 0 && <DemoChoice onLoaded={() => setLoads((n) => n + 1)} />}
      {error && <p className="banner error" role="alert">{t('home.loadError', { message: error })}</p>}
      {today && <TodayPanel data={today} onChanged={() => setLoads((n) => n + 1)} />}
      {today && !setupComplete(today.setup) && <SetupChecklist steps={today.setup} />}
      {data && !allEmpty(data) && (
        <div className="home-cards">
          <Card id="cases" title={t('home.cards.casesDue', { count: data.casesDue.count })} count={data.casesDue.count} to="/after-sales">
            {data.casesDue.items.map((c) => (
              <li key={c.id}>
                <Link state={here} to={`/after-sales/${c.id}`}>#{c.id} {c.customerName}</Link>
                <span className="home-item-meta">
                  <Countdown due={c.due} kind={c.kind} now={now} />
                </span>
              </li>
            ))}
            {more(data.casesDue.count, data.casesDue.items.length)}
          </Card>
          <Card id="holds" title={t('home.cards.holdsOpen', { count: data.holdsOpen.count })} count={data.holdsOpen.count} to="/after-sales/holds">
            {data.holdsOpen.items.map((h) => (
              <li key={h.id}>
                <Link state={here} to={`/shipments/${h.shipmentId}`} className="mono">{h.shipmentReference}</Link> {countryName(h.country)}
                <span className="home-item-meta">
                  {t(`holds.reason.${h.reason}`)}
                  {h.deadline && (
                    <>
                      {' · '}
                      {/* A day is never broken across lines ("Deadline Dec 8, / 2026") */}
                      <span className="nobreak">{t('holds.deadline', { date: formatDate(h.deadline) })}</span> <DaysLeft date={h.deadline} today={data.today} soon={3} />
                    </>
                  )}
                </span>
              </li>
            ))}
            {more(data.holdsOpen.count, data.holdsOpen.items.length)}
          </Card>
          <Card id="claims-to-file" title={t('home.cards.claimsToFile', { count: data.claimsToFile.count })} count={data.claimsToFile.count} to="/claims?status=draft">
            {data.claimsToFile.items.map((c) => (
              <li key={c.id}>
                <Link state={here} to={`/claims/${c.id}`} className="mono">{c.reference}</Link> {t(`claims.type.${c.type}`, { defaultValue: c.type })} · <span className="mono">{c.shipmentReference ?? ''}</span>
                <span className="home-item-meta">
                  {t('home.fileBy', { date: formatDate(c.date) })} <DaysLeft date={c.date} today={data.today} soon={14} />
                </span>
              </li>
            ))}
            {more(data.claimsToFile.count, data.claimsToFile.items.length)}
          </Card>
          <Card id="claims-waiting" title={t('home.cards.claimsWaiting', { count: data.claimsWaiting.count })} count={data.claimsWaiting.count} to="/claims">
            {data.claimsWaiting.items.map((c) => (
              <li key={c.id}>
                <Link state={here} to={`/claims/${c.id}`} className="mono">{c.reference}</Link> {t(`claims.type.${c.type}`, { defaultValue: c.type })} · <span className="mono">{c.shipmentReference ?? ''}</span>
                <span className="home-item-meta">
                  {c.status !== 'filed' && <>{t(`claims.status.${c.status}`, { defaultValue: c.status })} · </>}
                  {t('home.filedOn', { date: formatDate(c.date) })}
                </span>
              </li>
            ))}
            {more(data.claimsWaiting.count, data.claimsWaiting.items.length)}
          </Card>
          <Card id="certificates" title={t('home.cards.certificatesExpiring', { count: data.certificatesExpiring.count })} count={data.certificatesExpiring.count} to="/certificates?validity=expiring">
            {data.certificatesExpiring.items.map((c) => (
              <li key={c.id}>
                <Link state={here} to={`/certificates/${c.id}`}>{c.number ?? t(`certificates.type.${c.type}`, { defaultValue: c.type })}</Link> {c.number ? <span className="muted small">{t(`certificates.type.${c.type}`, { defaultValue: c.type })}</span> : null}
                <span className="home-item-meta">
                  {t('home.expires', { date: formatDate(c.expiryDate) })} <DaysLeft date={c.expiryDate} today={data.today} soon={14} />
                </span>
              </li>
            ))}
            {more(data.certificatesExpiring.count, data.certificatesExpiring.items.length)}
          </Card>
          <Card id="drafts" title={t('home.cards.shipmentsNotReady', { count: data.shipmentsNotReady.count })} count={data.shipmentsNotReady.count} to="/shipments?status=draft">
            {data.shipmentsNotReady.items.map((s) => (
              <li key={s.id}>
                <Link state={here} to={`/shipments/${s.id}`} className="mono">{s.reference}</Link> {s.consigneeName} · {countryName(s.country)}
                <span className="home-item-meta">
                  <span className={s.blocks ? 'danger' : 'muted'}>{s.blocks ? t('home.blocks', { count: s.blocks }) : t('home.noBlocks')}</span>
                </span>
              </li>
            ))}
            {more(data.shipmentsNotReady.count, data.shipmentsNotReady.items.length)}
          </Card>
          <Card id="suppliers" title={t('home.cards.suppliersAtRisk', { count: data.suppliersAtRisk.count })} count={data.suppliersAtRisk.count} to="/suppliers">
            {data.suppliersAtRisk.items.map((s) => (
              <li key={s.id}>
                <Link state={here} to={`/suppliers/${s.id}`}>{s.name}</Link> <span className={`badge status-${s.status}`}>{t(`suppliers.status.${s.status}`)}</span>
              </li>
            ))}
            {more(data.suppliersAtRisk.count, data.suppliersAtRisk.items.length)}
          </Card>
          <WaitingConsultations />
        </div>
      )}
    </section>
  );
}

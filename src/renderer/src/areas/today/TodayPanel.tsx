// The dashboard's lead: "Today: N ready · M need attention · K printed" (documents.today, one query
// in the core), one click printing the ready packs into one PDF (documents.printToday, a job; each
// pack archived as usual) that the desktop opens in the system viewer to print, and the shipments
// that need attention as links, each with its first finding.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { TodaySummary } from '../../../../shared/documents';
import { api, toClearpackError } from '../../api';
import { JobProgress } from '../../components/JobProgress';
import { desktop } from '../../lib/desktop';
import { countryName, useFormat } from '../../lib/format';
import { backHere } from '../../lib/back';
import { useJob } from '../../lib/useJob';
import { findingText } from '../../lib/finding';

export function TodayPanel({ data, onChanged }: { data: TodaySummary; onChanged: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const here = backHere(useLocation(), 'nav.dashboard');
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);
  const { job, cancel } = useJob<'documents.printToday'>(jobId);
  const running = job?.state === 'running' || (jobId !== null && job === null);
  const report = job?.state === 'done' ? job.result! : null;

  const open = async (path: string) => {
    let failure: string | null = null;
    try {
      const r = await desktop!.openPath(path);
      if (!r.ok) failure = r.error ?? path;
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
    }
    setOpened(failure === null);
    setOpenError(failure === null ? null : t('today.openFailed', { error: failure }));
  };

  /** Starts the print; when the job ends, the counts again and the one PDF straight into the system viewer. */
  const print = async (again: boolean) => {
    setError(null);
    setOpenError(null);
    setOpened(false);
    try {
      const { jobId: id } = await api.documents.printToday({ again });
      setJobId(id);
      // useJob shows the progress; this waits for the end (the same jobs.get, less often).
      let end = await api.jobs.get({ jobId: id });
      while (end.state === 'running') {
        await new Promise((r) => setTimeout(r, 300));
        end = await api.jobs.get({ jobId: id });
      }
      onChanged();
      const path = end.state === 'done' ? (end.result as { combinedPath: string | null } | undefined)?.combinedPath : null;
      if (path && desktop) await open(path);
    } catch (e) {
      setError(toClearpackError(e).message);
    }
  };
  const pages = report ? report.built.reduce((n, b) => n + b.pages, 0) : 0;
  const more = data.attention - data.attentionItems.length;

  return (
    <section className="card today-panel" aria-labelledby="today-title" data-testid="today">
      <h2 id="today-title" className="today-lead" data-testid="today-counts">
        <span className="today-lead-word">{t('today.lead')}</span>
        <Link to="/shipments?status=ready" className={data.ready ? 'today-count ready' : 'today-count'}>
          {t('today.ready', { count: data.ready })}
        </Link>
        <span className="today-sep" aria-hidden="true"> · </span>
        <Link to="/shipments?status=draft" className={data.attention ? 'today-count attention' : 'today-count'}>
          {t('today.attention', { count: data.attention })}
        </Link>
        <span className="today-sep" aria-hidden="true"> · </span>
        <span className="today-count">{t('today.printed', { count: data.printed })}</span>
      </h2>
      <div className="today-actions">
        {data.ready > 0 ? (
          <button type="button" className="button primary" data-testid="today-print" disabled={running} onClick={() => void print(false)}>
            {t('today.print', { count: data.ready })}
          </button>
        ) : (
          <span className="muted" data-testid="today-none-ready">{t(data.printed > 0 ? 'today.allPrinted' : 'today.nothingReady')}</span>
        )}
        {data.ready === 0 && data.printed > 0 && (
          <button type="button" className="button" data-testid="today-print-again" disabled={running} onClick={() => void print(true)}>
            {t('today.printAgain')}
          </button>
        )}
      </div>
      {running && <JobProgress job={job} onCancel={cancel} label={t('today.running')} />}
      {(error || job?.state === 'failed') && (
        <p className="banner error" role="alert">
          {t('today.failed', { message: error ?? job?.error?.message ?? '' })}
        </p>
      )}
      {report && report.combinedPath && (
        <div className="today-result banner ok" role="status" data-testid="today-result">
          <p>
            {fmt.sentences(t('today.done', { count: report.built.length, pages }), opened && t('today.opened'))}
          </p>
          <p className="small">
            {t('today.savedAt')} <code>{report.combinedPath}</code>{' '}
            {desktop && (
              <button type="button" className="button small" data-testid="today-open" onClick={() => void open(report.combinedPath!)}>
                {t('today.openAgain')}
              </button>
            )}
          </p>
          {openError && <p className="error small" role="alert">{openError}</p>}
        </div>
      )}
      {report && report.blocked.length > 0 && (
        <div className="banner warn" data-testid="today-blocked">
          <p>{t('today.blocked', { count: report.blocked.length })}</p>
          <ul className="today-list">
            {report.blocked.map((b) => (
              <li key={b.shipmentId}>
                <Link state={here} to={`/shipments/${b.shipmentId}`} className="mono">{b.reference}</Link> <span className="small">{b.said?.[0] ? findingText(t, b.said[0]) : (b.findings[0] ?? '')}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {data.attentionItems.length > 0 && (
        <div className="today-attention" data-testid="today-attention">
          <h3>{t('today.attentionTitle')}</h3>
          <ul className="today-list">
            {data.attentionItems.map((s) => (
              <li key={s.id}>
                <Link state={here} to={`/shipments/${s.id}`} className="mono">{s.reference}</Link> {s.consigneeName} · {countryName(s.country)}
                <span className={`today-finding sev-${s.finding?.severity ?? 'none'}`}>
                  {s.finding ? findingText(t, s.finding.message) : t('today.notMarkedReady')}
                </span>
              </li>
            ))}
            {more > 0 && (
              <li>
                <Link to="/shipments?status=draft" className="small">{t('today.more', { count: more })}</Link>
              </li>
            )}
          </ul>
        </div>
      )}
    </section>
  );
}

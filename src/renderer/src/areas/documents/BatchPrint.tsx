// "Print packs" on the shipments list: every printable shipment of a ship date, or the ready
// shipments of the list as currently filtered, one PDF each into a folder (named by reference and
// consignee; the folder is remembered in the settings). Runs as a core job (documents.buildBatch)
// with a progress bar and Cancel, then lists what was built (each with Open, and Open folder) and
// what the preflight blocked, with why, each a link to its shipment.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ClearpackError } from '../../../../shared/errors';
import { api, toClearpackError } from '../../api';
import { Field } from '../../components/Field';
import { ReplaceFile } from '../../components/ReplaceFile';
import { JobProgress } from '../../components/JobProgress';
import { localToday } from '../../lib/dates';
import { desktop } from '../../lib/desktop';
import { ChooseButton } from '../../components/ChooseButton';
import { fieldErrors } from '../../lib/errors';
import { useJob } from '../../lib/useJob';
import { DateField } from '../../components/DateField';
import { findingText } from '../../lib/finding';

type Scope = 'date' | 'list';

/** Ids of the ready shipments matching the list's search, paged through the core. */
async function readyIds(query: string): Promise<number[]> {
  const ids: number[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await api.shipments.list({ query: query || undefined, status: 'ready', offset, limit: 500 });
    ids.push(...page.items.map((s) => s.id));
    if (ids.length >= page.total || page.items.length === 0) return ids;
  }
}

interface Props {
  /** The list's current search and status filter. */
  query: string;
  status: string;
  onClose: () => void;
  /** These shipments only (e.g. the ready ones of an orders import): no choice of scope. */
  shipmentIds?: number[];
}

export function BatchPrint({ query, status, onClose, shipmentIds }: Props) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<Scope>('date');
  const [date, setDate] = useState(() => localToday());
  const [outDir, setOutDir] = useState('');
  const [openError, setOpenError] = useState<string | null>(null);
  // The folder of the last batch, unless something was typed meanwhile.
  useEffect(() => {
    let live = true;
    api.settings.get({}).then(
      (p) => live && p.printFolder && setOutDir((typed) => typed || p.printFolder!),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const open = async (path: string) => {
    let failure: string | null = null;
    try {
      const r = await desktop!.openPath(path);
      if (!r.ok) failure = r.error ?? path;
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
    }
    setOpenError(failure === null ? null : t('common.openFailed', { error: failure }));
  };
  const [error, setError] = useState<ClearpackError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const { job, cancel } = useJob<'documents.buildBatch'>(jobId);
  const running = job?.state === 'running' || (jobId !== null && job === null);
  const report = job?.state === 'done' ? job.result! : null;
  // A status filter other than "ready" (or all) leaves no ready shipment in the list.
  const listHasReady = status === 'all' || status === 'ready';

  /** overwrite: replace pack files of the same name already in the folder (asked only after file_exists). */
  const start = async (overwrite = false) => {
    setError(null);
    setNote(null);
    setJobId(null);
    try {
      let target: { shipmentIds: number[] } | { date: string };
      if (shipmentIds) target = { shipmentIds };
      else if (scope === 'list') {
        const ids = listHasReady ? await readyIds(query) : [];
        if (ids.length === 0) {
          setNote(t('packs.batch.noneReady'));
          return;
        }
        target = { shipmentIds: ids };
      } else target = { date };
      const folder = outDir.trim();
      const r = await api.documents.buildBatch({ ...target, outDir: folder, overwrite });
      setJobId(r.jobId);
      // Remembered for the next batch (a folder the core just accepted).
      void api.settings.update({ printFolder: folder }).catch(() => undefined);
    } catch (e) {
      setError(toClearpackError(e));
    }
  };
  const errs = error ? fieldErrors(t, error) : {};
  const general = error && !errs.outDir && !errs.date ? error.message : null;

  return (
    <section className="batch-print" aria-labelledby="batch-print-title" data-testid="batch-print">
      <h2 id="batch-print-title">{t('packs.batch.title')}</h2>
      <form
        className="batch-print-form"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        {!shipmentIds && (
        <fieldset className="batch-scope" disabled={running}>
          <div className="batch-choice">
            <label>
              <input type="radio" name="batch-scope" checked={scope === 'date'} onChange={() => setScope('date')} /> {t('packs.batch.byDate')}
            </label>
            <Field label={t('packs.batch.date')} name="date" error={errs.date}>
              <DateField value={date} onChange={(e) => setDate(e.target.value)} disabled={scope !== 'date'} required={scope === 'date'} />
            </Field>
          </div>
          <div className="batch-choice">
            <label>
              <input type="radio" name="batch-scope" checked={scope === 'list'} onChange={() => setScope('list')} /> {t('packs.batch.byList')}
            </label>
          </div>
        </fieldset>
        )}
        <Field
          label={t('packs.batch.outDir')}
          name="outDir"
          error={errs.outDir}
          wide
          addon={<ChooseButton dialog="folder" title={t('packs.batch.outDir')} onChosen={setOutDir} disabled={running} />}
        >
          <input value={outDir} onChange={(e) => setOutDir(e.target.value)} placeholder="/home/me/packs" spellCheck={false} disabled={running} />
        </Field>
        <ReplaceFile error={error} field="outDir" onReplace={() => void start(true)} disabled={running} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={running || !outDir.trim() || (!shipmentIds && scope === 'date' && !date)}>
            {t('packs.batch.start')}
          </button>
          <button type="button" className="button" onClick={onClose} disabled={running}>
            {t('packs.batch.close')}
          </button>
        </div>
      </form>
      {general && (
        <div className="banner error" role="alert">
          {t('packs.batch.failed', { message: general })}
        </div>
      )}
      {note && (
        <div className="banner muted" role="status">
          {note}
        </div>
      )}
      {jobId && running && <JobProgress job={job} onCancel={cancel} label={t('packs.batch.running')} />}
      {job?.state === 'failed' && (
        <div className="banner error" role="alert">
          {t('packs.batch.failed', { message: job.error?.message ?? '' })}
        </div>
      )}
      {job?.state === 'cancelled' && (
        <div className="banner muted" role="status">
          {t('packs.batch.cancelled')}
        </div>
      )}
      {report && (
        <div className="batch-result" data-testid="batch-result" role="status">
          <p className={report.built.length === report.total ? 'banner ok' : 'banner warn'}>
            {report.total === 0 ? t('packs.batch.nothing') : t('packs.batch.done', { built: report.built.length, total: report.total, count: report.total })}
          </p>
          {desktop && report.built.length > 0 && (
            <div className="batch-result-actions">
              <button type="button" className="button small" data-testid="batch-open-folder" onClick={() => void open(outDir.trim())}>
                {t('packs.batch.openFolder')}
              </button>
              {openError && <span className="error small" role="alert">{openError}</span>}
            </div>
          )}
          <ul className="batch-list">
            {report.built.map((b) => (
              <li key={b.shipmentId}>
                <span className="badge status-ready">{b.form}</span> <span className="mono">{b.reference}</span> · {t('packs.batch.pages', { count: b.pages })} ·{' '}
                <code>{b.path}</code>{' '}
                {desktop && (
                  <button type="button" className="button small" data-testid="batch-open" onClick={() => void open(b.archivePath)}>
                    {t('common.openFile')}
                  </button>
                )}
              </li>
            ))}
            {report.blocked.map((b) => (
              <li key={b.shipmentId} className="batch-blocked">
                {t('packs.batch.blockedLead')} <Link to={`/shipments/${b.shipmentId}`} className="mono">{b.reference}</Link> — {b.said ? b.said.map((s) => findingText(t, s)).join(' ') : b.findings.join(' ')}
              </li>
            ))}
            {report.failed.map((f) => (
              <li key={f.shipmentId} className="batch-blocked">
                {t('packs.batch.failedOne', { reference: f.reference ?? `#${f.shipmentId}`, message: f.message })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

// The import wizard: pick a CSV file (by path: the renderer cannot open native dialogs), see the
// detected format and the proposed column mapping, correct it, check every row (dry run), then
// import all-or-nothing with a progress bar and Cancel. The work runs as a core job.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClearpackError } from '../../../../shared/errors';
import { IMPORT_FIELDS } from '../../../../shared/imports';
import type { ColumnMapping, CsvPreview, ImportReport } from '../../../../shared/imports';
import { CURRENCY_CODES } from '../../../../shared/iso';
import { api, toClearpackError } from '../../api';
import { Field } from '../../components/Field';
import { JobProgress } from '../../components/JobProgress';
import { fieldErrors, issueText } from '../../lib/errors';
import { formatCount } from '../../lib/format';
import { useJob } from '../../lib/useJob';

export function ImportWizard() {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [currency, setCurrency] = useState('USD');
  const [error, setError] = useState<ClearpackError | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const { job, cancel } = useJob<ImportReport>(jobId);

  const read = async () => {
    setError(null);
    setJobId(null);
    try {
      const p = await api.products.previewCsv({ path });
      setPreview(p);
      setMapping(p.mapping);
    } catch (err) {
      setPreview(null);
      setError(toClearpackError(err));
    }
  };
  const start = async (asDryRun: boolean) => {
    setError(null);
    setDryRun(asDryRun);
    try {
      const { jobId: id } = await api.products.importCsv({ path, mapping, dryRun: asDryRun, currency });
      setJobId(id);
    } catch (err) {
      setError(toClearpackError(err));
    }
  };

  const running = job?.state === 'running' || (jobId !== null && job === null);
  const report = job?.state === 'done' ? job.result! : null;
  const pathError = error ? fieldErrors(t, error).path : undefined;

  return (
    <section className="screen import-wizard" aria-labelledby="import-title">
      <header className="screen-head">
        <div>
          <h1 id="import-title">{t('imports.title')}</h1>
          <p className="muted">{t('imports.intro')}</p>
        </div>
        <Link className="button" to="/catalog">
          {t('common.back')}
        </Link>
      </header>

      <form
        className="import-step"
        onSubmit={(e) => {
          e.preventDefault();
          void read();
        }}
      >
        <h2>{t('imports.step1')}</h2>
        <Field label={t('imports.path')} name="path" hint={t('imports.pathHint')} error={pathError} wide>
          <input value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/products_export.csv" spellCheck={false} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={!path.trim() || running}>
            {t('imports.read')}
          </button>
        </div>
      </form>
      {error && !pathError && (
        <div className="banner error" role="alert">
          {error.details.issues?.length ? error.details.issues.map((i) => issueText(t, i)).join(' ') : error.message}
        </div>
      )}

      {preview && (
        <div className="import-step">
          <h2>{t('imports.step2')}</h2>
          <p data-testid="import-format">
            {t('imports.detected', { format: t(`imports.format.${preview.format}`), count: preview.headers.length })}
          </p>
          <div className="mapping-grid">
            {IMPORT_FIELDS.map((field) => (
              <Field key={field} label={t(`imports.field.${field}`)} name={`map-${field}`}>
                <select value={mapping[field] ?? ''} onChange={(e) => setMapping({ ...mapping, [field]: e.target.value || null })} disabled={running}>
                  <option value="">{t('imports.notImported')}</option>
                  {preview.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </Field>
            ))}
            <Field label={t('imports.currency')} name="currency" hint={t('imports.currencyHint')}>
              <select value={currency} onChange={(e) => setCurrency(e.target.value)} disabled={running}>
                {CURRENCY_CODES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <details>
            <summary>{t('imports.firstRows', { count: preview.rows.length })}</summary>
            <div className="preview-scroll">
              <table className="plain-table">
                <thead>
                  <tr>
                    {preview.headers.map((h) => (
                      <th key={h}>{h}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((r, i) => (
                    <tr key={i}>
                      {r.map((c, j) => (
                        <td key={j}>{c.length > 80 ? `${c.slice(0, 80)}…` : c}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => void start(true)} disabled={running}>
              {t('imports.check')}
            </button>
            <button type="button" className="button primary" onClick={() => void start(false)} disabled={running || !report || !report.dryRun || report.errorCount > 0}>
              {t('imports.commit')}
            </button>
          </div>
        </div>
      )}

      {jobId && running && <JobProgress job={job} onCancel={cancel} label={dryRun ? t('imports.checking') : t('imports.importing')} />}
      {job?.state === 'cancelled' && <div className="banner muted" role="status">{t('imports.cancelled')}</div>}
      {job?.state === 'failed' && (
        <div className="banner error" role="alert">
          {job.error?.details.issues?.length ? job.error.details.issues.map((i) => issueText(t, i)).join(' ') : job.error?.message}
        </div>
      )}
      {report && <ImportResult report={report} />}
    </section>
  );
}

function ImportResult({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  if (report.committed)
    return (
      <div className="banner ok" role="status" data-testid="import-result">
        {t('imports.done', { count: report.created, formatted: formatCount(report.created) })}{' '}
        <Link to="/catalog">{t('imports.openCatalog')}</Link>
        {report.vendors.length > 0 && <p className="muted">{t('imports.vendors', { list: report.vendors.map((v) => `${v.vendor} (${v.count})`).join(', ') })}</p>}
      </div>
    );
  if (report.errorCount === 0)
    return (
      <div className="banner ok" role="status" data-testid="import-result">
        {t('imports.checkedOk', { count: report.products, formatted: formatCount(report.products), skipped: report.skipped })}
      </div>
    );
  return (
    <div className="import-step" data-testid="import-result">
      <div className="banner error" role="alert">
        {t(report.dryRun ? 'imports.badRows' : 'imports.notWritten', { count: report.errorCount, formatted: formatCount(report.errorCount) })}
      </div>
      <table className="plain-table errors-table" aria-label={t('imports.errorsTable')}>
        <thead>
          <tr>
            <th>{t('imports.row')}</th>
            <th>{t('imports.column')}</th>
            <th>{t('imports.why')}</th>
          </tr>
        </thead>
        <tbody>
          {report.errors.map((e, i) => (
            <tr key={i}>
              <td>{e.row ?? t('imports.file')}</td>
              <td>{e.column ?? '—'}</td>
              <td>{issueText(t, e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.errorCount > report.errors.length && <p className="muted">{t('imports.moreErrors', { count: report.errorCount - report.errors.length })}</p>}
    </div>
  );
}

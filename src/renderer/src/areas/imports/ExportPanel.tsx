// Export the whole catalog to a CSV file (by path), as a core job with progress and Cancel.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClearpackError } from '../../../../shared/errors';
import type { ExportReport } from '../../../../shared/imports';
import { api, toClearpackError } from '../../api';
import { Field } from '../../components/Field';
import { JobProgress } from '../../components/JobProgress';
import { fieldErrors } from '../../lib/errors';
import { formatCount } from '../../lib/format';
import { useJob } from '../../lib/useJob';

export function ExportPanel() {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [error, setError] = useState<ClearpackError | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const { job, cancel } = useJob<ExportReport>(jobId);
  const running = job?.state === 'running' || (jobId !== null && job === null);
  return (
    <section className="screen" aria-labelledby="export-title">
      <header className="screen-head">
        <h1 id="export-title">{t('imports.exportTitle')}</h1>
        <Link className="button" to="/catalog">
          {t('common.back')}
        </Link>
      </header>
      <p className="muted">{t('imports.exportIntro')}</p>
      <form
        className="import-step"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          api.products.exportCsv({ path }).then(
            (r) => setJobId(r.jobId),
            (err: unknown) => setError(toClearpackError(err)),
          );
        }}
      >
        <Field label={t('imports.exportPath')} name="path" hint={t('imports.pathHint')} error={error ? (fieldErrors(t, error).path ?? error.message) : undefined} wide>
          <input value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/clearpack-catalog.csv" spellCheck={false} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={!path.trim() || running}>
            {t('imports.export')}
          </button>
        </div>
      </form>
      {jobId && running && <JobProgress job={job} onCancel={cancel} label={t('imports.exporting')} />}
      {job?.state === 'done' && (
        <div className="banner ok" role="status" data-testid="export-result">
          {t('imports.exported', { count: job.result!.products, formatted: formatCount(job.result!.products), path: job.result!.path })}
        </div>
      )}
      {job?.state === 'failed' && <div className="banner error" role="alert">{job.error?.message}</div>}
      {job?.state === 'cancelled' && <div className="banner muted" role="status">{t('imports.cancelled')}</div>}
    </section>
  );
}

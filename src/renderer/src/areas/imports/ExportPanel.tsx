// Export the whole catalog to a CSV file (by path), as a core job with progress and Cancel.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClearpackError } from '../../../../shared/errors';
import type { ExportReport, SupplierExportReport } from '../../../../shared/imports';
import { api, toClearpackError } from '../../api';
import { Field } from '../../components/Field';
import { JobProgress } from '../../components/JobProgress';
import { fieldErrors } from '../../lib/errors';
import { formatCount } from '../../lib/format';
import { useJob } from '../../lib/useJob';
import { KindChoice } from './ImportWizard';
import type { CsvKind } from './ImportWizard';
import { OpenFileButton } from '../../components/OpenFileButton';

export function ExportPanel() {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [error, setError] = useState<ClearpackError | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [kind, setKind] = useState<CsvKind>('products');
  const { job, cancel } = useJob<ExportReport | SupplierExportReport>(jobId);
  const written = job?.state === 'done' ? job.result! : null;
  const running = job?.state === 'running' || (jobId !== null && job === null);
  return (
    <section className="screen" aria-labelledby="export-title">
      <header className="screen-head">
        <h1 id="export-title">{t(kind === 'products' ? 'imports.exportTitle' : 'imports.exportTitleSuppliers')}</h1>
        <Link className="button" to="/catalog">
          {t('common.back')}
        </Link>
      </header>
      <p className="muted">{t(kind === 'products' ? 'imports.exportIntro' : 'imports.exportIntroSuppliers')}</p>
      <form
        className="import-step"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          (kind === 'products' ? api.products.exportCsv({ path }) : api.suppliers.exportCsv({ path })).then(
            (r) => setJobId(r.jobId),
            (err: unknown) => setError(toClearpackError(err)),
          );
        }}
      >
        <KindChoice
          kind={kind}
          onChange={(k) => {
            setKind(k);
            setJobId(null);
          }}
          disabled={running}
        />
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
      {written && (
        <div className="banner ok" role="status" data-testid="export-result">
          {'products' in written
            ? t('imports.exported', { count: written.products, formatted: formatCount(written.products), path: written.path })
            : t('imports.exportedSuppliers', { count: written.suppliers, formatted: formatCount(written.suppliers), path: written.path })}{' '}
          <OpenFileButton path={written.path} testId="open-export" />
        </div>
      )}
      {job?.state === 'failed' && <div className="banner error" role="alert">{job.error?.message}</div>}
      {job?.state === 'cancelled' && <div className="banner muted" role="status">{t('imports.cancelled')}</div>}
    </section>
  );
}

// Export the whole catalog to a CSV file (by path), as a core job with progress and Cancel.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClearpackError } from '../../../../shared/errors';
import { api, toClearpackError } from '../../api';
import { Field } from '../../components/Field';
import { JobProgress } from '../../components/JobProgress';
import { fieldErrors } from '../../lib/errors';
import { formatCount } from '../../lib/format';
import { useJob } from '../../lib/useJob';
import { KindChoice } from './ImportWizard';
import type { CsvKind } from './ImportWizard';
import { OpenFileButton } from '../../components/OpenFileButton';
import { ReplaceFile } from '../../components/ReplaceFile';
import { ChooseButton } from '../../components/ChooseButton';
import { BackLink } from '../../components/BackLink';

export function ExportPanel() {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  // A path from the save dialog may replace a file (the dialog asked); a typed one may not.
  const [fromDialog, setFromDialog] = useState(false);
  const [error, setError] = useState<ClearpackError | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [kind, setKind] = useState<CsvKind>('products');
  const { job, cancel } = useJob<'products.exportCsv' | 'suppliers.exportCsv'>(jobId);
  const written = job?.state === 'done' ? job.result! : null;
  const running = job?.state === 'running' || (jobId !== null && job === null);
  const start = (overwrite: boolean) => {
    setError(null);
    setJobId(null); // the last export's banner goes: a refusal of this one must not sit beside it
    const input = { path, overwrite };
    (kind === 'products' ? api.products.exportCsv(input) : api.suppliers.exportCsv(input)).then(
      (r) => setJobId(r.jobId),
      (err: unknown) => setError(toClearpackError(err)),
    );
  };
  return (
    <section className="screen" aria-labelledby="export-title">
      <header className="screen-head">
        <div>
          <BackLink to="/catalog" label={t('products.title')} />
          <h1 id="export-title">{t(kind === 'products' ? 'imports.exportTitle' : 'imports.exportTitleSuppliers')}</h1>
        </div>
      </header>
      <p className="muted">{t(kind === 'products' ? 'imports.exportIntro' : 'imports.exportIntroSuppliers')}</p>
      <form
        className="import-step"
        onSubmit={(e) => {
          e.preventDefault();
          start(fromDialog);
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
        <Field
          label={t('imports.exportPath')}
          name="path"
          hint={t('imports.pathHint')}
          error={error ? (fieldErrors(t, error).path ?? error.message) : undefined}
          wide
          addon={
            <ChooseButton
              dialog="save"
              title={t('imports.exportPath')}
              defaultName={kind === 'products' ? 'clearpack-catalog.csv' : 'clearpack-suppliers.csv'}
              filters={[{ name: 'CSV', extensions: ['csv'] }]}
              onChosen={(chosen) => {
                setPath(chosen);
                setFromDialog(true);
                setError(null);
              }}
              disabled={running}
            />
          }
        >
          <input
            value={path}
            onChange={(e) => {
              setPath(e.target.value);
              setFromDialog(false);
            }}
            placeholder="/home/me/clearpack-catalog.csv"
            spellCheck={false}
          />
        </Field>
        <ReplaceFile error={error} field="path" onReplace={() => start(true)} disabled={running} />
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

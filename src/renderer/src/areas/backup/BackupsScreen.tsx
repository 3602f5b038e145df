// Settings → Backups: the list, "Back up now" (a job with progress), and restoring a backup (from
// the list or a file) after a confirmation that says what will be replaced.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BACKUP_EXTENSION } from '../../../../shared/backup';
import type { RestoreReport } from '../../../../shared/backup';
import type { ClearpackError } from '../../../../shared/errors';
import { api, toClearpackError } from '../../api';
import { Field } from '../../components/Field';
import { JobProgress } from '../../components/JobProgress';
import { formatDateTime } from '../../lib/format';
import { useJob } from '../../lib/useJob';
import { BackupList, RestoreFlow, RestoreFromFile, errorText, formatBytes } from './parts';
import { BackLink } from '../../components/BackLink';
import { ChooseButton } from '../../components/ChooseButton';
import { localToday } from '../../lib/dates';

export function BackupsScreen() {
  const { t } = useTranslation();
  const [reloadKey, setReloadKey] = useState(0);
  const [path, setPath] = useState('');
  // A path from the save dialog may replace a file there (the dialog has asked); a typed one never does.
  const [fromDialog, setFromDialog] = useState(false);
  const [error, setError] = useState<ClearpackError | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [restored, setRestored] = useState<RestoreReport | null>(null);
  const { job, cancel } = useJob<'backup.create'>(jobId);
  const running = job?.state === 'running' || (jobId !== null && job === null);
  const made = job?.state === 'done' ? job.result! : null;
  // After a restore the replaced data is packed into its backup by a job of its own: the list
  // shows that backup once the job has ended.
  const { job: keeping } = useJob<'backup.create'>(restored?.keepingJobId ?? null);
  const keepingRunning = keeping === null ? Boolean(restored?.keepingJobId) : keeping.state === 'running';
  const backUp = () => {
    setError(null);
    setRestored(null);
    api.backup.create(path.trim() ? { path: path.trim(), overwrite: fromDialog } : {}).then(
      (r) => setJobId(r.jobId),
      (err: unknown) => setError(toClearpackError(err)),
    );
  };
  return (
    <section className="screen" aria-labelledby="backups-title">
      <header className="screen-head">
        <div>
          <BackLink to="/settings" label={t('nav.settings')} />
          <h1 id="backups-title">{t('backups.title')}</h1>
        </div>
      </header>
      <p className="muted">{t('backups.intro')}</p>
      <form
        className="import-step"
        onSubmit={(e) => {
          e.preventDefault();
          backUp();
        }}
      >
        <Field
          label={t('backups.toFile')}
          name="path"
          hint={t('backups.toFileHint')}
          error={errorText(t, error)}
          wide
          addon={
            <ChooseButton
              dialog="save"
              title={t('backups.toFile')}
              defaultName={`clearpack-${localToday()}${BACKUP_EXTENSION}`}
              filters={[{ name: t('backups.fileKind'), extensions: [BACKUP_EXTENSION.slice(1)] }]}
              onChosen={(chosen) => {
                setPath(chosen);
                setFromDialog(true);
                setError(null);
              }}
              disabled={running || restoring !== null}
            />
          }
        >
          <input value={path} onChange={(e) => {
              setPath(e.target.value);
              setFromDialog(false);
            }} placeholder={`/media/usb/clearpack${BACKUP_EXTENSION}`} spellCheck={false} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={running || restoring !== null}>
            {t('backups.backUpNow')}
          </button>
        </div>
      </form>
      {jobId && running && <JobProgress job={job} onCancel={cancel} label={t('backups.backingUp')} />}
      {made && (
        <div className="banner ok" role="status" data-testid="backup-result" key={made.path}>
          {t('backups.done', { path: made.path, size: formatBytes(made.size) })}
        </div>
      )}
      {job?.state === 'failed' && <div className="banner error" role="alert">{job.error?.message}</div>}
      {restored && (
        <div className="banner ok" role="status" data-testid="restore-result">
          {t('backups.restored', { date: formatDateTime(restored.createdAt) })}{' '}
          {restored.previousKeptAt ? t('backups.previousKept', { path: restored.previousKeptAt }) : t('backups.previousAside')}{' '}
          <Link to="/">{t('backups.toApp')}</Link>
        </div>
      )}
      {keepingRunning && (
        <p className="muted" role="status" data-testid="restore-keeping">
          {t('backups.keeping')}
        </p>
      )}
      {restoring && (
        <RestoreFlow
          path={restoring}
          onClose={() => setRestoring(null)}
          onDone={(r) => {
            setRestoring(null);
            setRestored(r);
            setReloadKey((k) => k + 1);
          }}
        />
      )}
      <BackupList reloadKey={`${reloadKey}:${made?.path ?? ''}:${keeping?.state ?? ''}`} onRestore={setRestoring} disabled={running || restoring !== null} />
      <RestoreFromFile onRestore={setRestoring} disabled={running || restoring !== null} />
    </section>
  );
}

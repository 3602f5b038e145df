// The pieces Settings → Backups and the recovery screen share: the list of backups, choosing a
// backup file, and the restore flow (what will be replaced → confirm → progress → result).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../i18n/keys';
import type { BackupEntry, BackupInspected, RestoreReport } from '../../../../shared/backup';
import { BACKUP_EXTENSION } from '../../../../shared/backup';
import type { ClearpackError } from '../../../../shared/errors';
import type { Page } from '../../../../shared/products';
import { api, toClearpackError } from '../../api';
import { Field } from '../../components/Field';
import { JobProgress } from '../../components/JobProgress';
import { Modal } from '../../components/Modal';
import { desktop } from '../../lib/desktop';
import { fieldErrors } from '../../lib/errors';
import { formatCount, formatDateTime } from '../../lib/format';
import { useJob } from '../../lib/useJob';
import { locale } from '../../i18n';

export const formatBytes = (n: number): string => {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: u === 0 ? 0 : 1 }).format(v)} ${units[u]}`;
};

/** A translated error: the field's issue when there is one, else the core's message. */
export function errorText(t: Translate, err: ClearpackError | null): string | undefined {
  if (!err) return undefined;
  // A code is a key only when the core's words have one for it (errors.<CODE>); else the core's message.
  const codeKey: string = `errors.${err.code}`;
  return fieldErrors(t, err).path ?? t(codeKey, { defaultValue: err.message });
}

export function BackupList({ reloadKey, pageSize = 10, onRestore, disabled }: { reloadKey: number | string; pageSize?: number; onRestore: (path: string) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<Page<BackupEntry> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stale = false;
    api.backup.list({ offset, limit: pageSize }).then(
      (p) => !stale && setPage(p),
      (err: unknown) => !stale && setError(toClearpackError(err).message),
    );
    return () => {
      stale = true;
    };
  }, [offset, pageSize, reloadKey]);
  if (error) return <div className="banner error" role="alert">{error}</div>;
  if (!page) return <p className="muted">{t('common.loading')}</p>;
  if (page.total === 0) return <p className="muted" data-testid="backups-empty">{t('backups.empty')}</p>;
  const pages = Math.ceil(page.total / pageSize);
  return (
    <>
      <table className="simple-table" data-testid="backups-table">
        <thead>
          <tr>
            <th>{t('backups.columns.date')}</th>
            <th>{t('backups.columns.kind')}</th>
            <th>{t('backups.columns.size')}</th>
            <th>{t('backups.columns.products')}</th>
            <th aria-label={t('backups.restore')} />
          </tr>
        </thead>
        <tbody>
          {page.items.map((b) => (
            <tr key={b.path} data-testid="backup-row" title={b.path}>
              <td>{formatDateTime(b.createdAt)}</td>
              <td>{t(`backups.kind.${b.kind}`)}</td>
              <td>{formatBytes(b.size)}</td>
              <td>{formatCount(b.counts.products ?? 0)}</td>
              <td>
                <button type="button" className="button" disabled={disabled} onClick={() => onRestore(b.path)}>
                  {t('backups.restoreThis')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <div className="form-actions">
          <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>
            {t('backups.prev')}
          </button>
          <span className="muted">{t('backups.pages', { page: offset / pageSize + 1, pages })}</span>
          <button type="button" className="button" disabled={offset + pageSize >= page.total} onClick={() => setOffset(offset + pageSize)}>
            {t('backups.next')}
          </button>
        </div>
      )}
    </>
  );
}

/** A backup file chosen in the desktop dialog, or typed where there is none. */
export function RestoreFromFile({ onRestore, disabled }: { onRestore: (path: string) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const pick = async () => {
    const chosen = await desktop?.pickFile({ title: t('backups.pickTitle'), filters: [{ name: t('backups.fileKind'), extensions: [BACKUP_EXTENSION.slice(1)] }] });
    if (chosen) onRestore(chosen);
  };
  return (
    <form
      className="import-step"
      onSubmit={(e) => {
        e.preventDefault();
        onRestore(path.trim());
      }}
    >
      <h3>{t('backups.restoreFromFile')}</h3>
      {desktop ? (
        <button type="button" className="button" disabled={disabled} onClick={() => void pick()}>
          {t('backups.restore')}
        </button>
      ) : (
        <>
          <Field label={t('backups.restorePath')} name="restorePath" wide>
            <input value={path} onChange={(e) => setPath(e.target.value)} placeholder={`/media/usb/clearpack${BACKUP_EXTENSION}`} spellCheck={false} />
          </Field>
          <div className="form-actions">
            <button type="submit" className="button" disabled={disabled || !path.trim()}>
              {t('backups.restore')}
            </button>
          </div>
        </>
      )}
    </form>
  );
}

/**
 * The restore of `path`: inspects it, asks with what will be replaced (the backup's counts beside
 * today's), then runs the job and reports. `onDone` gets the report once the data is replaced.
 */
export function RestoreFlow({ path, onClose, onDone }: { path: string; onClose: () => void; onDone: (r: RestoreReport) => void }) {
  const { t } = useTranslation();
  const [inspected, setInspected] = useState<BackupInspected | null>(null);
  const [error, setError] = useState<ClearpackError | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const { job, cancel } = useJob<'backup.restore'>(jobId);
  useEffect(() => {
    api.backup.inspect({ path }).then(setInspected, (err: unknown) => setError(toClearpackError(err)));
  }, [path]);
  const done = job?.state === 'done' ? job.result! : null;
  // Told once per restore, whatever the parent does with its callback.
  const told = useRef<RestoreReport | null>(null);
  useEffect(() => {
    if (done && told.current !== done) {
      told.current = done;
      onDone(done);
    }
  }, [done, onDone]);
  const start = () =>
    api.backup.restore({ path }).then(
      (r) => setJobId(r.jobId),
      (err: unknown) => setError(toClearpackError(err)),
    );
  const failed = job?.state === 'failed' && job.error ? toClearpackError(job.error) : null;
  if (jobId && !done && !failed && job?.state !== 'cancelled') return <JobProgress job={job} onCancel={cancel} label={t('backups.restoring')} />;
  if (done) return null;
  const shown = error ?? failed;
  if (shown || job?.state === 'cancelled')
    return (
      <div className="banner error" role="alert" data-testid="restore-error">
        {shown ? errorText(t, shown) : t('imports.cancelled')}{' '}
        <button type="button" className="button" onClick={onClose}>
          {t('common.back')}
        </button>
      </div>
    );
  if (!inspected) return <p className="muted">{t('common.loading')}</p>;
  const names = Object.keys(inspected.counts);
  return (
    <Modal labelledBy="restore-title" onClose={onClose} testId="restore-confirm">
      <h2 id="restore-title">{t('backups.confirmTitle', { date: formatDateTime(inspected.createdAt) })}</h2>
      <p>{t('backups.confirmBody')}</p>
      <table className="simple-table">
        <caption className="muted">{t('backups.confirmTable')}</caption>
        <thead>
          <tr>
            <th />
            {inspected.current && <th>{t('backups.confirmNow')}</th>}
            <th>{t('backups.confirmBackup')}</th>
          </tr>
        </thead>
        <tbody>
          {names.map((n) => (
            <tr key={n} data-testid={`restore-count-${n}`}>
              <th scope="row">{t(`backups.count.${n}`, { defaultValue: n })}</th>
              {inspected.current && <td>{formatCount(inspected.current[n] ?? 0)}</td>}
              <td>{formatCount(inspected.counts[n] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small mono">{inspected.path}</p>
      <p className="muted small">{t('backups.confirmFiles', { count: inspected.files })}</p>
      <div className="form-actions">
        <button type="button" className="button danger" onClick={() => void start()}>
          {t('backups.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}

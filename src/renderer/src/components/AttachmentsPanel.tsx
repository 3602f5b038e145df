// The files a record holds. Adding takes the full path of a file, chosen in the system's file
// dialog in the desktop app or typed (the renderer cannot read files itself; the core copies the
// file into the data folder and checks its type). "Open" asks the core for the stored copy's path
// and hands it to the system viewer in the desktop app, or shows it elsewhere.
import { useCallback, useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, AttachmentOwner } from '../../../shared/attachments';
import { api, toClearpackError } from '../api';
import { desktop } from '../lib/desktop';
import { issueText } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { Field } from './Field';

const formatSize = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1048576 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1048576).toFixed(1)} MB`);

/** `onChange`: told after a file was added or removed (a claim's list of evidence kinds follows). */
export function AttachmentsPanel({ owner, onChange }: { owner: AttachmentOwner; onChange?: () => void }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<Attachment[] | null>(null);
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { kind, id } = owner;
  const load = useCallback(() => {
    api.attachments.list({ owner: { kind, id } }).then(setItems, (e: unknown) => setError(toClearpackError(e).message));
  }, [kind, id]);
  useEffect(load, [load]);

  async function add(e: FormEvent | null, chosen?: string) {
    e?.preventDefault();
    setBusy(true);
    setNotice(null);
    try {
      await api.attachments.add({ owner: { kind, id }, path: (chosen ?? path).trim() });
      setPath('');
      setError(undefined);
      setNotice(t('attachments.added'));
      load();
      onChange?.();
    } catch (err) {
      const ce = toClearpackError(err);
      const issue = ce.details.issues?.[0];
      setError(issue ? issueText(t, issue) : t('errors.generic', { message: ce.message }));
    } finally {
      setBusy(false);
    }
  }

  async function open(a: Attachment) {
    try {
      const { path: stored } = await api.attachments.open({ id: a.id });
      const opened = desktop ? await desktop.openPath(stored) : null;
      if (opened?.ok) setNotice(null);
      else setNotice(t('attachments.storedAt', { path: stored }));
    } catch (err) {
      setError(toClearpackError(err).message);
    }
  }

  async function remove(a: Attachment) {
    await api.attachments.remove({ id: a.id }).catch((err: unknown) => setError(toClearpackError(err).message));
    load();
    onChange?.();
  }

  return (
    <div className="attachments" data-testid="attachments">
      {items && items.length === 0 && <p className="muted">{t('attachments.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="attachment-list">
          {items.map((a) => (
            <li key={a.id}>
              <span className="attachment-name">{a.fileName}</span>
              <span className="muted">
                {a.mime.split('/')[1]?.toUpperCase()} · {formatSize(a.size)} · {formatDateTime(a.createdAt)}
              </span>
              <button type="button" className="link" onClick={() => void open(a)}>
                {t('attachments.open')}
              </button>
              <button type="button" className="link danger" onClick={() => void remove(a)} aria-label={`${t('attachments.remove')} ${a.fileName}`}>
                {t('attachments.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {notice && (
        <p className="muted attachment-notice" role="status">
          {notice}
        </p>
      )}
      <form className="attachment-add" onSubmit={add} noValidate>
        <Field label={t('attachments.pathLabel')} name="path" error={error} hint={t('attachments.pathHint')} wide>
          <input value={path} onChange={(e) => setPath(e.target.value)} placeholder={t('attachments.pathPlaceholder')} className="mono" />
        </Field>
        <div className="form-actions">
          {desktop && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={async () => {
                const picked = await desktop!.pickFile({ filters: [{ name: 'PDF, PNG, JPEG, WebP', extensions: ['pdf', 'png', 'jpg', 'jpeg', 'webp'] }] });
                if (picked) await add(null, picked);
              }}
            >
              {t('attachments.browse')}
            </button>
          )}
          <button type="submit" className="button" disabled={busy || !path.trim()}>
            {busy ? t('attachments.adding') : t('attachments.add')}
          </button>
        </div>
      </form>
    </div>
  );
}

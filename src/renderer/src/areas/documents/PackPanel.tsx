// "Print pack" beside the shipment editor: paper choice, build (refused with the reason while the
// preflight blocks), the pack's contents with page ranges, a preview of its pages (pdf.js in the
// window, fed with the archived PDF's bytes), where it is stored, and the archive of earlier packs.
import { useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackBuilt, PackRecord, Paper } from '../../../../shared/documents';
import type { PreflightResult } from '../../../../shared/preflight';
import { api, toClearpackError } from '../../api';
import { desktop } from '../../lib/desktop';
import { formatDateTime } from '../../lib/format';
import { renderPages } from './preview';

interface Props {
  shipmentId: number;
  preflight: PreflightResult | null;
  /** For the editor's "Print pack" in its header: builds the pack as this panel's own button does. */
  ref?: Ref<PackPanelHandle>;
}

export interface PackPanelHandle {
  print(): void;
}

type Shown = Pick<PackBuilt, 'id' | 'sha256' | 'pages' | 'form' | 'paper' | 'documents' | 'skipped'> & { path: string };

const MAX_PREVIEW = 12;

export function PackPanel({ shipmentId, preflight, ref }: Props) {
  const { t } = useTranslation();
  const [paper, setPaper] = useState<Paper>('A4');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [archive, setArchive] = useState<PackRecord[]>([]);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);

  const loadArchive = useCallback(async () => setArchive(await api.documents.list({ shipmentId })), [shipmentId]);
  useEffect(() => {
    void api.settings.get().then((p) => setPaper(p.paperSize));
    void api.documents.list({ shipmentId }).then(setArchive);
  }, [shipmentId]);

  const show = useCallback(async (pack: Shown) => {
    setShown(pack);
    setPreviewError(null);
    try {
      const { base64 } = await api.documents.read({ id: pack.id });
      if (previewRef.current) await renderPages(base64, previewRef.current, MAX_PREVIEW, (n, total) => t('packs.previewOf', { n, total }));
    } catch (e) {
      setPreviewError(t('packs.previewError', { message: toClearpackError(e).message }));
    }
  }, [t]);

  const print = async () => {
    setBusy(true);
    setError(null);
    try {
      const built = await api.documents.buildPack({ shipmentId, paper });
      await loadArchive();
      await show(built);
    } catch (e) {
      setError(t('packs.error', { message: toClearpackError(e).message }));
    } finally {
      setBusy(false);
    }
  };

  const blocked = preflight?.blocked ?? true;
  useImperativeHandle(ref, () => ({ print: () => { if (!blocked && !busy) void print(); } }));
  return (
    <section className="side-card pack-panel" aria-labelledby="pack-title" data-testid="pack-panel">
      <h2 id="pack-title">{t('packs.title')}</h2>
      <div className="pack-actions">
        <label className="inline-field">
          {t('packs.paper')}
          <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)} aria-label={t('packs.paper')}>
            <option value="A4">A4</option>
            <option value="Letter">US Letter</option>
          </select>
        </label>
        <button type="button" className="button primary" disabled={blocked || busy} title={preflight?.blocked ? t('packs.blocked') : undefined} onClick={() => void print()}>
          {busy ? t('packs.printing') : t('packs.print')}
        </button>
      </div>
      {preflight?.blocked && <p className="muted small" data-testid="pack-blocked">{t('packs.blocked')}</p>}
      {error && <p className="error small" role="alert">{error}</p>}
      {shown && (
        <div className="pack-result" data-testid="pack-result">
          <p className="small">{t('packs.built', { count: shown.pages, pages: shown.pages, form: shown.form })}</p>
          <h3>{t('packs.contents')}</h3>
          <ol className="pack-docs">
            {shown.documents.map((d) => (
              <li key={`${d.name}-${d.firstPage}`}>
                {d.kind ? t(`packs.doc.${d.kind}`, { subject: d.subject ?? '' }) : d.name} <span className="muted">{d.firstPage === d.lastPage ? t('packs.page', { first: d.firstPage }) : t('packs.pagesRange', { first: d.firstPage, last: d.lastPage })}</span>
              </li>
            ))}
          </ol>
          {shown.skipped.map((s) => (
            <p key={s.name} className="error small">{t('packs.skipped', { name: s.name, reason: s.problem ? t(`packs.skippedReason.${s.problem}`) : s.reason })}</p>
          ))}
          <p className="small">
            {t('packs.storedAt')}{t('common.colon')}<code data-testid="pack-path">{shown.path}</code>
          </p>
          <p className="small muted">SHA-256 <code>{shown.sha256}</code></p>
          {desktop && (
            <button
              type="button"
              className="button"
              onClick={async () => {
                const { path } = await api.documents.open({ id: shown.id });
                await desktop!.openPath(path);
              }}
            >
              {t('packs.open')}
            </button>
          )}
        </div>
      )}
      <h3 hidden={!shown}>{t('packs.preview')}</h3>
      {previewError && <p className="error small">{previewError}</p>}
      <div className="pack-preview" ref={previewRef} data-testid="pack-preview" hidden={!shown} />
      <h3>{t('packs.archive')}</h3>
      {archive.length === 0 ? (
        <p className="muted small">{t('packs.archiveEmpty')}</p>
      ) : (
        <ul className="pack-archive" data-testid="pack-archive">
          {archive.map((p) => (
            <li key={p.id}>
              <span>{t('packs.archiveRow', { date: formatDateTime(p.createdAt), form: p.form, paper: p.paper, pages: p.pages, count: p.pages })}</span>
              <code title={p.sha256}>{p.sha256.slice(0, 12)}</code>
              <button type="button" className="button small" onClick={() => void show(p)}>
                {t('packs.show')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

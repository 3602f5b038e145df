// What the app already holds for the claim's shipment, to pick from instead of typing paths: the
// shipment's archived document packs (one becomes the claim's pack, merged into the letter) and the
// files attached to its products (each can be added to the claim's evidence). The file is copied
// by the core from the data folder, as an attachment picked on disk would be.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/attachments';
import type { PackRecord } from '../../../../shared/documents';
import { api, toClearpackError } from '../../api';
import { useFormat } from '../../lib/format';
import { toast } from '../../components/Toast';

interface Props {
  shipmentId: number;
  claimId: number;
  /** The claim's pack as saved (an archived pack's path, or another file). */
  packPath: string;
  /** Sets the claim's pack to an archived one. */
  onPickPack(path: string): void;
  /** The claim's evidence now (to mark what is already added). */
  evidence: Attachment[];
  onAdded(): void;
  disabled?: boolean;
}

interface ProductFile extends Attachment {
  sku: string;
}

export function EvidencePicker({ shipmentId, claimId, packPath, onPickPack, evidence, onAdded, disabled }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [packs, setPacks] = useState<PackRecord[] | null>(null);
  const [files, setFiles] = useState<ProductFile[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const list = await api.documents.list({ shipmentId });
        const shipment = await api.shipments.get({ id: shipmentId });
        const products = [...new Map(shipment.items.map((i) => [i.productId, i.sku])).entries()];
        const attached = await Promise.all(products.map(async ([id, sku]) => (await api.attachments.list({ owner: { kind: 'product', id } })).map((a) => ({ ...a, sku }))));
        if (!live) return;
        setPacks(list);
        setFiles(attached.flat());
      } catch (e) {
        if (live) setError(toClearpackError(e).message);
      }
    })();
    return () => {
      live = false;
    };
  }, [shipmentId]);

  const add = async (a: Attachment) => {
    setError(null);
    try {
      const { path } = await api.attachments.open({ id: a.id });
      await api.attachments.add({ owner: { kind: 'claim', id: claimId }, path, fileName: a.fileName });
      onAdded();
      toast((t) => t('claimForm.picker.addedToast', { name: a.fileName }));
    } catch (e) {
      setError(toClearpackError(e).message);
    }
  };

  const have = new Set(evidence.map((e) => e.sha256));
  return (
    <div className="evidence-picker" data-testid="evidence-picker">
      <h3>{t('claimForm.picker.title')}</h3>
      {error && <p className="error small" role="alert">{t('errors.generic', { message: error })}</p>}
      <h4>{t('claimForm.picker.packs')}</h4>
      {packs && packs.length === 0 && <p className="muted small">{t('claimForm.picker.noPacks')}</p>}
      {packs && packs.length > 0 && (
        <ul className="picker-list" data-testid="picker-packs">
          {packs.map((p) => {
            const chosen = packPath === p.path;
            return (
              <li key={p.id}>
                <span>{t('claimForm.picker.pack', { date: fmt.dateTime(p.createdAt), form: p.form, count: p.pages, pages: p.pages })}</span>{' '}
                {chosen ? (
                  <span className="badge ok">{t('claimForm.picker.chosen')}</span>
                ) : (
                  <button type="button" className="button small" disabled={disabled} onClick={() => onPickPack(p.path)}>
                    {t('claimForm.picker.usePack')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h4>{t('claimForm.picker.files')}</h4>
      {files.length === 0 ? (
        <p className="muted small">{t('claimForm.picker.noFiles')}</p>
      ) : (
        <ul className="picker-list" data-testid="picker-files">
          {files.map((a) => (
            <li key={a.id}>
              <span>{a.fileName}</span> <span className="muted small mono">{a.sku}</span>{' '}
              {have.has(a.sha256) ? (
                <span className="badge ok">{t('claimForm.picker.added')}</span>
              ) : (
                <button type="button" className="button small" onClick={() => void add(a)} aria-label={t('claimForm.picker.addFile', { name: a.fileName })}>
                  {t('claimForm.picker.add')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

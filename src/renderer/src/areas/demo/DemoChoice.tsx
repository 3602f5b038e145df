// First run: an empty catalog offers to fill it with the demo (demo.load) or to start empty.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, toClearpackError } from '../../api';

const DISMISSED = 'clearpack.demoDismissed';

export function DemoChoice({ onLoaded }: { onLoaded: () => void }) {
  const { t } = useTranslation();
  const [hidden, setHidden] = useState(() => localStorage.getItem(DISMISSED) === '1');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (hidden) return null;
  return (
    <div className="empty-card demo-choice" data-testid="demo-choice">
      <h2>{t('demo.title')}</h2>
      <p className="muted">{t('demo.intro')}</p>
      {error && (
        <div className="banner error" role="alert">
          {error}
        </div>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            api.demo.load({}).then(
              () => {
                setHidden(true);
                onLoaded();
              },
              (err: unknown) => {
                const e = toClearpackError(err);
                setError(e.code === 'CONFLICT' ? t('errors.demo_not_empty') : e.message);
                setBusy(false);
              },
            );
          }}
        >
          {busy ? t('demo.loading') : t('demo.fill')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            localStorage.setItem(DISMISSED, '1');
            setHidden(true);
          }}
        >
          {t('demo.startEmpty')}
        </button>
      </div>
    </div>
  );
}

// Said when the core host crashed and main restarted it (desktop channel coreRestarted): the data
// is safe, but the action in flight may not have happened, so the seller checks and repeats it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desktop } from '../../lib/desktop';

export function CoreRestartedBanner({ onRestarted }: { onRestarted(): void }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(
    () =>
      typeof desktop?.onCoreRestarted === 'function'
        ? desktop.onCoreRestarted(() => {
            setShown(true);
            onRestarted();
          })
        : undefined,
    [onRestarted],
  );
  if (!shown) return null;
  return (
    <div className="banner warn confirm" role="alert" data-testid="core-restarted">
      <span>{t('app.coreRestarted')}</span>
      <button type="button" onClick={() => setShown(false)}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}

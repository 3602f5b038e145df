// Shown instead of the app when the data file cannot be read (the core is in recovery mode): what
// happened, the newest backups, and restoring one. Nothing else of the app can work until then.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryInfo, RestoreReport } from '../../../../shared/backup';
import { BackupList, RestoreFlow, RestoreFromFile } from './parts';

export function RecoveryScreen({ recovery, onRestored }: { recovery: RecoveryInfo; onRestored: (r: RestoreReport) => void }) {
  const { t } = useTranslation();
  const [restoring, setRestoring] = useState<string | null>(null);
  return (
    <main className="content recovery" data-testid="recovery-screen">
      <section className="screen" aria-labelledby="recovery-title">
        <h1 id="recovery-title">{t('recovery.title')}</h1>
        <div className="banner error" role="alert">
          {t('recovery.body', { file: recovery.databaseFile, reason: recovery.reason })}
        </div>
        <p>{t('recovery.wayOut')}</p>
        <h2>{t('recovery.newest')}</h2>
        {recovery.newestBackup ? <BackupList reloadKey={0} pageSize={5} onRestore={setRestoring} disabled={restoring !== null} /> : <p className="muted">{t('recovery.none')}</p>}
        <RestoreFromFile onRestore={setRestoring} disabled={restoring !== null} />
        {restoring && <RestoreFlow path={restoring} onClose={() => setRestoring(null)} onDone={onRestored} />}
      </section>
    </main>
  );
}

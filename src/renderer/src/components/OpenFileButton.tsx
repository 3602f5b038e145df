// "Open" next to a generated file's path: hands the file to the system viewer in the desktop app.
// Renders nothing outside it (the e2e harness, a browser), where the path shown is all there is.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desktop } from '../lib/desktop';

export function OpenFileButton({ path, testId = 'open-file' }: { path: string; testId?: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  if (!desktop) return null;
  return (
    <>
      <button
        type="button"
        className="button small"
        data-testid={testId}
        onClick={async () => {
          setError(null);
          try {
            const result = await desktop!.openPath(path);
            if (!result.ok) setError(t('common.openFailed', { error: result.error ?? path }));
          } catch (err) {
            setError(t('common.openFailed', { error: err instanceof Error ? err.message : String(err) }));
          }
        }}
      >
        {t('common.openFile')}
      </button>
      {error && <span className="error small" role="alert">{error}</span>}
    </>
  );
}

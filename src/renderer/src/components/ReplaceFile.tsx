// The way out of `file_exists` for a path the user typed: the core kept the file that is there;
// this button asks again with overwrite, once the user has seen the message next to the field.
// (A path from a save dialog is sent with overwrite at once: the dialog has already asked.)
import { useTranslation } from 'react-i18next';
import type { ClearpackError } from '../../../shared/errors';

/** True when the error says a file is already at this field's path. */
export const fileExistsAt = (error: ClearpackError | null, field: string): boolean =>
  Boolean(error?.details.issues?.some((i) => i.path === field && i.key === 'file_exists'));

export function ReplaceFile({ error, field, onReplace, disabled }: { error: ClearpackError | null; field: string; onReplace: () => void; disabled?: boolean }) {
  const { t } = useTranslation();
  if (!fileExistsAt(error, field)) return null;
  return (
    <button type="button" className="button" data-testid={`replace-${field}`} onClick={onReplace} disabled={disabled}>
      {t('files.replace')}
    </button>
  );
}

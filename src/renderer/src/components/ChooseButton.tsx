// "Choose…" beside a path field, wherever the app reads or writes a file the user names: the
// system's dialog to open a file, to save one, or to pick a folder, and the path it gives back. In
// the browser there is no desktop bridge, so there is no button and the path is typed.
import { useTranslation } from 'react-i18next';
import type { FileFilter } from '../../../shared/desktop';
import { desktop } from '../lib/desktop';

interface Props {
  dialog: 'open' | 'save' | 'folder';
  /** The dialog's title (the field's label, usually). */
  title: string;
  /** For a save: the file name the dialog proposes. */
  defaultName?: string;
  filters?: FileFilter[];
  onChosen(path: string): void;
  disabled?: boolean;
}

export function ChooseButton({ dialog, title, defaultName, filters, onChosen, disabled }: Props) {
  const { t } = useTranslation();
  const bridge = desktop;
  if (!bridge) return null;
  const ask = () =>
    dialog === 'open' ? bridge.pickFile({ title, filters }) : dialog === 'save' ? bridge.pickSaveFile({ title, defaultName, filters }) : bridge.pickFolder({ title });
  return (
    <button type="button" className="button" disabled={disabled} onClick={() => void ask().then((chosen) => chosen && onChosen(chosen))}>
      {t('common.choose')}
    </button>
  );
}

// Step 1 of reading a file from disk (the import wizard, Import orders): the path field, Choose…
// (the system dialog, in the desktop app), Read, and what the core said when the file could not be
// read. The drop on the whole screen is lib/useFileDrop.ts; its result is passed in as `dropNote`.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClearpackError } from '../../../shared/errors';
import type { FileFilter } from '../../../shared/desktop';
import { ChooseButton } from './ChooseButton';
import { fieldErrors, issueText } from '../lib/errors';
import { Field } from './Field';

interface Props {
  title: string;
  label: string;
  hint: string;
  placeholder: string;
  path: string;
  onPath(path: string): void;
  /** Reads the file: the path as typed, or one just chosen or dropped. */
  onRead(path?: string): void;
  /** The system dialog's title and the kinds of file it offers. */
  pick: { title: string; filters: FileFilter[] };
  error: ClearpackError | null;
  /** Said under the field (a drop the window could not see the path of). */
  dropNote?: string;
  disabled?: boolean;
  /** Shown between the field and the buttons (a choice of what to import, demo files). */
  children?: ReactNode;
}

export function FilePathStep({ title, label, hint, placeholder, path, onPath, onRead, pick, error, dropNote, disabled, children }: Props) {
  const { t } = useTranslation();
  const pathError = error ? fieldErrors(t, error).path : undefined;
  return (
    <>
      <form
        className="import-step"
        data-testid="file-path-step"
        onSubmit={(e) => {
          e.preventDefault();
          onRead();
        }}
      >
        <h2>{title}</h2>
        <Field
          label={label}
          name="path"
          hint={hint}
          error={pathError ?? dropNote}
          wide
          addon={
            <ChooseButton
              dialog="open"
              title={pick.title}
              filters={pick.filters}
              onChosen={(chosen) => {
                onPath(chosen);
                onRead(chosen);
              }}
              disabled={disabled}
            />
          }
        >
          <input value={path} onChange={(e) => onPath(e.target.value)} placeholder={placeholder} spellCheck={false} />
        </Field>
        {children}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={!path.trim() || disabled}>
            {t('common.readFile')}
          </button>
        </div>
      </form>
      {error && !pathError && (
        <div className="banner error" role="alert">
          {error.details.issues?.length ? error.details.issues.map((i) => issueText(t, i)).join(' ') : error.message}
        </div>
      )}
    </>
  );
}

// A labelled form field with its hint and its error, wired for screen readers (aria-invalid,
// aria-describedby) so an error from the core sits next to the field it concerns. A warning sits
// there too: a value that is saved all the same but worth a second look (the error, when there is
// one, is said instead: it is what stands in the way of saving).
import { cloneElement, useId } from 'react';
import type { ReactElement, ReactNode } from 'react';

interface Props {
  label: string;
  name: string;
  hint?: string;
  error?: string;
  warning?: string;
  required?: boolean;
  requiredText?: string;
  wide?: boolean;
  /** Shown beside the input, e.g. a button that helps fill it. */
  addon?: ReactNode;
  children: ReactElement<Record<string, unknown>>;
}

export function Field({ label, name, hint, error, warning: warningText, required, requiredText, wide, addon, children }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const warning = error ? undefined : warningText;
  const describedBy = [error ? errorId : null, warning ? warningId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const input = cloneElement(children, { id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy });
  return (
    <div className={`field ${error ? 'has-error' : ''} ${warning ? 'has-warning' : ''} ${wide ? 'wide' : ''}`} data-field={name}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="req" aria-label={requiredText}>
            {' '}
            *
          </span>
        )}
      </label>
      {addon ? (
        <div className="field-row">
          {input}
          {addon}
        </div>
      ) : (
        input
      )}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
      {warning && (
        <p className="field-warning" id={warningId}>
          {warning}
        </p>
      )}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

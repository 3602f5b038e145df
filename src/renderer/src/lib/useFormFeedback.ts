// What every record form says back: the errors at their fields, and one banner — a notice passed
// along by the screen that navigated here (e.g. "Supplier created."), a success, or how many
// fields to fix, or why its record could not be loaded; and whether a save is under way. Loading the
// record itself is lib/useRecord's.
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Translate, WordKey } from '../i18n/keys';
import type { ClearpackError } from '../../../shared/errors';
import { toClearpackError } from '../api';
import { fieldErrors } from './errors';

/** A form's "Please fix the N highlighted fields" string. */
export type FixErrorsKey = Extract<WordKey, `${string}.fixErrors`>;

/**
 * The banner's words: a function of `t` is said again in the new language after a switch (write
 * `text: (t) => t('claimForm.updated')`); a plain string (a notice passed along by another screen) stays.
 */
export type Banner = { kind: 'ok' | 'error'; text: string | ((t: Translate) => string) } | null;

interface Options {
  /** Maps the core's issues to the form's fields (by default the first segment of each path). */
  toFields?: (t: TFunction, e: ClearpackError) => Record<string, string>;
  /** Why the form's record could not be loaded (lib/useRecord's `error`): shown in the banner. */
  loadError?: ClearpackError | null;
  /** Runs after errors are shown at fields (a form with tabs goes to the first one that has one). */
  onFieldErrors?: (fields: Record<string, string>) => void;
  /** A panel inside a screen leaves the notice passed to the screen to the screen's own banner. */
  takesNotice?: boolean;
}

/** `fixErrorsKey` is the form's "Please fix the N highlighted fields" string. Show `banner` with components/FormBanner. */
export function useFormFeedback(fixErrorsKey: FixErrorsKey, { toFields = fieldErrors, loadError = null, onFieldErrors, takesNotice = true }: Options = {}) {
  const { t } = useTranslation();
  const location = useLocation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<Banner>(() => {
    const notice = takesNotice ? (location.state as { notice?: string } | null)?.notice : undefined;
    return notice ? { kind: 'ok', text: notice } : null;
  });
  // A load failure replaces the banner once, when it happens (state adjusted during render, no effect).
  const [shownLoadError, setShownLoadError] = useState<ClearpackError | null>(null);
  if (loadError !== shownLoadError) {
    setShownLoadError(loadError);
    if (loadError) setBanner({ kind: 'error', text: (tr) => tr('errors.generic', { message: loadError.message }) });
  }
  const [busy, setBusy] = useState(false);
  /** Errors at their fields (the core's, or the form's own checks before sending) and the banner counting them. */
  const showFieldErrors = (fields: Record<string, string>) => {
    setErrors(fields);
    setBanner({ kind: 'error', text: (tr) => tr(fixErrorsKey, { count: Object.keys(fields).length }) });
    onFieldErrors?.(fields);
  };
  const showError = (err: unknown) => {
    const e = toClearpackError(err);
    const fields = toFields(t, e);
    if (Object.keys(fields).length) return showFieldErrors(fields);
    setErrors({});
    setBanner({ kind: 'error', text: (tr) => tr('errors.generic', { message: e.message }) });
  };
  /** Runs a save or an action: busy while it runs; a failure is shown at the fields or in the banner. */
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return { errors, setErrors, banner, setBanner, showError, showFieldErrors, busy, run };
}

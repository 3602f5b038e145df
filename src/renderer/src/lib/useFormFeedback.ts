// What every record form says back: the errors at their fields, and one banner — a notice passed
// along by the screen that navigated here (e.g. "Supplier created."), a success, or how many
// fields to fix; whether a save is under way; and whether the record it opened is gone.
import { useCallback, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { ClearpackError } from '../../../shared/errors';
import { toClearpackError } from '../api';
import { fieldErrors } from './errors';

export type Banner = { kind: 'ok' | 'error'; text: string } | null;

/**
 * `fixErrorsKey` is the form's "Please fix the N highlighted fields" string; `toFields` maps the
 * core's issues to the form's fields (by default the first segment of each path).
 */
export function useFormFeedback(fixErrorsKey: string, toFields: (t: TFunction, e: ClearpackError) => Record<string, string> = fieldErrors) {
  const { t } = useTranslation();
  const location = useLocation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<Banner>(() => {
    const notice = (location.state as { notice?: string } | null)?.notice;
    return notice ? { kind: 'ok', text: notice } : null;
  });
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const showError = (err: unknown) => {
    const e = toClearpackError(err);
    const fields = toFields(t, e);
    setErrors(fields);
    const n = Object.keys(fields).length;
    setBanner({ kind: 'error', text: n ? t(fixErrorsKey, { count: n }) : t('errors.generic', { message: e.message }) });
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
  /** Loading the record failed: it does not exist (the form shows NotFound), or the banner says why. */
  const loadFailed = useCallback(
    (err: unknown) => {
      const e = toClearpackError(err);
      if (e.code === 'NOT_FOUND') setMissing(true);
      else setBanner({ kind: 'error', text: t('errors.generic', { message: e.message }) });
    },
    [t],
  );
  return { errors, setErrors, banner, setBanner, showError, busy, run, missing, loadFailed };
}

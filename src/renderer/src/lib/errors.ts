import type { TFunction } from 'i18next';
import type { ClearpackError, FieldIssue } from '../../../shared/errors';

/** A field issue in the UI's language: errors.<key> with its params, else the core's message. */
export const issueText = (t: TFunction, issue: Pick<FieldIssue, 'key' | 'message' | 'params'>): string =>
  t(`errors.${issue.key}`, { ...(issue.params ?? {}), defaultValue: issue.message });

/** Field path -> translated message, first issue per field. */
export function fieldErrors(t: TFunction, error: ClearpackError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.details.issues ?? []) {
    const field = issue.path.split('.')[0] ?? '';
    out[field] ??= issueText(t, issue);
  }
  return out;
}

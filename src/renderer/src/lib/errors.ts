import i18n from 'i18next';
import type { TFunction } from 'i18next';
import type { ClearpackError, FieldIssue } from '../../../shared/errors';
import { localeOf, readableDays } from './formatters';

/** A field issue in the UI's language: errors.<key> with its params, else the core's message. */
export const issueText = (t: TFunction, issue: Pick<FieldIssue, 'key' | 'message' | 'params'>): string =>
  t(`errors.${issue.key}`, { ...readableDays(issue.params ?? {}, localeOf(i18n.language)), defaultValue: issue.message });

/**
 * Field path -> translated message, first issue per field. By default a field is the first path
 * segment ('items.2.quantity' -> 'items'), which suits forms of flat fields. With `{ nested: true }`
 * the key is the full path ('compliance.battery.whPerBattery'), so each nested input gets its own
 * message; use `errorAt` to find the message for a field that may have issues below it
 * ('compliance.categories' for 'compliance.categories.0').
 */
export function fieldErrors(t: TFunction, error: ClearpackError, options: { nested?: boolean } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.details.issues ?? []) {
    const field = options.nested ? issue.path : (issue.path.split('.')[0] ?? '');
    out[field] ??= issueText(t, issue);
  }
  return out;
}

/** The message for a field path: its own, else the first one below it. */
export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path] !== undefined) return errors[path];
  const below = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  return below === undefined ? undefined : errors[below];
}

/** A copy of `errors` without the field path and what lies below it (after the field was edited). */
export function withoutError(errors: Record<string, string>, path: string): Record<string, string> {
  const keys = Object.keys(errors).filter((k) => k === path || k.startsWith(`${path}.`));
  if (!keys.length) return errors;
  const next = { ...errors };
  for (const k of keys) delete next[k];
  return next;
}

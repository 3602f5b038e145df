// Shared building blocks for input schemas, and the translation of zod's issues into the
// contract's FieldIssue (a stable `key` the UI translates, plus an English message).
import { z } from 'zod';
import type { FieldIssue } from './errors';
import { isCountryCode, isCurrencyCode } from './iso';

// Control characters other than tab and newlines never belong in a record (NUL breaks exports,
// escape sequences garble terminals).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const custom = (ctx: z.RefinementCtx, key: string, message: string, params?: Record<string, string | number>) =>
  ctx.addIssue({ code: 'custom', message, params: { key, ...params } });

/** Required one-line text: trimmed, 1..max characters, no control characters. */
export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((s, ctx) => {
      if (CONTROL.test(s) || /[\r\n]/.test(s)) custom(ctx, 'control_chars', 'Must be one line without control characters');
    });

/** Optional text: '' and null clear it (null), undefined leaves it unchanged on update. */
export const optionalText = (max: number, multiline = false) =>
  z
    .string()
    .trim()
    .max(max)
    .superRefine((s, ctx) => {
      if (CONTROL.test(s) || (!multiline && /[\r\n]/.test(s)))
        custom(ctx, 'control_chars', multiline ? 'Contains control characters' : 'Must be one line without control characters');
    })
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

export const countryCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((s, ctx) => {
    if (!isCountryCode(s)) custom(ctx, 'country_unknown', `Unknown country code "${s}" (ISO 3166-1 alpha-2, e.g. CN, US, DE)`, { value: s });
  });

export const currencyCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((s, ctx) => {
    if (!isCurrencyCode(s)) custom(ctx, 'currency_unknown', `Unknown currency code "${s}" (ISO 4217, e.g. USD, EUR, CNY)`, { value: s });
  });

/** Non-negative integer with an upper bound (grams, minor units, months, counts). */
export const count = (max: number) => z.number().int().min(0).max(max);

export const id = z.number().int().positive();

/** Turns zod's issues into contract issues with stable keys. Needs `reportInput: true`. */
export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    const base = { path, message: issue.message };
    switch (issue.code) {
      case 'invalid_type': {
        const input = (issue as { input?: unknown }).input;
        if (input === undefined || input === null) out.push({ ...base, key: 'required', message: 'Required' });
        else if (issue.expected === 'int') out.push({ ...base, key: 'not_integer', message: 'Must be a whole number' });
        else out.push({ ...base, key: 'wrong_type', message: `Expected ${issue.expected}`, params: { expected: issue.expected } });
        break;
      }
      case 'too_small': {
        const min = Number(issue.minimum);
        if (issue.origin === 'string' && min === 1) out.push({ ...base, key: 'required', message: 'Required' });
        else if (issue.origin === 'string') out.push({ ...base, key: 'too_short', message: `At least ${min} characters`, params: { min } });
        else if (issue.origin === 'array') out.push({ ...base, key: 'too_few', message: `At least ${min} entries`, params: { min } });
        else if (min === 0) out.push({ ...base, key: 'negative', message: 'Must not be negative' });
        else out.push({ ...base, key: 'too_small', message: `Must be at least ${min}`, params: { min } });
        break;
      }
      case 'too_big': {
        const max = Number(issue.maximum);
        if (issue.origin === 'string') out.push({ ...base, key: 'too_long', message: `At most ${max} characters`, params: { max } });
        else if (issue.origin === 'array') out.push({ ...base, key: 'too_many', message: `At most ${max} entries`, params: { max } });
        else out.push({ ...base, key: 'too_big', message: `Must be at most ${max}`, params: { max } });
        break;
      }
      case 'invalid_value':
        out.push({ ...base, key: 'not_allowed', message: `Must be one of: ${issue.values.join(', ')}`, params: { values: issue.values.join(', ') } });
        break;
      case 'unrecognized_keys':
        for (const k of issue.keys) out.push({ path: path ? `${path}.${k}` : k, key: 'unknown_field', message: `Unknown field "${k}"` });
        break;
      case 'invalid_format':
        out.push({ ...base, key: 'bad_format', message: issue.message, params: { format: issue.format } });
        break;
      case 'custom': {
        const params = { ...(issue.params ?? {}) } as Record<string, string | number>;
        const key = typeof params.key === 'string' ? params.key : 'invalid';
        delete params.key;
        out.push({ ...base, key, ...(Object.keys(params).length ? { params } : {}) });
        break;
      }
      default:
        out.push({ ...base, key: 'invalid' });
    }
  }
  return out;
}

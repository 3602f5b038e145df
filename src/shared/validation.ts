// Shared building blocks for input schemas, and the translation of zod's issues into the
// contract's FieldIssue (a stable `key` the UI translates, plus an English message).
import { z } from 'zod';
import type { FieldIssue } from './errors';
import { isCountryCode, isCurrencyCode } from './iso';

// Control characters other than tab and newlines never belong in a record (NUL breaks exports and
// SQLite strings, escape sequences garble terminals); C1 controls (U+0080–U+009F, NEL among them) too.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** What ends a line: CR, LF, and Unicode's NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR. */
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;
/**
 * Invisible characters that only hide or reorder what is shown: zero-width space, word joiner, BOM,
 * soft hyphen, and the bidirectional marks, embeddings, overrides and isolates (U+200E/F, U+061C,
 * U+202A–U+202E, U+2066–U+2069). Free text drops them (pasted from a web page or a chat they are
 * noise, and a bidi override can make a name read backwards in a PDF). ZWJ (U+200D) and ZWNJ
 * (U+200C) are kept in free text: emoji sequences (👩‍💻) and Persian or Indic spelling need them,
 * and in prose they cannot make one record pass for another. Identifiers refuse all of them.
 */
const INVISIBLE = /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
/** In an identifier every format character (Unicode Cf: the above, ZWJ, ZWNJ, tag characters …) is refused. */
const FORMAT = /\p{Cf}/u;

const custom = (ctx: z.RefinementCtx, key: string, message: string, params?: Record<string, string | number>) =>
  ctx.addIssue({ code: 'custom', message, params: { key, ...params } });

/** Free text without the invisible characters (see INVISIBLE); a multi-line text's U+2028/U+2029 become \n. */
export const cleanText = (s: string, multiline = false): string => {
  const visible = s.replace(INVISIBLE, '');
  return (multiline ? visible.replace(/[\u2028\u2029]/g, '\n') : visible).trim();
};

/** The one-line / control check shared by free text and identifiers. */
function checkLine(s: string, ctx: z.RefinementCtx, multiline: boolean): boolean {
  if (CONTROL.test(s) || (!multiline && LINE_BREAK.test(s))) {
    custom(ctx, 'control_chars', multiline ? 'Contains control characters' : 'Must be one line without control characters');
    return false;
  }
  return true;
}

/**
 * Required text (a name, a label): trimmed, 1..max characters, no control characters, one line
 * unless `multiline`; invisible characters are dropped (a text of only those is empty: required).
 */
export const requiredText = (max: number, multiline = false) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((s, ctx) => {
      // Only when min(1) passed: an empty text is already `required` once.
      if (s !== '' && checkLine(s, ctx, multiline) && cleanText(s, multiline) === '') ctx.addIssue({ code: 'custom', message: 'Required', params: { key: 'required' } });
    })
    .transform((s) => cleanText(s, multiline));

/** Optional text: '' and null clear it (null), undefined leaves it unchanged on update. Invisible characters are dropped. */
export const optionalText = (max: number, multiline = false) =>
  z
    .string()
    .trim()
    .max(max)
    .superRefine((s, ctx) => void checkLine(s, ctx, multiline))
    .transform((s) => {
      const clean = cleanText(s, multiline);
      return clean === '' ? null : clean;
    })
    .nullable()
    .optional();

/** Refuses what would let one identifier look like another: control, line breaks, format characters. */
function checkIdentifier(s: string, ctx: z.RefinementCtx): void {
  if (!checkLine(s, ctx, false)) return;
  if (FORMAT.test(s))
    custom(ctx, 'invisible_chars', 'Must not contain invisible characters (zero-width, direction marks or overrides): they make look-alike identifiers');
}

/**
 * An identifier (SKU, reference, order, invoice, certificate, tracking, licence or policy number):
 * required, trimmed, 1..max characters, one line, and no invisible character at all, so that
 * "SKU-1" and "SKU\u200B-1" cannot both exist looking the same.
 */
export const identifier = (max: number) => z.string().trim().min(1).max(max).superRefine(checkIdentifier);

/** An optional identifier: '' and null clear it (null), undefined leaves it unchanged. */
export const optionalIdentifier = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .superRefine(checkIdentifier)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

/** An optional e-mail address ('' and null clear it), checked by zod's e-mail rule. */
export const optionalEmail = (max: number) =>
  optionalText(max).superRefine((s, ctx) => {
    if (s && !z.email().safeParse(s).success) custom(ctx, 'email_invalid', `"${s}" is not an e-mail address`);
  });

/**
 * What a person types into a search box: any text (FTS5 syntax such as quotes, *, -, NEAR( is
 * made into plain terms by the search itself, core/text/fts.ts) but no control character.
 */
export const searchQuery = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((s, ctx) => {
      if (CONTROL.test(s)) custom(ctx, 'control_chars', 'A search cannot contain control characters');
    });

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

// Paths in inputs: one building block for every file the caller names, read or written. The
// contract cannot know the platform the core runs on, so "absolute" here accepts both POSIX and
// Windows forms; the core checks again with its own platform's rules (src/core/files/output.ts).
import { z } from 'zod';

/**
 * Characters that never belong in a path a person chose: C0 and C1 controls (a NUL used to reach
 * the file system as an INTERNAL error), line and paragraph separators, bidi controls (U+202E
 * makes "evil‮fdp.bat" look like "evilbat.pdf") and zero-width characters (look-alike names).
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/;

/** `/home/me/x`, `C:\Users\me\x` or `C:/…`, `\\server\share\x`. */
const ABSOLUTE = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

export const PATH_MAX = 4096;

const checkPath = (s: string, ctx: z.RefinementCtx) => {
  if (INVISIBLE.test(s))
    ctx.addIssue({ code: 'custom', message: 'A path cannot contain control or invisible characters', params: { key: 'path_control_chars' } });
  else if (!ABSOLUTE.test(s))
    ctx.addIssue({ code: 'custom', message: `Give the full path (starting with / or a drive letter): ${s}`, params: { key: 'path_not_absolute' } });
};

/** An absolute path to a file or folder: trimmed, at most PATH_MAX characters, no control or invisible characters. */
export const filePath = z.string().trim().min(1).max(PATH_MAX).superRefine(checkPath);

/** The same, optional in a record: '' and null clear it (null), undefined leaves it unchanged on update. */
export const optionalFilePath = z
  .string()
  .trim()
  .max(PATH_MAX)
  .superRefine((s, ctx) => {
    if (s !== '') checkPath(s, ctx);
  })
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .optional();

/** Replace a file already at the output path (default: refuse with `file_exists`). A save dialog has already asked. */
export const overwrite = z.boolean().default(false);

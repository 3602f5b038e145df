// Where a generated PDF goes: the path the caller chose (absolute, in a folder that exists), or a
// file under documents/<kind>/ in the data folder. Written to a temp file first and renamed, so a
// failure never leaves half a PDF where the seller expects one.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { DocumentWritten } from '../../shared/claims';
import { ValidationError } from '../../shared/errors';
import type { CoreContext } from '../context';

const bad = (key: string, message: string, params?: Record<string, string>) => new ValidationError([{ path: 'outPath', key, message, ...(params ? { params } : {}) }]);

/** Checks a chosen output path before any work is done. */
export function resolveOutPath(ctx: CoreContext, outPath: string | undefined, kind: string, fileName: string): string {
  if (outPath === undefined) return join(ctx.dataDir, 'documents', kind, fileName);
  if (!isAbsolute(outPath)) throw bad('path_not_absolute', `The output path must be absolute: ${outPath}`, { value: outPath });
  if (!outPath.toLowerCase().endsWith('.pdf')) throw bad('path_not_pdf', `The output file must end in .pdf: ${outPath}`, { value: outPath });
  let dir;
  try {
    dir = statSync(dirname(outPath));
  } catch {
    throw bad('folder_not_found', `The folder ${dirname(outPath)} does not exist`, { value: dirname(outPath) });
  }
  if (!dir.isDirectory()) throw bad('folder_not_found', `${dirname(outPath)} is not a folder`, { value: dirname(outPath) });
  return outPath;
}

export function writePdf(path: string, bytes: Uint8Array, pages: number): DocumentWritten {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
  return { path, pages, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Safe file-name part from a reference. */
export const fileSafe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);

// Where a generated PDF goes: the path the caller chose, checked by the output guard, or a file
// under documents/<kind>/ in the data folder (the app's own, replaced when generated again).
import { createHash } from 'node:crypto';
import type { DocumentWritten } from '../../shared/claims';
import type { CoreContext } from '../context';
import { appDocument, checkOutput, writeOutput } from '../files/output';
import type { OutputTarget } from '../files/output';

/** Checks a chosen output path before any work is done. */
export function resolveOutPath(ctx: CoreContext, input: { outPath?: string; overwrite: boolean }, kind: string, fileName: string): OutputTarget {
  if (input.outPath === undefined) return appDocument(ctx.dataDir, kind, fileName);
  return checkOutput(ctx.dataDir, input.outPath, { field: 'outPath', ext: '.pdf', overwrite: input.overwrite });
}

export function writePdf(target: OutputTarget, bytes: Uint8Array, pages: number): DocumentWritten {
  writeOutput(target, bytes);
  return { path: target.path, pages, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Safe file-name part from a reference. */
export const fileSafe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);

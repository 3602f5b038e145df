// What a caller is told when something was thrown: a typed error as it is; SQLite's "busy" (another
// Clearpack held the write lock for longer than the busy timeout) as a CONFLICT to try again; anything
// else as INTERNAL with a one-line message. Never a stack: that goes to the log (api's onError) or,
// in the CLI, to stderr with --debug.
import type { ErrorData } from '../shared/errors';
import { ClearpackError, ConflictError } from '../shared/errors';
import { isBusyError } from './db/write';

export const BUSY_MESSAGE = 'The data file is busy (another Clearpack is writing to it); try again';

export function errorData(err: unknown, where: string): ErrorData {
  if (err instanceof ClearpackError) return err.toData();
  if (isBusyError(err)) {
    // An issue without a field, so the UI shows errors.database_busy in the seller's language.
    const busy = new ConflictError(BUSY_MESSAGE, [{ path: '', key: 'database_busy', message: BUSY_MESSAGE }]);
    return { ...busy.toData(), details: { ...busy.details, reason: 'database_busy' } };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'INTERNAL', message: `Internal error in ${where}: ${firstLine(message)}`, details: {} };
}

const firstLine = (s: string): string => s.split('\n', 1)[0]!.slice(0, 500);

// The renderer's handle on the core: the typed client of the contract, built here with
// createClient over window.clearpackInvoke — the preload's one IPC channel on the desktop, the
// harness's Playwright binding in e2e. The preload passes only plain Envelopes (contextBridge would
// strip an Error's code and details), so errors become ClearpackError on this side.
import { createClient } from '../../shared/client';
import type { ClearpackClient } from '../../shared/client';
import type { Invoke } from '../../shared/contract';
import { ClearpackError, fromErrorData, isErrorData } from '../../shared/errors';

declare global {
  interface Window {
    clearpackInvoke: Invoke;
  }
}

export function toClearpackError(err: unknown): ClearpackError {
  if (err instanceof ClearpackError) return err;
  if (isErrorData(err)) return fromErrorData(err);
  return new ClearpackError('INTERNAL', err instanceof Error ? err.message : String(err));
}

// Read at each call, so a transport defined after this module loads is still found.
export const api: ClearpackClient = createClient((method, input) => window.clearpackInvoke(method, input));

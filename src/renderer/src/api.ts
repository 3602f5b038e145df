// The renderer's handle on the core: window.clearpack (built by the preload, or by the e2e harness
// with the same createClient), with rejections turned back into ClearpackError — the bridge
// delivers them as plain data (see ClientOptions.plainErrors in shared/client.ts).
import type { ClearpackClient } from '../../shared/client';
import { ClearpackError, fromErrorData, isErrorData } from '../../shared/errors';

declare global {
  interface Window {
    clearpack: ClearpackClient;
  }
}

export function toClearpackError(err: unknown): ClearpackError {
  if (err instanceof ClearpackError) return err;
  if (isErrorData(err)) return fromErrorData(err);
  return new ClearpackError('INTERNAL', err instanceof Error ? err.message : String(err));
}

function rehydrate<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, ns) {
      const area = Reflect.get(target, ns) as Record<string, (input?: unknown) => Promise<unknown>> | undefined;
      if (!area || typeof area !== 'object') return area;
      return new Proxy(area, {
        get(methods, verb) {
          const fn = Reflect.get(methods, verb) as ((input?: unknown) => Promise<unknown>) | undefined;
          if (typeof fn !== 'function') return fn;
          return (input?: unknown) =>
            fn(input).catch((err: unknown) => {
              throw toClearpackError(err);
            });
        },
      });
    },
  });
}

export const api: ClearpackClient = rehydrate(window.clearpack);

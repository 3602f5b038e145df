// createClient: the one way every door builds the typed `window.clearpack` object from the
// method table. The preload passes IPC as `invoke`; the e2e harness passes a Playwright binding.
import { METHOD_NAMES } from './api';
import type { InputOf, MethodName, OutputOf } from './api';
import type { Invoke } from './contract';
import { ClearpackError, fromErrorData, isErrorData } from './errors';

type Namespace<K> = K extends `${infer A}.${string}` ? A : never;
type Verb<K, NS extends string> = K extends `${NS}.${infer V}` ? V : never;
type Call<K extends MethodName> = undefined extends InputOf<K>
  ? (input?: InputOf<K>) => Promise<OutputOf<K>>
  : (input: InputOf<K>) => Promise<OutputOf<K>>;

export type ClearpackClient = {
  [NS in Namespace<MethodName>]: { [K in MethodName as Verb<K, NS>]: Call<K> };
};

export interface ClientOptions {
  /**
   * Reject with the plain ErrorData instead of a ClearpackError. Electron's contextBridge copies a
   * thrown Error without its custom properties (code, details), but copies plain objects whole;
   * so the preload (and the e2e harness, to stay identical) rejects with data, and the renderer
   * turns it back into a ClearpackError (renderer/src/api.ts).
   */
  plainErrors?: boolean;
}

export function createClient(invoke: Invoke, options: ClientOptions = {}): ClearpackClient {
  const client: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of METHOD_NAMES) {
    const [ns, verb] = name.split('.') as [string, string];
    client[ns] ??= {};
    client[ns][verb] = async (input?: unknown) => {
      const envelope = await invoke(name, input);
      if (envelope.ok) return envelope.value;
      const error = isErrorData(envelope.error)
        ? fromErrorData(envelope.error)
        : new ClearpackError('INTERNAL', 'Malformed reply from the core');
      throw options.plainErrors ? error.toData() : error;
    };
  }
  return client as unknown as ClearpackClient;
}

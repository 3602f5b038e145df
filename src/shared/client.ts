// createClient: the one way to build the typed client of the contract from the method table over
// a transport (`invoke`, which answers Envelopes). The renderer builds it over the preload's
// window.clearpackInvoke (Electron IPC) — or, in e2e, over the harness's Playwright binding — so
// an error reaches the page as a ClearpackError built on the page's side of the bridge.
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

export function createClient(invoke: Invoke): ClearpackClient {
  const client: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of METHOD_NAMES) {
    const [ns, verb] = name.split('.') as [string, string];
    client[ns] ??= {};
    client[ns][verb] = async (input?: unknown) => {
      const envelope = await invoke(name, input);
      if (envelope.ok) return envelope.value;
      throw isErrorData(envelope.error) ? fromErrorData(envelope.error) : new ClearpackError('INTERNAL', 'Malformed reply from the core');
    };
  }
  return client as unknown as ClearpackClient;
}

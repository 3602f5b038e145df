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

export function createClient(invoke: Invoke): ClearpackClient {
  const client: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of METHOD_NAMES) {
    const [ns, verb] = name.split('.') as [string, string];
    client[ns] ??= {};
    client[ns][verb] = async (input?: unknown) => {
      const envelope = await invoke(name, input);
      if (envelope.ok) return envelope.value;
      if (isErrorData(envelope.error)) throw fromErrorData(envelope.error);
      throw new ClearpackError('INTERNAL', 'Malformed reply from the core');
    };
  }
  return client as unknown as ClearpackClient;
}

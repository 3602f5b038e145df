// Calling the test's core directly (to set up data), failing the test on an error envelope.
import type { AppFixture } from './harness';

export const coreCall =
  (app: AppFixture) =>
  async <T = { id: number }>(method: string, input: unknown): Promise<T> => {
    const r = await app.core.api.call(method, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as T;
  };

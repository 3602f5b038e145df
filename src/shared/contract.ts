// The shape of the contract: a method is a zod input schema plus a phantom output type.
// The method table itself lives in api.ts; this file has the machinery and the wire format.
import type { z } from 'zod';
import type { ErrorData } from './errors';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  /** Phantom: carries the output type, never set at run time. */
  readonly _output?: O;
}

/** `method<Product>()(schema)`: declares a method returning Product whose input is `schema`. */
export const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });

/** What crosses a door for each call. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ErrorData };

/** Transport used by createClient: IPC in the preload, a Playwright binding in e2e. */
export type Invoke = (method: string, input: unknown) => Promise<Envelope>;

// The shape of the contract: a method is its kind, a zod input schema and a phantom output type.
// The areas declare their methods (src/shared/<area>/methods.ts), api.ts composes them; this file
// has the machinery and the wire format.
import type { z } from 'zod';
import type { ErrorData } from './errors';
import type { JobStarted } from './jobs';

/**
 * How the core runs a method, declared here so every door knows it without guessing:
 * - `query`: reads only. The core hands it a read-only connection (a write fails there).
 * - `mutation`: changes the data folder — database rows (in one IMMEDIATE transaction) or files
 *   (a PDF, a stored copy: written outside any long transaction, see core/handlers.ts).
 * - `job`: long work in a worker; answers JobStarted at once, the result comes from jobs.get.
 */
export const METHOD_KIND_VALUES = ['query', 'mutation', 'job'] as const;
export type MethodKind = (typeof METHOD_KIND_VALUES)[number];

export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown, K extends MethodKind = MethodKind, R = unknown> {
  readonly kind: K;
  readonly input: I;
  /** Phantom: carries the output type, never set at run time. */
  readonly _output?: O;
  /** Phantom: a job's result (jobs.get → result), never set at run time. */
  readonly _result?: R;
}

/** A method table: what an area declares and api.ts composes. */
export type MethodTable = Record<string, MethodSpec>;

/** `query<Product>()(schema)`: a read returning Product whose input is `schema`. */
export const query =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O, 'query', never> => ({ kind: 'query', input });

/** `mutation<Product>()(schema)`: a call that writes rows or files and returns Product. */
export const mutation =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O, 'mutation', never> => ({ kind: 'mutation', input });

/** `job<ImportReport>()(schema)`: starts a job (returns JobStarted); jobs.get gives its result, an ImportReport. */
export const job =
  <R>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, JobStarted, 'job', R> => ({ kind: 'job', input });

/** What crosses a door for each call. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ErrorData };

/** Transport used by createClient: IPC through the preload, a Playwright binding in e2e. */
export type Invoke = (method: string, input: unknown) => Promise<Envelope>;

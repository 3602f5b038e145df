// The demo catalog (implemented in src/core/demo/handlers.ts).
import { z } from 'zod';
import { mutation } from '../contract';
import type { MethodTable } from '../contract';

export interface DemoLoaded {
  /** Records created, by kind (e.g. { products: 32 }). */
  counts: Record<string, number>;
}

export const demoMethods = {
  /** Fills an empty catalog with a realistic demo; CONFLICT when the catalog is not empty. */
  'demo.load': mutation<DemoLoaded>()(z.strictObject({}).optional()),
} satisfies MethodTable;

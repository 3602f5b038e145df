// The rules the app reasons with, as the seller can see them (implemented in src/core/reference/handlers.ts).
import { z } from 'zod';
import { query } from '../contract';
import type { MethodTable } from '../contract';
import type { TariffScheme } from '../products';

/** Rules older than this many months make the app warn (issue 15, point 3). */
export const RULES_STALE_AFTER_MONTHS = 6;

export interface RulesFileInfo {
  /** The file in resources/rules, e.g. 'thresholds.json'. */
  file: string;
  source: string;
  /** The day its facts were last checked (YYYY-MM-DD). */
  date: string;
  /** Checked more than RULES_STALE_AFTER_MONTHS months before today. */
  stale: boolean;
}

export interface RulesInfo {
  files: RulesFileInfo[];
  /** The core's today() that `stale` was judged on. */
  today: string;
  staleAfterMonths: number;
  /** The oldest file's date. */
  oldest: string;
  stale: boolean;
  /** Exchange rates older than this warn (exchange-rates.json maxAgeDays). */
  ratesMaxAgeDays: number;
}

export const referenceMethods = {
  'reference.list': query<RulesInfo>()(z.strictObject({}).optional()),
  /** The destinations whose national tariff codes a product can carry (resources/rules/tariffs.json), for the product form. */
  'reference.tariffs': query<TariffScheme[]>()(z.strictObject({}).optional()),
} satisfies MethodTable;

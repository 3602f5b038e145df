// A preflight finding's message or fix in the UI's language: its key translated with its params,
// country codes shown as names ("寄往美国", not "寄往 US") and days as the language writes them ("2026年11月3日",
// not "2026-11-03"); the core's English text if the key is unknown.
import type { TFunction } from 'i18next';
import { readableParams } from '../../../shared/preflight-text';
import type { Said } from '../../../shared/preflight';
import type { PreflightSummary } from '../../../shared/shipments';
import { locale } from '../i18n';
import { readableDays } from './formatters';

export function findingText(t: TFunction, m: Said): string {
  return t(m.key as never, { ...readableDays(readableParams(m.params, locale()), locale()), defaultValue: m.text }) as string;
}

/** A preflight's counts in the UI's words, the deciding one first, none that is zero: ["2 blocking", "4 notes"]. */
export function countWords(t: TFunction, summary: Pick<PreflightSummary, 'block' | 'warn' | 'info'>): string[] {
  return (['block', 'warn', 'info'] as const).filter((k) => summary[k] > 0).map((k) => t(`preflight.counts.${k}`, { count: summary[k] }) as string);
}

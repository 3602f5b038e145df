// A preflight finding's message or fix in the UI's language: its key translated with its params,
// country codes shown as names ("寄往美国", not "寄往 US") and days as the language writes them ("2026年11月3日",
// not "2026-11-03"); the core's English text if the key is unknown.
import type { TFunction } from 'i18next';
import { readableParams } from '../../../shared/preflight-text';
import type { Said } from '../../../shared/preflight';
import { locale } from '../i18n';
import { readableDays } from './formatters';

export function findingText(t: TFunction, m: Said): string {
  return t(m.key as never, { ...readableDays(readableParams(m.params, locale()), locale()), defaultValue: m.text }) as string;
}

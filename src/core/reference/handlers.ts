// The rules files with their source and date, for Settings → About (declared in src/shared/reference/methods.ts).
import type { referenceMethods, RulesInfo } from '../../shared/reference/methods';
import { RULES_STALE_AFTER_MONTHS } from '../../shared/reference/methods';
import type { HandlersOf } from '../handlers';
import type { QueryContext } from '../context';
import { loadReferenceRules, REFERENCE_FILES } from './index';

/** The same day `months` calendar months earlier (clamped to the month's last day). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function listRules(ctx: QueryContext): RulesInfo {
  const rules = loadReferenceRules(ctx.resourcesDir);
  const today = ctx.today();
  const limit = monthsBefore(today, RULES_STALE_AFTER_MONTHS);
  const files = (Object.keys(REFERENCE_FILES) as (keyof typeof REFERENCE_FILES)[]).map((k) => ({
    file: REFERENCE_FILES[k],
    source: rules[k].source,
    date: rules[k].date,
    stale: rules[k].date < limit,
  }));
  const oldest = files.reduce((a, f) => (f.date < a ? f.date : a), files[0]?.date ?? today);
  return { files, today, staleAfterMonths: RULES_STALE_AFTER_MONTHS, oldest, stale: files.some((f) => f.stale), ratesMaxAgeDays: rules.exchangeRates.maxAgeDays };
}

export const referenceHandlers: HandlersOf<typeof referenceMethods> = {
  'reference.list': (_input, ctx) => listRules(ctx),
  'reference.tariffs': (_input, ctx) =>
    Object.entries(loadReferenceRules(ctx.resourcesDir).tariffs.destinations).map(([destination, r]) => ({ destination, name: r.name, nameZh: r.nameZh, digits: r.digits })),
};

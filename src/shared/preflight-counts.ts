// How the preflight's findings are named and counted, in English and Chinese. Shared: the shipment
// screens count them through i18next (these are its plural resources: `{{count}}`, `_one`/`_other`)
// and the pack's cover counts them with `countFindings` — one wording everywhere.
import type { Finding, PreflightResult, Severity } from './preflight';
import type { PreflightSummary } from './shipments';

type Lang = 'en' | 'zh';
type Plurals = Record<`${Severity}_${'one' | 'other'}`, string>;

export const FINDING_COUNTS: Record<Lang, Plurals> = {
  en: {
    block_one: '{{count}} blocking', block_other: '{{count}} blocking',
    warn_one: '{{count}} warning', warn_other: '{{count}} warnings',
    info_one: '{{count}} note', info_other: '{{count}} notes',
  },
  // Chinese counts have no plural; a classifier per kind of finding.
  zh: {
    block_one: '{{count}} 项阻止', block_other: '{{count}} 项阻止',
    warn_one: '{{count}} 个警告', warn_other: '{{count}} 个警告',
    info_one: '{{count}} 条提示', info_other: '{{count}} 条提示',
  },
};

/** What a finding of each severity is called (a finding's label: "Warning: …", on screen and on the pack's cover): an adjective as the counts say it ("2 blocking"), not the verb "Block". */
export const SEVERITY_NAMES: Record<Lang, Record<Severity, string>> = {
  en: { block: 'Blocking', warn: 'Warning', info: 'Note' },
  zh: { block: '阻止', warn: '警告', info: '提示' },
};

const rules = { en: new Intl.PluralRules('en'), zh: new Intl.PluralRules('zh') };

/** "3 warnings", "1 note", "3 个警告": the count as the shipment screen says it (the same plural rules as i18next). */
export function countFindings(lang: Lang, severity: Severity, count: number): string {
  const form = rules[lang].select(count) === 'one' ? 'one' : 'other';
  return FINDING_COUNTS[lang][`${severity}_${form}`].replace('{{count}}', String(count));
}

/** The preflight in one word and three counts, as the shipments list, the editor's header and its panel show it. */
export function summarize(r: Pick<PreflightResult, 'findings'>): PreflightSummary {
  const n = (s: Finding['severity']) => r.findings.filter((f) => f.severity === s).length;
  const block = n('block');
  const warn = n('warn');
  return { verdict: block > 0 ? 'blocked' : warn > 0 ? 'warnings' : 'ready', block, warn, info: n('info') };
}

// Calendar months by name in one locale ('Dec 2026', 'Dec', '2026'; '2026年12月', '12月', '2026年').
// Pure (Intl only): the screens' formatters and the core's PDFs name months alike.

export interface MonthNames {
  /** A calendar month ('2026-12') by name ('Dec 2026', '2026年12月'). */
  month(month: string): string;
  /** A calendar month's short name alone, for a chart's axis ('Dec', '12月'). */
  monthShort(month: string): string;
  /** A calendar month's year, as the language writes it alone ('2026', '2026年'). */
  year(month: string): string;
}

const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const byLocale = new Map<string, MonthNames>();

/** The month names of a BCP 47 locale ('en-US', 'zh-CN'); text that is no YYYY-MM month stays as it is. */
export function monthNames(locale: string): MonthNames {
  let names = byLocale.get(locale);
  if (names) return names;
  // Intl objects are costly to build: one of each per locale.
  const named = (o: Intl.DateTimeFormatOptions) => {
    const f = new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' });
    return (m: string) => (ISO_MONTH.test(m) ? f.format(new Date(`${m}-01T00:00:00Z`)) : m);
  };
  names = { month: named({ year: 'numeric', month: 'short' }), monthShort: named({ month: 'short' }), year: named({ year: 'numeric' }) };
  byLocale.set(locale, names);
  return names;
}

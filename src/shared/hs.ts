// Harmonized System code format rules that need no nomenclature data. Whether a 6-digit
// subheading exists is checked by the core against the nomenclature in resources/hs.

/** HS 2022 chapters: 01–97 except 77 (reserved). 98 and 99 are national-use only. */
export const HS_CHAPTERS: ReadonlySet<string> = new Set(
  Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')).filter((c) => c !== '77'),
);

/** Removes the dots and spaces people type in HS codes ("8517.62.00" -> "85176200"). */
export const normalizeHsCode = (raw: string): string => raw.replace(/[.\s]/g, '');

export type HsFormatProblem = 'hs_digits' | 'hs_length' | 'hs_chapter';

/** Checks a normalized code: digits only, 6, 8 or 10 long, an existing chapter. */
export function hsFormatProblem(code: string): HsFormatProblem | null {
  if (!/^\d+$/.test(code)) return 'hs_digits';
  if (code.length !== 6 && code.length !== 8 && code.length !== 10) return 'hs_length';
  if (!HS_CHAPTERS.has(code.slice(0, 2))) return 'hs_chapter';
  return null;
}

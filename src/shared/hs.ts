// Harmonized System code format rules that need no nomenclature data. Whether a 6-digit
// subheading exists is checked by the core against the nomenclature in resources/hs.
import { z } from 'zod';
import { searchQuery } from './validation';

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

// ---- Looking up the nomenclature (hs.search, hs.get) ----

export type HsLevel = 2 | 4 | 6;

/** One line of the HS 2022 nomenclature: a chapter (2 digits), heading (4) or subheading (6). */
export interface HsNomenclatureEntry {
  code: string;
  description: string;
  level: HsLevel;
  /** Parent code; for a chapter, its section as a Roman numeral. */
  parent: string;
  /** Description of the entry's chapter (absent for a chapter itself). */
  chapterDescription?: string;
}

export interface HsSearchResult {
  /** What was searched for, after normalization ('' when the query listed the chapters). */
  query: string;
  /** How the query was read: a code prefix, words, both, the chapter list, or nothing searchable. */
  mode: 'chapters' | 'code' | 'words' | 'code_and_words' | 'nothing';
  items: HsNomenclatureEntry[];
  /** Number of matching entries (items holds at most `limit` of them). */
  total: number;
}

export interface HsDetail extends HsNomenclatureEntry {
  /** From the chapter down to the parent of this entry. */
  ancestors: HsNomenclatureEntry[];
  /** The entries directly under this one. */
  children: HsNomenclatureEntry[];
}

export const HS_QUERY_MAX = 200;

export const hsSearchInput = z.strictObject({
  /** A code prefix ("8518", "8518.3"), words ("headphones"), or both; empty lists the chapters. */
  query: searchQuery(HS_QUERY_MAX).default(''),
  limit: z.number().int().min(1).max(200).default(50),
});

export const hsGetInput = z.strictObject({
  /** 2, 4 or 6 digits (dots and spaces ignored); an 8- or 10-digit national code gives its subheading. */
  code: z
    .string()
    .transform(normalizeHsCode)
    .superRefine((code, ctx) => {
      if (!/^\d+$/.test(code)) ctx.addIssue({ code: 'custom', message: 'HS code may contain only digits (dots and spaces are ignored)', params: { key: 'hs_digits' } });
      else if (![2, 4, 6, 8, 10].includes(code.length)) ctx.addIssue({ code: 'custom', message: 'An HS code has 2, 4, 6, 8 or 10 digits', params: { key: 'hs_length' } });
    }),
});

// Full-text search helpers shared by every FTS5 index in the app.
//
// FTS5's unicode61 tokenizer splits on spaces and punctuation, which suits SKUs and English but
// would make a whole run of Chinese characters one token ("蓝牙耳机" could not be found by "耳机").
// So CJK characters are indexed as one-character tokens, and a query's CJK run becomes a phrase of
// those characters: any substring of Chinese, Japanese or Korean text matches, in order.

const CJK = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/** The text to store in an FTS column. */
export const ftsText = (value: string | null | undefined): string => (value ? value.replace(CJK, ' $1 ') : '');

/**
 * Turns what a person typed into an FTS5 MATCH expression: every word must match, the last token
 * of each Latin word as a prefix ("blu" finds "bluetooth"). Returns null when nothing searchable
 * is left (only punctuation), so the caller lists without a filter instead of failing.
 */
export function ftsQuery(typed: string): string | null {
  const phrases: string[] = [];
  // Control characters separate words too: SQLite ends a string at NUL ("unterminated string"), and
  // no indexed text holds one. Schemas refuse them in `query` already; this keeps every caller safe.
  for (const word of typed.split(/[\s\p{Cc}]+/u)) {
    if (!HAS_WORD_CHAR.test(word)) continue;
    const tokens = ftsText(word).trim();
    const endsWithCjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u.test(word);
    phrases.push(`"${tokens.replace(/"/g, '""')}"${endsWithCjk ? '' : ' *'}`);
  }
  return phrases.length ? phrases.join(' AND ') : null;
}

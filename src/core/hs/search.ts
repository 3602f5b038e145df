// hs.search and hs.get over the HS 2022 nomenclature.
//
// Where the search index lives: an in-memory SQLite database with an FTS5 table, built lazily from
// resources/hs/hs2022.json on the first search and kept for the life of the process (one per
// resources folder). Why not a table in the user's database filled by a migration: migrations get
// no context (they cannot find resources/), the nomenclature is reference data that belongs to the
// app version and not to the seller's file, and an in-memory index follows a new JSON without any
// "outdated?" bookkeeping. Why FTS5 and not a hand-written index: the same tokenizer and query
// rules as the product search (ftsQuery: every word must match, prefix matching), bm25 ranking, and
// ~7,000 rows index in a few tens of milliseconds once. A word search then takes well under 1 ms
// (bench/hs.bench.ts).
import Database from 'better-sqlite3';
import { NotFoundError } from '../../shared/errors';
import type { HsDetail, HsLevel, HsNomenclatureEntry, HsSearchResult } from '../../shared/hs';
import { normalizeHsCode } from '../../shared/hs';
import { ftsQuery, ftsText } from '../text/fts';
import { writeTransaction } from '../db/write';
import { loadNomenclature } from './nomenclature';
import type { HsEntry } from './nomenclature';

interface Index {
  db: Database.Database;
  byCode: Map<string, HsEntry>;
  chapters: HsNomenclatureEntry[];
}

const indexes = new Map<string, Index>();

function buildIndex(resourcesDir: string): Index {
  const byCode = loadNomenclature(resourcesDir);
  const db = new Database(':memory:');
  // rowid order = code order, so "ORDER BY rowid" lists a code prefix as a tree.
  db.exec(`CREATE VIRTUAL TABLE hs_fts USING fts5 (code UNINDEXED, description, tokenize = 'unicode61 remove_diacritics 2')`);
  const insert = db.prepare('INSERT INTO hs_fts (rowid, code, description) VALUES (?, ?, ?)');
  const codes = [...byCode.keys()].sort();
  writeTransaction(db, () => codes.forEach((code, i) => insert.run(i + 1, code, ftsText(byCode.get(code)!.description))));
  const index: Index = { db, byCode, chapters: [] };
  index.chapters = codes.filter((c) => c.length === 2).map((c) => view(index, c));
  return index;
}

function indexFor(resourcesDir: string): Index {
  let index = indexes.get(resourcesDir);
  if (!index) {
    index = buildIndex(resourcesDir);
    indexes.set(resourcesDir, index);
  }
  return index;
}

function view(index: Index, code: string): HsNomenclatureEntry {
  const e = index.byCode.get(code)!;
  const out: HsNomenclatureEntry = { code: e.code, description: e.description, level: e.code.length as HsLevel, parent: e.parent };
  if (code.length > 2) {
    const chapter = index.byCode.get(code.slice(0, 2));
    if (chapter) out.chapterDescription = chapter.description;
  }
  return out;
}

/**
 * Reads a query: runs of digits (with dots or spaces inside, "8518.30") are a code prefix, the
 * rest are words. A code prefix longer than 6 digits is cut to its subheading (national codes
 * sit on top of it).
 */
function readQuery(raw: string): { prefix: string; words: string | null; lead: string | null } {
  const codeParts: string[] = [];
  const wordParts: string[] = [];
  for (const token of raw.trim().split(/\s+/)) {
    if (token === '') continue;
    if (/^[\d.]+$/.test(token) && /\d/.test(token)) codeParts.push(normalizeHsCode(token));
    else wordParts.push(token);
  }
  const lead = wordParts.find((w) => /[\p{L}\p{N}]/u.test(w))?.replace(/[%_\\]/g, '') ?? null;
  return { prefix: codeParts.join('').slice(0, 6), words: wordParts.length ? ftsQuery(wordParts.join(' ')) : null, lead };
}

export function searchHs(resourcesDir: string, input: { query: string; limit: number }): HsSearchResult {
  const index = indexFor(resourcesDir);
  const query = input.query.trim();
  if (query === '') return { query: '', mode: 'chapters', items: index.chapters.slice(0, input.limit), total: index.chapters.length };
  const { prefix, words, lead } = readQuery(query);
  // Text with no letter or digit ("%%%", "--"): nothing to find, said plainly rather than failing.
  if (!prefix && !words) return { query, mode: 'nothing', items: [], total: 0 };
  // Code prefixes are matched on the code column with a range (7,000 rows: no index needed), words
  // with FTS5. Ranking: an entry whose description starts with the first word typed is what the
  // seller means ("Headphones and earphones…" before "…parts of headphones"), then bm25, then
  // broader codes first.
  const conditions: string[] = [];
  const params: (string | number)[] = [];
  if (prefix) {
    conditions.push('code >= ? AND code < ?');
    params.push(prefix, `${prefix}\uffff`);
  }
  if (words) {
    conditions.push('hs_fts MATCH ?');
    params.push(`description : (${words})`);
  }
  const where = conditions.join(' AND ');
  const total = (index.db.prepare(`SELECT count(*) AS n FROM hs_fts WHERE ${where}`).get(...params) as { n: number }).n;
  const order = words ? `CASE WHEN description LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END, bm25(hs_fts), length(code), code` : 'rowid';
  const orderParams = words ? [`${lead ?? ''}%`] : [];
  const rows = index.db.prepare(`SELECT code FROM hs_fts WHERE ${where} ORDER BY ${order} LIMIT ?`).all(...params, ...orderParams, input.limit) as { code: string }[];
  return {
    query,
    mode: prefix && words ? 'code_and_words' : prefix ? 'code' : 'words',
    items: rows.map((r) => view(index, r.code)),
    total,
  };
}

export function getHs(resourcesDir: string, rawCode: string): HsDetail {
  const index = indexFor(resourcesDir);
  const normalized = normalizeHsCode(rawCode);
  const code = normalized.length > 6 ? normalized.slice(0, 6) : normalized;
  if (!index.byCode.has(code)) throw new NotFoundError('HS code', normalized);
  const ancestors: HsNomenclatureEntry[] = [];
  for (let len = 2; len < code.length; len += 2) if (index.byCode.has(code.slice(0, len))) ancestors.push(view(index, code.slice(0, len)));
  const children = code.length >= 6 ? [] : (index.db.prepare('SELECT code FROM hs_fts WHERE code >= ? AND code < ? AND length(code) = ? ORDER BY rowid').all(code, `${code}\uffff`, code.length + 2) as { code: string }[]).map((r) => view(index, r.code));
  return { ...view(index, code), ancestors, children };
}

// A word in Chinese fills the same blanks as its English: a `{{count}}` only one language has would
// show a raw "{{count}}" in the other, or leave out the number the seller needs. A Chinese text may
// fill a blank with the value's Chinese form (`{{nameZh}}` where the English has `{{name}}`); the
// core passes both (preflight-text.ts).
import { describe, expect, it } from 'vitest';
import { en, zh } from './resources';

type Tree = { [k: string]: string | Tree };
// English and Chinese have these plural forms, and i18next's own form for a count of 0 (a `_zero`
// that is not a form, like quantity_zero, is still read with its base's blanks, which it shares).
const PLURAL = /_(zero|one|other)$/;

/** The blanks of every key, its plural forms folded into one (count_one + count_other → count). */
function blanksByKey(tree: Tree, lang: 'en' | 'zh', prefix = '', out = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v !== 'string') {
      blanksByKey(v, lang, key, out);
      continue;
    }
    const base = key.replace(PLURAL, '');
    const set = out.get(base) ?? new Set<string>();
    for (const m of v.matchAll(/\{\{\s*([A-Za-z0-9_]+)[^}]*\}\}/g)) set.add(lang === 'zh' ? m[1]!.replace(/Zh$/, '') : m[1]!);
    out.set(base, set);
  }
  return out;
}

/** Keys whose blanks differ between the two languages, with each side's blanks. */
function mismatches(a: Tree, b: Tree): string[] {
  const ea = blanksByKey(a, 'en');
  const zb = blanksByKey(b, 'zh');
  const out: string[] = [];
  for (const [key, blanks] of ea) {
    const there = zb.get(key) ?? new Set<string>();
    const left = [...blanks].sort().join(', ');
    const right = [...there].sort().join(', ');
    if (left !== right) out.push(`${key}: en {${left}} zh {${right}}`);
  }
  return out;
}

/** Plural keys whose English lacks its one or other form, or whose Chinese lacks its other form. */
function brokenPlurals(a: Tree, b: Tree): string[] {
  const keys = (tree: Tree, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
  const enKeys = new Set(keys(a));
  const zhKeys = new Set(keys(b));
  const strings = new Map<string, string>();
  const read = (tree: Tree, prefix = ''): void => {
    for (const [k, v] of Object.entries(tree)) if (typeof v === 'string') strings.set(prefix + k, v); else read(v, `${prefix}${k}.`);
  };
  read(a);
  read(b);
  // A counted key: one with a one form, or an other form that says the count (dg_other, "other
  // dangerous goods", is a key of its own).
  const counted = (k: string): boolean => k.endsWith('_one') || (k.endsWith('_other') && /\{\{\s*count\b/.test(strings.get(k)!));
  const bases = new Set([...strings.keys()].filter(counted).map((k) => k.replace(PLURAL, '')));
  return [...bases].filter((base) => !enKeys.has(`${base}_one`) || !enKeys.has(`${base}_other`) || !zhKeys.has(`${base}_other`));
}

describe('placeholders', () => {
  it('every key fills the same {{blanks}} in English and Chinese', () => {
    expect(blanksByKey(en as Tree, 'en').size).toBeGreaterThan(1000); // it reads the words (it would pass on none)
    expect(mismatches(en as Tree, zh as Tree)).toEqual([]);
  });

  it('every counted key has its one and other forms in English and its other form in Chinese', () => {
    expect(brokenPlurals(en as Tree, zh as Tree)).toEqual([]);
  });

  it('catches a blank one language has and the other has not', () => {
    const english = { a: { done_one: '{{count}} file saved to {{path}}.', done_other: '{{count}} files saved to {{path}}.' }, b: 'Item {{n}}: {{name}}' };
    expect(mismatches(english, { a: { done_other: '已保存 {{count}} 个文件。' }, b: '第 {{n}} 项：{{nameZh}}' })).toEqual(['a.done: en {count, path} zh {count}']);
    expect(mismatches(english, { a: { done_other: '已将 {{count}} 个文件保存到 {{path}}。' }, b: '第 {{n}} 项：{{nameZh}}' })).toEqual([]);
    expect(brokenPlurals({ c_other: '{{count}} cases' }, { c_other: '{{count}} 个工单' })).toEqual(['c']);
    expect(brokenPlurals({ c_one: '1 case', c_other: '{{count}} cases' }, { c_one: '1 个工单' })).toEqual(['c']);
  });
});

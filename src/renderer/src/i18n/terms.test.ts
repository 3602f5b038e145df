// One idea, one Chinese phrase across the areas: a seller who reads 还剩 3 天 on a certificate and
// 剩余 3 天 on a claim wonders whether the two count the same thing.
import { describe, expect, it } from 'vitest';
import { en, zh } from './resources';

type Tree = { [k: string]: string | Tree };

function strings(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else strings(v, `${prefix}${k}.`, out);
  }
  return out;
}

describe('terms', () => {
  it('days left is said 还剩 N 天 everywhere, never 剩余 N 天', () => {
    const english = strings(en as Tree);
    const chinese = strings(zh as Tree);
    const daysLeft = [...english].filter(([key, text]) => /\bdays? left\b/.test(text) || /(^|\.)daysLeft_/.test(key)).map(([key]) => key);
    expect(daysLeft.length).toBeGreaterThan(2);
    expect(daysLeft.filter((key) => !/^还剩 \{\{count\}\} 天$/.test(chinese.get(key) ?? '')).map((key) => `${key}: ${chinese.get(key)}`)).toEqual([]);
    expect([...chinese].filter(([, text]) => /剩余\s*\{\{count\}\}\s*天/.test(text)).map(([key]) => key)).toEqual([]);
  });
});

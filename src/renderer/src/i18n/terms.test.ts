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

describe('labels', () => {
  const english = strings(en as Tree);
  const chinese = strings(zh as Tree);

  it('a finding’s severity is named as the counts name it ("2 blocking" → Blocking), not by the verb "Block"', () => {
    expect(english.get('preflight.severity.block')).toBe('Blocking');
    expect(english.get('sellerRules.severity.block')).toMatch(/^Blocking /);
    expect([...english].filter(([key, text]) => /\.severity\.(block|warn)$/.test(key) && /^(Block|Warn)\b(?!ing)/.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('the verdict so far is written in one case, accept or reject', () => {
    expect(english.get('quality.inspect.willAccept')).toBe('Verdict so far: Accept');
    expect(english.get('quality.inspect.willReject')).toBe('Verdict so far: Reject');
  });

  it('a claim’s status buttons say the status in the sentence’s case (never "Mark as Under review")', () => {
    const buttons = [...english].filter(([key]) => key.startsWith('claimForm.moveTo.'));
    expect(buttons.length).toBe(7);
    expect(buttons.filter(([, text]) => /\s[A-Z]/.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    expect(chinese.get('claimForm.moveTo.filed')).toBe('标记为已提交');
  });

  it('an empty choice says "Not specified", never "Not said"', () => {
    expect([...english].filter(([, text]) => /\bNot said\b/i.test(text)).map(([key]) => key)).toEqual([]);
    expect(english.get('packing.parcel.chooseType')).toBe('Not specified');
    expect(chinese.get('packing.parcel.chooseMailClass')).toBe('未指定');
  });

  it('the supplier import’s default country has a hint of its own, not the products’ "origin country" one', () => {
    const hint = english.get('imports.defaultCountrySuppliersHint') ?? '';
    expect(hint).toMatch(/supplier/);
    expect(hint).not.toMatch(/origin/);
    expect(chinese.get('imports.defaultCountrySuppliersHint')).toMatch(/供应商/);
  });
});

describe('numbers', () => {
  it('an AQL is written as its select shows it (4, not 4.0)', () => {
    for (const tree of [en, zh]) {
      const aqls = [...strings(tree as Tree)].filter(([, text]) => /AQL/.test(text));
      expect(aqls.length).toBeGreaterThan(0);
      expect(aqls.filter(([, text]) => /\b\d+\.0\b/.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    }
  });
});

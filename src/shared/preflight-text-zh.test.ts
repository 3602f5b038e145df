// The Chinese findings read as one statement each: "{{sku}}：what is wrong", never a second colon in
// the same sentence ('寄往澳大利亚的化妆品需要：安全数据表…' read as two labels in a row).
import { describe, expect, it } from 'vitest';
import { PREFLIGHT_TEXT_ZH, saidIn } from './preflight-text-zh';
import { PACKAGING_TEXT_ZH } from './packing-text-zh';

const texts = (tree: { msg: Record<string, string>; fix: Record<string, string> }) =>
  [...Object.entries(tree.msg).map(([k, v]) => [`msg.${k}`, v] as const), ...Object.entries(tree.fix).map(([k, v]) => [`fix.${k}`, v] as const)];

describe('Chinese finding texts', () => {
  it('have at most one full-width colon in a sentence', () => {
    const twice = [...texts(PREFLIGHT_TEXT_ZH), ...texts(PACKAGING_TEXT_ZH)].filter(([, text]) =>
      text.split(/[。！？]/).some((sentence) => (sentence.match(/：/g) ?? []).length > 1),
    );
    expect(twice.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it('say what a special good needs without a colon before the document', () => {
    expect(PREFLIGHT_TEXT_ZH.msg.special_cosmetics).toBe('{{sku}}：寄往{{country}}的化妆品需要提供{{documentZh}}。');
  });

  it('say a rule’s marks with 或 between them, not the English “or” of the rules file', () => {
    const said = { key: 'pf.msg.cert_missing', params: { sku: 'EL-1', country: 'GB', mark: 'UKCA or CE' }, text: 'x' };
    expect(saidIn(said, 'zh')).toBe('EL-1：英国要求此商品有 UKCA 或 CE 标志，但没有有效证书存档。');
    expect(saidIn(said, 'en')).toContain('UKCA or CE');
  });
});

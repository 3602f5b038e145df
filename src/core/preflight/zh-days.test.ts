// A day in the Chinese preflight is written as the UI writes one (Intl's zh-CN: '2026年12月4日'), not
// '自 2025 年 8 月 29 日': one form whether the day comes from the formatter or from a finding's text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREFLIGHT_TEXT_ZH } from '../../shared/preflight-text-zh';

const SPACED_DAY = /\d\s+年\s*\d+\s*月|\d+\s*月\s+\d+\s*日|年\s+\d/;

function* strings(tree: unknown, path = ''): Generator<[string, string]> {
  if (typeof tree === 'string') yield [path, tree];
  else if (tree && typeof tree === 'object') for (const [k, v] of Object.entries(tree)) yield* strings(v, path ? `${path}.${k}` : k);
}

describe('days in the Chinese preflight', () => {
  it('are written 2025年8月29日, as the UI writes a day', () => {
    expect([...strings(PREFLIGHT_TEXT_ZH)].filter(([, text]) => SPACED_DAY.test(text)).map(([key]) => key)).toEqual([]);
    expect(PREFLIGHT_TEXT_ZH.msg.tax_us_duties).toContain('自 2025年8月29日起');
  });

  it('in the rules files’ Chinese texts too', () => {
    const dir = join(import.meta.dirname, '../../../resources/rules');
    const spaced = readdirSync(dir).flatMap((file) => [...strings(JSON.parse(readFileSync(join(dir, file), 'utf8')), file)].filter(([, text]) => /[\u4e00-\u9fff]/.test(text) && SPACED_DAY.test(text)).map(([key]) => key));
    expect(spaced).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { formattersFor, localeOf, readableDays } from './formatters';

const en = formattersFor('en-US');
const zh = formattersFor('zh-CN');

describe('formatting in the UI language', () => {
  it('maps the UI languages to locales', () => {
    expect(localeOf('en')).toBe('en-US');
    expect(localeOf('zh')).toBe('zh-CN');
  });

  it('formats money from minor units with the currency’s decimals', () => {
    expect(en.money(123456, 'USD')).toBe('$1,234.56');
    expect(en.money(1500, 'JPY')).toBe('¥1,500');
    expect(en.money(1234, 'KWD')).toMatch(/1\.234/);
    expect(zh.money(123456, 'CNY')).toBe('¥1,234.56');
    expect(zh.money(123456, 'USD')).toBe('US$1,234.56');
    expect(en.money(null, 'USD')).toBe('');
    expect(en.money(5, null)).toBe('');
  });

  it('writes a code after its name in the language’s parentheses', () => {
    expect(en.withCode('Germany', 'DE')).toBe('Germany (DE)');
    expect(zh.withCode('德国', 'DE')).toBe('德国（DE）');
    expect(zh.withCode('China Post', 'CN-POST')).toBe('China Post（CN-POST）');
  });

  it('names a designated operator as the language knows it, sorted by that name', () => {
    const list = [
      { id: 'GB-RM', name: 'Royal Mail', nameZh: '英国皇家邮政' },
      { id: 'CN-POST', name: 'China Post', nameZh: '中国邮政' },
      { id: 'SE-POSTNORD', name: 'PostNord Sverige', nameZh: null },
    ];
    expect(en.operators(list).map((o) => o.shown)).toEqual(['China Post', 'PostNord Sverige', 'Royal Mail']);
    expect(zh.operators(list).map((o) => o.shown)).toContain('中国邮政');
    expect(zh.operators(list).find((o) => o.id === 'SE-POSTNORD')?.shown).toBe('PostNord Sverige');
    expect(zh.operators(list).find((o) => o.id === 'GB-RM')?.shown).toBe('英国皇家邮政');
  });

  it('joins sentences with a space in English and none after a Chinese full stop', () => {
    expect(en.sentences('Imported 2 products.', 'Open the catalog')).toBe('Imported 2 products. Open the catalog');
    expect(zh.sentences('今天需要您处理的事项。', false, '目录中有 37 个商品。')).toBe('今天需要您处理的事项。目录中有 37 个商品。');
    expect(zh.sentences('（共 12 页）。', '已在 PDF 阅读器中打开。')).toBe('（共 12 页）。已在 PDF 阅读器中打开。');
    // After Latin text (a path) Chinese keeps the space.
    expect(zh.sentences('已保存：/tmp/a.pdf', '打开')).toBe('已保存：/tmp/a.pdf 打开');
    expect(zh.sentences(null, '只有一句。')).toBe('只有一句。');
    expect(en.gapAfter('Done.')).toBe(' ');
    expect(zh.gapAfter('已导入 2 个商品。')).toBe('');
  });

  it('formats a plain day as that day in every zone, in each language', () => {
    expect(en.date('2026-12-02')).toBe('Dec 2, 2026');
    expect(zh.date('2026-12-02')).toBe('2026年12月2日');
    expect(en.date(null)).toBe('');
  });

  it('shows the calendar days among a message’s params as the language writes a day, and leaves the other params', () => {
    const params = { requestDate: '2026-11-01', sku: 'MUG-01', n: 3, reference: 'SH-2026-000001', bad: '2026-02-30x' };
    expect(readableDays(params, 'en-US')).toEqual({ ...params, requestDate: 'Nov 1, 2026' });
    expect(readableDays(params, 'zh-CN')).toEqual({ ...params, requestDate: '2026年11月1日' });
  });

  it('shows the ISO days inside a quoted text as the language writes a day, and leaves what is no day', () => {
    const source = 'Checked 2026-12-02; valid 2026-02-30; ref SH-2026-000001.';
    expect(en.datesIn(source)).toBe('Checked Dec 2, 2026; valid 2026-02-30; ref SH-2026-000001.');
    expect(zh.datesIn(source)).toBe('Checked 2026年12月2日; valid 2026-02-30; ref SH-2026-000001.');
  });

  it('says a date field’s day back in words with its weekday, so 12/04 cannot be read as 12 April; nothing for no day', () => {
    expect(en.dateEcho('2026-12-04')).toBe('Fri, Dec 4, 2026');
    expect(zh.dateEcho('2026-12-04')).toBe('2026年12月4日周五');
    expect(en.dateEcho('2026-04-12')).toBe('Sun, Apr 12, 2026');
    for (const notDay of ['', '12/04/2026', '2026-02-30', 'soon']) expect(en.dateEcho(notDay)).toBe('');
  });

  it('shows and reads a date field in the language’s order, ISO accepted in both, no day refused', () => {
    expect(en.dateInput('2026-12-02')).toBe('12/02/2026');
    expect(zh.dateInput('2026-12-02')).toBe('2026/12/02');
    expect(en.datePattern).toBe('mm/dd/yyyy');
    expect(zh.datePattern).toBe('年/月/日');
    expect(en.parseDateInput('12/2/2026')).toBe('2026-12-02');
    expect(en.parseDateInput('2/12/2026')).toBe('2026-02-12');
    expect(zh.parseDateInput('2026/2/12')).toBe('2026-02-12');
    expect(zh.parseDateInput('2026年12月2日')).toBe('2026-12-02');
    expect(en.parseDateInput('2026-12-02')).toBe('2026-12-02');
    expect(zh.parseDateInput(' 2026-12-02 ')).toBe('2026-12-02');
    for (const bad of ['', '12/2', '13/01/2026', '02/30/2026', '12/02/26', 'tomorrow', '2026/12/02/1']) expect(en.parseDateInput(bad), bad).toBeNull();
    expect(zh.parseDateInput('12/02/2026')).toBeNull(); // the English order is not a day in Chinese
    expect(en.parseDateInput('02/29/2028')).toBe('2028-02-29');
    expect(en.dateInput('12/0')).toBe('12/0'); // text being typed is left as it is
  });

  it('names a calendar month, its short name for a chart axis and its year, in each language', () => {
    expect(en.month('2026-01')).toBe('Jan 2026');
    expect(zh.month('2026-01')).toBe('2026年1月');
    expect(en.monthShort('2026-09')).toBe('Sep');
    expect(zh.monthShort('2026-09')).toBe('9月');
    expect(zh.monthShort('2026-12')).toBe('12月');
    expect(en.year('2026-12')).toBe('2026');
    expect(zh.year('2026-12')).toBe('2026年');
    // The month itself, whatever the computer's zone (formatted in UTC from its first day).
    expect(Array.from({ length: 12 }, (_, i) => en.monthShort(`2025-${String(i + 1).padStart(2, '0')}`))).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(en.month('2026-13')).toBe('2026-13'); // not a month: as it is
  });

  it('names countries and sorts them in the language', () => {
    expect(en.country('DE')).toBe('Germany');
    expect(zh.country('DE')).toBe('德国');
    expect(en.country(null)).toBe('');
    const names = en.countries().map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-US')));
    expect(zh.countries().find((c) => c.code === 'CN')?.name).toBe('中国');
    expect(zh.currencies().find((c) => c.code === 'USD')?.name).toBe('美元');
  });

  it('formats weights and counts', () => {
    expect(en.weight(850)).toBe('850 g');
    expect(en.weight(1250)).toBe('1.25 kg');
    expect(en.weight(null)).toBe('');
    expect(en.count(1234567)).toBe('1,234,567');
  });

  it('gives the same object for the same locale (a stable memo dependency) and another for another', () => {
    expect(formattersFor('en-US')).toBe(en);
    expect(formattersFor('zh-CN')).not.toBe(en);
  });
});

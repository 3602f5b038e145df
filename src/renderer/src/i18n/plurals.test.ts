// Counts in the app's own words go through i18next's plural rules, in English and Chinese:
// never "1 warnings", "1 products", "page(s)".
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en, zh } from './resources';

async function words(lng: 'en' | 'zh') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, fallbackLng: 'en', resources: { en: { translation: en }, zh: { translation: zh } }, interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n);
}

/** Every string of a tree, with its key. */
function* strings(tree: unknown, path = ''): Generator<[string, string]> {
  if (typeof tree === 'string') yield [path, tree];
  else if (tree && typeof tree === 'object') for (const [k, v] of Object.entries(tree)) yield* strings(v, path ? `${path}.${k}` : k);
}

describe('plurals', () => {
  it('counts findings, pages, packs, orders and products in the right form', async () => {
    const t = await words('en');
    expect(t('preflight.counts.warn', { count: 1 })).toBe('1 warning');
    expect(t('preflight.counts.warn', { count: 2 })).toBe('2 warnings');
    expect(t('case.warranty.unknown', { count: 1 })).toBe('Warranty of 1 month: give a sale date or a shipment');
    expect(t('case.warranty.unknown', { count: 12 })).toBe('Warranty of 12 months: give a sale date or a shipment');
    expect(t('quality.inspect.subtitle', { product: 'P', supplier: 'S', count: 1 })).toBe('P from S · 1 unit');
    expect(t('preflight.counts.info', { count: 1 })).toBe('1 note');
    expect(t('preflight.counts.info', { count: 3 })).toBe('3 notes');
    expect(t('home.catalogCount', { count: 1, products: '1' })).toBe('1 product in the catalog.');
    expect(t('home.catalogCount', { count: 1200, products: '1,200' })).toBe('1,200 products in the catalog.');
    expect(t('packs.built', { count: 1, pages: 1, form: 'CN22' })).toBe('Pack built: 1 page, CN22.');
    expect(t('packs.batch.done', { count: 1, built: 1, total: 1 })).toBe('1 of 1 pack built.');
    expect(t('orders.summary', { count: 1, orders: 1, good: 1, bad: 0 })).toMatch(/^1 order in the file/);
    expect(t('claimForm.letterEvidence', { count: 1, merged: 1, total: 1 })).toBe('1 of 1 evidence file merged.');
    // The dashboard's cards: a title in the number of its figure (was "1 Open inspection holds").
    expect(t('home.cards.holdsOpen', { count: 1 })).toBe('Open inspection hold');
    expect(t('home.cards.holdsOpen', { count: 2 })).toBe('Open inspection holds');
    expect(t('home.cards.claimsToFile', { count: 1 })).toBe('Claim to file before its deadline');
    expect(t('home.cards.claimsToFile', { count: 0 })).toBe('Claims to file before their deadline');
    expect(t('home.cards.casesDue', { count: 1 })).toBe('After-sales response overdue or due today');
    expect(t('home.cards.shipmentsNotReady', { count: 1 })).toBe('Shipment not ready (draft)');
    expect(t('quality.scorecard.skippedMonths', { count: 1, total: 12 })).toMatch(/^1 of 12 months .* does not count/);
    expect(t('quality.scorecard.skippedMonths', { count: 3, total: 12 })).toMatch(/^3 of 12 months .* do not count/);
  });

  it('an amount in a currency without decimals (JPY, KRW) is asked as a whole amount, not "12.50 (at most 0 decimals)"', async () => {
    for (const lng of ['en', 'zh'] as const) {
      const t = await words(lng);
      expect(t('errors.money_format', { count: 0 }), lng).not.toMatch(/12[.,]50|\b0\b/);
      expect(t('errors.money_format', { count: 2 }), lng).toMatch(/12\.50.*\b2\b/);
    }
    const en = await words('en');
    expect(en('errors.money_format', { count: 0 })).toBe('Enter a whole amount, such as 1200 or 1,200: this currency has no decimals.');
    expect(en('errors.money_format', { count: 3 })).toMatch(/at most 3 decimals/);
  });

  it('Chinese has one form, and says the count', async () => {
    const t = await words('zh');
    expect(t('preflight.counts.warn', { count: 1 })).toBe('1 个警告');
    expect(t('preflight.counts.warn', { count: 5 })).toBe('5 个警告');
    expect(t('packs.built', { count: 2, pages: 2, form: 'CN23' })).toBe('单证包已生成：2 页，CN23。');
    expect(t('quality.scorecard.skippedMonths', { count: 2, total: 12 })).toBe('12 个月中有 2 个月未收到该供应商的批次，不计分。');
  });

  it('no English word has "(s)" for a plural, and every plural has its other form in both languages', () => {
    for (const [key, text] of strings(en)) expect(text, key).not.toMatch(/\w\(s\)/);
    for (const tree of [en, zh]) {
      const keys = new Set([...strings(tree)].map(([k]) => k));
      for (const k of keys) {
        if (k.endsWith('_one')) expect(keys.has(k.replace(/_one$/, '_other')), k).toBe(true);
      }
    }
  });
});

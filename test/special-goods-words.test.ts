// The documents a special-goods finding asks for are data (resources/rules/special-goods.json):
// each is named there in English and in Chinese, and the Chinese UI says the Chinese name.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en, zh } from '../src/renderer/src/i18n/resources';

async function words(lng: 'en' | 'zh') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, fallbackLng: 'en', resources: { en: { translation: en }, zh: { translation: zh } }, interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n);
}

describe('the documents a special-goods finding asks for', () => {
  it('are named in Chinese in the Chinese UI, for every rule of resources/rules/special-goods.json', async () => {
    const file = JSON.parse(readFileSync(resolve(import.meta.dirname, '../resources/rules/special-goods.json'), 'utf8')) as unknown;
    const rules: { document: string; documentZh?: string }[] = [];
    const walk = (v: unknown) => {
      if (v && typeof v === 'object') {
        if ('document' in v) rules.push(v as { document: string; documentZh?: string });
        Object.values(v).forEach(walk);
      }
    };
    walk(file);
    expect(rules.length).toBeGreaterThan(20);
    const t = await words('zh');
    for (const r of rules) {
      expect(r.documentZh, r.document).toMatch(/[\u4e00-\u9fff]/);
      const said = t('pf.msg.special_food', { sku: 'FD-1', country: 'US', document: r.document, documentZh: r.documentZh! });
      expect(said).toContain(r.documentZh);
      expect(said).not.toContain(r.document);
    }
  });
});

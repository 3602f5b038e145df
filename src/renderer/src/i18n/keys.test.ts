// Words as a closed type: checked by the compiler (npx tsc), shown here with a real i18next
// instance on the app's own words. The @ts-expect-error lines fail the type check the day `t()`
// accepts any string again.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { KeysIn, WordKey } from './keys';
import { en, zh } from './resources';

describe('translation keys', () => {
  it('accepts the keys that exist and refuses the others at compile time', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'zh', fallbackLng: 'en', resources: { en: { translation: en }, zh: { translation: zh } } });
    expect(i18n.t('claims.status.draft')).toBe(zh.claims.status.draft);
    expect(i18n.t('claims.count', { count: 2, formatted: '2' })).toBe(zh.claims.count_other.replace('{{formatted}}', '2'));
    // @ts-expect-error a key that is not in the English words does not compile
    expect(i18n.t('claims.status.nope')).toBe('claims.status.nope');
    const bad: WordKey[] = [
      // @ts-expect-error nor does a key cut short (a group, not a string)
      'claims.status',
    ];
    expect(bad).toHaveLength(1);
  });

  it('folds plural forms in the names of a group', () => {
    const names: KeysIn<typeof en.claims>[] = ['count', 'daysLeft', 'title'];
    // @ts-expect-error the plural form is not a name of its own
    const plural: KeysIn<typeof en.claims> = 'count_one';
    expect([...names, plural]).toContain('count');
  });
});

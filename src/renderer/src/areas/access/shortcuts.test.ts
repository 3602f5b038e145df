// The shortcuts take Cmd on macOS and Ctrl elsewhere, never the other one, and their list names
// the key the seller presses (rendered with the app's own words, as the dialog shows them).
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { en, zh } from '../../i18n/resources';
import { ShortcutsDialog } from './ShortcutsDialog';
import { shortcutOf } from './shortcuts';

const press = (key: string, mod: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean }) => ({
  key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mod,
});
const KEYS = [['k', 'search'], ['n', 'new'], ['s', 'save'], ['/', 'help']] as const;

describe('keyboard shortcuts', () => {
  it('on macOS: Cmd+K, N, S and / trigger, Ctrl does not', () => {
    for (const [key, which] of KEYS) {
      expect(shortcutOf(press(key, { metaKey: true }), true), `⌘${key}`).toBe(which);
      expect(shortcutOf(press(key.toUpperCase(), { metaKey: true }), true), `⌘${key} with Caps Lock`).toBe(which);
      expect(shortcutOf(press(key, { ctrlKey: true }), true), `Ctrl+${key} on a Mac`).toBeNull();
      expect(shortcutOf(press(key, { ctrlKey: true, metaKey: true }), true), `Ctrl+⌘${key}`).toBeNull();
    }
  });

  it('elsewhere: Ctrl+K, N, S and / trigger, Cmd (the Windows key) does not', () => {
    for (const [key, which] of KEYS) {
      expect(shortcutOf(press(key, { ctrlKey: true }), false), `Ctrl+${key}`).toBe(which);
      expect(shortcutOf(press(key, { metaKey: true }), false), `Meta+${key} off a Mac`).toBeNull();
      expect(shortcutOf(press(key, { ctrlKey: true, altKey: true }), false), `Ctrl+Alt+${key}`).toBeNull();
    }
    expect(shortcutOf(press('k', {}), false), 'K alone').toBeNull();
    expect(shortcutOf(press('?', { ctrlKey: true, shiftKey: true }), false), 'Ctrl+? (Shift+/)').toBe('help');
    expect(shortcutOf(press('S', { ctrlKey: true, shiftKey: true }), false), 'Ctrl+Shift+S').toBeNull();
  });

  it('the list shows ⌘ on macOS and Ctrl elsewhere, in English and Chinese', async () => {
    for (const lng of ['en', 'zh'] as const) {
      const i18n = i18next.createInstance();
      await i18n.init({ lng, fallbackLng: 'en', showSupportNotice: false, resources: { en: { translation: en }, zh: { translation: zh } } });
      const list = (mac: boolean) =>
        renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(ShortcutsDialog, { open: true, onClose: () => {}, mac })));
      const keys = (html: string) => [...html.matchAll(/<kbd>([^<]*)<\/kbd>/g)].map((m) => m[1]);
      const mac = list(true);
      const pc = list(false);
      expect(mac).toContain(lng === 'en' ? 'Search this screen' : '搜索本界面');
      for (const key of ['K', 'N', 'S', '/']) {
        expect(keys(mac).join(' '), `${lng} macOS: ⌘ ${key}`).toContain(`⌘ ${key}`);
        expect(keys(pc).join(' '), `${lng} elsewhere: Ctrl ${key}`).toContain(`Ctrl ${key}`);
      }
      expect(keys(mac), `${lng}: no Ctrl key on macOS`).not.toContain('Ctrl');
      expect(keys(pc), `${lng}: no ⌘ elsewhere`).not.toContain('⌘');
      // the words of the list name the same key (Home/End with the modifier: the first or last row)
      expect(mac.replace(/<kbd>[^<]*<\/kbd>/g, ''), `${lng}: the words say ⌘ on macOS`).not.toMatch(/Ctrl/);
      expect(pc.replace(/<kbd>[^<]*<\/kbd>/g, '')).toContain('Ctrl');
    }
  });
});

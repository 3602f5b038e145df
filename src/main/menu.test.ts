import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_WORDS, menuLanguageOf, menuTemplate } from './menu';
import type { MenuHooks } from './menu';

const items = (list: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  list.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);

describe('the native menu', () => {
  const sent: string[] = [];
  const hooks = (isMac: boolean): MenuHooks => ({ isMac, packaged: false, send: (a) => sent.push(a), openDataFolder: () => sent.push('folder'), about: () => sent.push('about') });

  it('labels every item of every template in Chinese, none in English (Electron’s role labels included), on Linux/Windows and macOS', () => {
    for (const isMac of [false, true])
      for (const packaged of [false, true]) {
        const zh = menuTemplate('zh', { ...hooks(isMac), packaged });
        for (const item of items(zh)) {
          if (item.type === 'separator') continue;
          const what = `${isMac ? 'macOS' : 'Linux/Windows'}: ${item.role ?? 'item'} “${item.label ?? ''}”`;
          expect(item.label, `${what} is left to Electron’s English label`).toBeTruthy();
          expect(item.label!.replaceAll('Clearpack', ''), what).not.toMatch(/[A-Za-z]/);
        }
        expect(zh.map((m) => m.label)).toEqual([...(isMac ? ['Clearpack'] : []), '文件', '编辑', '视图', '窗口', '帮助']);
      }
    expect(menuTemplate('en', hooks(false)).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('has the same words in both languages, and the File items send their action in either', () => {
    expect(Object.keys(MENU_WORDS.zh).sort()).toEqual(Object.keys(MENU_WORDS.en).sort());
    const file = menuTemplate('zh', hooks(false))[0]!.submenu as MenuItemConstructorOptions[];
    file.find((i) => i.label === MENU_WORDS.zh.backup)!.click!({} as never, undefined, {} as never);
    expect(sent).toEqual(['backup']);
  });

  it('takes the language from a locale or the page’s word, English otherwise', () => {
    expect(menuLanguageOf('zh-CN')).toBe('zh');
    expect(menuLanguageOf('zh')).toBe('zh');
    expect(menuLanguageOf('en-GB')).toBe('en');
    expect(menuLanguageOf('fr')).toBe('en');
    expect(menuLanguageOf(undefined)).toBe('en');
  });
});

// A stand-in for the desktop bridge (window.clearpackDesktop, which the preload builds in the app):
// it records each language the page tells main (DESKTOP_CHANNELS.setLanguage, for the native menu)
// and lets the test choose a menu item, as main does on DESKTOP_CHANNELS.menu. No dialogs: they pick
// nothing.
import type { Page } from '@playwright/test';
import type { DesktopBridge, MenuAction } from '../src/shared/desktop';

export interface DesktopStub {
  /** The languages the page told main, in order (the first at start). */
  languages: string[];
  /** Chooses an item of the native menu. */
  menu(action: MenuAction): Promise<void>;
}

interface StubWindow {
  clearpackDesktop: DesktopBridge;
  __setLanguage(language: string): Promise<void>;
  __menu?: (action: MenuAction) => void;
}

/** Installs the stand-in; call before the page is opened. */
export async function stubDesktop(page: Page): Promise<DesktopStub> {
  const languages: string[] = [];
  await page.exposeBinding('__setLanguage', (_source, language: string) => void languages.push(language));
  await page.addInitScript(() => {
    const w = window as unknown as StubWindow;
    w.clearpackDesktop = {
      openPath: async () => ({ ok: true }),
      pickFile: async () => null,
      pickSaveFile: async () => null,
      pickFolder: async () => null,
      pathForFile: () => '',
      setLanguage: async (language) => {
        await w.__setLanguage(language);
        return { ok: true };
      },
      onMenu: (listener) => {
        w.__menu = listener;
        return () => {
          if (w.__menu === listener) w.__menu = undefined;
        };
      },
      onCoreRestarted: () => () => {},
    };
  });
  return {
    languages,
    menu: async (action) => {
      // The page listens once it has mounted.
      await page.waitForFunction(() => typeof (window as unknown as StubWindow).__menu === 'function');
      await page.evaluate((a) => (window as unknown as StubWindow).__menu!(a), action);
    },
  };
}

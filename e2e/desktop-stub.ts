// A stand-in for the desktop bridge (window.clearpackDesktop, which the preload builds in the app):
// each dialog "picks" what the test says (or is cancelled), openPath records what the page asks to
// open, setLanguage records each language the page tells main (DESKTOP_CHANNELS.setLanguage, for the
// native menu), and the test can choose a menu item, as main does on DESKTOP_CHANNELS.menu. Call it
// before the page loads (lib/desktop.ts reads the bridge once, at start).
import type { Page } from '@playwright/test';
import type { DesktopBridge, MenuAction } from '../src/shared/desktop';

export interface DesktopPicks {
  file?: string;
  saveFile?: string;
  folder?: string;
}

export interface DesktopStub {
  /** The paths handed to openPath, in order, as they come. */
  opened: string[];
  /** The languages the page told main, in order (the first at start). */
  languages: string[];
  /** Chooses an item of the native menu. */
  menu(action: MenuAction): Promise<void>;
}

interface StubWindow {
  clearpackDesktop: DesktopBridge;
  __openedPath(path: string): Promise<void>;
  __setLanguage(language: string): Promise<void>;
  __menu?: (action: MenuAction) => void;
}

/** Installs the stand-in; call before the page is opened. */
export async function stubDesktop(page: Page, picks: DesktopPicks = {}): Promise<DesktopStub> {
  const opened: string[] = [];
  const languages: string[] = [];
  await page.exposeBinding('__openedPath', (_source, path: string) => void opened.push(path));
  await page.exposeBinding('__setLanguage', (_source, language: string) => void languages.push(language));
  await page.addInitScript((p) => {
    const w = window as unknown as StubWindow;
    w.clearpackDesktop = {
      pickFile: async () => p.file ?? null,
      pickSaveFile: async () => p.saveFile ?? null,
      pickFolder: async () => p.folder ?? null,
      openPath: async (path: string) => {
        await w.__openedPath(path);
        return { ok: true };
      },
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
  }, picks);
  return {
    opened,
    languages,
    menu: async (action) => {
      // The page listens once it has mounted.
      await page.waitForFunction(() => typeof (window as unknown as StubWindow).__menu === 'function');
      await page.evaluate((a) => (window as unknown as StubWindow).__menu!(a), action);
    },
  };
}

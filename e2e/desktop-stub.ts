// A stand-in for the desktop's window.clearpackDesktop (Electron's dialogs and the system viewer):
// each dialog "picks" what the test says (or is cancelled), and openPath records what the page asks
// to open. Call it before the page loads (lib/desktop.ts reads the bridge once, at start).
import type { Page } from '@playwright/test';

export interface DesktopPicks {
  file?: string;
  saveFile?: string;
  folder?: string;
}

/** Installs the stand-in; returns the paths handed to openPath, in order, as they come. */
export async function stubDesktop(page: Page, picks: DesktopPicks = {}): Promise<string[]> {
  const opened: string[] = [];
  await page.exposeBinding('__openedPath', (_source, path: string) => void opened.push(path));
  await page.addInitScript((p) => {
    const w = window as unknown as { clearpackDesktop: unknown; __openedPath(path: string): Promise<void> };
    w.clearpackDesktop = {
      pickFile: async () => p.file ?? null,
      pickSaveFile: async () => p.saveFile ?? null,
      pickFolder: async () => p.folder ?? null,
      openPath: async (path: string) => {
        await w.__openedPath(path);
        return { ok: true };
      },
    };
  }, picks);
  return opened;
}

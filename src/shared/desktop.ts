// What only the desktop door offers the page: native file dialogs and opening a file in the
// system's viewer. Not part of the core contract (the CLI and the e2e harness have no windows);
// the renderer uses it when present (window.clearpackDesktop) and falls back to typed paths.

export const DESKTOP_CHANNELS = {
  openPath: 'clearpack:desktop:openPath',
  pickFile: 'clearpack:desktop:pickFile',
  pickSaveFile: 'clearpack:desktop:pickSaveFile',
  pickFolder: 'clearpack:desktop:pickFolder',
  /** page → main: the UI's language ('en' | 'zh'), for the native menu. */
  setLanguage: 'clearpack:desktop:setLanguage',
  /** main → page: a File menu item was chosen (see MenuAction). */
  menu: 'clearpack:desktop:menu',
  /** main → page: the core host crashed and was restarted (the page shows a banner). */
  coreRestarted: 'clearpack:desktop:coreRestarted',
} as const;

/** Menu items that lead the page somewhere: backup and restore open Settings → Backups, shortcuts their list. */
export type MenuAction = 'backup' | 'restore' | 'shortcuts';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface DesktopBridge {
  /**
   * Opens a file with the system's default application. Only files inside the data folder (stored
   * attachments, archived packs) or chosen by the user in a dialog of this session are opened.
   */
  openPath(path: string): Promise<{ ok: boolean; error?: string }>;
  pickFile(options?: { title?: string; filters?: FileFilter[] }): Promise<string | null>;
  pickSaveFile(options?: { title?: string; defaultName?: string; filters?: FileFilter[] }): Promise<string | null>;
  pickFolder(options?: { title?: string }): Promise<string | null>;
  /** Tells main the UI's language: the native menu follows it. */
  setLanguage?(language: 'en' | 'zh'): Promise<{ ok: boolean }>;
  /**
   * The path of a file dropped on the page (Electron's webUtils.getPathForFile; '' when it has none).
   * Synchronous and local to the preload: nothing crosses to main.
   */
  pathForFile(file: File): string;
  /** Listens for File menu items; returns the function that stops listening. */
  onMenu(listener: (action: MenuAction) => void): () => void;
  /** Listens for restarts of the core host after a crash; returns the function that stops listening. */
  onCoreRestarted(listener: () => void): () => void;
}

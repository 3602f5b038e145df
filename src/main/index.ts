// Electron main process: window, menu, security settings and the IPC binding of the core API.
// Everything the app knows lives in src/core, which runs in the core host (a worker thread started
// here): this file only starts it and forwards the window's calls, so it never waits on SQL or a PDF.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCoreHost } from '../core/host/start';
import type { CoreHost } from '../core/host/start';
import { DESKTOP_CHANNELS } from '../shared/desktop';
import type { FileFilter, MenuAction } from '../shared/desktop';
import { menuLanguageOf, menuTemplate } from './menu';
import type { MenuLanguage } from './menu';
import { ClearpackError } from '../shared/errors';
import { IPC_CHANNEL } from '../shared/ipc';
import { CHOSEN_PATHS_FILE, ChosenPaths, mayOpen } from './open-guard';
import { APP_INDEX_URL, APP_SCHEME, serveRenderer } from './renderer-protocol';
import { WINDOW_WEB_PREFERENCES, PRIVILEGED_SCHEMES, denyAllPermissions, isExternalWebLink, isOwnFrame, mayNavigate } from './security';

app.setName('Clearpack'); // userData = <appData>/Clearpack, the folder the CLI uses by default

// One copy of the app: a second launch (the icon clicked again while the app is open) brings the
// open window to the front and ends, before it opens anything. Two copies would each hold the data
// file, and a restore in one replaces it under the other, whose next saves would then be lost.
// (A CLI script beside the app is fine: README → Two copies of the app at once.) Electron keys the
// lock by userData, so it is taken after setName.
const firstCopy = app.requestSingleInstanceLock();
if (!firstCopy) app.quit();
app.on('second-instance', () => {
  const win = BrowserWindow.getAllWindows()[0];
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
});

const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadFile = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
// The core host and the job worker, bundled next to this file (entries in electron.vite.config.ts).
const hostWorkerFile = fileURLToPath(new URL('./core-host.js', import.meta.url));
const jobWorkerFile = fileURLToPath(new URL('./jobs-worker.js', import.meta.url));
// CLEARPACK_DATA_DIR overrides the folder, as it does for the CLI (tests, support).
const dataDir = (): string => process.env.CLEARPACK_DATA_DIR || app.getPath('userData');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

// app:// must be declared privileged before the app is ready (it is then served in whenReady).
protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);

let host: CoreHost | null = null;

/** Only our own page may call the core: the dev server in development, app://clearpack/index.html otherwise. */
const fromOwnPage = (event: Electron.IpcMainInvokeEvent): boolean => isOwnFrame(event.senderFrame, devServerUrl);

/** Files and folders the user chose in a dialog (this session or an earlier one): they may be opened again. */
let chosenPaths = new ChosenPaths(null);

function remember(path: string | undefined): string | null {
  if (!path) return null;
  chosenPaths.add(path);
  return path;
}

function bindDesktop(dataDir: string): void {
  chosenPaths = new ChosenPaths(join(dataDir, CHOSEN_PATHS_FILE));
  const guard = <A extends unknown[], R>(handler: (win: BrowserWindow | null, ...args: A) => Promise<R>, refused: R) =>
    (event: Electron.IpcMainInvokeEvent, ...args: A) =>
      fromOwnPage(event) ? handler(BrowserWindow.fromWebContents(event.sender), ...args) : Promise.resolve(refused);
  const filters = (f: unknown): FileFilter[] | undefined => (Array.isArray(f) ? (f as FileFilter[]) : undefined);
  ipcMain.handle(
    DESKTOP_CHANNELS.openPath,
    guard(async (_win, path: string) => {
      if (!mayOpen(path, dataDir, chosenPaths)) return { ok: false, error: 'This file is not one Clearpack stored or you chose.' };
      const error = await shell.openPath(path);
      return error ? { ok: false, error } : { ok: true };
    }, { ok: false, error: 'Refused' }),
  );
  ipcMain.handle(
    DESKTOP_CHANNELS.pickFile,
    guard(async (win, o: { title?: string; filters?: unknown }) => {
      const options = { title: o?.title, filters: filters(o?.filters), properties: ['openFile' as const] };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : remember(r.filePaths[0]);
    }, null),
  );
  ipcMain.handle(
    DESKTOP_CHANNELS.pickSaveFile,
    guard(async (win, o: { title?: string; defaultName?: string; filters?: unknown }) => {
      // The renderer sends a path from this dialog with overwrite: true, so the dialog must ask
      // before replacing a file; macOS and Windows always do, Linux only when told to.
      const options = { title: o?.title, defaultPath: o?.defaultName, filters: filters(o?.filters), properties: ['showOverwriteConfirmation' as const] };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled ? null : remember(r.filePath);
    }, null),
  );
  ipcMain.handle(
    DESKTOP_CHANNELS.setLanguage,
    guard(async (_win, language: unknown) => {
      if (language !== 'en' && language !== 'zh') return { ok: false };
      if (language !== menuLanguage) {
        menuLanguage = language;
        buildMenu();
      }
      return { ok: true };
    }, { ok: false }),
  );
  ipcMain.handle(
    DESKTOP_CHANNELS.pickFolder,
    guard(async (win, o: { title?: string }) => {
      const options = { title: o?.title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : remember(r.filePaths[0]);
    }, null),
  );
}

function createWindow(): void {
  // Electronegativity cannot see the options through the spread of WINDOW_WEB_PREFERENCES (their
  // values are asserted by security.test.ts) and asks to review any preload (ours bridges one IPC
  // channel and four dialogs, nothing of Node or Electron): see README → Security.
  const win = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Clearpack',
    webPreferences: { ...WINDOW_WEB_PREFERENCES, preload: preloadFile }, // eng-disable PRELOAD_JS_CHECK
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? APP_INDEX_URL);
}

/**
 * Every web contents (the window, and any a bug or a page might create): no new windows, no
 * navigation away from our page, no <webview>; http(s) links go to the system browser.
 */
function lockDown(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebLink(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: http(s) only, tested
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!mayNavigate(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!mayNavigate(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function sendMenu(action: MenuAction): void {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  win?.webContents.send(DESKTOP_CHANNELS.menu, action);
}

// The page says which language it is shown in (DESKTOP_CHANNELS.setLanguage); until then, the system's.
let menuLanguage: MenuLanguage = menuLanguageOf(app.getLocale());

function buildMenu(): void {
  const template = menuTemplate(menuLanguage, {
    isMac: process.platform === 'darwin',
    packaged: app.isPackaged,
    send: sendMenu,
    openDataFolder: () => void shell.openPath(host?.dataDir ?? dataDir()),
    about: () => app.showAboutPanel(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

app.on('web-contents-created', (_event, contents) => lockDown(contents));

app.whenReady().then(async () => {
  if (!firstCopy) return; // quitting: the first copy has the data folder
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => serveRenderer(request, rendererDir));
  let opened: CoreHost;
  try {
    opened = await startCoreHost({
      dataDir: dataDir(),
      // Packaged, the resources are in process.resourcesPath (outside app.asar): resourceDirs().
      location: { packaged: app.isPackaged, resourcesPath: process.resourcesPath },
      version: app.getVersion(),
      hostWorkerFile,
      jobWorkerFile,
      // Once a day, as a job after open: the first window does not wait for it.
      autoBackup: true,
      // A warm job worker waits for the next job: "Print today" does not wait for threads to load.
      warmJobs: true,
      onError: (err, method) => console.error(`[core] ${method} failed`, err),
    });
  } catch (err) {
    const message = err instanceof ClearpackError ? err.message : `Could not open the data file: ${(err as Error).message}`;
    dialog.showErrorBox('Clearpack cannot start', message);
    app.exit(1);
    return;
  }
  host = opened;
  // The host restarted after a crash: every window says so (the last action may need repeating).
  opened.on('restarted', (e) => {
    console.error(`[core] the core host stopped (${e.reason}) and was restarted`);
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(DESKTOP_CHANNELS.coreRestarted);
  });
  opened.on('exit', (err) => {
    dialog.showErrorBox('Clearpack cannot go on', err.message);
    app.exit(1);
  });
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!fromOwnPage(event))
      return { ok: false, error: { code: 'BLOCKED', message: 'Calls are accepted only from Clearpack\'s own page', details: {} } };
    if (typeof method !== 'string')
      return { ok: false, error: { code: 'VALIDATION', message: 'Method name must be a string', details: {} } };
    return opened.call(method, input);
  });
  bindDesktop(opened.dataDir);
  buildMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Quitting waits for the host to close the database and stop its jobs, then quits for good.
app.on('will-quit', (event) => {
  const closing = host;
  if (!closing) return;
  host = null;
  event.preventDefault();
  void closing.close().finally(() => app.quit());
});

// A STAND-IN for the `electron` module, NOT Electron: it records what Electron's main process
// (out/main/index.js, loaded under plain Node by drive-main.ts) asks of Electron, and lets the
// driver play Electron's part (app ready, a window closed, an IPC call from some frame). It
// implements only the API main uses; an import main needs that is missing here fails the link
// ("does not provide an export named …"), so a new Electron call in main fails the test until it
// is added here. Nothing here opens a window, a dialog or a menu.
import { EventEmitter } from 'node:events';

/** Every call main made, in order (name and arguments). */
export const calls: { name: string; args: unknown[] }[] = [];
const record = (name: string, ...args: unknown[]) => void calls.push({ name, args });

/** What the driver sets before main is loaded. */
export const config = { userData: '', appData: '', isPackaged: false, version: '0.0.0-stand-in', otherCopyRunning: false };

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export const recorded = {
  /** ipcMain.handle(channel, handler) */
  handlers: new Map<string, Handler>(),
  /** ipcMain.on(channel, listener) */
  listeners: new Map<string, Handler[]>(),
  /** protocol.handle(scheme, handler) */
  protocols: new Map<string, (request: Request) => Promise<Response> | Response>(),
  privilegedSchemes: [] as unknown[],
  permissionRequest: null as null | ((wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void),
  permissionCheck: null as null | ((wc: unknown, permission: string, origin: string, details: unknown) => boolean),
  devicePermission: null as null | ((details: unknown) => boolean),
  menuTemplate: null as unknown,
  errorBoxes: [] as { title: string; content: string }[],
  exitCode: null as number | null,
  quit: false,
  name: '',
};

class StandInApp extends EventEmitter {
  private readyResolve!: () => void;
  private readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));

  get isPackaged(): boolean {
    return config.isPackaged;
  }
  setName(name: string): void {
    record('app.setName', name);
    recorded.name = name;
  }
  getPath(name: string): string {
    record('app.getPath', name);
    if (name === 'userData') return config.userData;
    if (name === 'appData') return config.appData;
    throw new Error(`stand-in: app.getPath('${name}') is not provided`);
  }
  getVersion(): string {
    return config.version;
  }
  getLocale(): string {
    return 'en-US';
  }
  /** Electron: true for the first copy of the app; false when another copy holds the lock. */
  requestSingleInstanceLock(): boolean {
    record('app.requestSingleInstanceLock');
    return !config.otherCopyRunning;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  showAboutPanel(): void {
    record('app.showAboutPanel');
  }
  exit(code = 0): void {
    record('app.exit', code);
    recorded.exitCode = code;
  }
  /** Electron's order: will-quit (which a listener may prevent), then the app ends. */
  quit(): void {
    record('app.quit');
    let prevented = false;
    this.emit('will-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      recorded.quit = true;
      this.emit('quit');
    }
  }
  /** Driver: Electron has finished starting. */
  standInReady(): void {
    this.readyResolve();
  }
}

export const app = new StandInApp();

/** A web contents: what main's lockDown registers on it (handlers kept for the driver to call). */
export class StandInWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
}

const windows: BrowserWindow[] = [];

export class BrowserWindow extends EventEmitter {
  readonly options: Record<string, unknown>;
  readonly webContents = new StandInWebContents();
  loadedUrl: string | null = null;
  shown = false;
  destroyed = false;

  constructor(options: Record<string, unknown>) {
    super();
    record('new BrowserWindow', options);
    this.options = options;
    windows.push(this);
    // Electron tells the app about every web contents it creates, the window's included.
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    record('win.loadURL', url);
    this.loadedUrl = url;
    queueMicrotask(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  minimized = false;
  focused = 0;
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
  }
  restore(): void {
    record('win.restore');
    this.minimized = false;
  }
  focus(): void {
    record('win.focus');
    this.focused++;
  }
  /** The user closes the window: 'closed', then 'window-all-closed' once none is left. */
  close(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    windows.splice(windows.indexOf(this), 1);
    this.emit('closed');
    if (windows.length === 0) app.emit('window-all-closed');
  }
  static getAllWindows(): BrowserWindow[] {
    return [...windows];
  }
  static getFocusedWindow(): BrowserWindow | null {
    return windows[0] ?? null;
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return windows.find((w) => w.webContents === contents) ?? null;
  }
}

export const ipcMain = {
  handle(channel: string, handler: Handler): void {
    record('ipcMain.handle', channel);
    if (recorded.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`); // as Electron does
    recorded.handlers.set(channel, handler);
  },
  on(channel: string, listener: Handler): void {
    record('ipcMain.on', channel);
    recorded.listeners.set(channel, [...(recorded.listeners.get(channel) ?? []), listener]);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    record('protocol.registerSchemesAsPrivileged', schemes);
    recorded.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    record('protocol.handle', scheme);
    recorded.protocols.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: typeof recorded.permissionRequest): void {
      recorded.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: typeof recorded.permissionCheck): void {
      recorded.permissionCheck = handler;
    },
    setDevicePermissionHandler(handler: typeof recorded.devicePermission): void {
      recorded.devicePermission = handler;
    },
  },
};

export const dialog = {
  showErrorBox(title: string, content: string): void {
    record('dialog.showErrorBox', title, content);
    recorded.errorBoxes.push({ title, content });
  },
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    record('dialog.showOpenDialog', ...args);
    return { canceled: true, filePaths: [] };
  },
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> {
    record('dialog.showSaveDialog', ...args);
    return { canceled: true };
  },
};

export const shell = {
  async openPath(path: string): Promise<string> {
    record('shell.openPath', path);
    return '';
  },
  async openExternal(url: string): Promise<void> {
    record('shell.openExternal', url);
  },
};

export const Menu = {
  buildFromTemplate(template: unknown): { template: unknown } {
    record('Menu.buildFromTemplate');
    return { template };
  },
  setApplicationMenu(menu: { template: unknown } | null): void {
    record('Menu.setApplicationMenu');
    recorded.menuTemplate = menu?.template ?? null;
  },
};

export default { app, BrowserWindow, ipcMain, protocol, session, dialog, shell, Menu };

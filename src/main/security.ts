// The window's security settings, each one a small function of plain inputs so it is tested under
// Node without an Electron binary (src/main/security.test.ts); index.ts only wires them to Electron.
// The checklist they follow: https://www.electronjs.org/docs/latest/tutorial/security
import type { CustomScheme, WebPreferences } from 'electron';
import { APP_HOST, APP_SCHEME } from './renderer-protocol';

/** The window's web preferences (index.ts adds only the preload path). */
export const WINDOW_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  // A middle click on a link would ask for a new window; the open handler denies it anyway, but
  // the page has no use for auxclick, so it is not offered at all.
  disableBlinkFeatures: 'Auxclick',
  spellcheck: true,
} as const satisfies WebPreferences;

/**
 * app:// behaves like https for the page: a standard scheme (relative URLs, an origin of its own),
 * secure (a secure context), fetch and module scripts allowed, V8's code cache on. It does not
 * bypass the CSP.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true,
  bypassCSP: false,
  allowServiceWorkers: false,
} as const satisfies CustomScheme['privileges'];

export const PRIVILEGED_SCHEMES: CustomScheme[] = [{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }];

/** What denyAllPermissions needs of an Electron Session (a plain object stands in for it in tests). */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string, origin: string, details: unknown) => boolean): void;
  setDevicePermissionHandler?(handler: (details: unknown) => boolean): void;
}

/**
 * The app needs no browser permission (camera, microphone, notifications, geolocation, clipboard
 * read, HID/USB/serial devices, …): every request and every check is answered no.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}

/**
 * Our own page: app://clearpack/index.html (any #route), or the dev server's origin in
 * development. Everything else, including another host on our scheme, is foreign.
 */
export function isOwnPageUrl(url: string, devServerUrl?: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (devServerUrl) {
    try {
      return u.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.pathname === '/index.html' && u.search === '' && u.username === '' && u.password === '';
}

/** What isOwnFrame needs of Electron's WebFrameMain. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** Only our own page's top frame may call the core or the desktop bridge (not an iframe in it). */
export function isOwnFrame(frame: SenderFrame | null | undefined, devServerUrl?: string): boolean {
  return !!frame && frame.parent === null && isOwnPageUrl(frame.url, devServerUrl);
}

/** The page may navigate only to itself (another #route); anything else is cancelled. */
export function mayNavigate(url: string, devServerUrl?: string): boolean {
  return isOwnPageUrl(url, devServerUrl);
}

/** Links handed to the system browser: http(s) only (never file:, smb:, custom handlers…). */
export function isExternalWebLink(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
  } catch {
    return false;
  }
}

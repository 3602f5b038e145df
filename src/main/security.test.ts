// The window's security settings, proven under Node: Electron's binary is not needed, since each
// setting is a plain value or a function of plain inputs (security.ts, renderer-protocol.ts) and
// Electron's objects are replaced by stand-ins that record what main hands them.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers';
import { APP_INDEX_URL, CSP, serveRenderer } from './renderer-protocol';
import {
  APP_SCHEME_PRIVILEGES,
  PRIVILEGED_SCHEMES,
  WINDOW_WEB_PREFERENCES,
  denyAllPermissions,
  isExternalWebLink,
  isOwnFrame,
  mayNavigate,
} from './security';
import type { PermissionSession } from './security';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** CSP text → directive → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('window options', () => {
  it('isolate the page from Node and Electron', () => {
    expect(WINDOW_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(WINDOW_WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
    expect(WINDOW_WEB_PREFERENCES).not.toHaveProperty('preload'); // main adds its own path, nothing else
  });

  it('main builds the window from them and loads app://, never file://', () => {
    const main = readFileSync(join(ROOT, 'src', 'main', 'index.ts'), 'utf8');
    expect(main).toMatch(/webPreferences: \{ \.\.\.WINDOW_WEB_PREFERENCES, preload: preloadFile \}/);
    expect(main).not.toMatch(/loadFile\(/);
    expect(main).toMatch(/loadURL\(devServerUrl \?\? APP_INDEX_URL\)/);
    expect(main).toMatch(/protocol\.registerSchemesAsPrivileged\(PRIVILEGED_SCHEMES\)/);
    expect(main).toMatch(/protocol\.handle\(APP_SCHEME, \(request\) => serveRenderer\(request, rendererDir\)\)/);
    expect(main).toMatch(/denyAllPermissions\(session\.defaultSession\)/);
  });
});

describe('the Content-Security-Policy', () => {
  const csp = directives(CSP);

  it('allows no inline script, no eval and nothing from elsewhere', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic|\*|https?:/);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]); // the page talks to nobody: the data stays on the disk
  });

  it('is a header only: the page carries no meta tag that could differ from it', () => {
    const html = readFileSync(join(ROOT, 'src', 'renderer', 'index.html'), 'utf8');
    expect(html).not.toMatch(/<meta[^>]+http-equiv/i);
  });
});

describe('app:// scheme', () => {
  it('is privileged like https, without bypassing the CSP', () => {
    expect(PRIVILEGED_SCHEMES).toEqual([{ scheme: 'app', privileges: APP_SCHEME_PRIVILEGES }]);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, bypassCSP: false });
    expect(APP_INDEX_URL).toBe('app://clearpack/index.html');
  });
});

describe('permissions', () => {
  /** Stands in for Electron's Session: keeps the handlers main installs. */
  function standInSession() {
    const installed: {
      request?: Parameters<PermissionSession['setPermissionRequestHandler']>[0];
      check?: Parameters<PermissionSession['setPermissionCheckHandler']>[0];
      device?: (details: unknown) => boolean;
    } = {};
    const session: PermissionSession = {
      setPermissionRequestHandler: (h) => void (installed.request = h),
      setPermissionCheckHandler: (h) => void (installed.check = h),
      setDevicePermissionHandler: (h) => void (installed.device = h),
    };
    return { session, installed };
  }
  const asked = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'pointerLock', 'hid', 'serial', 'usb', 'midiSysex', 'display-capture', 'window-management', 'unknown'];

  it('every request is answered no, every check is false, every device refused', () => {
    const { session, installed } = standInSession();
    denyAllPermissions(session);
    for (const permission of asked) {
      const answers: boolean[] = [];
      installed.request!({}, permission, (granted) => answers.push(granted), { requestingUrl: APP_INDEX_URL });
      expect(answers, permission).toEqual([false]);
      expect(installed.check!({}, permission, 'app://clearpack', {}), permission).toBe(false);
    }
    expect(installed.device!({ deviceType: 'hid', origin: 'app://clearpack' })).toBe(false);
  });

  it('works with a session that has no device handler', () => {
    const { session, installed } = standInSession();
    delete session.setDevicePermissionHandler;
    denyAllPermissions(session);
    expect(installed.check!({}, 'media', 'app://clearpack', {})).toBe(false);
  });
});

describe('IPC sender, navigation and external links', () => {
  const top = (url: string) => ({ url, parent: null });

  it('only our own page, in its top frame, may call the core', () => {
    expect(isOwnFrame(top('app://clearpack/index.html'))).toBe(true);
    expect(isOwnFrame(top('app://clearpack/index.html#/catalog/products/3'))).toBe(true);
    expect(isOwnFrame({ url: 'app://clearpack/index.html', parent: {} })).toBe(false); // an iframe in it
    for (const foreign of [
      'app://evil/index.html',
      'app://clearpack/other.html',
      'app://clearpack/index.html?x=1',
      'app://user@clearpack/index.html',
      'https://clearpack/index.html',
      'file:///opt/Clearpack/resources/app.asar/out/renderer/index.html',
      'http://localhost:5173/',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
      '',
    ])
      expect(isOwnFrame(top(foreign)), foreign).toBe(false);
    expect(isOwnFrame(null)).toBe(false);
    expect(isOwnFrame(undefined)).toBe(false);
  });

  it('in development, the dev server origin and nothing else', () => {
    const dev = 'http://localhost:5173';
    expect(isOwnFrame(top('http://localhost:5173/#/shipments'), dev)).toBe(true);
    expect(isOwnFrame(top('http://localhost:5174/'), dev)).toBe(false);
    expect(isOwnFrame(top('http://127.0.0.1:5173/'), dev)).toBe(false);
    expect(isOwnFrame(top('https://example.com/'), dev)).toBe(false);
  });

  it('the page navigates only within itself', () => {
    expect(mayNavigate('app://clearpack/index.html#/suppliers')).toBe(true);
    for (const away of ['https://example.com/', 'file:///etc/passwd', 'app://clearpack/../index.html?x', 'javascript:alert(1)', 'data:text/html,<b>x</b>'])
      expect(mayNavigate(away), away).toBe(false);
  });

  it('only http(s) links go to the system browser', () => {
    expect(isExternalWebLink('https://www.example.com/docs')).toBe(true);
    expect(isExternalWebLink('http://example.com')).toBe(true);
    for (const bad of ['file:///C:/Windows/System32/calc.exe', 'smb://server/share', 'javascript:alert(1)', 'ms-msdt:/id', 'mailto:a@b.c', 'app://clearpack/index.html', 'https://', 'nonsense'])
      expect(isExternalWebLink(bad), bad).toBe(false);
  });
});

describe('serveRenderer (the app:// handler)', () => {
  /** A renderer folder with an index, a script, a stylesheet, and secrets next to it. */
  function rendererFolder() {
    const root = tempDir();
    const dir = join(root, 'renderer');
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Clearpack</title>');
    writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets', 'index-abc.css'), 'body{}');
    writeFileSync(join(dir, 'assets', 'notes.txt'), 'not a type the page uses');
    writeFileSync(join(root, 'secret.js'), 'the seller’s secret');
    mkdirSync(join(root, 'renderer-evil'));
    writeFileSync(join(root, 'renderer-evil', 'x.js'), 'evil');
    symlinkSync(join(root, 'secret.js'), join(dir, 'assets', 'link.js'));
    return dir;
  }
  const get = (url: string, dir: string, method = 'GET') => serveRenderer(new Request(url, { method }), dir);

  it('serves index.html and the assets with their MIME type and the CSP header', async () => {
    const dir = rendererFolder();
    for (const [url, type, body] of [
      ['app://clearpack/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Clearpack</title>'],
      ['app://clearpack/', 'text/html; charset=utf-8', '<!doctype html><title>Clearpack</title>'],
      ['app://clearpack/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
      ['app://clearpack/assets/index-abc.css?v=1', 'text/css; charset=utf-8', 'body{}'],
    ] as const) {
      const res = await get(url, dir);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type'), url).toBe(type);
      expect(res.headers.get('content-security-policy'), url).toBe(CSP);
      expect(res.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(await res.text(), url).toBe(body);
    }
    const head = await get('app://clearpack/index.html', dir, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('refuses traversal, links out of the folder, unknown types and foreign hosts — with the CSP too', async () => {
    const dir = rendererFolder();
    for (const url of [
      'app://clearpack/../../etc/passwd',
      'app://clearpack/%2e%2e/%2e%2e/etc/passwd',
      'app://clearpack/%2e%2e/secret.js',
      'app://clearpack/assets/..%2f..%2fsecret.js',
      'app://clearpack/assets/..%5c..%5csecret.js',
      'app://clearpack/assets/%2e%2e%2f%2e%2e%2fsecret.js',
      'app://clearpack/..%2frenderer-evil/x.js',
      'app://clearpack/assets/index-abc.js%00.html',
      'app://clearpack/assets/%E0%A4%A.js',
      'app://clearpack/assets/link.js',
      'app://clearpack/assets/notes.txt',
      'app://clearpack/assets',
      'app://clearpack/missing.js',
      'app://clearpack/%2Fetc%2Fpasswd',
    ]) {
      const res = await get(url, dir);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy'), url).toBe(CSP);
      expect(await res.text(), url).toBe('');
    }
    expect((await get('app://evil/index.html', dir)).status).toBe(400);
    expect((await get('app://clearpack/index.html', dir, 'POST')).status).toBe(405);
  });

  it.skipIf(!existsSync(join(ROOT, 'out', 'renderer', 'index.html')))('serves the built renderer: index.html and every asset it links', async () => {
    const dir = join(ROOT, 'out', 'renderer');
    const index = await get(APP_INDEX_URL, dir);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CSP);
    const html = await index.text();
    const assets = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const res = await get(`app://clearpack/${asset}`, dir);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('content-type'), asset).toMatch(asset.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
    }
  });
});

describe('fuses at packaging (package.json build.electronFuses)', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { build: { asar?: boolean; electronFuses?: Record<string, boolean> } };

  it('flips every fuse that opens the packaged app to code it did not ship', () => {
    expect(pkg.build.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(pkg.build.asar).toBe(true); // onlyLoadAppFromAsar needs the app in an asar
  });
});

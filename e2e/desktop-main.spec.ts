// Electron main's own wiring, proven without a window: the BUILT out/main/index.js runs under plain
// Node with a stand-in for the `electron` module (test/desktop/electron-stand-in.ts: it records
// calls, it is not Electron) and drives the real core host it starts (test/desktop/drive-main.ts).
// In the e2e stage because it needs `npm run build` (out/). It fails when a path main computes
// (preload, page, core host, job worker, resources) is wrong, or when a module cannot be resolved.
import { expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ROOT, driveMain } from '../test/desktop/run-main';
import type { Drive } from '../test/desktop/run-main';

const OUT = join(ROOT, 'out');
let drive: Drive;
let tmp: string;

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

test.beforeAll(async () => {
  test.setTimeout(300_000);
  expect(existsSync(join(OUT, 'main', 'index.js')), 'out/main/index.js: run `npm run build` first').toBe(true);
  tmp = mkdtempSync(join(tmpdir(), 'clearpack-main-'));
  drive = await driveMain(join(OUT, 'main', 'index.js'), join(tmp, 'userData'));
});

test.afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const inOut = (path: string) => !relative(OUT, path).startsWith('..');

test('main loads under the stand-in, starts, answers and quits, and the process then ends on its own', () => {
  expect(drive.timedOut, `main (or a thread it left) kept the process alive\n${drive.stderr}`).toBe(false);
  expect(drive.report.failure, drive.stderr).toBeUndefined();
  expect(drive.code, drive.stderr).toBe(0);
  expect(drive.report.beforeReady).toMatchObject({ name: 'Clearpack', windowsBeforeReady: 0 });
  expect(drive.report.beforeReady.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false }) })]);
  // Quit waited for the host: the database was closed (its WAL checkpointed and removed) before the app ended.
  expect(drive.report.quit).toEqual({ quit: true, exitCode: null, errorBoxes: [], walLeft: false });
});

test('the window: isolated, sandboxed, no Node, web security on, no <webview>, our page over app://', () => {
  const { options, loadedUrl, shown } = drive.report.window;
  expect(options.show).toBe(false); // shown on ready-to-show
  expect(shown).toBe(true);
  expect(options.webPreferences).toMatchObject({
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
  });
  expect(Object.keys(options.webPreferences).sort()).not.toContain('enableRemoteModule');
  expect(loadedUrl).toBe('app://clearpack/index.html');
});

test('the paths main computes exist in out/: the CommonJS preload, the page and its assets, the core host and the job worker', () => {
  const { preload, workers, page } = drive.report;
  expect(preload.path).toBe(join(OUT, 'preload', 'index.cjs'));
  expect(preload.exists).toBe(true);
  expect(preload, preload.error).toMatchObject({ commonJs: true, required: ['electron'], exposed: ['clearpackInvoke', 'clearpackDesktop'] });

  expect(workers).toHaveLength(1); // main starts only the core host; the host starts the job workers
  const [host] = workers;
  expect(host.file).toBe(join(OUT, 'main', 'core-host.js'));
  expect(host.exists).toBe(true);
  expect(host.workerData.jobWorkerFile).toBe(join(OUT, 'main', 'jobs-worker.js'));
  expect(host.jobWorkerExists).toBe(true);
  expect(inOut(host.file) && inOut(host.workerData.jobWorkerFile)).toBe(true);
  expect(host.workerData.location).toEqual({ packaged: false }); // from the repository: resources/ found there
  expect(host.workerData.dataDir).toBe(join(tmp, 'userData'));
  expect(host.workerData.warmJobs).toBe(true); // the desktop's jobs start on a warm worker

  expect(page.handled).toBe(true);
  expect(page.index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
  expect(page.index.csp).toContain("default-src 'none'");
  expect(page.assets.length, 'index.html links its script and stylesheet').toBeGreaterThanOrEqual(2);
  for (const a of page.assets) expect(a, a.url).toMatchObject({ status: 200 });
  expect(page.foreignHost).toBe(400);
});

test('every IPC channel main registers refuses a foreign sender frame, without a side effect', () => {
  const { channels, listenerChannels, refusals, ownDesktop } = drive.report;
  expect(channels).toEqual(expect.arrayContaining(['clearpack:call', 'clearpack:desktop:openPath', 'clearpack:desktop:pickFile', 'clearpack:desktop:pickSaveFile', 'clearpack:desktop:pickFolder']));
  expect(listenerChannels, 'ipcMain.on channels would need their own sender check here').toEqual([]);
  for (const channel of channels as string[]) {
    const byFrame = refusals[channel];
    expect(Object.keys(byFrame)).toHaveLength(7);
    for (const [frame, { answer, sideEffects }] of Object.entries(byFrame as Record<string, { answer: unknown; sideEffects: number }>)) {
      const refused = channel === 'clearpack:call' ? (answer as { error?: { code?: string } })?.error?.code === 'BLOCKED' : answer === null || (answer as { ok?: boolean })?.ok === false;
      expect(refused, `${channel} from ${frame}: ${JSON.stringify(answer)}`).toBe(true);
      expect(sideEffects, `${channel} from ${frame} opened a dialog or the viewer`).toBe(0);
    }
  }
  // The foreign products.create calls were not made: only our page's product is there.
  expect(drive.report.core.list.skus).toEqual(['BT-HP-001']);
  // The same channels do answer our own page (the refusals are the sender check).
  expect(ownDesktop).toEqual(['dialog.showOpenDialog', 'shell.openPath']);
});

test("our page's envelopes reach the real core host: products.list from the temporary data folder, HS data, a pack, a backup job", () => {
  const { core } = drive.report;
  expect(core.dataDir).toBe(join(tmp, 'userData'));
  expect(core.databaseExists).toBe(true);
  expect(core.list).toEqual({ total: 1, skus: ['BT-HP-001'] });
  expect(core.hsCodes).toContain('851830');
  expect(core.unknownMethod).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  expect(core.notAString).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  expect(core.pack).toMatchObject({ exists: true, head: '%PDF-', pages: 6, form: 'CN22' });
  expect(dirname(core.pack.archivePath)).toBe(join(tmp, 'userData', 'packs'));
  expect(core.backup).toMatchObject({ state: 'done', exists: true });
  expect(dirname(core.backup.path)).toBe(join(tmp, 'userData', 'backups'));
});

test('permissions, new windows and navigation are denied; http(s) links go to the system browser only', () => {
  const { permissions, contents } = drive.report;
  expect(permissions.handlers).toEqual({ request: true, check: true, device: true });
  for (const [p, a] of Object.entries(permissions.answers)) expect(a, p).toEqual({ request: false, check: false });
  expect(permissions.device).toBe(false);
  expect(contents.windowOpen).toEqual({
    https: { action: { action: 'deny' }, openedExternally: true },
    file: { action: { action: 'deny' }, openedExternally: false },
    custom: { action: { action: 'deny' }, openedExternally: false },
    own: { action: { action: 'deny' }, openedExternally: false },
  });
  expect(contents.willNavigate).toEqual({ foreign: true, file: true, own: false });
  expect(contents.willRedirect).toEqual({ foreign: true, own: false });
  expect(contents.attachWebview).toBe(true);
});

test("the menu: File → Back up now tells the page", () => {
  expect(drive.report.menu.top).toEqual(expect.arrayContaining(['File', 'View', 'Help']));
  // The page's language reaches the native menu.
  expect(drive.report.menu.switched).toEqual({ ok: true });
  expect(drive.report.menu.zhTop).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
  expect(drive.report.menu.sentToPage).toEqual([{ channel: 'clearpack:desktop:menu', args: ['backup'] }]);
});

test('launched again while open: no second window; the open one comes back to the front (restored, shown, focused)', () => {
  expect(drive.report.lock).toBe(1);
  expect(drive.report.secondInstance).toEqual({ windows: 1, minimized: false, calls: ['win.restore', 'win.focus'] });
});

test('a second copy of the app ends at once: no window, no core host, no IPC, the data folder not even created', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-second-'));
  try {
    const second = await driveMain(join(OUT, 'main', 'index.js'), join(dir, 'userData'), { secondCopy: true, timeoutMs: 60_000 });
    expect(second.timedOut, second.stderr).toBe(false);
    expect(second.report.failure, second.stderr).toBeUndefined();
    expect(second.report.secondCopy).toEqual({ quit: true, windows: 0, workers: 0, dataFolderCreated: false, handlers: 0, errorBoxes: [] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

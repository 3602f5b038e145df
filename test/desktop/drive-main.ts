// Loads the BUILT Electron main (out/main/index.js, or the same file in a staged package) under
// plain Node with the electron stand-in (electron-stand-in.ts, injected by register.mjs), plays
// Electron's part and writes what main did to a JSON report for e2e/desktop-main.spec.ts and
// e2e/packaged-layout.spec.ts to assert:
//
//   node --import tsx --import ./test/desktop/register.mjs test/desktop/drive-main.ts \
//        <main entry> <data dir> <report.json> [--packaged <resourcesPath> | --second-copy]
//
// --second-copy: another copy of the app holds the single-instance lock; main must end at once.
//
// Everything is real but Electron: main's bundle and chunks, the core host worker it starts, the
// job worker, SQLite in the data folder, the rules and fonts from where main says they are. A
// module main (or a worker) cannot resolve makes this process fail with the error on stderr.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import type { Worker as NodeWorkerClass, WorkerOptions } from 'node:worker_threads';
import * as standIn from './electron-stand-in';

const [entry = '', dataDir = '', reportFile = '', flag, resourcesPath] = process.argv.slice(2);
if (!entry || !dataDir || !reportFile) throw new Error('usage: drive-main.ts <main entry> <data dir> <report.json> [--packaged <resourcesPath>]');
const packaged = flag === '--packaged';
const secondCopy = flag === '--second-copy';
const ROOT_DIR = process.cwd();
if (packaged && !resourcesPath) throw new Error('--packaged needs the resourcesPath');

// What Electron would provide: the user-data folder (a temp dir here) and, packaged, process.resourcesPath.
standIn.config.userData = dataDir;
standIn.config.appData = dataDir;
standIn.config.isPackaged = packaged;
standIn.config.otherCopyRunning = secondCopy;
if (packaged) Object.defineProperty(process, 'resourcesPath', { value: resourcesPath, configurable: true });
// The data folder comes from app.getPath('userData'), not from the variable that overrides it.
delete process.env.CLEARPACK_DATA_DIR;
delete process.env.ELECTRON_RENDERER_URL;

// The workers main starts (file and workerData), recorded by a subclass of Node's Worker.
const workers: { file: string; workerData: Record<string, unknown> }[] = [];
const threads = createRequire(import.meta.url)('node:worker_threads') as { Worker: typeof NodeWorkerClass };
const NodeWorker = threads.Worker;
threads.Worker = class RecordedWorker extends NodeWorker {
  constructor(file: string | URL, options?: WorkerOptions) {
    workers.push({ file: String(file), workerData: (options?.workerData ?? {}) as Record<string, unknown> });
    super(file, options);
  }
} as typeof NodeWorker;
syncBuiltinESMExports();

const report: Record<string, unknown> = { packaged };
const save = () => writeFileSync(reportFile, JSON.stringify(report, null, 2));
const until = async (what: string, ok: () => boolean, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (standIn.recorded.errorBoxes.length) throw new Error(`main showed an error box: ${JSON.stringify(standIn.recorded.errorBoxes)}`);
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
const OWN_URL = 'app://clearpack/index.html#/catalog';
const ownFrame = { url: OWN_URL, parent: null, routingId: 1 };
/** Frames that are not our page's top frame: each must be refused on every channel. */
const FOREIGN_FRAMES = {
  'another origin': { url: 'https://evil.example/index.html', parent: null },
  'another host on our scheme': { url: 'app://evil/index.html', parent: null },
  'our page with a query': { url: 'app://clearpack/index.html?x=1', parent: null },
  'another file of ours': { url: 'app://clearpack/assets/x.html', parent: null },
  'file://': { url: 'file:///index.html', parent: null },
  'a subframe of our page': { url: OWN_URL, parent: { url: OWN_URL, parent: null } },
  'no frame (destroyed)': null,
} as const;

async function main(): Promise<void> {
  await import(pathToFileURL(entry).href);
  report.beforeReady = {
    name: standIn.recorded.name,
    privilegedSchemes: standIn.recorded.privilegedSchemes,
    windowsBeforeReady: standIn.BrowserWindow.getAllWindows().length,
  };
  standIn.app.standInReady();
  if (secondCopy) {
    // Given time to do anything it would do: it must have quit and opened nothing.
    await new Promise((r) => setTimeout(r, 1500));
    report.secondCopy = {
      quit: standIn.recorded.quit,
      windows: standIn.BrowserWindow.getAllWindows().length,
      workers: workers.length,
      dataFolderCreated: existsSync(dataDir),
      handlers: standIn.recorded.handlers.size,
      errorBoxes: standIn.recorded.errorBoxes,
    };
    save();
    return;
  }
  await until('the window', () => standIn.BrowserWindow.getAllWindows().length > 0);
  const win = standIn.BrowserWindow.getAllWindows()[0]!;
  await until('ready-to-show', () => win.shown);
  const prefs = (win.options.webPreferences ?? {}) as Record<string, unknown>;
  report.window = { options: win.options, loadedUrl: win.loadedUrl, shown: win.shown };

  // Paths main computed: the preload (CommonJS, requiring only electron), the workers, the page.
  const preload = String(prefs.preload ?? '');
  const preloadReport: Record<string, unknown> = { path: preload, exists: existsSync(preload) };
  if (existsSync(preload)) {
    const source = readFileSync(preload, 'utf8');
    const exposed: string[] = [];
    const required: string[] = [];
    try {
      // A CommonJS wrapper, as Electron's sandboxed preload runs it: an ES module does not parse here.
      const fn = new vm.Script(`(function (exports, require, module) {${source}\n})`, { filename: preload }).runInThisContext() as (e: unknown, r: (id: string) => unknown, m: unknown) => void;
      const module = { exports: {} };
      fn(module.exports, (id) => {
        required.push(id);
        if (id !== 'electron') throw new Error(`a sandboxed preload cannot require '${id}'`);
        return { contextBridge: { exposeInMainWorld: (key: string) => exposed.push(key) }, ipcRenderer: { invoke: () => undefined, on: () => undefined, removeListener: () => undefined } };
      }, module);
      preloadReport.commonJs = true;
    } catch (err) {
      preloadReport.commonJs = false;
      preloadReport.error = (err as Error).message;
    }
    Object.assign(preloadReport, { exposed, required });
  }
  report.preload = preloadReport;
  report.workers = workers.map((w) => ({ file: w.file, exists: existsSync(w.file), workerData: w.workerData, jobWorkerExists: typeof w.workerData.jobWorkerFile === 'string' && existsSync(w.workerData.jobWorkerFile) }));

  // The page as main serves it: index.html over app://, and every script and stylesheet it links.
  const serve = standIn.recorded.protocols.get('app');
  const page: Record<string, unknown> = { handled: !!serve };
  if (serve) {
    const index = await serve(new Request('app://clearpack/index.html'));
    const html = await index.text();
    page.index = { status: index.status, csp: index.headers.get('content-security-policy'), type: index.headers.get('content-type') };
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => new URL(m[1]!, 'app://clearpack/index.html').href);
    page.assets = await Promise.all(assets.map(async (url) => ({ url, status: (await serve(new Request(url))).status })));
    page.foreignHost = (await serve(new Request('app://evil/index.html'))).status;
  }
  report.page = page;

  // Every IPC channel main registered refuses every foreign frame, with no side effect.
  const handlers = standIn.recorded.handlers;
  const sideEffects = () => standIn.calls.filter((c) => /^(dialog|shell)\./.test(c.name)).length;
  const refusals: Record<string, Record<string, unknown>> = {};
  for (const [channel, handler] of handlers) {
    refusals[channel] = {};
    for (const [label, frame] of Object.entries(FOREIGN_FRAMES)) {
      const before = sideEffects();
      const args = channel === 'clearpack:call' ? ['products.create', { sku: `FOREIGN-${label}`, name: 'x' }] : channel.endsWith('openPath') ? [join(dataDir, 'clearpack.sqlite')] : [{}];
      const answer = await handler({ sender: win.webContents, senderFrame: frame }, ...args);
      refusals[channel]![label] = { answer, sideEffects: sideEffects() - before };
    }
  }
  // The same channels answer our own page (so a refusal above is the sender check, not a dead channel).
  const own = { sender: win.webContents, senderFrame: ownFrame };
  const before = standIn.calls.length;
  await handlers.get('clearpack:desktop:pickFile')?.(own, { title: 'Pick' });
  await handlers.get('clearpack:desktop:openPath')?.(own, join(dataDir, 'clearpack.sqlite'));
  report.ownDesktop = standIn.calls.slice(before).map((c) => c.name);
  report.channels = [...handlers.keys()];
  report.listenerChannels = [...standIn.recorded.listeners.keys()];
  report.refusals = refusals;

  // Our page's calls reach the real core host, in the folder app.getPath('userData') named.
  const call = async (method: string, input: unknown) => (await handlers.get('clearpack:call')!({ sender: win.webContents, senderFrame: ownFrame }, method, input)) as Envelope;
  const value = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await call(method, input);
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  const created = await value<{ id: number }>('products.create', { sku: 'BT-HP-001', name: 'Bluetooth headphones', localName: '蓝牙耳机', hsCode: '851830', originCountry: 'CN', unitNetWeightG: 250, unitValue: 2490, currency: 'USD' });
  const list = await value<{ total: number; items: { sku: string }[] }>('products.list', {});
  const hs = await value<{ code: string }[] | { items: { code: string }[] }>('hs.search', { query: 'headphones', limit: 5 });
  const unknownMethod = await call('no.such.method', {});
  const notAString = await handlers.get('clearpack:call')!({ sender: win.webContents, senderFrame: ownFrame }, 42, {});
  // A pack: the host draws it with the fonts from where resourceDirs() says (the package's fonts/ when packaged).
  await value('settings.update', { exporterName: 'Shenzhen Bright Trading Co., Ltd.', addressLines: ['Room 1203, Tech Park'], city: 'Shenzhen', postcode: '518000', country: 'CN', phone: '+86 755 1234 5678', signatoryName: 'Li Wei', rates: [{ from: 'USD', to: 'XDR', rate: 0.75, date: '2026-11-01' }] });
  const shipment = await value<{ id: number }>('shipments.create', {
    consignee: { name: 'Anna Schmidt', addressLines: ['Hauptstr. 5'], city: 'Berlin', postcode: '10115', country: 'DE', phone: '+49 30 123456' },
    invoiceNumber: 'INV-1', invoiceDate: '2026-11-21', shipDate: '2026-11-22', postage: 850, items: [{ productId: created.id, quantity: 1 }], parcels: [{ grossWeightG: 400 }],
  });
  const pack = await value<{ archivePath: string; pages: number; sha256: string }>('documents.buildPack', { shipmentId: shipment.id });
  // A job: the job worker main passed to the host starts and finishes (a backup into backups/).
  const { jobId } = await value<{ jobId: string }>('backup.create', {});
  let job: { state: string; result?: { path?: string }; error?: unknown } = { state: 'running' };
  for (const end = Date.now() + 90_000; job.state === 'running' && Date.now() < end; await new Promise((r) => setTimeout(r, 100))) job = await value('jobs.get', { jobId });
  report.core = {
    dataDir,
    databaseExists: existsSync(join(dataDir, 'clearpack.sqlite')),
    list: { total: list.total, skus: list.items.map((p) => p.sku) },
    hsCodes: (Array.isArray(hs) ? hs : hs.items).map((h) => h.code),
    unknownMethod,
    notAString,
    pack: { ...pack, exists: existsSync(pack.archivePath), head: existsSync(pack.archivePath) ? readFileSync(pack.archivePath).subarray(0, 5).toString('latin1') : null },
    backup: { state: job.state, path: job.result?.path, exists: !!job.result?.path && existsSync(job.result.path), error: job.error },
  };

  // Permissions: every request and check answered no.
  const perms: Record<string, unknown> = {};
  for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'openExternal']) {
    let granted: boolean | null = null;
    standIn.recorded.permissionRequest?.({}, p, (g) => (granted = g), {});
    perms[p] = { request: granted, check: standIn.recorded.permissionCheck?.({}, p, 'app://clearpack', {}) ?? null };
  }
  report.permissions = { handlers: { request: !!standIn.recorded.permissionRequest, check: !!standIn.recorded.permissionCheck, device: !!standIn.recorded.devicePermission }, answers: perms, device: standIn.recorded.devicePermission?.({ deviceType: 'usb' }) ?? null };

  // New windows and navigation, on the window's contents.
  const wc = win.webContents;
  const opened = (url: string) => {
    const before = standIn.calls.filter((c) => c.name === 'shell.openExternal').length;
    const action = wc.windowOpenHandler?.({ url }) ?? null;
    return { action, openedExternally: standIn.calls.filter((c) => c.name === 'shell.openExternal').length > before };
  };
  const prevented = (event: string, url?: string) => {
    let p = false;
    wc.emit(event, { preventDefault: () => (p = true) }, url);
    return p;
  };
  report.contents = {
    windowOpen: { https: opened('https://example.com/help'), file: opened('file:///etc/passwd'), custom: opened('smb://host/share'), own: opened('app://clearpack/index.html') },
    willNavigate: { foreign: prevented('will-navigate', 'https://evil.example/'), file: prevented('will-navigate', 'file:///etc/passwd'), own: prevented('will-navigate', 'app://clearpack/index.html#/shipments') },
    willRedirect: { foreign: prevented('will-redirect', 'https://evil.example/'), own: prevented('will-redirect', 'app://clearpack/index.html#/') },
    attachWebview: prevented('will-attach-webview'),
    listeners: ['will-navigate', 'will-redirect', 'will-attach-webview'].filter((e) => wc.listenerCount(e) > 0),
  };

  // The menu: File → Back up now / Restore send the page their action.
  const template = standIn.recorded.menuTemplate as { label?: string; submenu?: { label?: string; click?: () => void }[] }[] | null;
  const file = template?.find((m) => m.label === 'File');
  file?.submenu?.find((i) => i.label === 'Back up now')?.click?.();
  const top = (t: unknown) => (t as { label?: string; role?: string }[] | null)?.map((m) => m.label ?? m.role);
  // The page says it is shown in Chinese: main builds the menu again in Chinese.
  const switched = await handlers.get('clearpack:desktop:setLanguage')?.(own, 'zh');
  report.menu = { top: top(template), sentToPage: wc.sent.map((s) => s), switched, zhTop: top(standIn.recorded.menuTemplate) };
  save();

  // The app launched again while this window is minimised: no second window, this one comes back.
  win.minimize();
  const beforeSecond = standIn.calls.length;
  standIn.app.emit('second-instance', {}, ['clearpack'], ROOT_DIR, {});
  report.secondInstance = { windows: standIn.BrowserWindow.getAllWindows().length, minimized: win.isMinimized(), calls: standIn.calls.slice(beforeSecond).map((c) => c.name) };
  report.lock = standIn.calls.filter((c) => c.name === 'app.requestSingleInstanceLock').length;
  save();

  // The user closes the window: main quits, the host closes the database and stops its threads;
  // this process must then end on its own (a thread left running would keep it alive).
  win.close();
  await until('the app to quit', () => standIn.recorded.quit, 30_000);
  report.quit = { quit: standIn.recorded.quit, exitCode: standIn.recorded.exitCode, errorBoxes: standIn.recorded.errorBoxes, walLeft: existsSync(join(dataDir, 'clearpack.sqlite-wal')) };
  save();
}

main().catch((err: Error) => {
  report.failure = `${err.name}: ${err.message}`;
  save();
  console.error(err);
  process.exitCode = 1;
  // The host may still run: end here, the failure is reported.
  setTimeout(() => process.exit(1), 2000).unref();
});

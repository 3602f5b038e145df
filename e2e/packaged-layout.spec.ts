// The packaged app's layout, from electron-builder's settings in package.json ("build"), checked
// against the build in out/ (so it runs in the e2e stage, after `npm run build`):
// - every file main, the preload, the page and the workers load at run time is in the archive
//   (the `files` globs), and every package they import is a production dependency in it;
// - native modules (better-sqlite3's .node) are unpacked from the asar (`asarUnpack`), and no
//   data file a worker reads (rules, HS data, sampling tables, fonts) is inside the archive: they
//   are extraResources, in process.resourcesPath, where resourceDirs() looks when packaged;
// - the staged package RUNS: its main under the electron stand-in (isPackaged, a resourcesPath),
//   the core host and a job worker from the archive's folder, the rules and fonts from beside it.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { FONT_FILES, resourceDirs } from '../src/core/paths';
import { ROOT, driveMain } from '../test/desktop/run-main';
import type { Drive } from '../test/desktop/run-main';
import { builtClosure, decide, readBuild, stagePackage } from '../test/desktop/package-layout';
import type { StagedPackage } from '../test/desktop/package-layout';

const OUT = join(ROOT, 'out');
const posix = (p: string) => p.split(sep).join('/');
let tmp: string;
let staged: StagedPackage;
const build = readBuild();

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

test.beforeAll(() => {
  expect(existsSync(join(OUT, 'main', 'index.js')), 'out/main/index.js: run `npm run build` first').toBe(true);
  tmp = mkdtempSync(join(tmpdir(), 'clearpack-package-'));
  staged = stagePackage(tmp, build);
});

test.afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('every file main and its workers load at run time is in the package (the `files` globs)', () => {
  expect(build.asar).toBe(true);
  const entries = ['index.js', 'core-host.js', 'jobs-worker.js'].map((f) => join(OUT, 'main', f));
  const { files, packages } = builtClosure(entries);
  expect(files.size, 'main, the host and the job worker with their chunks').toBeGreaterThan(3);
  // What main hands Electron by path: the preload, and the page with everything the build emitted for it.
  const byPath = [join(OUT, 'preload', 'index.cjs'), ...readdirSync(join(OUT, 'renderer'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))];
  const missing = [...files, ...byPath].map((f) => posix(relative(ROOT, f))).filter((rel) => !staged.appFiles.has(rel));
  expect(missing, 'loaded at run time but left out of the package by build.files').toEqual([]);
  expect(staged.appFiles.has('package.json')).toBe(true); // main: "out/main/index.js", type: module

  // Every package the bundles import: a production dependency, and in the archive.
  const deps = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
  const imported = [...packages].filter((p) => p !== 'electron');
  expect(imported.length).toBeGreaterThan(0);
  for (const p of imported) {
    expect(deps, `${p} is imported by out/main but is not in "dependencies" (electron-builder packs only those)`).toContain(p);
    expect(staged.appFiles.has(`node_modules/${p}/package.json`), `node_modules/${p} is not in the package`).toBe(true);
  }
});

test('native modules are unpacked from the asar; the data files workers read are outside it, in process.resourcesPath', () => {
  const native = [...staged.appFiles].filter((f) => f.endsWith('.node'));
  expect(native, "better-sqlite3's addon is packed").toContain('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
  for (const f of native) expect(decide(build.asarUnpack, f), `${f} must be unpacked (build.asarUnpack): Electron cannot dlopen inside app.asar`).toBe(true);
  // Nothing under resources/ or the font packages is in the archive: one copy, beside it.
  expect([...staged.appFiles].filter((f) => f.startsWith('resources/') || f.startsWith('node_modules/@expo-google-fonts/'))).toEqual([]);

  // The packaged branch of resourceDirs(): every file the core reads from there was staged.
  const dirs = resourceDirs({ packaged: true, resourcesPath: staged.resourcesPath });
  const repo = resourceDirs({ packaged: false });
  const inResources = (p: string) => posix(relative(staged.resourcesPath, p));
  const needed = [
    ...readdirSync(repo.dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(dirs.dir, relative(repo.dir, join(e.parentPath, e.name)))),
    ...Object.values(FONT_FILES).map((f) => join(dirs.fonts, f)),
  ];
  expect(needed.length).toBeGreaterThan(10);
  const absent = needed.map(inResources).filter((rel) => !staged.extraFiles.has(rel));
  expect(absent, 'read from process.resourcesPath when packaged but not in build.extraResources').toEqual([]);
  for (const f of ['resources/hs/hs2022.json', 'resources/quality/iso2859-1.json', 'fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf']) expect(staged.extraFiles.has(f), f).toBe(true);
  // The fonts' licence (SIL OFL) travels with them.
  expect([...staged.extraFiles].filter((f) => minimatch(f, 'fonts/*/LICENSE_FONT')).length).toBe(3);
});

test('the staged package runs: main from app.asar, the core from it, resources and fonts from process.resourcesPath', async () => {
  const userData = join(tmp, 'userData');
  const drive: Drive = await driveMain(join(staged.appDir, 'out', 'main', 'index.js'), userData, { resourcesPath: staged.resourcesPath });
  expect(drive.timedOut, drive.stderr).toBe(false);
  expect(drive.report.failure, drive.stderr).toBeUndefined();
  expect(drive.code, drive.stderr).toBe(0);
  const { window, preload, workers, page, core } = drive.report;
  const inApp = (p: string) => !relative(staged.appDir, p).startsWith('..');
  expect(preload).toMatchObject({ exists: true, commonJs: true });
  expect(inApp(preload.path), preload.path).toBe(true);
  expect(window.loadedUrl).toBe('app://clearpack/index.html');
  for (const a of page.assets) expect(a, a.url).toMatchObject({ status: 200 });
  expect(page.index.status).toBe(200);
  const [host] = workers;
  expect(host).toMatchObject({ exists: true, jobWorkerExists: true });
  expect(inApp(host.file) && inApp(host.workerData.jobWorkerFile)).toBe(true);
  // Main passed Electron's answers on: packaged, with the resources folder beside the archive.
  expect(host.workerData.location).toEqual({ packaged: true, resourcesPath: staged.resourcesPath });
  expect(core.list.skus).toEqual(['BT-HP-001']);
  expect(core.hsCodes).toContain('851830'); // HS data from <resourcesPath>/resources/hs
  // A pack needs the fonts, which are nowhere in the archive: they came from <resourcesPath>/fonts.
  expect(core.pack).toMatchObject({ exists: true, head: '%PDF-', pages: 6 });
  const text = execFileSync('pdftotext', [core.pack.archivePath, '-']).toString();
  expect(text).toMatch(/Bluetooth headphones\s+蓝牙耳机/); // Latin and CJK fonts both drawn (the product sheet's title and its local name)
  expect(core.backup).toMatchObject({ state: 'done', exists: true }); // the job worker ran from the archive
});

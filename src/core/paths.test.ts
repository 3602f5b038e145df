// resourceDirs(): the one place the app's resources (rules, HS data, sampling tables, fonts) are
// found — from the repository, and from process.resourcesPath when packaged. The packaged tree
// itself (electron-builder's extraResources) is staged and run in e2e/packaged-layout.spec.ts.
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, resourceDirs, runningFrom } from './paths';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe('resourceDirs', () => {
  it('from the repository: its resources/ folder and the font packages in node_modules', () => {
    const dirs = resourceDirs({ packaged: false });
    expect(dirs.dir).toBe(join(ROOT, 'resources'));
    expect(dirs.fonts).toBe(join(ROOT, 'node_modules', '@expo-google-fonts'));
    for (const f of ['hs/hs2022.json', 'rules/forms.json', 'quality/iso2859-1.json']) expect(existsSync(join(dirs.dir, f)), f).toBe(true);
    for (const f of Object.values(FONT_FILES)) expect(existsSync(join(dirs.fonts, f)), f).toBe(true);
    // The sources are not packaged, so the default is the same.
    expect(resourceDirs()).toEqual(dirs);
  });

  it('packaged: resources/ and fonts/ in process.resourcesPath (outside app.asar), never the repository', () => {
    const resourcesPath = join(sep, 'opt', 'Clearpack', 'resources');
    expect(resourceDirs({ packaged: true, resourcesPath })).toEqual({ dir: join(resourcesPath, 'resources'), fonts: join(resourcesPath, 'fonts') });
    expect(() => resourceDirs({ packaged: true })).toThrow(/resourcesPath/);
  });

  it('a thread knows it is packaged from its own file: inside app.asar, whose folder is process.resourcesPath', () => {
    const resourcesPath = join(sep, 'opt', 'Clearpack', 'resources');
    expect(runningFrom(pathToFileURL(join(resourcesPath, 'app.asar', 'out', 'main', 'core-host.js')).href)).toEqual({ packaged: true, resourcesPath });
    expect(runningFrom(pathToFileURL(join(resourcesPath, 'app.asar', 'out', 'main', 'chunks', 'paths-x.js')).href)).toEqual({ packaged: true, resourcesPath });
    expect(runningFrom(pathToFileURL(join(ROOT, 'out', 'main', 'core-host.js')).href)).toEqual({ packaged: false });
    expect(runningFrom(pathToFileURL(join(ROOT, 'src', 'core', 'paths.ts')).href)).toEqual({ packaged: false });
    // A folder merely named like the archive elsewhere in the path is not mistaken for it.
    expect(runningFrom(pathToFileURL(join(sep, 'home', 'me', 'app.asar.backup', 'out', 'main', 'index.js')).href)).toEqual({ packaged: false });
  });
});

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_NAME = 'Clearpack';
export const DATABASE_FILE = 'clearpack.sqlite';

/**
 * Where Electron's app.getPath('userData') points for an app named Clearpack, so the CLI and the
 * desktop app share one data folder without the CLI loading Electron.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.CLEARPACK_DATA_DIR) return env.CLEARPACK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/**
 * The repository's resources/ folder: found by walking up from this module, which works from the
 * sources (tests, CLI) and from the bundle in out/main. A packaged app uses resourceDirs().
 */
export function findResourcesDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'resources', 'hs', 'hs2022.json'))) return join(dir, 'resources');
    if (dirname(dir) === dir) throw new Error(`resources/ not found above ${from}`);
  }
}

/** Where the code runs: from the repository (sources, out/, CLI, tests) or from a packaged app. */
export interface AppLocation {
  packaged: boolean;
  /** Electron's process.resourcesPath: the folder holding app.asar and the extraResources. */
  resourcesPath?: string;
}

export interface ResourceDirs {
  /** rules/, hs/, quality/ (the reference data). */
  dir: string;
  /** The folder of the font packages: noto-sans/, noto-sans-sc/, noto-sans-kr/ (see pdf/fonts.ts). */
  fonts: string;
}

/** Font files, relative to ResourceDirs.fonts (the same layout as node_modules/@expo-google-fonts). */
export const FONT_FILES = {
  sans: 'noto-sans/400Regular/NotoSans_400Regular.ttf',
  'sans-bold': 'noto-sans/700Bold/NotoSans_700Bold.ttf',
  cjk: 'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  hangul: 'noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
} as const;

const require = createRequire(import.meta.url);

/**
 * THE place the app's resources are found (reference data and fonts). Packaged, they are outside
 * the asar archive, in Electron's process.resourcesPath (package.json build.extraResources:
 * resources/ → resources/, the four fonts → fonts/), so every thread reads them as plain files.
 * From the repository: its resources/ folder and the font packages in node_modules.
 */
export function resourceDirs(location: AppLocation = runningFrom()): ResourceDirs {
  if (location.packaged) {
    if (!location.resourcesPath) throw new Error('A packaged app needs its resourcesPath to find its resources');
    return { dir: join(location.resourcesPath, 'resources'), fonts: join(location.resourcesPath, 'fonts') };
  }
  const sans = require.resolve(`@expo-google-fonts/${FONT_FILES.sans}`);
  return { dir: findResourcesDir(), fonts: dirname(dirname(dirname(sans))) };
}

/**
 * Where this code runs, from its own file: inside `…/app.asar/` means packaged, and the folder
 * that holds app.asar is Electron's process.resourcesPath. Worker threads (the core host, the job
 * workers) have no Electron API to ask, but their bundles sit in the same archive as main's.
 */
export function runningFrom(moduleUrl: string = import.meta.url): AppLocation {
  const parts = fileURLToPath(moduleUrl).split(sep);
  const at = parts.lastIndexOf('app.asar');
  return at > 0 ? { packaged: true, resourcesPath: parts.slice(0, at).join(sep) || sep } : { packaged: false };
}

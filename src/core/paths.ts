import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
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
 * The resources/ folder: found by walking up from this module, which works from the sources
 * (tests, CLI), from the bundle in out/main and from inside a packaged app.asar.
 */
export function findResourcesDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'resources', 'hs', 'hs2022.json'))) return join(dir, 'resources');
    if (dirname(dir) === dir) throw new Error(`resources/ not found above ${from}`);
  }
}

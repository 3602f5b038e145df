import { realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

/**
 * Which files the page may ask the system to open: only what Clearpack stores (inside the data
 * folder, links resolved) or what the user picked in a dialog — never an arbitrary path, which a
 * compromised page could use to launch a program.
 */
export function mayOpen(path: unknown, dataDir: string, chosen: ReadonlySet<string>): boolean {
  if (typeof path !== 'string' || !isAbsolute(path)) return false;
  if (chosen.has(path)) return true;
  try {
    const inside = relative(realpathSync(dataDir), realpathSync(path));
    return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
  } catch {
    return false;
  }
}

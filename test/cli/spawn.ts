// The CLI in a child process, as a seller runs it: `node --import tsx src/cli/index.ts …` — one
// process (the tsx command starts Node, which starts a second Node for the script: a second start-up
// per call, and a kill would reach only the first).
import { spawnSync } from 'node:child_process';
import type { SpawnSyncOptionsWithStringEncoding, SpawnSyncReturns } from 'node:child_process';
import { join, resolve } from 'node:path';
import { bundled } from '../bundle/build';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'src', 'cli', 'index.ts');
/** tsx's loader by its full address: `--import tsx` would be looked up from the child's working folder. */
export const TSX_LOADER = import.meta.resolve('tsx');

/**
 * The CLI bundled from these sources (test/bundle/, built before the run), run by plain Node: the same
 * code, without tsx transpiling the whole core again in every call.
 */
export const runCli = (args: string[], options: SpawnSyncOptionsWithStringEncoding): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [bundled('cli'), ...args], options);

// The CLI in a child process, as a seller runs it: one Node process running the CLI bundled from
// these sources (test/bundle/, built before the run), so a kill reaches the process that works.
import { spawnSync } from 'node:child_process';
import type { SpawnSyncOptionsWithStringEncoding, SpawnSyncReturns } from 'node:child_process';
import { bundled } from '../bundle/build';

/**
 * The CLI bundled from these sources, run by plain Node: the same code, without tsx transpiling the
 * whole core again in every call.
 */
export const runCli = (args: string[], options: SpawnSyncOptionsWithStringEncoding): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [bundled('cli'), ...args], options);

// better-sqlite3 is a native addon: node_modules holds one build, for Node (tests, CLI, bench) or
// for Electron (start, package). This script makes sure the build matches what is about to run,
// so switching between `npm test` and `npm start` needs no manual step.
//   node scripts/native.mjs node|electron [--quiet]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const target = process.argv[2];
const quiet = process.argv.includes('--quiet');
const marker = '.native-target';
const say = (msg) => quiet || console.error(`[native] ${msg}`);
const current = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : 'node';

if (target === 'node') {
  // Loading the addon in a child Node process is the real test of whether it fits this Node.
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { encoding: 'utf8' });
  if (probe.status !== 0) {
    say(`better-sqlite3 is not built for this Node (${current} build found); rebuilding…`);
    execFileSync('npm', ['rebuild', 'better-sqlite3'], { stdio: quiet ? 'ignore' : 'inherit' });
  }
  writeFileSync(marker, 'node\n');
} else if (target === 'electron') {
  if (current !== 'electron') {
    const require = createRequire(import.meta.url);
    const electronVersion = require('electron/package.json').version;
    say(`rebuilding better-sqlite3 for Electron ${electronVersion}…`);
    const run = spawnSync('npx', ['electron-rebuild', '-f', '-o', 'better-sqlite3', '-v', electronVersion], { stdio: 'inherit' });
    if (run.status !== 0) {
      console.error('[native] Could not rebuild better-sqlite3 for Electron (it needs Electron\'s headers from the internet).');
      process.exit(run.status ?? 1);
    }
    writeFileSync(marker, 'electron\n');
  }
} else {
  console.error('usage: node scripts/native.mjs node|electron [--quiet]');
  process.exit(1);
}

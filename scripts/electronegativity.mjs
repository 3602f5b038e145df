// `npm run lint:electron`: Doyensec's Electronegativity over src/ (main, preload, the renderer and
// its index.html), failing on any finding. A finding is either fixed or justified: where it is a
// false positive at one place, by an `eng-disable CHECK_ID: reason` comment on that line (the tool's
// own mechanism, so the check stays on everywhere else); where a check can never see what we do,
// here, with the reason. README.md ("Security") lists both.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');
const electronVersion = require('electron/package.json').version;

/** Checks that cannot see our setup, and why that is fine. */
export const EXCLUDED_CHECKS = {
  // It recognises a CSP only in a <meta> tag or in session.webRequest.onHeadersReceived. Ours is a
  // response header set by the app:// handler (serveRenderer, src/main/renderer-protocol.ts) on
  // every answer; src/main/security.test.ts asserts the policy and the header, and the e2e harness
  // serves the page through the same handler and fails a test on any CSP violation.
  CSP_GLOBAL_CHECK: 'the CSP is a response header of the app:// handler (src/main/renderer-protocol.ts)',
};

const input = resolve(import.meta.dirname, '..', 'src');
const result = await run({
  input,
  output: undefined,
  isSarif: false,
  customScan: [],
  // (Its own exclusion option refuses global checks, so excluded findings are dropped below.)
  excludeFromScan: [],
  severitySet: undefined,
  confidenceSet: undefined,
  isRelative: true,
  isVerbose: true,
  electronUpgrade: undefined,
  // It cannot find Electron's version from src/; the defaults it assumes depend on it.
  electronVersionOverride: electronVersion,
  parserPlugins: [],
});

const broken = result.errors.filter((e) => !e.tolerable);
for (const e of broken) console.error(`[electronegativity] could not read ${e.file}: ${e.message}`);
const issues = result.issues.filter((i) => !(i.id in EXCLUDED_CHECKS));
for (const i of issues)
  console.error(`[electronegativity] ${i.id} (${i.severity.name}${i.manualReview ? ', review required' : ''}) ${i.file}:${i.location.line}:${i.location.column} ${i.description} ${i.shortenedURL ?? ''}`);
if (result.atomicChecks === 0) console.error('[electronegativity] no checks were loaded');

const failed = broken.length > 0 || issues.length > 0 || result.atomicChecks === 0;
console.error(
  failed
    ? `[electronegativity] ${issues.length} finding(s): fix them, or justify them in README.md → Security`
    : `[electronegativity] no findings (${result.atomicChecks} checks on ${input}, Electron ${electronVersion}; excluded: ${Object.keys(EXCLUDED_CHECKS).join(', ')})`,
);
process.exit(failed ? 1 : 0);

// Core host entry when the core runs from its TypeScript sources (tsx CLI, Vitest, Playwright):
// a worker thread does not inherit the parent's TypeScript loader, so register tsx here first.
// (Passing `--import tsx` in the worker's execArgv is not honoured by Node 20's worker threads.)
// The Electron build runs the bundled out/main/core-host.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');

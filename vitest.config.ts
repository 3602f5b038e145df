import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Children and job workers run esbuild bundles of the sources, built once per run (test/bundle/).
    globalSetup: ['test/bundle/global-setup.ts'],
    setupFiles: ['test/bundle/env.ts'],
    // Some tests start real processes (the CLI under tsx, worker threads that load fonts): give them
    // room on a busy 2-core machine. Speed is measured in bench/, never asserted here.
    testTimeout: 90_000,
  },
});

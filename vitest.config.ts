import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Some tests start real processes (the CLI under tsx, worker threads that load fonts): give them
    // room on a busy 2-core machine. Speed is measured in bench/, never asserted here.
    testTimeout: 90_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Most test files wait on sockets, child processes and a simulated clock rather than the CPU:
    // three at once on this 2-core kind of machine halve the suite's time (vitest's default is
    // cores − 1, i.e. one file at a time here).
    maxWorkers: 3,
  },
});

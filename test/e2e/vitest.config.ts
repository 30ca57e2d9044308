import { defineConfig } from 'vitest/config';

// Browser tests: a built dist/ served on a local port, driven through Debian's Chromium.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time, each with its own Chromium: on the 2-core machine most of a browser
    // test is waiting, so two overlap well and keep npm test within its ten minutes.
    fileParallelism: true,
    maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
  },
});

import { defineConfig } from 'vitest/config';

// Browser tests: a built dist/ served on a local port, driven through Debian's Chromium.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time keeps the 2-core machine responsive.
    fileParallelism: false,
  },
});

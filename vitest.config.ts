import { defineConfig } from 'vitest/config';

// Unit tests: pure models, state, formatting, and islands rendered to strings in Node.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts'],
    environment: 'node',
    // The tests share no state through modules (stores take an injected storage), so the files run
    // in threads without a fresh module graph each: a third of the time of isolated forks.
    pool: 'threads',
    isolate: false,
  },
});

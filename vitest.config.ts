import { defineConfig } from 'vitest/config';

// Unit tests: pure models, state, formatting, and islands rendered to strings in Node.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts'],
    environment: 'node',
  },
});

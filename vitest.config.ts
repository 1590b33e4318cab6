import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI golden cases run the whole pipeline on real articles: give them room on a 2-core CI.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

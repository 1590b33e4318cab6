import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/remove-temp-dirs.ts'],
    // CLI golden cases run the whole pipeline on real articles: give them room on a 2-core CI.
    testTimeout: 60_000,
    // Test files share each worker's module cache: compromise and the gazetteers load once a
    // worker, not once a file (the modules under test keep no state between calls).
    isolate: false,
    hookTimeout: 120_000,
  },
});

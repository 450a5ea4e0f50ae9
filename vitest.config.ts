import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Site and browser suites build the whole site; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});

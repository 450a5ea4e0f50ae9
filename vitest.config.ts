import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Site and browser suites build the whole site; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // expect.poll() gives up after 1 s by default. On this machine, loaded by a full run, a browser
    // round trip once took longer than that (the quick-search dialog test, which passes alone); the
    // polls still fail when what they wait for never happens.
    expect: { poll: { timeout: 15_000 } },
  },
});

import { defineConfig } from 'vitest/config';

// Tests by kind, each a Vitest project (`npx vitest run --project unit`):
//   unit     pure functions and fixtures, no Astro build and no child process: seconds.
//   build    what runs the command-line scripts, builds a site or walks whole corpora (the hostile
//            strings, 1,000s of synthetic articles): minutes.
//   browser  the built site in Chromium and Firefox (tests/browser/), built once per run.
const BUILD = [
  'tests/annotate-cli.test.ts',
  'tests/build-cli.test.ts',
  'tests/check-cli.test.ts',
  'tests/check-html.test.ts',
  'tests/check-links.test.ts',
  'tests/contributing.test.ts',
  'tests/entity-cli.test.ts',
  'tests/errors.test.ts',
  'tests/hostile.test.ts',
  'tests/incremental.test.ts',
  'tests/mdx-fast.test.ts',
  'tests/new-article.test.ts',
  'tests/offline-index.test.ts',
  'tests/pagination.test.ts',
  'tests/serialize-fast.test.ts',
  'tests/site-build.test.ts',
  'tests/site-pictures.test.ts',
];

export default defineConfig({
  test: {
    // Site and browser suites build the whole site; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // expect.poll() gives up after 1 s by default. On this machine, loaded by a full run, a browser
    // round trip once took longer than that (the quick-search dialog test, which passes alone); the
    // polls still fail when what they wait for never happens.
    expect: { poll: { timeout: 15_000 } },
    projects: [
      // Pure tests share one module graph per worker (no isolation): importing the annotator (compromise, the
      // registry) once rather than per file is most of the project's time.
      { extends: true, test: { name: 'unit', include: ['tests/*.test.ts'], exclude: BUILD, isolate: false } },
      { extends: true, test: { name: 'build', include: BUILD } },
      // Built once for the whole project (tests/browser/global-setup.ts) unless $DOSSIER_DIST names a build.
      {
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], exclude: ['tests/browser/lighthouse.test.ts'], globalSetup: ['tests/browser/global-setup.ts'] },
      },
      // Lighthouse times the pages it loads, so it runs on its own: beside the other browser files a
      // loaded 2-core CI machine once cost the heaviest pages 300 ms of simulated blocking time.
      // groupOrder 1 makes a whole `vitest run` start it only after the other projects have finished.
      {
        extends: true,
        test: { name: 'lighthouse', include: ['tests/browser/lighthouse.test.ts'], globalSetup: ['tests/browser/global-setup.ts'], sequence: { groupOrder: 1 } },
      },
    ],
  },
});

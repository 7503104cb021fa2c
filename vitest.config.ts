import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The site-build test runs astro build and Pagefind once; give it room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**'] },
      },
      {
        // Browser tests: Chromium drives the built site. The site is built once, before any test
        // file runs (tests/browser/global-setup.ts), and the files run one after another.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
        },
      },
    ],
  },
});

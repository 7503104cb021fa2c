import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The site-build test runs astro build and Pagefind once; give it room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});

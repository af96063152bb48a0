import { defineConfig } from 'vitest/config';

// Lighthouse measures how fast a page runs on this machine; with another test file beside it on a
// 2-core machine it measures that file instead. It runs last, alone (see `projects` below).
const ALONE = ['tests/content/lighthouse.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // The build tests run Astro; two at once on a 2-core machine only slow each other down.
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'tests',
          include: ['tests/**/*.test.ts'],
          exclude: ALONE,
          sequence: { groupOrder: 0 },
        },
      },
      { test: { name: 'alone', include: ALONE, sequence: { groupOrder: 1 } } },
    ],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // The build tests run Astro; two at once on a 2-core machine only slow each other down.
    fileParallelism: true,
    maxWorkers: 2,
  },
});

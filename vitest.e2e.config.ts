import { defineConfig } from 'vitest/config';

/**
 * Browser end-to-end tests (`npm run test:e2e`): the built web app served by a real Kontor
 * (embedded PostgreSQL on a scratch data dir), driven by Chromium through playwright-core.
 * Needs `/usr/bin/chromium` (Debian: `apt-get install -y chromium`). The global setup builds
 * dist/web first. Screenshots land in .test-data/screenshots/ (git-ignored).
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

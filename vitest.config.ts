import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The main suite (`npm test`): unit tests beside the code and integration tests in test/, on one
 * PostgreSQL per run (embedded, or TEST_DATABASE_URL). Suites that need NATS, RabbitMQ or Redis
 * live in test/services/ and run with `npm run test:services` (vitest.services.config.ts).
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'test/services/**', 'test/e2e/**', '.test-data/**', 'dist/**'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

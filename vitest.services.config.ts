import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Suites against real external services and tools (`npm run test:services`): NATS JetStream
 * (NATS_URL), RabbitMQ (RABBITMQ_URL), Redis (REDIS_URL), Debian's hledger (/usr/bin/hledger) and
 * poppler's pdftotext (/usr/bin/pdftotext).
 * Same PostgreSQL setup as the main suite. .ci/run sets the URLs to the services the CI machine
 * runs on 127.0.0.1 and installs hledger and poppler-utils; a missing one fails its suite.
 */
export default defineConfig({
  test: {
    include: ['test/services/**/*.test.ts'],
    exclude: [...configDefaults.exclude, '.test-data/**', 'dist/**'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Broker suites share servers (streams, exchanges, keys): one file at a time keeps them apart.
    fileParallelism: false,
    passWithNoTests: false,
  },
});

import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { EmbeddedPostgres, ensureDatabase, migrate } from '../../src/platform/db/index.js';
import { migrationSources } from '../../src/modules/registry.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser connection to the test cluster's maintenance database. */
    pgAdminUrl: string;
    /** Name of the migrated template every test file clones. */
    templateDatabase: string;
    /** Unique per run: prefixes every database this run creates. */
    runId: string;
  }
}

/**
 * One PostgreSQL per test run: an embedded server in a scratch dir, or the external server named
 * by TEST_DATABASE_URL. Migrations run once into a template database that test files clone.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = `r${randomBytes(4).toString('hex')}`;
  const templateDatabase = `kontor_tpl_${runId}`;
  let adminUrl: string;
  let embedded: EmbeddedPostgres | undefined;
  let scratch: string | undefined;

  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
    const client = new pg.Client({ connectionString: adminUrl });
    try {
      await client.connect();
      await client.end();
    } catch (error) {
      throw new Error(`TEST_DATABASE_URL is set but the server cannot be reached: ${(error as Error).message}`);
    }
  } else {
    scratch = path.resolve('.test-data', `pg-${runId}`);
    embedded = new EmbeddedPostgres({ dataDir: scratch });
    await embedded.start();
    adminUrl = embedded.connectionString('postgres');
  }

  await ensureDatabase(adminUrl, templateDatabase);
  await migrate(withDatabase(adminUrl, templateDatabase), migrationSources());

  project.provide('pgAdminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('runId', runId);

  return async () => {
    if (embedded) {
      await embedded.stop();
      await fs.rm(scratch!, { recursive: true, force: true });
      return;
    }
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        `select datname from pg_database where datname like $1`,
        [`kontor_%${runId}%`],
      );
      for (const { datname } of rows) {
        await client.query(`drop database if exists ${pg.escapeIdentifier(datname)} with (force)`);
      }
    } finally {
      await client.end();
    }
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

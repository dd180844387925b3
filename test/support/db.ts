import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { APP_ROLE, Database } from '../../src/platform/db/index.js';
import { withDatabase } from './global-setup.js';

export interface TestDatabase {
  name: string;
  /** Owner (superuser) connection string: migrations, raw SQL in tests. */
  ownerUrl: string;
  db: Database;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template (tens of milliseconds). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const template = inject('templateDatabase');
  const name = `kontor_t_${inject('runId')}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${pg.escapeIdentifier(name)} template ${pg.escapeIdentifier(template)}`);
  const ownerUrl = withDatabase(adminUrl, name);
  const db = new Database({ ownerUrl, setRole: APP_ROLE, poolSize: 10 });
  return {
    name,
    ownerUrl,
    db,
    async drop() {
      await db.close();
      await adminQuery(adminUrl, `drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
    },
  };
}

export async function adminQuery(url: string, text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

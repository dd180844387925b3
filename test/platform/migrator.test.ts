import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, MigrationError } from '../../src/platform/db/index.js';
import { createTestDatabase, adminQuery, type TestDatabase } from '../support/db.js';

let testDb: TestDatabase;
let dir: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-migrations-'));
});
afterAll(async () => {
  await testDb?.drop();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('migrator', () => {
  it('applies each file once even when several processes migrate at the same moment', async () => {
    await fs.writeFile(path.join(dir, '0001_things.sql'), 'create schema demo_things; create table demo_things.t (id int primary key); insert into demo_things.t values (1);');
    await fs.writeFile(path.join(dir, '0002_more.sql'), 'insert into demo_things.t values (2);');
    const results = await Promise.all(Array.from({ length: 5 }, () => migrate(testDb.ownerUrl, [{ module: 'demo', dir }])));
    expect(results.flat().map((m) => m.version).sort()).toEqual(['0001', '0002']);
    const { rows } = await adminQuery(testDb.ownerUrl, 'select id from demo_things.t order by id');
    expect(rows).toEqual([{ id: 1 }, { id: 2 }]);
    const recorded = await adminQuery(testDb.ownerUrl, "select version, checksum from platform.schema_migrations where module = 'demo' order by version");
    expect(recorded.rows).toHaveLength(2);
    expect((recorded.rows[0] as { checksum: string }).checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses to run when an applied file was changed (forward-only)', async () => {
    await fs.writeFile(path.join(dir, '0002_more.sql'), 'insert into demo_things.t values (3);');
    await expect(migrate(testDb.ownerUrl, [{ module: 'demo', dir }])).rejects.toThrow(/was changed after it was applied/);
    await fs.writeFile(path.join(dir, '0002_more.sql'), 'insert into demo_things.t values (2);');
  });

  it('rolls back a failing file completely and records nothing', async () => {
    await fs.writeFile(path.join(dir, '0003_broken.sql'), 'insert into demo_things.t values (30); select * from no_such_table;');
    await expect(migrate(testDb.ownerUrl, [{ module: 'demo', dir }])).rejects.toBeInstanceOf(MigrationError);
    const { rows } = await adminQuery(testDb.ownerUrl, 'select count(*)::int as n from demo_things.t where id = 30');
    expect(rows[0]).toEqual({ n: 0 });
    const recorded = await adminQuery(testDb.ownerUrl, "select 1 from platform.schema_migrations where module = 'demo' and version = '0003'");
    expect(recorded.rowCount).toBe(0);
    await fs.rm(path.join(dir, '0003_broken.sql'));
  });

  it('rejects a file name that is not NNNN_name.sql', async () => {
    await fs.writeFile(path.join(dir, 'add-things.sql'), 'select 1;');
    await expect(migrate(testDb.ownerUrl, [{ module: 'demo', dir }])).rejects.toThrow(/must look like 0001_name.sql/);
    await fs.rm(path.join(dir, 'add-things.sql'));
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { Database } from '../../src/platform/db/index.js';

let t: TestApp;
let a: Awaited<ReturnType<TestApp['signUp']>>;
let b: Awaited<ReturnType<TestApp['signUp']>>;

beforeAll(async () => {
  t = await createTestApp();
  a = await t.signUp({ tenantName: 'Tenant A' });
  b = await t.signUp({ tenantName: 'Tenant B' });
});
afterAll(async () => t?.close());

describe('row-level security', () => {
  it('protects every table that has a tenant_id column', async () => {
    const { rows } = await adminQuery(
      t.testDb.ownerUrl,
      `select c.table_schema || '.' || c.table_name as name, cl.relrowsecurity as rls,
              (select count(*) from pg_policies p where p.schemaname = c.table_schema and p.tablename = c.table_name)::int as policies
         from information_schema.columns c
         join pg_class cl on cl.relname = c.table_name
         join pg_namespace n on n.oid = cl.relnamespace and n.nspname = c.table_schema
        where c.column_name = 'tenant_id' and c.table_schema not in ('pg_catalog', 'information_schema')
          and cl.relkind = 'r'`,
    );
    const unprotected = (rows as { name: string; rls: boolean; policies: number }[]).filter((r) => !r.rls || r.policies === 0).map((r) => r.name);
    expect(rows.length).toBeGreaterThan(0);
    expect(unprotected).toEqual([]);
  });

  it('runs requests as a role that cannot bypass it', async () => {
    const { rows } = await sql<{ rolsuper: boolean; rolbypassrls: boolean; current_user: string }>`
      select r.rolsuper, r.rolbypassrls, current_user from pg_roles r where r.rolname = current_user`.execute(t.db.app);
    expect(rows[0]).toMatchObject({ current_user: 'kontor_app', rolsuper: false, rolbypassrls: false });
  });

  it('refuses to connect at all when the login cannot take the application role', async () => {
    const misconfigured = new Database({ ownerUrl: t.testDb.ownerUrl, setRole: 'kontor_no_such_role' });
    try {
      await expect(misconfigured.ping()).rejects.toThrow(/kontor_no_such_role/);
    } finally {
      await misconfigured.close();
    }
  });

  it('shows a tenant transaction only its own tenant', async () => {
    const seen = await t.db.withTenant(a.tenantId, async (tx) => (await sql<{ id: string }>`select id from identity.tenants`.execute(tx)).rows.map((r) => r.id));
    expect(seen).toEqual([a.tenantId]);
    const none = await t.db.withoutTenant(async (tx) => (await sql<{ id: string }>`select id from identity.tenants`.execute(tx)).rows);
    expect(none).toEqual([]);
  });

  it('refuses to write a row into another tenant', async () => {
    await expect(
      t.db.withTenant(a.tenantId, (tx) => sql`insert into identity.memberships (tenant_id, user_id, role) values (${b.tenantId}, ${a.userId}, 'owner')`.execute(tx)),
    ).rejects.toThrow(/row-level security/);
  });
});

describe('cross-tenant probe over HTTP', () => {
  it('never shows or changes another tenant through the API', async () => {
    const read = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${a.tenantId}`, headers: b.headers });
    expect(read.statusCode).toBe(404);
    const write = await t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${a.tenantId}`, headers: { ...b.headers, 'if-match': '"v1"' }, payload: { name: 'Hijacked' } });
    expect(write.statusCode).toBe(404);
    const switched = await t.app.inject({ method: 'POST', url: '/api/v1/auth/switch-tenant', headers: b.headers, payload: { tenantId: a.tenantId } });
    expect(switched.statusCode).toBe(403);
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select name from identity.tenants where id = $1', [a.tenantId]);
    expect(rows[0]).toEqual({ name: 'Tenant A' });
  });
});

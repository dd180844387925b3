import { sql } from 'kysely';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrationSources } from '../../src/modules/registry.js';
import { verifyAuditLog } from '../../src/platform/audit/index.js';
import { APP_ROLE, Database, migrate } from '../../src/platform/db/index.js';
import type { EventBus } from '../../src/platform/events/bus.js';
import type { EventEnvelope } from '../../src/platform/events/envelope.js';
import { OutboxRelay } from '../../src/platform/events/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery, type TestDatabase } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { withDatabase } from '../support/global-setup.js';

/**
 * The test cluster's owner is a superuser, and superusers skip row-level security altogether. This
 * file migrates a database as an ordinary (non-superuser) owner, as on a managed PostgreSQL, and
 * shows that FORCE binds that owner too: it sees every tenant only through kontor_system.
 */
const adminUrl = inject('pgAdminUrl');
const runId = inject('runId');
const OWNER = `kontor_owner_${runId}`;
const OUTSIDER = `kontor_outsider_${runId}`;
const password = randomBytes(12).toString('hex');
const dbName = `kontor_rls_${runId}_${randomBytes(3).toString('hex')}`;

function loginUrl(role: string): string {
  const url = new URL(withDatabase(adminUrl, dbName));
  url.username = role;
  url.password = password;
  return url.toString();
}

let testDb: TestDatabase;
let t: TestApp | undefined;
let a: SignedUp;
let b: SignedUp;

/** Per Kontor table with row-level security, the tenants whose rows `url` sees (with `tenantId` set, if given). */
async function tenantsSeen(url: string, tenantId?: string): Promise<Map<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    if (tenantId) await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const { rows: tables } = await client.query<{ name: string; key: string }>(
      `select format('%I.%I', n.nspname, c.relname) as name,
              case when exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id') then 'tenant_id' else 'id' end as key
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'r' and c.relrowsecurity and n.nspname in ('platform', 'identity', 'ledger')
        order by 1`,
    );
    const seen = new Map<string, string[]>();
    for (const { name, key } of tables) {
      const { rows } = await client.query<{ t: string }>(`select distinct ${key}::text as t from ${name} where ${key} is not null order by 1`);
      seen.set(name, rows.map((r) => r.t));
    }
    await client.query('commit');
    return seen;
  } finally {
    await client.end();
  }
}

function withData(seen: Map<string, string[]>): string[] {
  return [...seen].filter(([, tenants]) => tenants.length > 0).map(([name]) => name);
}

beforeAll(async () => {
  for (const role of [OWNER, OUTSIDER]) {
    await adminQuery(adminUrl, `create role ${pg.escapeIdentifier(role)} login nosuperuser nobypassrls nocreaterole password '${password}'`);
  }
  // What an operator does once on a managed server: the owner may drop to the application role.
  await adminQuery(adminUrl, `grant ${APP_ROLE} to ${pg.escapeIdentifier(OWNER)}`);
  await adminQuery(adminUrl, `create database ${pg.escapeIdentifier(dbName)} owner ${pg.escapeIdentifier(OWNER)}`);
  const db = new Database({ ownerUrl: loginUrl(OWNER), setRole: APP_ROLE, poolSize: 5 });
  testDb = {
    name: dbName,
    ownerUrl: loginUrl(OWNER),
    db,
    drop: async () => {
      await db.close();
      await adminQuery(adminUrl, `drop database if exists ${pg.escapeIdentifier(dbName)} with (force)`);
    },
  };
});

afterAll(async () => {
  await t?.close();
  await testDb?.drop();
  for (const role of [OWNER, OUTSIDER]) await adminQuery(adminUrl, `drop role if exists ${pg.escapeIdentifier(role)}`);
});

describe('forced row-level security with a non-superuser owner', () => {
  it('stops the migration with the fix when the owner may not join kontor_system, then migrates once it may', async () => {
    const owner = await adminQuery(loginUrl(OWNER), 'select rolsuper, rolbypassrls from pg_roles where rolname = current_user');
    expect(owner.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });

    await expect(migrate(loginUrl(OWNER), migrationSources())).rejects.toThrow(new RegExp(`GRANT kontor_system TO ${OWNER}`));
    await adminQuery(adminUrl, `grant kontor_system to ${pg.escapeIdentifier(OWNER)}`);
    await migrate(loginUrl(OWNER), migrationSources());

    // Every table belongs to this owner; which of them must be forced is test/platform/tenancy.test.ts's job.
    const { rows } = await adminQuery(
      loginUrl(OWNER),
      `select pg_get_userbyid(c.relowner) as owner, count(*) filter (where c.relforcerowsecurity)::int as forced
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'r' and n.nspname in ('platform', 'identity', 'ledger') group by 1`,
    );
    expect(rows).toEqual([{ owner: OWNER, forced: expect.any(Number) }]);
    expect(rows[0].forced).toBeGreaterThan(10);
    const app = await adminQuery(adminUrl, `select pg_has_role('kontor_app', 'kontor_system', 'MEMBER') as member`);
    expect(app.rows[0]).toEqual({ member: false });
  });

  it('runs the whole app on it: sign-up, tokens, idempotency, API keys, ledger templates', async () => {
    t = await createTestApp({ testDb });
    a = await t.signUp({ tenantName: 'Tenant A' });
    b = await t.signUp({ tenantName: 'Tenant B' });
    for (const owner of [a, b]) {
      const store = await t.app.inject({ method: 'POST', url: '/api/v1/stores', headers: { ...owner.headers, 'idempotency-key': `store-${owner.tenantId}` }, payload: { name: 'Main' } });
      expect(store.statusCode, store.body).toBe(201);
      const applied = await t.app.inject({ method: 'POST', url: '/api/v1/accounts/apply-template', headers: owner.headers, payload: { template: 'small_business' } });
      expect(applied.statusCode, applied.body).toBe(200);
    }
    const replay = await t.app.inject({ method: 'POST', url: '/api/v1/stores', headers: { ...a.headers, 'idempotency-key': `store-${a.tenantId}` }, payload: { name: 'Main' } });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    // An API key is found by the SECURITY DEFINER look-up, which runs as this owner before any tenant is known.
    const key = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: a.headers, payload: { name: 'Sync', permissions: ['identity.stores.read'] } });
    expect(key.statusCode, key.body).toBe(201);
    const viaKey = await t.app.inject({ method: 'GET', url: '/api/v1/stores', headers: { 'x-api-key': (key.json() as { key: string }).key } });
    expect(viaKey.statusCode, viaKey.body).toBe(200);
  });

  it('the owner, through kontor_system, sees every tenant: the relay publishes and the audit verifies all of them', async () => {
    const seen = await tenantsSeen(loginUrl(OWNER));
    for (const table of ['identity.tenants', 'identity.memberships', 'identity.stores', 'ledger.accounts', 'platform.audit_log', 'platform.outbox']) {
      expect(seen.get(table), table).toEqual(expect.arrayContaining([a.tenantId, b.tenantId]));
    }

    const published: EventEnvelope[] = [];
    const bus: EventBus = {
      kind: 'recording',
      publish: async (events) => void published.push(...events),
      subscribe: () => undefined,
      start: async () => undefined,
      close: async () => undefined,
      ping: async () => undefined,
      retryDeadLetter: async () => ({ outcome: 'not_found' }),
    };
    expect(await new OutboxRelay({ db: t!.db, bus }).drain(5_000)).toBe(true);
    expect(new Set(published.map((e) => e.tenantId))).toEqual(new Set([a.tenantId, b.tenantId]));

    const report = await verifyAuditLog(t!.db);
    expect(report.ok).toBe(true);
    expect(report.tenants.map((r) => r.tenantId).sort()).toEqual([a.tenantId, b.tenantId].sort());
  });

  it('FORCE binds the owner itself: outside kontor_system it sees no tenant rows, and with a tenant set only that tenant', async () => {
    await adminQuery(adminUrl, `revoke kontor_system from ${pg.escapeIdentifier(OWNER)}`);
    try {
      const none = await tenantsSeen(loginUrl(OWNER));
      expect(withData(none)).toEqual([]);
      const onlyA = await tenantsSeen(loginUrl(OWNER), a.tenantId);
      expect(withData(onlyA).length).toBeGreaterThan(5);
      expect(new Set([...onlyA.values()].flat())).toEqual(new Set([a.tenantId]));
    } finally {
      await adminQuery(adminUrl, `grant kontor_system to ${pg.escapeIdentifier(OWNER)}`);
    }
    expect(withData(await tenantsSeen(loginUrl(OWNER))).length).toBeGreaterThan(5);
  });

  it('a role with read grants but outside kontor_system sees nothing without a tenant, and only its tenant with one', async () => {
    for (const schema of ['platform', 'identity', 'ledger']) {
      await adminQuery(loginUrl(OWNER), `grant usage on schema ${schema} to ${pg.escapeIdentifier(OUTSIDER)}; grant select on all tables in schema ${schema} to ${pg.escapeIdentifier(OUTSIDER)}`);
    }
    expect(withData(await tenantsSeen(loginUrl(OUTSIDER)))).toEqual([]);
    const onlyB = await tenantsSeen(loginUrl(OUTSIDER), b.tenantId);
    expect(withData(onlyB).length).toBeGreaterThan(5);
    expect(new Set([...onlyB.values()].flat())).toEqual(new Set([b.tenantId]));
  });

  it('kontor_app sees only the tenant of its transaction, and no tenant without one', async () => {
    const query = sql<{ t: string }>`select tenant_id::text as t from identity.stores
      union select tenant_id::text from ledger.accounts union select tenant_id::text from platform.audit_log`;
    const seenBy = async (tenantId?: string) => {
      const { rows } = await (tenantId ? t!.db.withTenant(tenantId, (tx) => query.execute(tx)) : t!.db.withoutTenant((tx) => query.execute(tx)));
      return rows.map((r) => r.t);
    };
    expect(await seenBy(a.tenantId)).toEqual([a.tenantId]);
    expect(await seenBy()).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';

let t: TestApp;
let owner: Awaited<ReturnType<TestApp['signUp']>>;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
});
afterAll(async () => t?.close());

async function createKey(permissions: string[], name = 'Integration') {
  const r = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: owner.headers, payload: { name, permissions } });
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { id: string; key: string; prefix: string; lastUsedAt: string | null };
}

describe('API keys', () => {
  it('are shown once, stored as a digest, and work as X-API-Key or a kontor_ bearer with only their permissions', async () => {
    const created = await createKey(['identity.tenant.read']);
    expect(created.key).toMatch(/^kontor_[A-Za-z0-9_-]{43}$/);
    expect(created.key.startsWith(created.prefix)).toBe(true);

    const dump = await adminQuery(t.testDb.ownerUrl, 'select * from identity.api_keys');
    expect(JSON.stringify(dump.rows)).not.toContain(created.key.slice(7));
    const listed = await t.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: owner.headers });
    expect(listed.body).not.toContain(created.key.slice(7));
    expect(listed.json()).toMatchObject({ items: [{ id: created.id, prefix: created.prefix }] });

    const viaHeader = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}`, headers: { 'x-api-key': created.key } });
    expect(viaHeader.statusCode).toBe(200);
    const viaBearer = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}`, headers: { authorization: `Bearer ${created.key}` } });
    expect(viaBearer.statusCode).toBe(200);
    const notGranted = await t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${owner.tenantId}`, headers: { 'x-api-key': created.key, 'if-match': '"v1"' }, payload: { name: 'Renamed' } });
    expect(notGranted.statusCode).toBe(403);

    const wrong = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}`, headers: { 'x-api-key': `kontor_${'B'.repeat(43)}` } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'AUTH.INVALID_API_KEY' });
  });

  it('records the last use at most once a minute', async () => {
    const created = await createKey(['identity.tenant.read'], 'Touch');
    const lastUsed = async () => ((await adminQuery(t.testDb.ownerUrl, 'select last_used_at from identity.api_keys where id = $1', [created.id])).rows[0] as { last_used_at: Date | null }).last_used_at;
    expect(await lastUsed()).toBeNull();
    await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}`, headers: { 'x-api-key': created.key } });
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}`, headers: { 'x-api-key': created.key } });
    expect((await lastUsed())?.getTime()).toBe(first?.getTime());
  });

  it('can be revoked (it stops at once), and creation and revocation are audited', async () => {
    const created = await createKey(['identity.tenant.read'], 'Short-lived');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}`, headers: { 'x-api-key': created.key } })).statusCode).toBe(200);
    const revoked = await t.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${created.id}`, headers: owner.headers });
    expect(revoked.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}`, headers: { 'x-api-key': created.key } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${created.id}`, headers: owner.headers })).statusCode).toBe(404);
    const audit = await adminQuery(t.testDb.ownerUrl, `select action, actor from platform.audit_log where tenant_id = $1 and entity_id = $2 order by seq`, [owner.tenantId, created.id]);
    expect(audit.rows).toEqual([
      { action: 'api_key.created', actor: { type: 'user', id: owner.userId } },
      { action: 'api_key.revoked', actor: { type: 'user', id: owner.userId } },
    ]);
    expect(JSON.stringify(audit.rows)).not.toContain(created.key);
  });

  it('refuses unknown permission keys, and keys cannot mint keys with more than they hold', async () => {
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: owner.headers, payload: { name: 'x', permissions: ['nothing.like.this'] } });
    expect(unknown.json()).toMatchObject({ code: 'IDENTITY.UNKNOWN_PERMISSION' });
    const minter = await createKey(['identity.api_keys.manage'], 'Minter');
    const escalate = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: { 'x-api-key': minter.key }, payload: { name: 'y', permissions: ['identity.tenant.update'] } });
    expect(escalate.statusCode).toBe(403);
    expect(escalate.json()).toMatchObject({ code: 'IDENTITY.CANNOT_GRANT' });
    const same = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: { 'x-api-key': minter.key }, payload: { name: 'z', permissions: ['identity.api_keys.manage'] } });
    expect(same.statusCode).toBe(201);
    const audit = await adminQuery(t.testDb.ownerUrl, `select actor from platform.audit_log where tenant_id = $1 and entity_id = $2`, [owner.tenantId, (same.json() as { id: string }).id]);
    expect(audit.rows[0]).toEqual({ actor: { type: 'api_key', id: minter.id } });
  });

  it('expire at their expiry time', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: owner.headers, payload: { name: 'Old', permissions: ['identity.tenant.read'], expiresAt: new Date(Date.now() - 1000).toISOString() } });
    const key = (r.json() as { key: string }).key;
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}`, headers: { 'x-api-key': key } })).statusCode).toBe(401);
  });
});

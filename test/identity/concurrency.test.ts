import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { identityOf, login, uniqueEmail } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('limits and the last owner under concurrency', () => {
  it('lets exactly one of many parallel store creations through on the free plan', async () => {
    const owner = await t.signUp();
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => t.app.inject({ method: 'POST', url: '/api/v1/stores', headers: owner.headers, payload: { name: `Store ${i}` } })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 403, 403, 403, 403, 403]);
  });

  it('never leaves a tenant without an owner when two owners step down at once', async () => {
    const owner = await t.signUp();
    const email = uniqueEmail('co-owner');
    const { id: coOwnerId } = await identityOf(t).service.registerUser({ email, name: 'Co-owner', password: 'a perfectly fine passphrase' });
    await t.db.withTenant(owner.tenantId, (tx) => tx.insertInto('identity.memberships').values({ tenant_id: owner.tenantId, user_id: coOwnerId, role: 'owner' }).execute());
    const coOwner = await login(t, email, 'a perfectly fine passphrase', { tenantId: owner.tenantId });
    const [a, b] = await Promise.all([
      t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${owner.tenantId}/members/${owner.userId}`, headers: owner.headers, payload: { role: 'admin' } }),
      t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${owner.tenantId}/members/${coOwnerId}`, headers: coOwner.headers, payload: { role: 'admin' } }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const members = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}/members`, headers: a.statusCode === 200 ? coOwner.headers : owner.headers });
    expect((members.json() as { items: { role: string }[] }).items.filter((m) => m.role === 'owner')).toHaveLength(1);
  });
});

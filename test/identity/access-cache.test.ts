import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessResolver } from '../../src/modules/identity/access.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('member permissions cache', () => {
  it('serves another process a changed custom role within its cache time, and the changing process at once', async () => {
    const owner = await t.signUp();
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/roles', headers: owner.headers, payload: { name: 'Reader', permissions: ['identity.tenant.read'] } });
    const role = created.json() as { id: string };
    // A second "process": its own resolver over the same database, with a short cache.
    const other = new AccessResolver(t.db, 300);
    await t.db.withTenant(owner.tenantId, (tx) => tx.updateTable('identity.memberships').set({ role: 'custom', custom_role_id: role.id }).where('user_id', '=', owner.userId).execute());
    expect([...(await other.memberAccess(owner.tenantId, owner.userId))!.permissions]).toEqual(['identity.tenant.read']);
    await t.db.withTenant(owner.tenantId, (tx) => tx.updateTable('identity.roles').set({ permissions: ['identity.stores.read'] }).where('id', '=', role.id).execute());
    // Still the cached answer...
    expect([...(await other.memberAccess(owner.tenantId, owner.userId))!.permissions]).toEqual(['identity.tenant.read']);
    // ...until the cache time passes, or the process forgets.
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect([...(await other.memberAccess(owner.tenantId, owner.userId))!.permissions]).toEqual(['identity.stores.read']);
    await t.db.withTenant(owner.tenantId, (tx) => tx.updateTable('identity.roles').set({ permissions: ['identity.members.read'] }).where('id', '=', role.id).execute());
    other.forget();
    expect([...(await other.memberAccess(owner.tenantId, owner.userId))!.permissions]).toEqual(['identity.members.read']);
  });
});

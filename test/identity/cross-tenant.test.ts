import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { crossTenantProbe, type ProbeTarget } from '../support/cross-tenant-probe.js';
import { identityOf } from './helpers.js';

let t: TestApp;
let a: Awaited<ReturnType<TestApp['signUp']>>;
let b: Awaited<ReturnType<TestApp['signUp']>>;
let targets: ProbeTarget[];

beforeAll(async () => {
  t = await createTestApp();
  a = await t.signUp({ tenantName: 'Tenant A' });
  b = await t.signUp({ tenantName: 'Tenant B' });
  const post = async (url: string, payload: unknown) => {
    const r = await t.app.inject({ method: 'POST', url, headers: a.headers, payload: payload as Record<string, unknown> });
    if (r.statusCode !== 201) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
    return r.json() as { id: string };
  };
  const store = await post('/api/v1/stores', { name: 'A store' });
  const role = await post('/api/v1/roles', { name: 'A role', permissions: ['identity.tenant.read'] });
  const key = await post('/api/v1/api-keys', { name: 'A key', permissions: ['identity.tenant.read'] });
  const invitation = await post(`/api/v1/tenants/${a.tenantId}/members`, { email: 'someone@example.test', role: 'viewer' });
  const member = await identityOf(t).service.registerUser({ email: `member-${Date.now()}@example.test`, name: 'Member', password: 'a perfectly fine passphrase' });
  await t.db.withTenant(a.tenantId, (tx) => tx.insertInto('identity.memberships').values({ tenant_id: a.tenantId, user_id: member.id, role: 'viewer' }).execute());
  targets = [
    { url: `/api/v1/tenants/${a.tenantId}`, bodies: { PUT: { name: 'Hijacked' } } },
    `/api/v1/tenants/${a.tenantId}/members`,
    { url: `/api/v1/tenants/${a.tenantId}/members/${member.id}`, bodies: { PUT: { role: 'viewer' } } },
    `/api/v1/tenants/${a.tenantId}/invitations`,
    `/api/v1/tenants/${a.tenantId}/invitations/${invitation.id}`,
    `/api/v1/tenants/${a.tenantId}/subscription`,
    { url: `/api/v1/stores/${store.id}`, bodies: { PUT: { name: 'Hijacked' } } },
    { url: `/api/v1/roles/${role.id}`, bodies: { PUT: { name: 'Hijacked', permissions: ['identity.tenant.read'] } } },
    `/api/v1/api-keys/${key.id}`,
  ];
});
afterAll(async () => t?.close());

describe('cross-tenant probe', () => {
  it("tenant B can neither see nor change anything of tenant A's identity resources", async () => {
    const report = await crossTenantProbe(t, a, b, targets);
    expect(report.failures).toEqual([]);
    // It really went through the routes: reads, writes, deletes and actions.
    expect(report.calls.length).toBeGreaterThanOrEqual(15);
    expect(report.calls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PUT \/api\/v1\/stores\/.* -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/stores\/.*\/archive -> 404$/),
        expect.stringMatching(/^DELETE \/api\/v1\/roles\/.* -> 404$/),
        expect.stringMatching(/^DELETE \/api\/v1\/api-keys\/.* -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/tenants\/.*\/subscription\/upgrade -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/tenants\/.*\/members -> 404$/),
      ]),
    );
  });

  it('bites: the owner probing their own resources is reported', async () => {
    const report = await crossTenantProbe(t, a, a, [`/api/v1/stores/${(targets[6] as { url: string }).url.split('/').pop()!}`], { methods: ['GET'], actions: false });
    expect(report.failures.join('\n')).toMatch(/tenant B got 200/);
  });
});

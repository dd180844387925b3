import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN, DEMO_MEMBERS } from '../../src/modules/identity/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { identityOf, login } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('the demo team', () => {
  it('has one user per role in the demo tenant, all signing in with the demo password, created idempotently', async () => {
    const { tenantId } = await identityOf(t).ensureDemoTenant();
    expect((await identityOf(t).ensureDemoTenant()).created).toBe(false);
    const owner = await login(t, DEMO_LOGIN.email, DEMO_LOGIN.password, { tenantId });
    const members = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${tenantId}/members`, headers: owner.headers });
    const roles = (members.json() as { items: { email: string; role: string }[] }).items.map((m) => `${m.role}:${m.email}`).sort();
    expect(roles).toEqual([
      'accountant:accountant@kontor.local',
      'admin:admin@kontor.local',
      'owner:demo@kontor.local',
      'sales:sales@kontor.local',
      'viewer:viewer@kontor.local',
    ]);
    const subscription = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${tenantId}/subscription`, headers: owner.headers });
    expect(subscription.json()).toMatchObject({ plan: 'standard', usage: { users: 5 } });
    for (const member of DEMO_MEMBERS) {
      const session = await login(t, member.email, DEMO_LOGIN.password, { tenantId });
      const profile = await t.app.inject({ method: 'GET', url: '/api/v1/auth/profile', headers: session.headers });
      expect(profile.json()).toMatchObject({ currentTenantId: tenantId, memberships: [{ role: member.role }] });
    }
  });
});

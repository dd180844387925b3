import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN, DEMO_TENANT_NAME } from '../../src/modules/identity/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { identityOf, login } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('the demo login', () => {
  it('is created once, passes the password policy, and signs in to the demo tenant', async () => {
    const first = await identityOf(t).ensureDemoTenant();
    expect(first.created).toBe(true);
    expect((await identityOf(t).ensureDemoTenant()).created).toBe(false);
    const session = await login(t, DEMO_LOGIN.email, DEMO_LOGIN.password);
    const profile = await t.app.inject({ method: 'GET', url: '/api/v1/auth/profile', headers: session.headers });
    expect(profile.json()).toMatchObject({
      email: DEMO_LOGIN.email,
      emailVerified: true,
      currentTenantId: first.tenantId,
      memberships: [{ tenantName: DEMO_TENANT_NAME, role: 'owner' }],
    });
  });
});

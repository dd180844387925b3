import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { dumpAllTables } from '../support/row-counts.js';
import { identityOf, lastMail, uniqueEmail } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const everything = () => dumpAllTables(t.testDb.ownerUrl);

describe('access secrets at rest', () => {
  it('keeps API keys and invitation tokens only as digests: not in tables, audit records or events', async () => {
    const owner = await t.signUp();
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: owner.headers, payload: { name: 'Secret', permissions: ['identity.tenant.read'] } });
    const key = (created.json() as { key: string }).key;
    expect(created.headers['cache-control']).toBe('no-store');
    await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}`, headers: { 'x-api-key': key } });
    const email = uniqueEmail('invited');
    await t.app.inject({ method: 'POST', url: `/api/v1/tenants/${owner.tenantId}/members`, headers: owner.headers, payload: { email, role: 'viewer' } });
    const token = /#token=(kinv_[A-Za-z0-9_-]{43})/.exec((await lastMail(t, email, 'identity.invitation'))?.text ?? '')?.[1];
    expect(token).toBeDefined();
    await identityOf(t).idle();

    const dump = await everything();
    expect(dump).toContain(email); // the dump covers the invitation
    expect(dump).toContain('api_key.created'); // and the audit trail / outbox
    expect(dump.includes(key.slice('kontor_'.length))).toBe(false);
    expect(dump.includes(token!.slice('kinv_'.length))).toBe(false);
  });
});

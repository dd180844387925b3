import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { identityOf, lastMail, uniqueEmail } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** Every row of every Kontor table (identity, platform: audit log, outbox), as text. */
async function everything(): Promise<string> {
  const { rows: tables } = await adminQuery(
    t.testDb.ownerUrl,
    `select quote_ident(table_schema) || '.' || quote_ident(table_name) as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema in ('identity', 'platform')`,
  );
  const parts: string[] = [];
  for (const { name } of tables as { name: string }[]) {
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select coalesce(string_agg(x::text, '\n'), '') as dump from ${name} x`);
    parts.push(rows[0].dump as string);
  }
  return parts.join('\n');
}

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

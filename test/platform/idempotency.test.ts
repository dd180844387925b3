import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { login } from '../support/factories.js';
import type { IdentityApi } from '../../src/modules/identity/index.js';

let t: TestApp;
let headers: Record<string, string>;
let userId: string;

beforeAll(async () => {
  t = await createTestApp();
  const identity = t.context.modules.get<IdentityApi>('identity');
  const email = 'idem@example.test';
  userId = (await identity.service.registerUser({ email, name: 'Idem', password: 'a long enough password' })).id;
  headers = { authorization: `Bearer ${await login(t.app, email, 'a long enough password')}` };
});
afterAll(async () => t?.close());

const tenantBody = (name: string) => ({ name, countryCode: 'IN', baseCurrency: 'INR', timezone: 'Asia/Kolkata' });

async function tenantsOwnedBy(user: string, name: string): Promise<number> {
  const { rows } = await adminQuery(
    t.testDb.ownerUrl,
    `select count(*)::int as n from identity.memberships m join identity.tenants t on t.id = m.tenant_id where m.user_id = $1 and t.name = $2`,
    [user, name],
  );
  return (rows[0] as { n: number }).n;
}

describe('Idempotency-Key on POST', () => {
  it('20 concurrent POSTs with one key create exactly one record and all get the same answer', async () => {
    const requests = Array.from({ length: 20 }, () =>
      t.app.inject({ method: 'POST', url: '/api/v1/tenants', headers: { ...headers, 'idempotency-key': 'create-once-1' }, payload: tenantBody('Once Ltd') }),
    );
    const responses = await Promise.all(requests);
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const ids = new Set(responses.map((r) => (r.json() as { id: string }).id));
    expect(ids.size).toBe(1);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(19);
    expect(await tenantsOwnedBy(userId, 'Once Ltd')).toBe(1);
  });

  it('replays the first response for the same key and body, with its headers', async () => {
    const send = () =>
      t.app.inject({ method: 'POST', url: '/api/v1/tenants', headers: { ...headers, 'idempotency-key': 'replay-2' }, payload: tenantBody('Replay Ltd') });
    const first = await send();
    const second = await send();
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.body).toBe(first.body);
    expect(second.headers.location).toBe(first.headers.location);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(await tenantsOwnedBy(userId, 'Replay Ltd')).toBe(1);
  });

  it('rejects the same key with a different body as 422', async () => {
    const key = { ...headers, 'idempotency-key': 'reuse-3' };
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/tenants', headers: key, payload: tenantBody('First Body') })).statusCode).toBe(201);
    const reused = await t.app.inject({ method: 'POST', url: '/api/v1/tenants', headers: key, payload: tenantBody('Second Body') });
    expect(reused.statusCode).toBe(422);
    expect(reused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(reused.json()).toMatchObject({ code: 'IDEMPOTENCY.KEY_REUSED', status: 422 });
    expect(await tenantsOwnedBy(userId, 'Second Body')).toBe(0);
  });

  it('keeps keys per caller: another user may use the same key', async () => {
    const other = await t.signUp();
    const mine = await t.app.inject({ method: 'POST', url: '/api/v1/tenants', headers: { ...headers, 'idempotency-key': 'shared-4' }, payload: tenantBody('Mine') });
    const theirs = await t.app.inject({ method: 'POST', url: '/api/v1/tenants', headers: { ...other.headers, 'idempotency-key': 'shared-4' }, payload: tenantBody('Theirs') });
    expect(mine.statusCode).toBe(201);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().id).not.toBe(mine.json().id);
  });

  it('rejects a malformed key', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/tenants', headers: { ...headers, 'idempotency-key': 'bad key with spaces' }, payload: tenantBody('X') });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'IDEMPOTENCY.INVALID_KEY' });
  });

  it('does not store a validation failure as the answer for the key', async () => {
    const key = { ...headers, 'idempotency-key': 'fix-and-retry-5' };
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/tenants', headers: key, payload: { name: '' } });
    expect(bad.statusCode).toBe(400);
    const good = await t.app.inject({ method: 'POST', url: '/api/v1/tenants', headers: key, payload: tenantBody('Fixed Ltd') });
    expect(good.statusCode).toBe(201);
  });
});

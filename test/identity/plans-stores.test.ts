import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { identityOf, login } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const createStore = (headers: Record<string, string>, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/v1/stores', headers, payload });

describe('plans and subscription', () => {
  it('starts on free with its limits and usage, and upgrades for real (audited)', async () => {
    const owner = await t.signUp();
    const sub = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}/subscription`, headers: owner.headers });
    expect(sub.statusCode).toBe(200);
    expect(sub.json()).toMatchObject({ plan: 'free', limits: { users: 2, stores: 1, documents_per_month: 50 }, usage: { users: 1, stores: 0, documents_per_month: 0 } });

    expect((await createStore(owner.headers, { name: 'Main' })).statusCode).toBe(201);
    const second = await createStore(owner.headers, { name: 'Branch' });
    expect(second.statusCode).toBe(403);
    expect(second.json()).toMatchObject({ code: 'PLAN.STORES_LIMIT_REACHED', limit: 1, plan: 'free', type: 'urn:kontor:problem:plan.stores_limit_reached' });

    const up = await t.app.inject({ method: 'POST', url: `/api/v1/tenants/${owner.tenantId}/subscription/upgrade`, headers: owner.headers, payload: { plan: 'standard' } });
    expect(up.statusCode).toBe(200);
    expect(up.json()).toMatchObject({ plan: 'standard', limits: { stores: 5 }, usage: { stores: 1 } });
    expect((await createStore(owner.headers, { name: 'Branch' })).statusCode).toBe(201);

    // Two active stores do not fit free any more.
    const down = await t.app.inject({ method: 'POST', url: `/api/v1/tenants/${owner.tenantId}/subscription/upgrade`, headers: owner.headers, payload: { plan: 'free' } });
    expect(down.statusCode).toBe(409);
    expect(down.json()).toMatchObject({ code: 'PLAN.USAGE_EXCEEDS_LIMITS', meter: 'stores' });

    const tenant = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}`, headers: owner.headers });
    expect(tenant.json()).toMatchObject({ plan: 'standard' });
    const audit = await adminQuery(t.testDb.ownerUrl, `select before, after from platform.audit_log where tenant_id = $1 and action = 'subscription.changed'`, [owner.tenantId]);
    expect(audit.rows).toEqual([{ before: { plan: 'free' }, after: expect.objectContaining({ from: 'free', to: 'standard' }) }]);
  });

  it('meters documents per month through the module API and refuses past the limit', async () => {
    const owner = await t.signUp();
    const plans = identityOf(t).plans;
    await t.db.withTenant(owner.tenantId, (tx) => plans.consume(tx, owner.tenantId, 'documents_per_month', 50));
    await expect(t.db.withTenant(owner.tenantId, (tx) => plans.consume(tx, owner.tenantId, 'documents_per_month'))).rejects.toMatchObject({ code: 'PLAN.DOCUMENTS_PER_MONTH_LIMIT_REACHED' });
    const sub = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}/subscription`, headers: owner.headers });
    expect(sub.json()).toMatchObject({ usage: { documents_per_month: 50 } });
  });

  it('is only for those with the permission, and only for their own tenant', async () => {
    const a = await t.signUp();
    const b = await t.signUp();
    const other = await t.app.inject({ method: 'POST', url: `/api/v1/tenants/${a.tenantId}/subscription/upgrade`, headers: b.headers, payload: { plan: 'pro' } });
    expect(other.statusCode).toBe(404);
  });
});

describe('tenant kind and GST registration', () => {
  it('takes kind, a checked GSTIN and its state code at creation and update', async () => {
    const owner = await t.signUp();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tenants',
      headers: owner.headers,
      payload: { name: 'GST Co', countryCode: 'IN', baseCurrency: 'INR', timezone: 'Asia/Kolkata', kind: 'business', gstin: '27aapfu0939f1zv' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ kind: 'business', gstin: '27AAPFU0939F1ZV', stateCode: '27', plan: 'free' });

    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tenants',
      headers: owner.headers,
      payload: { name: 'Bad', countryCode: 'IN', baseCurrency: 'INR', timezone: 'Asia/Kolkata', gstin: '27AAPFU0939F1ZO' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'IDENTITY.INVALID_GSTIN', errors: [{ path: 'body.gstin' }] });

    const mismatch = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/tenants/${owner.tenantId}`,
      headers: { ...owner.headers, 'if-match': '"v1"' },
      payload: { gstin: '27AAPFU0939F1ZV', stateCode: '29' },
    });
    expect(mismatch.json()).toMatchObject({ code: 'IDENTITY.INVALID_GSTIN' });
    const household = await t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${owner.tenantId}`, headers: { ...owner.headers, 'if-match': '"v1"' }, payload: { kind: 'household', stateCode: '07' } });
    expect(household.statusCode).toBe(200);
    expect(household.json()).toMatchObject({ kind: 'household', stateCode: '07', gstin: null });

    const abroad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tenants',
      headers: owner.headers,
      payload: { name: 'Abroad', countryCode: 'DE', baseCurrency: 'EUR', timezone: 'Europe/Berlin', gstin: '27AAPFU0939F1ZV' },
    });
    expect(abroad.statusCode).toBe(400);
  });
});

describe('stores', () => {
  it('creates, lists, reads, updates with If-Match and archives; archived stores free the plan slot', async () => {
    const owner = await t.signUp();
    const created = await createStore(owner.headers, { name: 'Andheri', code: 'AND', gstin: '27AAGCG4576J1Z6', address: 'Mumbai' });
    expect(created.statusCode).toBe(201);
    const store = created.json() as { id: string; version: number };
    expect(created.json()).toMatchObject({ name: 'Andheri', stateCode: '27', status: 'active', version: 1 });
    expect(created.headers.etag).toBe('"v1"');

    const noMatch = await t.app.inject({ method: 'PUT', url: `/api/v1/stores/${store.id}`, headers: owner.headers, payload: { name: 'X' } });
    expect(noMatch.statusCode).toBe(428);
    const updated = await t.app.inject({ method: 'PUT', url: `/api/v1/stores/${store.id}`, headers: { ...owner.headers, 'if-match': '"v1"' }, payload: { name: 'Andheri West' } });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ name: 'Andheri West', version: 2 });
    const stale = await t.app.inject({ method: 'PUT', url: `/api/v1/stores/${store.id}`, headers: { ...owner.headers, 'if-match': '"v1"' }, payload: { name: 'Again' } });
    expect(stale.statusCode).toBe(412);
    const badGst = await t.app.inject({ method: 'PUT', url: `/api/v1/stores/${store.id}`, headers: { ...owner.headers, 'if-match': '"v2"' }, payload: { gstin: '27AAGCG4576J1Z8' } });
    expect(badGst.json()).toMatchObject({ code: 'IDENTITY.INVALID_GSTIN' });

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/stores?limit=10', headers: owner.headers });
    expect(list.json()).toMatchObject({ items: [{ id: store.id }], nextCursor: null });

    const archived = await t.app.inject({ method: 'POST', url: `/api/v1/stores/${store.id}/archive`, headers: owner.headers });
    expect(archived.json()).toMatchObject({ status: 'archived', version: 3 });
    const frozen = await t.app.inject({ method: 'PUT', url: `/api/v1/stores/${store.id}`, headers: { ...owner.headers, 'if-match': '"v3"' }, payload: { name: 'Nope' } });
    expect(frozen.json()).toMatchObject({ code: 'IDENTITY.STORE_ARCHIVED' });
    expect((await createStore(owner.headers, { name: 'Bandra' })).statusCode).toBe(201);
    const active = await t.app.inject({ method: 'GET', url: '/api/v1/stores?status=active', headers: owner.headers });
    expect((active.json() as { items: { name: string }[] }).items.map((s) => s.name)).toEqual(['Bandra']);

    const audit = await adminQuery(t.testDb.ownerUrl, `select action from platform.audit_log where tenant_id = $1 and entity_id = $2 order by seq`, [owner.tenantId, store.id]);
    expect((audit.rows as { action: string }[]).map((r) => r.action)).toEqual(['store.created', 'store.updated', 'store.archived']);
  });

  it('pages through stores with a cursor', async () => {
    const owner = await t.signUp();
    await t.app.inject({ method: 'POST', url: `/api/v1/tenants/${owner.tenantId}/subscription/upgrade`, headers: owner.headers, payload: { plan: 'pro' } });
    for (const name of ['One', 'Two', 'Three']) expect((await createStore(owner.headers, { name })).statusCode).toBe(201);
    const first = (await t.app.inject({ method: 'GET', url: '/api/v1/stores?limit=2', headers: owner.headers })).json() as { items: { name: string }[]; nextCursor: string };
    expect(first.items.map((s) => s.name)).toEqual(['One', 'Two']);
    const second = (await t.app.inject({ method: 'GET', url: `/api/v1/stores?limit=2&cursor=${first.nextCursor}`, headers: owner.headers })).json() as { items: { name: string }[]; nextCursor: string | null };
    expect(second).toEqual({ items: [expect.objectContaining({ name: 'Three' })], nextCursor: null });
  });

  it('lets the sales and viewer roles read stores but not change them', async () => {
    const owner = await t.signUp();
    await createStore(owner.headers, { name: 'Main' });
    for (const role of ['sales', 'viewer']) {
      const userId = (await identityOf(t).service.registerUser({ email: `${role}-${Date.now()}@example.test`, name: role, password: 'a perfectly fine passphrase' })).id;
      await t.db.withTenant(owner.tenantId, (tx) => tx.insertInto('identity.memberships').values({ tenant_id: owner.tenantId, user_id: userId, role }).execute());
      const email = (await adminQuery(t.testDb.ownerUrl, 'select email from identity.users where id = $1', [userId])).rows[0] as { email: string };
      const session = await login(t, email.email, 'a perfectly fine passphrase', { tenantId: owner.tenantId });
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/stores', headers: session.headers })).statusCode).toBe(200);
      expect((await createStore(session.headers, { name: 'Nope' })).statusCode).toBe(403);
    }
  });
});

describe('store list cursors', () => {
  it('answers a forged cursor with 400, not a database error', async () => {
    const owner = await t.signUp();
    const forged = Buffer.from(JSON.stringify({ k: null, id: "x' or 1=1" })).toString('base64url');
    const r = await t.app.inject({ method: 'GET', url: `/api/v1/stores?cursor=${forged}`, headers: owner.headers });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'REQUEST.INVALID_CURSOR' });
  });
});

describe('built-in roles reach the books', () => {
  it('lets an accountant and a viewer read the chart of accounts, and only the accountant change it', async () => {
    const owner = await t.signUp();
    await t.app.inject({ method: 'POST', url: `/api/v1/tenants/${owner.tenantId}/subscription/upgrade`, headers: owner.headers, payload: { plan: 'standard' } });
    const sessions: Record<string, Record<string, string>> = {};
    for (const role of ['accountant', 'viewer']) {
      const email = `${role}-books-${Date.now()}@example.test`;
      const userId = (await identityOf(t).service.registerUser({ email, name: role, password: 'a perfectly fine passphrase' })).id;
      await t.db.withTenant(owner.tenantId, (tx) => tx.insertInto('identity.memberships').values({ tenant_id: owner.tenantId, user_id: userId, role }).execute());
      sessions[role] = (await login(t, email, 'a perfectly fine passphrase', { tenantId: owner.tenantId })).headers;
    }
    for (const role of ['accountant', 'viewer']) {
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/accounts', headers: sessions[role] })).statusCode, role).toBe(200);
    }
    const account = (code: string) => ({ code, name: `Cash ${code}`, type: 'asset' });
    const viewerWrite = await t.app.inject({ method: 'POST', url: '/api/v1/accounts', headers: sessions.viewer, payload: account('9101') });
    expect(viewerWrite.statusCode).toBe(403);
    const accountantWrite = await t.app.inject({ method: 'POST', url: '/api/v1/accounts', headers: sessions.accountant, payload: account('9102') });
    expect(accountantWrite.statusCode, accountantWrite.body).toBe(201);
  });
});

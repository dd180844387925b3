import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { accountsByCode, applyTemplate, problemCode, type AccountJson } from './helpers.js';

let t: TestApp;
let owner: SignedUp;
let other: SignedUp;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
  other = await t.signUp({ countryCode: 'US', baseCurrency: 'USD', timezone: 'America/New_York' });
});
afterAll(async () => t?.close());

describe('chart of accounts', () => {
  it('applies the India template once: GST, TDS and round-off accounts in a hierarchy, in base currency', async () => {
    const accounts = await applyTemplate(t, owner, 'india');
    for (const code of ['1161', '1162', '1163', '1164', '2151', '2152', '2153', '2154', '2160', '1170', '5900']) expect(accounts.has(code), code).toBe(true);
    expect(accounts.get('2151')).toMatchObject({ name: 'Output CGST', type: 'liability', subtype: 'tax', currency: 'INR', parentId: accounts.get('2150')!.id });
    expect(accounts.get('1160')).toMatchObject({ isGroup: true, type: 'asset' });
    expect(accounts.has('2120')).toBe(false); // the generic sales-tax account is replaced by GST
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/accounts/apply-template', headers: owner.headers, payload: { template: 'india' } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: [] });
    expect((await accountsByCode(t, owner)).size).toBe(accounts.size);
  });

  it('applies the household and small-business templates for other tenants', async () => {
    const household = await applyTemplate(t, other, 'household');
    expect(household.get('5010')).toMatchObject({ name: 'Groceries', type: 'expense', currency: 'USD' });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/accounts/apply-template', headers: other.headers, payload: { template: 'mars' } });
    expect(unknown.statusCode).toBe(400);
  });

  it('creates, reads with ETag, updates with If-Match and rejects a stale one', async () => {
    const accounts = await accountsByCode(t, owner);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      headers: owner.headers,
      payload: { code: '1125', name: 'HDFC Current', type: 'asset', subtype: 'bank', parentId: accounts.get('1100')!.id },
    });
    expect(created.statusCode, created.body).toBe(201);
    const account = created.json() as AccountJson;
    expect(account).toMatchObject({ code: '1125', currency: 'INR', status: 'active', version: 1 });
    const read = await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${account.id}`, headers: owner.headers });
    expect(read.headers.etag).toBe('"v1"');
    const noMatch = await t.app.inject({ method: 'PUT', url: `/api/v1/accounts/${account.id}`, headers: owner.headers, payload: { name: 'HDFC' } });
    expect(noMatch.statusCode).toBe(428);
    const updated = await t.app.inject({ method: 'PUT', url: `/api/v1/accounts/${account.id}`, headers: { ...owner.headers, 'if-match': '"v1"' }, payload: { name: 'HDFC Bank' } });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ name: 'HDFC Bank', version: 2 });
    const stale = await t.app.inject({ method: 'PUT', url: `/api/v1/accounts/${account.id}`, headers: { ...owner.headers, 'if-match': '"v1"' }, payload: { name: 'Other' } });
    expect(stale.statusCode).toBe(412);
  });

  it('keeps codes unique per tenant (case-insensitive) but not across tenants', async () => {
    const dup = await t.app.inject({ method: 'POST', url: '/api/v1/accounts', headers: owner.headers, payload: { code: '1110', name: 'Petty cash', type: 'asset' } });
    expect(dup.statusCode).toBe(409);
    expect(problemCode(dup)).toBe('LEDGER.ACCOUNT_CODE_TAKEN');
    const elsewhere = await t.app.inject({ method: 'POST', url: '/api/v1/accounts', headers: other.headers, payload: { code: '1110', name: 'Petty cash', type: 'asset' } });
    expect(elsewhere.statusCode).toBe(201);
  });

  it('enforces the hierarchy: parent is a group of the same type, subtype fits type, no cycles', async () => {
    const accounts = await accountsByCode(t, owner);
    const wrongType = await t.app.inject({ method: 'POST', url: '/api/v1/accounts', headers: owner.headers, payload: { code: '9001', name: 'X', type: 'expense', parentId: accounts.get('1100')!.id } });
    expect(wrongType.statusCode).toBe(422);
    expect(problemCode(wrongType)).toBe('LEDGER.INVALID_ACCOUNT');
    const notGroup = await t.app.inject({ method: 'POST', url: '/api/v1/accounts', headers: owner.headers, payload: { code: '9002', name: 'X', type: 'asset', parentId: accounts.get('1110')!.id } });
    expect(notGroup.statusCode).toBe(422);
    const badSubtype = await t.app.inject({ method: 'POST', url: '/api/v1/accounts', headers: owner.headers, payload: { code: '9003', name: 'X', type: 'income', subtype: 'bank' } });
    expect(badSubtype.statusCode).toBe(422);
    const group = accounts.get('1100')!;
    const child = accounts.get('1160')!; // a group under 1100
    const cycle = await t.app.inject({ method: 'PUT', url: `/api/v1/accounts/${group.id}`, headers: { ...owner.headers, 'if-match': `"v${group.version}"` }, payload: { parentId: child.id } });
    expect(cycle.statusCode).toBe(422);
    expect(JSON.stringify(cycle.json())).toContain('under itself');
  });

  it('archives instead of deleting, and refuses to archive a group with active children', async () => {
    const accounts = await accountsByCode(t, owner);
    const group = await t.app.inject({ method: 'DELETE', url: `/api/v1/accounts/${accounts.get('1160')!.id}`, headers: owner.headers });
    expect(group.statusCode).toBe(409);
    const archived = await t.app.inject({ method: 'DELETE', url: `/api/v1/accounts/${accounts.get('1150')!.id}`, headers: owner.headers });
    expect(archived.statusCode).toBe(200);
    expect(archived.json()).toMatchObject({ status: 'archived' });
    const still = await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${accounts.get('1150')!.id}`, headers: owner.headers });
    expect(still.json()).toMatchObject({ status: 'archived' });
    const viaPost = await t.app.inject({ method: 'POST', url: `/api/v1/accounts/${accounts.get('5700')!.id}/archive`, headers: owner.headers });
    expect(viaPost.json()).toMatchObject({ status: 'archived' });
    const active = await t.app.inject({ method: 'GET', url: '/api/v1/accounts?status=archived', headers: owner.headers });
    expect((active.json() as { items: AccountJson[] }).items.map((a) => a.code).sort()).toEqual(['1150', '5700']);
  });

  it('pages through the chart with a cursor', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/v1/accounts?limit=5', headers: owner.headers });
    const page = first.json() as { items: AccountJson[]; nextCursor: string };
    expect(page.items).toHaveLength(5);
    const second = await t.app.inject({ method: 'GET', url: `/api/v1/accounts?limit=5&cursor=${page.nextCursor}`, headers: owner.headers });
    const next = second.json() as { items: AccountJson[] };
    expect(next.items[0]!.code > page.items[4]!.code).toBe(true);
  });

  it("answers 404 for another tenant's account, for reads and writes", async () => {
    const mine = (await accountsByCode(t, owner)).get('1110')!;
    for (const request of [
      { method: 'GET' as const, url: `/api/v1/accounts/${mine.id}` },
      { method: 'DELETE' as const, url: `/api/v1/accounts/${mine.id}` },
      { method: 'GET' as const, url: `/api/v1/accounts/${mine.id}/balance` },
    ]) {
      const response = await t.app.inject({ ...request, headers: other.headers });
      expect([request.url, response.statusCode]).toEqual([request.url, 404]);
    }
    const put = await t.app.inject({ method: 'PUT', url: `/api/v1/accounts/${mine.id}`, headers: { ...other.headers, 'if-match': '"v1"' }, payload: { name: 'stolen' } });
    expect(put.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${mine.id}`, headers: owner.headers })).json()).toMatchObject({ name: 'Cash in Hand' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { applyTemplate, ledgerCounts, problemCode, type AccountJson } from './helpers.js';

let t: TestApp;
let owner: SignedUp;
let other: SignedUp;
let acc: Map<string, AccountJson>;
const id = (code: string) => acc.get(code)!.id;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
  other = await t.signUp();
  acc = await applyTemplate(t, owner, 'small_business');
});
afterAll(async () => t?.close());

interface TxnJson {
  id: string;
  type: string;
  amount: string;
  status: string;
  entryId: string;
  revision: number;
  version: number;
}

const balance = async (code: string, asOf = '2026-12-31') =>
  ((await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${id(code)}/balance?asOf=${asOf}`, headers: owner.headers })).json() as { balance: string }).balance;

async function eventTypes(): Promise<string[]> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, `select type from platform.outbox where tenant_id = $1 and type like 'transaction.%' order by seq`, [owner.tenantId]);
  return rows.map((r: { type: string }) => r.type);
}

describe('transactions (seed 001)', () => {
  let rentId: string;

  it('records income, an expense and a transfer as posted journal entries, with events', async () => {
    const make = (payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/transactions', headers: owner.headers, payload });
    const income = await make({ type: 'income', date: '2026-06-01', amount: '2500.00', accountId: id('1120'), counterAccountId: id('4100'), description: 'Consulting', tags: ['june'] });
    expect(income.statusCode, income.body).toBe(201);
    const rent = await make({ type: 'expense', date: '2026-06-02', amount: '800.50', accountId: id('1120'), counterAccountId: id('5200'), description: 'June rent' });
    expect(rent.statusCode, rent.body).toBe(201);
    rentId = (rent.json() as TxnJson).id;
    const transfer = await make({ type: 'transfer', date: '2026-06-03', amount: '100', accountId: id('1120'), counterAccountId: id('1110') });
    expect(transfer.statusCode, transfer.body).toBe(201);
    expect(await balance('1120')).toBe('1599.50');
    expect(await balance('1110')).toBe('100.00');
    expect(await balance('4100')).toBe('2500.00');
    expect(await balance('5200')).toBe('800.50');
    const entry = await t.app.inject({ method: 'GET', url: `/api/v1/journal-entries/${(income.json() as TxnJson).entryId}`, headers: owner.headers });
    expect(entry.json()).toMatchObject({ status: 'posted', source: { module: 'ledger.transaction', id: (income.json() as TxnJson).id, revision: 0 } });
    expect(await eventTypes()).toEqual(['transaction.created', 'transaction.created', 'transaction.created']);
  });

  it('refuses accounts that do not fit the kind, and bad amounts', async () => {
    const before = await ledgerCounts(t);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/transactions', headers: owner.headers, payload: { type: 'income', date: '2026-06-01', amount: '1.00', accountId: id('1120'), counterAccountId: id('5200') } });
    expect(wrong.statusCode).toBe(422);
    expect(problemCode(wrong)).toBe('LEDGER.INVALID_ACCOUNT');
    const precise = await t.app.inject({ method: 'POST', url: '/api/v1/transactions', headers: owner.headers, payload: { type: 'income', date: '2026-06-01', amount: '1.001', accountId: id('1120'), counterAccountId: id('4100') } });
    expect(precise.statusCode).toBe(400);
    expect(problemCode(precise)).toBe('MONEY.EXCESS_PRECISION');
    const zero = await t.app.inject({ method: 'POST', url: '/api/v1/transactions', headers: owner.headers, payload: { type: 'income', date: '2026-06-01', amount: '0.00', accountId: id('1120'), counterAccountId: id('4100') } });
    expect(zero.statusCode).toBe(400);
    expect(await ledgerCounts(t)).toEqual(before);
  });

  it('PUT reverses the posted entry and posts the new version (If-Match required)', async () => {
    const current = await t.app.inject({ method: 'GET', url: `/api/v1/transactions/${rentId}`, headers: owner.headers });
    const body = { type: 'expense', date: '2026-06-02', amount: '850.00', accountId: id('1120'), counterAccountId: id('5200'), description: 'June rent (corrected)' };
    const noMatch = await t.app.inject({ method: 'PUT', url: `/api/v1/transactions/${rentId}`, headers: owner.headers, payload: body });
    expect(noMatch.statusCode).toBe(428);
    const updated = await t.app.inject({ method: 'PUT', url: `/api/v1/transactions/${rentId}`, headers: { ...owner.headers, 'if-match': String(current.headers.etag) }, payload: body });
    expect(updated.statusCode, updated.body).toBe(200);
    const after = updated.json() as TxnJson;
    expect(after).toMatchObject({ amount: '850.00', revision: 1 });
    expect(after.entryId).not.toBe((current.json() as TxnJson).entryId);
    const old = await t.app.inject({ method: 'GET', url: `/api/v1/journal-entries/${(current.json() as TxnJson).entryId}`, headers: owner.headers });
    expect(old.json().reversedById).toEqual(expect.any(String));
    expect(await balance('5200')).toBe('850.00');
    expect(await balance('1120')).toBe('1550.00');
    const stale = await t.app.inject({ method: 'PUT', url: `/api/v1/transactions/${rentId}`, headers: { ...owner.headers, 'if-match': String(current.headers.etag) }, payload: body });
    expect(stale.statusCode).toBe(412);
  });

  it('DELETE reverses the entry; the transaction disappears from the list but its history stays', async () => {
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/transactions/${rentId}`, headers: owner.headers });
    expect(del.statusCode).toBe(204);
    expect(await balance('5200')).toBe('0.00');
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/transactions', headers: owner.headers });
    expect((list.json() as { items: TxnJson[] }).items.map((x) => x.id)).not.toContain(rentId);
    const withDeleted = await t.app.inject({ method: 'GET', url: '/api/v1/transactions?includeDeleted=true', headers: owner.headers });
    expect((withDeleted.json() as { items: TxnJson[] }).items.find((x) => x.id === rentId)).toMatchObject({ status: 'deleted' });
    const put = await t.app.inject({ method: 'PUT', url: `/api/v1/transactions/${rentId}`, headers: { ...owner.headers, 'if-match': '"v2"' }, payload: { type: 'expense', date: '2026-06-02', amount: '1.00', accountId: id('1120'), counterAccountId: id('5200') } });
    expect(problemCode(put)).toBe('LEDGER.TRANSACTION_DELETED');
    expect(await eventTypes()).toEqual(['transaction.created', 'transaction.created', 'transaction.created', 'transaction.updated', 'transaction.deleted']);
  });

  it('searches and filters', async () => {
    const q = async (query: string) => ((await t.app.inject({ method: 'GET', url: `/api/v1/transactions?${query}`, headers: owner.headers })).json() as { items: TxnJson[] }).items;
    expect((await q('type=income')).map((x) => x.type)).toEqual(['income']);
    expect(await q('q=consult')).toHaveLength(1);
    expect(await q('tag=june')).toHaveLength(1);
    expect(await q(`accountId=${id('1110')}`)).toHaveLength(1);
    expect(await q('from=2026-06-02&to=2026-06-03')).toHaveLength(1);
    const page1 = await t.app.inject({ method: 'GET', url: '/api/v1/transactions?limit=1', headers: owner.headers });
    const { items, nextCursor } = page1.json() as { items: TxnJson[]; nextCursor: string };
    const page2 = await t.app.inject({ method: 'GET', url: `/api/v1/transactions?limit=1&cursor=${nextCursor}`, headers: owner.headers });
    expect((page2.json() as { items: TxnJson[] }).items[0]!.id).not.toBe(items[0]!.id);
  });

  it("answers 404 for another tenant's transaction", async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/transactions', headers: owner.headers });
    const mine = (list.json() as { items: TxnJson[] }).items[0]!;
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/transactions/${mine.id}`, headers: other.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/transactions/${mine.id}`, headers: other.headers })).statusCode).toBe(404);
    expect(await balance('1110')).toBe('100.00');
  });
});

describe('general ledger', () => {
  it('lists posted lines of an account with running balances and source links, filtered by date and tag', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/ledger?accountId=${id('1120')}`, headers: owner.headers });
    expect(response.statusCode, response.body).toBe(200);
    const ledger = response.json() as { items: { date: string; debit: string; credit: string; runningBalance: string; runningBaseBalance: string; source: { module: string; href: string } }[] };
    // 06-01 income 2500; 06-02 rent 800.50, its reversal, rent 850, its reversal (reversals keep the original date); 06-03 transfer 100
    expect(ledger.items.map((l) => l.runningBalance)).toEqual(['2500.00', '1699.50', '2500.00', '1650.00', '2500.00', '2400.00']);
    expect(ledger.items.at(-1)!.runningBalance).toBe(await balance('1120'));
    expect(ledger.items[0]!.source).toMatchObject({ module: 'ledger.transaction' });
    const from = await t.app.inject({ method: 'GET', url: `/api/v1/ledger?accountId=${id('1120')}&from=2026-06-02&limit=2`, headers: owner.headers });
    const page = from.json() as { openingBaseBalance: string; items: { runningBalance: string }[]; nextCursor: string };
    expect(page.openingBaseBalance).toBe('2500.00');
    expect(page.items[0]!.runningBalance).toBe(ledger.items[1]!.runningBalance);
    const next = await t.app.inject({ method: 'GET', url: `/api/v1/ledger?accountId=${id('1120')}&from=2026-06-02&limit=2&cursor=${page.nextCursor}`, headers: owner.headers });
    expect((next.json() as { items: { runningBalance: string }[] }).items[0]!.runningBalance).toBe(ledger.items[3]!.runningBalance);
    const tagged = await t.app.inject({ method: 'GET', url: '/api/v1/ledger?tag=june', headers: owner.headers });
    expect((tagged.json() as { items: unknown[] }).items).toHaveLength(2);
  });
});

describe('cursors', () => {
  it('answers forged cursors with 400, never a failed cast', async () => {
    const forge = (k: unknown, id: string) => Buffer.from(JSON.stringify({ k, id }), 'utf8').toString('base64url');
    const uuid = '0190a000-0000-7000-8000-000000000001';
    for (const url of [
      `/api/v1/transactions?cursor=${forge('2026-13-45', uuid)}`,
      `/api/v1/transactions?cursor=${forge('2026-01-01', 'not-a-uuid')}`,
      `/api/v1/journal-entries?cursor=${forge('yesterday', uuid)}`,
      `/api/v1/accounts?cursor=${forge('1000', 'x')}`,
      `/api/v1/ledger?cursor=${forge('2026-02-30#1', uuid)}`,
      `/api/v1/ledger?cursor=${forge('2026-01-01#x', uuid)}`,
    ]) {
      const response = await t.app.inject({ method: 'GET', url, headers: owner.headers });
      expect([url, response.statusCode, problemCode(response)]).toEqual([url, 400, 'REQUEST.INVALID_CURSOR']);
    }
  });
});

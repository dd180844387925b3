import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { applyTemplate, ledgerCounts, postEntry, problemCode, type AccountJson } from './helpers.js';

let t: TestApp;
let owner: SignedUp;
let acc: Map<string, AccountJson>;
const id = (code: string) => acc.get(code)!.id;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
  acc = await applyTemplate(t, owner, 'india');
});
afterAll(async () => t?.close());

const balance = async (code: string, asOf: string) =>
  ((await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${id(code)}/balance?asOf=${asOf}`, headers: owner.headers })).json() as { balance: string }).balance;

describe('fiscal year close and lock', () => {
  it('moves income and expenses into retained earnings at the year end, locks the year, and refuses to post into it', async () => {
    const post = (date: string, dr: string, cr: string, amount: string) => postEntry(t, owner, { date, lines: [{ accountId: id(dr), debit: amount }, { accountId: id(cr), credit: amount }] });
    expect((await post('2026-01-10', '1110', '4100', '10000.00')).statusCode).toBe(201);
    expect((await post('2026-02-10', '5200', '1110', '3000.00')).statusCode).toBe(201);
    expect((await post('2026-03-10', '5400', '1120', '1500.25')).statusCode).toBe(201);
    expect((await post('2026-04-02', '1110', '4100', '700.00')).statusCode).toBe(201); // next year

    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/ledger/close-period', headers: owner.headers, payload: { periodEnd: '2026-03-31', retainedEarningsAccountId: id('4100') } });
    expect(problemCode(bad)).toBe('LEDGER.INVALID_ACCOUNT');

    const close = await t.app.inject({ method: 'POST', url: '/api/v1/ledger/close-period', headers: owner.headers, payload: { periodEnd: '2026-03-31', retainedEarningsAccountId: id('3300'), lock: true } });
    expect(close.statusCode, close.body).toBe(201);
    expect(close.json()).toMatchObject({ date: '2026-03-31', status: 'posted', source: { module: 'ledger.close', id: '2026-03-31', revision: 0 } });

    for (const code of ['4100', '5200', '5400']) expect([code, await balance(code, '2026-03-31')]).toEqual([code, '0.00']);
    expect(await balance('3300', '2026-03-31')).toBe('5499.75'); // 10000 − 3000 − 1500.25, credit-normal
    expect(await balance('4100', '2026-04-30')).toBe('700.00');
    const tb = await t.app.inject({ method: 'GET', url: '/api/v1/reports/trial-balance?asOf=2026-03-31', headers: owner.headers });
    expect(tb.json()).toMatchObject({ balanced: true });

    const settings = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/settings', headers: owner.headers });
    expect(settings.json()).toMatchObject({ lockDate: '2026-03-31' });
    const before = await ledgerCounts(t);
    const late = await post('2026-03-15', '5200', '1110', '10.00');
    expect(late.statusCode).toBe(422);
    expect(problemCode(late)).toBe('LEDGER.PERIOD_LOCKED');
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/ledger/close-period', headers: owner.headers, payload: { periodEnd: '2026-03-31', retainedEarningsAccountId: id('3300') } });
    expect(problemCode(again)).toBe('LEDGER.NOTHING_TO_CLOSE');
    expect(await ledgerCounts(t)).toEqual(before);
  });

  it('lets the lock be moved back with If-Match, and reversals into a locked period are refused', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/journal-entries?from=2026-01-01&to=2026-01-31', headers: owner.headers });
    const january = (list.json() as { items: { id: string }[] }).items[0]!;
    const reverse = await t.app.inject({ method: 'POST', url: `/api/v1/journal-entries/${january.id}/reverse`, headers: owner.headers, payload: {} });
    expect(problemCode(reverse)).toBe('LEDGER.PERIOD_LOCKED');
    const intoOpen = await t.app.inject({ method: 'POST', url: `/api/v1/journal-entries/${january.id}/reverse`, headers: owner.headers, payload: { date: '2026-04-05' } });
    expect(intoOpen.statusCode, intoOpen.body).toBe(201);
    const settings = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/settings', headers: owner.headers });
    const stale = await t.app.inject({ method: 'PUT', url: '/api/v1/ledger/settings', headers: { ...owner.headers, 'if-match': '"v99"' }, payload: { lockDate: null } });
    expect(stale.statusCode).toBe(412);
    const unlock = await t.app.inject({ method: 'PUT', url: '/api/v1/ledger/settings', headers: { ...owner.headers, 'if-match': String(settings.headers.etag) }, payload: { lockDate: null } });
    expect(unlock.json()).toMatchObject({ lockDate: null });
    expect((await postEntry(t, owner, { date: '2026-03-15', lines: [{ accountId: id('5200'), debit: '10.00' }, { accountId: id('1110'), credit: '10.00' }] })).statusCode).toBe(201);
  });
});

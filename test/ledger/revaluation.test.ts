import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realisedFxGainLoss } from '../../src/modules/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { applyTemplate, ledgerCounts, postEntry, problemCode, type AccountJson } from './helpers.js';

interface Revaluation {
  date: string;
  posted: boolean;
  total: string;
  gainLossAccountId: string | null;
  entry: { id: string; date: string; source: { module: string; id: string; revision: number }; reversedById: string | null; lines: { accountId: string; currency: string; debit: string; credit: string; tags: string[] }[] } | null;
  reversal: { id: string; date: string; reversesId: string } | null;
  accounts: { code: string; currency: string; balance: string; rate: string; rateDate: string; carriedBase: string; revaluedBase: string; difference: string }[];
}

let t: TestApp;
let owner: SignedUp;
let acc: Map<string, AccountJson>;
let bank: string;
let receivable: string;
let payable: string;
const id = (code: string) => acc.get(code)!.id;

async function createAccount(who: SignedUp, body: Record<string, unknown>): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/accounts', headers: who.headers, payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: string }).id;
}
const setRates = async (who: SignedUp, rates: { currency: string; date: string; rate: string }[]) => {
  const response = await t.app.inject({ method: 'PUT', url: '/api/v1/ledger/rates', headers: who.headers, payload: { rates } });
  expect(response.statusCode, response.body).toBe(200);
};
const preview = async (date: string, who = owner) => {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/ledger/revaluation/preview?date=${date}`, headers: who.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Revaluation;
};
const revalue = (date: string, who = owner, extra: Record<string, unknown> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/ledger/revaluation', headers: who.headers, payload: { date, ...extra } });
const baseBalance = async (accountId: string, asOf: string, who = owner) =>
  ((await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${accountId}/balance?asOf=${asOf}`, headers: who.headers })).json() as { baseBalance: string }).baseBalance;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
  acc = await applyTemplate(t, owner, 'small_business');
  bank = await createAccount(owner, { code: '1125', name: 'Bank USD', type: 'asset', subtype: 'bank', currency: 'USD', parentId: id('1100') });
  receivable = await createAccount(owner, { code: '1135', name: 'Receivables USD', type: 'asset', subtype: 'receivable', currency: 'USD', parentId: id('1100') });
  payable = await createAccount(owner, { code: '2115', name: 'Payables USD', type: 'liability', subtype: 'payable', currency: 'USD', parentId: id('2100') });
  await setRates(owner, [
    { currency: 'USD', date: '2026-03-01', rate: '82' },
    { currency: 'USD', date: '2026-03-31', rate: '83.5' },
  ]);
  // an invoice of $1,000 and a bill of $200, both booked at 82
  expect((await postEntry(t, owner, { date: '2026-03-10', lines: [{ accountId: receivable, debit: '1000.00' }, { accountId: id('4100'), credit: '1000.00', currency: 'USD' }] })).statusCode).toBe(201);
  expect((await postEntry(t, owner, { date: '2026-03-12', lines: [{ accountId: id('5600'), debit: '200.00', currency: 'USD' }, { accountId: payable, credit: '200.00' }] })).statusCode).toBe(201);
});
afterAll(async () => t?.close());

describe('period-end revaluation', () => {
  it('previews each open foreign balance at the closing rate against its carried value, writing nothing', async () => {
    const before = await ledgerCounts(t);
    const p = await preview('2026-03-31');
    expect(p).toMatchObject({ posted: false, total: '1200.00', gainLossAccountId: id('4310'), entry: null });
    expect(p.accounts).toEqual([
      { accountId: receivable, code: '1135', name: 'Receivables USD', currency: 'USD', balance: '1000.00', rate: '83.5', rateDate: '2026-03-31', carriedBase: '82000.00', revaluedBase: '83500.00', difference: '1500.00' },
      { accountId: payable, code: '2115', name: 'Payables USD', currency: 'USD', balance: '-200.00', rate: '83.5', rateDate: '2026-03-31', carriedBase: '-16400.00', revaluedBase: '-16700.00', difference: '-300.00' },
    ]);
    // income and expense accounts are not revalued, even with USD lines
    expect(p.accounts.map((a) => a.code)).not.toContain('4100');
    expect(await ledgerCounts(t)).toEqual(before);
  });

  it('posts one unrealised gain/loss entry at the date and its reversal the next day', async () => {
    const response = await revalue('2026-03-31');
    expect(response.statusCode, response.body).toBe(201);
    const r = response.json() as Revaluation;
    expect(r).toMatchObject({ posted: true, total: '1200.00', gainLossAccountId: id('4310') });
    expect(r.entry).toMatchObject({ date: '2026-03-31', source: { module: 'ledger.revaluation', id: '2026-03-31', revision: 0 }, reversedById: r.reversal!.id });
    expect(r.entry!.lines.map((l) => [l.accountId, l.currency, l.debit, l.credit])).toEqual([
      [receivable, 'INR', '1500.00', '0.00'],
      [payable, 'INR', '0.00', '300.00'],
      [id('4310'), 'INR', '0.00', '1200.00'],
    ]);
    expect(r.reversal).toMatchObject({ date: '2026-04-01', reversesId: r.entry!.id });
    expect(response.headers.location).toBe(`/api/v1/journal-entries/${r.entry!.id}`);

    expect(await baseBalance(receivable, '2026-03-31')).toBe('83500.00');
    expect(await baseBalance(payable, '2026-03-31')).toBe('16700.00');
    expect(await baseBalance(id('4310'), '2026-03-31')).toBe('1200.00');
    // reversed the next day: historical values again
    expect(await baseBalance(receivable, '2026-04-01')).toBe('82000.00');
    expect(await baseBalance(payable, '2026-04-01')).toBe('16400.00');
    expect(await baseBalance(id('4310'), '2026-04-01')).toBe('0.00');
    const tb = await t.app.inject({ method: 'GET', url: '/api/v1/reports/trial-balance?asOf=2026-03-31', headers: owner.headers });
    expect(tb.json()).toMatchObject({ balanced: true });
  });

  it('is idempotent for a date: running again posts nothing; a changed rate posts only the change as a new revision', async () => {
    const before = await ledgerCounts(t);
    const again = await revalue('2026-03-31');
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ posted: false, total: '0.00', entry: null });
    expect(await ledgerCounts(t)).toEqual(before);
    expect((await preview('2026-03-31')).accounts.map((a) => a.carriedBase)).toEqual(['83500.00', '-16700.00']);

    await setRates(owner, [{ currency: 'USD', date: '2026-03-31', rate: '84' }]);
    const changed = await revalue('2026-03-31');
    expect(changed.statusCode, changed.body).toBe(201);
    const r = changed.json() as Revaluation;
    expect(r).toMatchObject({ total: '400.00', entry: { source: { revision: 1 } } });
    expect(r.accounts.map((a) => a.difference)).toEqual(['500.00', '-100.00']);
    expect(await baseBalance(receivable, '2026-03-31')).toBe('84000.00');
    expect(await baseBalance(receivable, '2026-04-01')).toBe('82000.00');
  });

  it('settles a payment with the realised gain/loss helper, clearing the receivable to zero in base currency', async () => {
    await setRates(owner, [{ currency: 'USD', date: '2026-04-10', rate: '84.25' }]);
    const s = realisedFxGainLoss({ invoiceAmount: 100_000n, invoiceRate: '82', paymentAmount: 100_000n, paymentRate: '84.25', currency: 'USD', baseCurrency: 'INR' });
    expect(s).toMatchObject({ settledBase: 8_200_000n, paymentBase: 8_425_000n, gainLoss: 225_000n, adjustment: { debit: 225_000n }, line: { credit: 225_000n } });
    const payment = await postEntry(t, owner, {
      date: '2026-04-10',
      lines: [
        { accountId: bank, debit: '1000.00' }, // both at the payment rate 84.25
        { accountId: receivable, credit: '1000.00' },
        { accountId: receivable, debit: '2250.00', currency: 'INR', tags: s.tags },
        { accountId: id('4300'), credit: '2250.00' },
      ],
    });
    expect(payment.statusCode, payment.body).toBe(201);
    expect(await baseBalance(receivable, '2026-04-10')).toBe('0.00');
    expect(await baseBalance(id('4300'), '2026-04-10')).toBe('2250.00');
    // nothing left to revalue on the receivable at the next period end
    const p = await preview('2026-04-30');
    expect(p.accounts.map((a) => a.code)).toEqual(['1125', '2115']);
  });

  it('refuses a date with no rate for an open currency, writing nothing', async () => {
    const eur = await createAccount(owner, { code: '1126', name: 'Bank EUR', type: 'asset', subtype: 'bank', currency: 'EUR', parentId: id('1100') });
    expect((await postEntry(t, owner, { date: '2026-04-15', lines: [{ accountId: eur, debit: '100.00', baseAmount: '9000.00' }, { accountId: id('3100'), credit: '100.00', currency: 'EUR', baseAmount: '9000.00' }] })).statusCode).toBe(201);
    const before = await ledgerCounts(t);
    const response = await revalue('2026-04-30');
    expect(response.statusCode).toBe(422);
    const problem = response.json() as { code: string; errors: { path: string; message: string }[] };
    expect(problem.code).toBe('LEDGER.RATE_MISSING');
    expect(problem.errors).toEqual([{ path: 'body.date', message: 'no EUR→INR rate on or before 2026-04-30' }]);
    const previewed = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/revaluation/preview?date=2026-04-30', headers: owner.headers });
    expect(previewed.json()).toMatchObject({ code: 'LEDGER.RATE_MISSING', errors: [{ path: 'querystring.date' }] });
    expect(await ledgerCounts(t)).toEqual(before);
  });

  it('refuses a gain/loss account that is not an active income or expense account', async () => {
    await setRates(owner, [{ currency: 'EUR', date: '2026-04-30', rate: '91' }]);
    const response = await revalue('2026-04-30', owner, { gainLossAccountId: id('1110') });
    expect(problemCode(response)).toBe('LEDGER.INVALID_ACCOUNT');
    const chosen = await revalue('2026-04-30', owner, { gainLossAccountId: id('4200') });
    expect(chosen.statusCode, chosen.body).toBe(201);
    expect(chosen.json()).toMatchObject({ gainLossAccountId: id('4200') });
  });
});

describe('charts without the unrealised gain/loss account', () => {
  it('creates the account on the first revaluation, and sees only its own tenant’s balances', async () => {
    const other = await t.signUp();
    expect((await preview('2026-03-31', other)).accounts).toEqual([]);
    const usd = await createAccount(other, { code: 'B-USD', name: 'Bank USD', type: 'asset', subtype: 'bank', currency: 'USD' });
    const equity = await createAccount(other, { code: 'CAP', name: 'Capital', type: 'equity', subtype: 'capital' });
    await setRates(other, [{ currency: 'USD', date: '2026-01-01', rate: '80' }, { currency: 'USD', date: '2026-03-31', rate: '79.5' }]);
    expect((await postEntry(t, other, { date: '2026-01-05', lines: [{ accountId: usd, debit: '500.00' }, { accountId: equity, credit: '500.00', currency: 'USD' }] })).statusCode).toBe(201);
    const p = await preview('2026-03-31', other);
    expect(p).toMatchObject({ gainLossAccountId: null, total: '-250.00' });
    expect(p.accounts.map((a) => a.code)).toEqual(['B-USD']);
    const response = await revalue('2026-03-31', other);
    expect(response.statusCode, response.body).toBe(201);
    const r = response.json() as Revaluation;
    const created = await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${r.gainLossAccountId}`, headers: other.headers });
    expect(created.json()).toMatchObject({ code: '4310', name: 'Unrealised Exchange Gain/Loss', type: 'income', currency: 'INR' });
    expect(await baseBalance(r.gainLossAccountId!, '2026-03-31', other)).toBe('-250.00');
    // the first tenant's chart did not change
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${r.gainLossAccountId}`, headers: owner.headers })).statusCode).toBe(404);
  });
});

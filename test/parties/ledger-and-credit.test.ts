import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/kernel/index.js';
import type { PartiesApi } from '../../src/modules/parties/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { applyTemplate, postEntry, type AccountJson } from '../ledger/helpers.js';

let t: TestApp;
let owner: SignedUp;
let acc: Map<string, AccountJson>;
const id = (code: string) => acc.get(code)!.id;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
  acc = await applyTemplate(t, owner, 'small_business');
});
afterAll(async () => t?.close());

const inject = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { ...owner.headers, ...headers }, ...(payload && { payload }) });

interface PartyJson {
  id: string;
  version: number;
  openingBalance: { amount: string; date: string; entryId: string | null } | null;
}
interface StatementJson {
  side: string;
  openingBalance: string;
  closingBalance: string;
  lines: { date: string; debit: string; credit: string; balance: string; source: string }[];
}

async function create(kind: 'customers' | 'vendors', payload: object, as = owner): Promise<PartyJson> {
  const r = await t.app.inject({ method: 'POST', url: `/api/v1/${kind}`, headers: as.headers, payload });
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as PartyJson;
}

async function statement(kind: 'customers' | 'vendors', partyId: string, query = ''): Promise<StatementJson> {
  const r = await inject('GET', `/api/v1/${kind}/${partyId}/ledger${query}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as StatementJson;
}

/** The receivable account (1130) and the opening-balance equity account (3400) in the small-business chart. */
const RECEIVABLE = '1130';
const PAYABLE = '2110';
const OBE = '3400';
const SALES = '4100';
const BANK = '1120';

async function linesOf(entryId: string): Promise<{ account_id: string; debit: string; credit: string; party_id: string | null }[]> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, `select account_id, debit::text, credit::text, party_id from ledger.journal_lines where entry_id = $1 order by line_no`, [entryId]);
  return rows as { account_id: string; debit: string; credit: string; party_id: string | null }[];
}

describe('opening balances', () => {
  it('posts a customer opening balance as a balanced entry: receivable (with the party) against Opening Balance Equity', async () => {
    const party = await create('customers', { legalName: 'Opening Customer', openingBalance: { amount: '1500.25', date: '2026-04-01' } });
    expect(party.openingBalance).toMatchObject({ amount: '1500.25', date: '2026-04-01' });
    const lines = await linesOf(party.openingBalance!.entryId!);
    expect(lines).toEqual([
      { account_id: id(RECEIVABLE), debit: '150025', credit: '0', party_id: party.id },
      { account_id: id(OBE), debit: '0', credit: '150025', party_id: null },
    ]);
    const s = await statement('customers', party.id);
    expect(s).toMatchObject({ side: 'receivable', openingBalance: '0.00', closingBalance: '1500.25' });
    expect(s.lines).toEqual([expect.objectContaining({ date: '2026-04-01', debit: '1500.25', credit: '0.00', balance: '1500.25', source: 'parties' })]);
  });

  it('posts a vendor opening balance on the credit side of payables', async () => {
    const party = await create('vendors', { legalName: 'Opening Vendor', openingBalance: { amount: '800', date: '2026-04-01' } });
    const lines = await linesOf(party.openingBalance!.entryId!);
    expect(lines).toEqual([
      { account_id: id(PAYABLE), debit: '0', credit: '80000', party_id: party.id },
      { account_id: id(OBE), debit: '80000', credit: '0', party_id: null },
    ]);
    expect((await statement('vendors', party.id)).closingBalance).toBe('800.00');
  });

  it('replaces a changed opening balance: the old entry is reversed, the new one posted, the statement shows the net', async () => {
    const party = await create('customers', { legalName: 'Restated Ltd', openingBalance: { amount: '100', date: '2026-04-01' } });
    const r = await inject('PUT', `/api/v1/customers/${party.id}`, { openingBalance: { amount: '250', date: '2026-04-01' } }, { 'if-match': '"v1"' });
    expect(r.statusCode, r.body).toBe(200);
    const after = r.json() as PartyJson;
    expect(after.openingBalance).toMatchObject({ amount: '250.00' });
    expect(after.openingBalance!.entryId).not.toBe(party.openingBalance!.entryId);
    expect((await statement('customers', party.id)).closingBalance).toBe('250.00');
    // Removing it reverses it too.
    const cleared = await inject('PUT', `/api/v1/customers/${party.id}`, { openingBalance: null }, { 'if-match': '"v2"' });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect((await statement('customers', party.id)).closingBalance).toBe('0.00');
  });

  it('refuses clearly when the chart has no receivable account, writing nothing', async () => {
    const bare = await t.signUp();
    const before = await rowCounts(t.testDb.ownerUrl);
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/customers', headers: bare.headers, payload: { legalName: 'No Chart', openingBalance: { amount: '10', date: '2026-04-01' } } });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'PARTIES.NO_CONTROL_ACCOUNT' });
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('creates the Opening Balance Equity account once, even when two opening balances race for it', async () => {
    const fresh = await t.signUp();
    const account = await t.app.inject({ method: 'POST', url: '/api/v1/accounts', headers: fresh.headers, payload: { code: '1200', name: 'Debtors', type: 'asset', subtype: 'receivable' } });
    expect(account.statusCode, account.body).toBe(201);
    const results = await Promise.all(
      ['One', 'Two', 'Three'].map((name) =>
        t.app.inject({ method: 'POST', url: '/api/v1/customers', headers: fresh.headers, payload: { legalName: name, openingBalance: { amount: '10', date: '2026-04-01' } } }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select code from ledger.accounts where tenant_id = $1 and subtype = 'opening_balance'`, [fresh.tenantId]);
    expect(rows).toEqual([{ code: 'OBE' }]);
  });

  it('refuses an opening balance in a locked period, writing nothing', async () => {
    const settings = await inject('GET', '/api/v1/ledger/settings');
    expect((await inject('PUT', '/api/v1/ledger/settings', { lockDate: '2020-12-31' }, { 'if-match': settings.headers.etag as string })).statusCode).toBe(200);
    const before = await rowCounts(t.testDb.ownerUrl);
    const r = await inject('POST', '/api/v1/customers', { legalName: 'Too Early', openingBalance: { amount: '10', date: '2020-06-30' } });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'LEDGER.PERIOD_LOCKED' });
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });
});

describe('statement (GET /customers/:id/ledger)', () => {
  it('keeps a correct running balance across later postings with the party, with a date range and an opening row', async () => {
    const party = await create('customers', { legalName: 'Running Ltd', openingBalance: { amount: '1000', date: '2026-04-01' } });
    const other = await create('customers', { legalName: 'Someone Else' });
    const sale = (date: string, amount: string, partyId = party.id) =>
      postEntry(t, owner, { date, memo: `Sale ${amount}`, lines: [{ accountId: id(RECEIVABLE), debit: amount, partyId }, { accountId: id(SALES), credit: amount }] });
    const receipt = (date: string, amount: string) =>
      postEntry(t, owner, { date, memo: `Receipt ${amount}`, lines: [{ accountId: id(BANK), debit: amount }, { accountId: id(RECEIVABLE), credit: amount, partyId: party.id }] });
    for (const r of [await sale('2026-05-10', '250.50'), await receipt('2026-05-20', '600'), await sale('2026-06-05', '99.99'), await sale('2026-05-15', '5000', other.id)]) {
      expect(r.statusCode, r.body).toBe(201);
    }
    // A line on the sales account naming the party is not part of its receivable statement.
    expect((await postEntry(t, owner, { date: '2026-05-11', lines: [{ accountId: id(SALES), debit: '1', partyId: party.id }, { accountId: id(BANK), credit: '1' }] })).statusCode).toBe(201);

    const full = await statement('customers', party.id);
    expect(full.lines.map((l) => [l.date, l.debit, l.credit, l.balance])).toEqual([
      ['2026-04-01', '1000.00', '0.00', '1000.00'],
      ['2026-05-10', '250.50', '0.00', '1250.50'],
      ['2026-05-20', '0.00', '600.00', '650.50'],
      ['2026-06-05', '99.99', '0.00', '750.49'],
    ]);
    expect(full.closingBalance).toBe('750.49');

    const may = await statement('customers', party.id, '?from=2026-05-01&to=2026-05-31');
    expect(may.openingBalance).toBe('1000.00');
    expect(may.lines.map((l) => l.balance)).toEqual(['1250.50', '650.50']);
    expect(may.closingBalance).toBe('650.50');

    const bad = await inject('GET', `/api/v1/customers/${party.id}/ledger?from=2026-06-01&to=2026-05-01`);
    expect(bad.statusCode).toBe(400);
  });
});

describe('credit limits (parties.checkCredit)', () => {
  const api = () => t.context.modules.get<PartiesApi>('parties');
  /** A stand-in for the order/invoice modules: checks credit inside its own transaction. */
  const sellTo = (partyId: string, amount: string) => t.db.withTenant(owner.tenantId, (tx) => api().checkCredit(tx, owner.tenantId, partyId, amount));
  const exceededEvents = async (partyId: string) => {
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select data from platform.outbox where tenant_id = $1 and type = 'customer.credit_limit_exceeded' and data->>'partyId' = $2 order by seq`, [owner.tenantId, partyId]);
    return rows.map((r: { data: Record<string, string> }) => r.data);
  };
  const setMode = async (creditLimitMode: 'warn' | 'block') => {
    const current = await inject('GET', '/api/v1/parties/settings');
    const r = await inject('PUT', '/api/v1/parties/settings', { creditLimitMode }, { 'if-match': current.headers.etag as string });
    expect(r.statusCode, r.body).toBe(200);
  };

  it('is ok within the limit, counting the receivable balance from the ledger', async () => {
    const party = await create('customers', { legalName: 'Within Ltd', creditLimit: '1000', openingBalance: { amount: '600', date: '2026-04-01' } });
    expect(await sellTo(party.id, '400')).toMatchObject({ ok: true, exposure: '1000.00', limit: '1000.00', exceededBy: '0.00', warning: null });
    expect(await exceededEvents(party.id)).toEqual([]);
    const unlimited = await create('customers', { legalName: 'No Limit Ltd' });
    expect(await sellTo(unlimited.id, '99999999')).toMatchObject({ ok: true, limit: null });
  });

  it('refuses a suspended customer, and takes it again once reactivated', async () => {
    const party = await create('customers', { legalName: 'Paused Ltd', creditLimit: '1000' });
    const suspended = await inject('POST', `/api/v1/parties/${party.id}/suspend`, {});
    expect(suspended.statusCode, suspended.body).toBe(200);
    await expect(sellTo(party.id, '10')).rejects.toMatchObject({ code: 'PARTIES.CUSTOMER_NOT_ACTIVE', status: 422 });
    expect((await inject('POST', `/api/v1/parties/${party.id}/reactivate`, {})).statusCode).toBe(200);
    expect(await sellTo(party.id, '10')).toMatchObject({ ok: true });
  });

  it('warns in warn mode and emits customer.credit_limit_exceeded with the figures', async () => {
    await setMode('warn');
    const party = await create('customers', { legalName: 'Warned Ltd', creditLimit: '1000', openingBalance: { amount: '600', date: '2026-04-01' } });
    const result = await sellTo(party.id, '400.01');
    expect(result).toMatchObject({ ok: false, mode: 'warn', exposure: '1000.01', limit: '1000.00', exceededBy: '0.01', warning: { code: 'PARTIES.CREDIT_LIMIT_EXCEEDED' } });
    expect(await exceededEvents(party.id)).toEqual([expect.objectContaining({ exposure: '1000.01', limit: '1000.00', exceededBy: '0.01', additionalAmount: '400.01', mode: 'warn' })]);
  });

  it('blocks in block mode with a 422 carrying the figures; the event stays although the sale rolls back', async () => {
    await setMode('block');
    const party = await create('customers', { legalName: 'Blocked Ltd', creditLimit: '500' });
    const payment = await postEntry(t, owner, { date: '2026-05-01', lines: [{ accountId: id(RECEIVABLE), debit: '450', partyId: party.id }, { accountId: id(SALES), credit: '450' }] });
    expect(payment.statusCode).toBe(201);
    const error = await sellTo(party.id, '100').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 422, code: 'PARTIES.CREDIT_LIMIT_EXCEEDED', extra: { exposure: '550.00', limit: '500.00', exceededBy: '50.00', currency: 'INR' } });
    expect(await exceededEvents(party.id)).toEqual([expect.objectContaining({ exceededBy: '50.00', mode: 'block' })]);
    expect(await sellTo(party.id, '50')).toMatchObject({ ok: true, exposure: '500.00' });
    await setMode('warn');
  });

  it('refuses an unknown party or a vendor', async () => {
    const vendor = await create('vendors', { legalName: 'Only Vendor' });
    await expect(sellTo(vendor.id, '1')).rejects.toMatchObject({ code: 'PARTIES.NOT_FOUND' });
    await expect(sellTo('00000000-0000-4000-8000-000000000000', '1')).rejects.toMatchObject({ code: 'PARTIES.NOT_FOUND' });
  });
});

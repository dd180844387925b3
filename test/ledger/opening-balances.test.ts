import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerApi } from '../../src/modules/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { accountsByCode, applyTemplate, problemCode, type AccountJson } from './helpers.js';

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

const setOpening = (body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/v1/ledger/opening-balances', headers: owner.headers, payload: body });

interface OpeningJson {
  entry: { id: string; date: string; source: { module: string; id: string; revision: number }; lines: { accountId: string; debit: string; credit: string }[] };
  equityAccountId: string;
  replaced: { entryId: string; reversalId: string } | null;
}

const balance = async (accountId: string, asOf = '2026-12-31') =>
  ((await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${accountId}/balance?asOf=${asOf}`, headers: owner.headers })).json() as { balance: string }).balance;

describe('opening balances', () => {
  it("posts one entry and puts the difference on the chart's Opening Balance Equity account", async () => {
    const response = await setOpening({
      date: '2026-03-31',
      lines: [
        { accountId: id('1110'), debit: '5000.00' },
        { accountId: id('1120'), debit: '120000.00' },
        { accountId: id('2110'), credit: '25000.00' },
      ],
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json() as OpeningJson;
    expect(body.replaced).toBeNull();
    expect(body.entry.source).toEqual({ module: 'ledger.opening-balances', id: 'opening-balances', revision: 0 });
    const chart = await accountsByCode(t, owner);
    const equity = [...chart.values()].find((a) => a.id === body.equityAccountId)!;
    expect(equity).toMatchObject({ code: '3400', name: 'Opening Balance Equity', type: 'equity' });
    expect(body.entry.lines.find((l) => l.accountId === equity.id)).toMatchObject({ credit: '100000.00' });
    expect(await balance(id('1120'))).toBe('120000.00');
    expect(await balance(equity.id)).toBe('100000.00');
  });

  it('setting them again reverses the old entry and posts a new revision on the same equity account', async () => {
    const first = await t.context.modules.get<LedgerApi>('ledger').service.listEntries(owner.tenantId, { sourceModule: 'ledger.opening-balances', limit: 10 });
    const response = await setOpening({ date: '2026-03-31', lines: [{ accountId: id('1110'), debit: '7000.00' }] });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json() as OpeningJson;
    expect(body.replaced?.entryId).toBe(first.rows[0]!.id);
    expect(body.entry.source.revision).toBe(1);
    expect(await balance(id('1110'))).toBe('7000.00');
    expect(await balance(id('1120'))).toBe('0.00');
    expect(await balance(body.equityAccountId)).toBe('7000.00');
    const tb = await t.context.modules.get<LedgerApi>('ledger').service.trialBalance(owner.tenantId, '2026-12-31');
    expect(tb.balanced).toBe(true);
    expect(tb.totals.debit).toBe('7000.00');
  });

  it('creates the Opening Balance Equity account in a chart that has none', async () => {
    const other = await t.signUp();
    const cash = await t.app.inject({ method: 'POST', url: '/api/v1/accounts', headers: other.headers, payload: { code: 'OBE', name: 'Cash', type: 'asset' } });
    expect(cash.statusCode, cash.body).toBe(201);
    const cashId = (cash.json() as { id: string }).id;
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/ledger/opening-balances', headers: other.headers, payload: { date: '2026-01-01', lines: [{ accountId: cashId, debit: '250.00' }] } });
    expect(response.statusCode, response.body).toBe(201);
    const chart = await accountsByCode(t, other);
    expect(chart.get('OBE-2')).toMatchObject({ name: 'Opening Balance Equity', type: 'equity', id: (response.json() as OpeningJson).equityAccountId });
    expect(((await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${chart.get('OBE-2')!.id}/balance?asOf=2026-01-31`, headers: other.headers })).json() as { balance: string }).balance).toBe('250.00');
  });

  it('refuses a bad line without writing anything', async () => {
    const before = await rowCounts(t.testDb.ownerUrl);
    const response = await setOpening({ date: '2026-03-31', lines: [{ accountId: id('1000'), debit: '1.00' }] });
    expect(response.statusCode, response.body).toBe(422);
    expect(problemCode(response)).toBe('LEDGER.ACCOUNT_NOT_POSTABLE'); // 1000 is the Assets group
    const bad = await setOpening({ date: '2026-03-31', lines: [{ accountId: id('1110'), debit: '1.001' }] });
    expect(bad.statusCode).toBe(400);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerApi } from '../../src/modules/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { crossTenantProbe } from '../support/cross-tenant-probe.js';
import { adminQuery } from '../support/db.js';
import { login, type SignedUp } from '../support/factories.js';
import { applyTemplate, ledgerCounts, postEntry, problemCode, type AccountJson } from './helpers.js';

interface Rate {
  id: string;
  currency: string;
  baseCurrency: string;
  date: string;
  rate: string;
  source: string;
  version: number;
}
interface Problem {
  code: string;
  errors: { path: string; message: string }[];
}

let t: TestApp;
let owner: SignedUp;
let intruder: SignedUp;
let viewer: Record<string, string>;
let acc: Map<string, AccountJson>;
let usdBank: string;
let usdReceivable: string;
const id = (code: string) => acc.get(code)!.id;

const put = (rates: unknown[], headers = owner.headers) => t.app.inject({ method: 'PUT', url: '/api/v1/ledger/rates', headers, payload: { rates } });
const list = async (query = '', headers = owner.headers) => {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/ledger/rates${query}`, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Rate[]; nextCursor: string | null };
};
const importCsv = (csv: string) => t.app.inject({ method: 'POST', url: '/api/v1/ledger/rates/import', headers: owner.headers, payload: { csv } });
const ratesTable = async () => (await adminQuery(t.testDb.ownerUrl, 'select count(*)::int as n from ledger.exchange_rates')).rows[0].n as number;

async function createAccount(who: SignedUp, body: Record<string, unknown>): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/accounts', headers: who.headers, payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: string }).id;
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
  intruder = await t.signUp();
  acc = await applyTemplate(t, owner, 'small_business');
  usdBank = await createAccount(owner, { code: '1125', name: 'Bank USD', type: 'asset', subtype: 'bank', currency: 'USD', parentId: id('1100') });
  usdReceivable = await createAccount(owner, { code: '1135', name: 'Receivables USD', type: 'asset', subtype: 'receivable', currency: 'USD', parentId: id('1100') });
  await adminQuery(t.testDb.ownerUrl, `insert into identity.memberships (tenant_id, user_id, role) values ($1, $2, 'viewer')`, [owner.tenantId, intruder.userId]);
  viewer = { authorization: `Bearer ${await login(t.app, intruder.email, intruder.password, owner.tenantId)}` };
});
afterAll(async () => t?.close());

describe('exchange rates', () => {
  it('adds rates one or many at a time, replaces the rate of a (currency, date), and lists them newest first', async () => {
    const one = await put([{ currency: 'USD', date: '2026-03-01', rate: '83.2500' }]);
    expect(one.statusCode, one.body).toBe(200);
    const [first] = (one.json() as { items: Rate[] }).items;
    expect(first).toMatchObject({ currency: 'USD', baseCurrency: 'INR', date: '2026-03-01', rate: '83.25', source: 'manual', version: 1 });

    const many = await put([
      { currency: 'USD', date: '2026-03-15', rate: '83.5' },
      { currency: 'EUR', date: '2026-03-15', rate: '90.125' },
      { currency: 'JPY', date: '2026-03-15', rate: '0.5634' },
      { currency: 'USD', date: '2026-03-01', rate: '83.3' },
    ]);
    expect(many.statusCode, many.body).toBe(200);
    const replaced = (many.json() as { items: Rate[] }).items.find((r) => r.currency === 'USD' && r.date === '2026-03-01');
    expect(replaced).toMatchObject({ id: first!.id, rate: '83.3', version: 2 });

    const all = await list();
    expect(all.items.map((r) => r.date)).toEqual(['2026-03-15', '2026-03-15', '2026-03-15', '2026-03-01']);
    expect(all.items.map((r) => `${r.currency} ${r.rate}`).sort()).toEqual(['EUR 90.125', 'JPY 0.5634', 'USD 83.3', 'USD 83.5']);
  });

  it('filters by currency and dates and pages with a cursor', async () => {
    expect((await list('?currency=USD')).items.map((r) => r.date)).toEqual(['2026-03-15', '2026-03-01']);
    expect((await list('?from=2026-03-02&to=2026-03-31')).items).toHaveLength(3);
    const page1 = await list('?limit=3');
    expect(page1.items).toHaveLength(3);
    const page2 = await list(`?limit=3&cursor=${page1.nextCursor}`);
    expect(page2.items.map((r) => r.date)).toEqual(['2026-03-01']);
    expect(page2.nextCursor).toBeNull();
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/rates?cursor=bm9wZQ', headers: owner.headers });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses the base currency, duplicates and a zero rate with field paths, writing nothing', async () => {
    const before = await ratesTable();
    const response = await put([
      { currency: 'INR', date: '2026-03-01', rate: '1' },
      { currency: 'GBP', date: '2026-03-01', rate: '0' },
      { currency: 'EUR', date: '2026-03-20', rate: '91' },
      { currency: 'EUR', date: '2026-03-20', rate: '92' },
    ]);
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const problem = response.json() as Problem;
    expect(problem.code).toBe('LEDGER.INVALID_RATE');
    expect(problem.errors.map((e) => e.path)).toEqual(['body.rates[0].currency', 'body.rates[1].rate', 'body.rates[3]']);
    const negative = await put([{ currency: 'EUR', date: '2026-03-20', rate: '-1' }]);
    expect(negative.statusCode).toBe(400);
    expect(await ratesTable()).toBe(before);
  });

  it('reads one rate, deletes it, and answers 404 afterwards', async () => {
    const created = ((await put([{ currency: 'GBP', date: '2026-01-01', rate: '105' }])).json() as { items: Rate[] }).items[0]!;
    const one = await t.app.inject({ method: 'GET', url: `/api/v1/ledger/rates/${created.id}`, headers: owner.headers });
    expect(one.statusCode).toBe(200);
    expect(one.headers.etag).toBe('"v1"');
    const deleted = await t.app.inject({ method: 'DELETE', url: `/api/v1/ledger/rates/${created.id}`, headers: owner.headers });
    expect(deleted.statusCode).toBe(204);
    const again = await t.app.inject({ method: 'DELETE', url: `/api/v1/ledger/rates/${created.id}`, headers: owner.headers });
    expect(problemCode(again)).toBe('LEDGER.RATE_NOT_FOUND');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/ledger/rates/${created.id}`, headers: owner.headers })).statusCode).toBe(404);
  });

  it('imports a CSV all or nothing, naming bad rows by line', async () => {
    const before = await ratesTable();
    const bad = await importCsv('date,currency,rate\n2026-02-01,USD,83.1\n2026-02-31,USD,83\n2026-02-02,EUR,abc\n');
    expect(bad.statusCode).toBe(422);
    const problem = bad.json() as Problem;
    expect(problem.code).toBe('LEDGER.INVALID_RATES_CSV');
    expect(problem.errors.map((e) => e.path)).toEqual(['body.csv[3].date', 'body.csv[4].rate']);
    expect(problem.errors[0]!.message).toMatch(/line 3/);
    expect(await ratesTable()).toBe(before);

    const tooLarge = await importCsv(['date,currency,rate', ...Array.from({ length: 5001 }, (_, i) => `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01,USD,80`)].join('\n'));
    expect(tooLarge.statusCode).toBe(413);
    expect(problemCode(tooLarge)).toBe('LEDGER.RATES_CSV_TOO_LARGE');

    const good = await importCsv('date,currency,rate\n2026-02-01,USD,83.1\n2026-02-01,EUR,89.75\n');
    expect(good.statusCode, good.body).toBe(200);
    expect((good.json() as { items: Rate[] }).items.map((r) => [r.currency, r.rate, r.source])).toEqual([
      ['USD', '83.1', 'csv'],
      ['EUR', '89.75', 'csv'],
    ]);
    expect(await ratesTable()).toBe(before + 2);
  });

  it('imports the largest CSV allowed (5,000 rows) in one go', async () => {
    const day = (i: number) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
    const csv = ['date,currency,rate', ...Array.from({ length: 5000 }, (_, i) => `${day(i)},CHF,${90 + (i % 100) / 100}`)].join('\n');
    const response = await importCsv(csv);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect((response.json() as { items: Rate[] }).items).toHaveLength(5000);
    expect((await list('?currency=CHF&limit=1')).items[0]).toMatchObject({ date: day(4999), source: 'csv' });
  });

  it('lets viewers read rates but not change them', async () => {
    expect((await list('', viewer)).items.length).toBeGreaterThan(0);
    const denied = await put([{ currency: 'USD', date: '2026-05-01', rate: '84' }], viewer);
    expect(denied.statusCode).toBe(403);
  });
});

describe('posting foreign-currency entries without base amounts', () => {
  it('fills base amounts from the latest rate on or before the entry date, keeping explicit ones', async () => {
    const posted = await postEntry(t, owner, {
      date: '2026-03-20',
      lines: [
        { accountId: usdReceivable, debit: '1000.00' },
        { accountId: id('4100'), credit: '1000.00', currency: 'USD' },
      ],
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const lines = (posted.json() as { lines: { baseDebit: string; baseCredit: string; currency: string }[] }).lines;
    expect(lines.map((l) => [l.currency, l.baseDebit, l.baseCredit])).toEqual([
      ['USD', '83500.00', '0.00'], // the 2026-03-15 rate 83.5
      ['USD', '0.00', '83500.00'],
    ]);

    const explicit = await postEntry(t, owner, {
      date: '2026-03-20',
      lines: [
        { accountId: usdBank, debit: '10.00', baseAmount: '830.00' },
        { accountId: id('4100'), credit: '10.00', currency: 'USD', baseAmount: '830.00' },
      ],
    });
    expect(explicit.statusCode, explicit.body).toBe(201);
    expect((explicit.json() as { lines: { baseDebit: string }[] }).lines[0]!.baseDebit).toBe('830.00');

    const earlier = await postEntry(t, owner, {
      date: '2026-03-05',
      lines: [
        { accountId: usdBank, debit: '1.00' },
        { accountId: id('4100'), credit: '83.30' },
        { accountId: id('4100'), credit: '1.00', currency: 'USD' },
        { accountId: id('4100'), debit: '83.30' },
      ],
    });
    expect(earlier.statusCode, earlier.body).toBe(201);
    expect((earlier.json() as { lines: { baseDebit: string }[] }).lines[0]!.baseDebit).toBe('83.30'); // the 2026-03-01 rate
  });

  it('answers LEDGER.RATE_MISSING when no rate is on or before the date, writing nothing', async () => {
    const before = await ledgerCounts(t);
    const response = await postEntry(t, owner, {
      date: '2025-12-31',
      lines: [
        { accountId: usdBank, debit: '5.00' },
        { accountId: id('4100'), credit: '5.00', currency: 'USD' },
      ],
    });
    expect(response.statusCode).toBe(422);
    const problem = response.json() as Problem;
    expect(problem.code).toBe('LEDGER.RATE_MISSING');
    expect(problem.errors.map((e) => e.path)).toEqual(['body.lines[0].baseAmount', 'body.lines[1].baseAmount']);
    expect(problem.errors[0]!.message).toMatch(/USD→INR rate on or before 2025-12-31/);
    const draft = await postEntry(t, owner, { date: '2025-12-31', post: false, lines: [{ accountId: usdBank, debit: '5.00' }, { accountId: id('4100'), credit: '5.00', currency: 'USD' }] });
    expect(problemCode(draft)).toBe('LEDGER.RATE_MISSING');
    expect(await ledgerCounts(t)).toEqual(before);
  });

  it('fills drafts, transactions and postings from other modules the same way', async () => {
    const draft = await postEntry(t, owner, { date: '2026-03-16', post: false, lines: [{ accountId: usdBank, debit: '2.00' }, { accountId: id('4100'), credit: '2.00', currency: 'USD' }] });
    expect(draft.statusCode, draft.body).toBe(201);
    expect((draft.json() as { lines: { baseDebit: string }[] }).lines[0]!.baseDebit).toBe('167.00');

    const txn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/transactions',
      headers: owner.headers,
      payload: { type: 'income', date: '2026-03-16', amount: '20.00', accountId: usdBank, counterAccountId: id('4200') },
    });
    expect(txn.statusCode, txn.body).toBe(201);
    const entry = await t.app.inject({ method: 'GET', url: `/api/v1/journal-entries/${(txn.json() as { entryId: string }).entryId}`, headers: owner.headers });
    expect((entry.json() as { lines: { baseDebit: string; baseCredit: string }[] }).lines.map((l) => l.baseDebit + '/' + l.baseCredit)).toEqual(['1670.00/0.00', '0.00/1670.00']);

    const ledger = t.context.modules.get<LedgerApi>('ledger');
    const result = await t.db.withTenant(owner.tenantId, (tx) =>
      ledger.post(tx, {
        tenantId: owner.tenantId,
        date: '2026-03-16',
        source: { module: 'sales', id: 'INV-FX-1' },
        lines: [
          { accountId: usdReceivable, debit: 12_345n },
          { accountId: id('4100'), credit: 12_345n, currency: 'USD' },
        ],
      }),
    );
    const posted = await t.app.inject({ method: 'GET', url: `/api/v1/journal-entries/${result.entryId}`, headers: owner.headers });
    expect((posted.json() as { lines: { baseDebit: string }[] }).lines[0]!.baseDebit).toBe('10308.08'); // 123.45 × 83.5 = 10308.075 → half up
    // posting the same revision again is recognised as the same entry
    const again = await t.db.withTenant(owner.tenantId, (tx) =>
      ledger.post(tx, { tenantId: owner.tenantId, date: '2026-03-16', source: { module: 'sales', id: 'INV-FX-1' }, lines: [{ accountId: usdReceivable, debit: 12_345n }, { accountId: id('4100'), credit: 12_345n, currency: 'USD' }] }),
    );
    expect(again).toEqual({ entryId: result.entryId, created: false });
    await expect(t.db.withTenant(owner.tenantId, (tx) => ledger.rates.rateOn(tx, owner.tenantId, 'EUR', '2026-03-31'))).resolves.toEqual({ rate: '90.125', date: '2026-03-15' });
  });
});

describe('tenant isolation', () => {
  it('keeps one tenant’s rates invisible and untouchable for another, and never uses them', async () => {
    const rate = (await list('?currency=EUR')).items[0]!;
    expect((await list('', intruder.headers)).items).toEqual([]);
    const report = await crossTenantProbe(t, owner, intruder, [`/api/v1/ledger/rates/${rate.id}`]);
    expect(report.failures).toEqual([]);
    expect((await list('?currency=EUR')).items[0]).toEqual(rate);

    const intruderAccounts = await applyTemplate(t, intruder, 'small_business');
    const usd = await createAccount(intruder, { code: '1125', name: 'Bank USD', type: 'asset', currency: 'USD' });
    const response = await postEntry(t, intruder, {
      date: '2026-03-20',
      lines: [
        { accountId: usd, debit: '1.00' },
        { accountId: intruderAccounts.get('4100')!.id, credit: '1.00', currency: 'USD' },
      ],
    });
    expect(problemCode(response)).toBe('LEDGER.RATE_MISSING');
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerApi } from '../../src/modules/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { applyTemplate, ledgerCounts, postEntry, problemCode, type AccountJson } from './helpers.js';

let t: TestApp;
let owner: SignedUp;
let other: SignedUp;
let acc: Map<string, AccountJson>;
const id = (code: string) => acc.get(code)!.id;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
  other = await t.signUp();
  acc = await applyTemplate(t, owner, 'india');
  await applyTemplate(t, other, 'india');
});
afterAll(async () => t?.close());

interface EntryJson {
  id: string;
  status: string;
  version: number;
  reversesId: string | null;
  reversedById: string | null;
  lines: { accountId: string; debit: string; credit: string; baseDebit: string; baseCredit: string; currency: string }[];
}

describe('journal entries', () => {
  it('posts a balanced GST sale with lines in minor units, returned as decimal strings', async () => {
    const response = await postEntry(t, owner, {
      date: '2026-04-05',
      memo: 'Counter sale',
      reference: 'INV-1',
      lines: [
        { accountId: id('1110'), debit: '1180.00' },
        { accountId: id('4100'), credit: '1000' },
        { accountId: id('2151'), credit: '90.00' },
        { accountId: id('2152'), credit: '90.00', tags: ['gst'] },
      ],
    });
    expect(response.statusCode, response.body).toBe(201);
    const entry = response.json() as EntryJson;
    expect(entry.status).toBe('posted');
    expect(entry.lines.map((l) => [l.debit, l.credit, l.baseDebit, l.baseCredit])).toEqual([
      ['1180.00', '0.00', '1180.00', '0.00'],
      ['0.00', '1000.00', '0.00', '1000.00'],
      ['0.00', '90.00', '0.00', '90.00'],
      ['0.00', '90.00', '0.00', '90.00'],
    ]);
    const balance = await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${id('1110')}/balance?asOf=2026-04-30`, headers: owner.headers });
    expect(balance.json()).toMatchObject({ balance: '1180.00', baseBalance: '1180.00', normalSide: 'debit' });
    const before = await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${id('1110')}/balance?asOf=2026-04-04`, headers: owner.headers });
    expect(before.json()).toMatchObject({ balance: '0.00' });
    const gst = await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${id('2150')}/balance?asOf=2026-04-30`, headers: owner.headers });
    expect(gst.json()).toMatchObject({ balance: '180.00' }); // the GST output group sums its children, credit-normal
  });

  it('refuses an unbalanced entry with LEDGER.UNBALANCED_ENTRY and writes nothing', async () => {
    const before = await ledgerCounts(t);
    const response = await postEntry(t, owner, { date: '2026-04-06', lines: [{ accountId: id('1110'), debit: '100.00' }, { accountId: id('4100'), credit: '99.99' }] });
    expect(response.statusCode).toBe(422);
    expect(problemCode(response)).toBe('LEDGER.UNBALANCED_ENTRY');
    expect(response.json().errors[0].message).toMatch(/100\.00.*99\.99/);
    expect(await ledgerCounts(t)).toEqual(before);
  });

  it('refuses excess precision, a single line, both sides, archived and foreign accounts, each with its own code', async () => {
    const before = await ledgerCounts(t);
    const cases: [unknown, number, string][] = [
      [{ date: '2026-04-06', lines: [{ accountId: id('1110'), debit: '1.005' }, { accountId: id('4100'), credit: '1.005' }] }, 400, 'LEDGER.INVALID_AMOUNT'],
      [{ date: '2026-04-06', lines: [{ accountId: id('1110'), debit: '1.00' }] }, 422, 'LEDGER.TOO_FEW_LINES'],
      [{ date: '2026-04-06', lines: [{ accountId: id('1110'), debit: '1.00', credit: '1.00' }, { accountId: id('4100'), credit: '0' }] }, 422, 'LEDGER.INVALID_LINE'],
      [{ date: '2026-04-06', lines: [{ accountId: id('1160'), debit: '1.00' }, { accountId: id('4100'), credit: '1.00' }] }, 422, 'LEDGER.ACCOUNT_NOT_POSTABLE'],
      [{ date: '2026-02-30', lines: [{ accountId: id('1110'), debit: '1.00' }, { accountId: id('4100'), credit: '1.00' }] }, 400, 'REQUEST.VALIDATION_FAILED'],
      [{ date: '2026-04-06', lines: [{ accountId: id('1110'), debit: 1 }, { accountId: id('4100'), credit: '1.00' }] }, 400, 'REQUEST.VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/journal-entries', headers: owner.headers, payload: { post: true, ...(body as object) } });
      expect([code, response.statusCode, problemCode(response)]).toEqual([code, status, code]);
    }
    // another tenant's account id is simply unknown here
    const foreign = await postEntry(t, other, { date: '2026-04-06', lines: [{ accountId: id('1110'), debit: '1.00' }, { accountId: id('4100'), credit: '1.00' }] });
    expect(foreign.statusCode).toBe(422);
    expect(problemCode(foreign)).toBe('LEDGER.ACCOUNT_NOT_POSTABLE');
    expect(await ledgerCounts(t)).toEqual(before);
  });

  it('keeps drafts editable and posted entries immutable; correction is reversal + new entry', async () => {
    const draft = await postEntry(t, owner, { post: false, date: '2026-04-07', lines: [{ accountId: id('5200'), debit: '500.00' }] });
    expect(draft.statusCode, draft.body).toBe(201);
    const d = draft.json() as EntryJson;
    expect(d.status).toBe('draft');
    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/journal-entries/${d.id}`,
      headers: { ...owner.headers, 'if-match': `"v${d.version}"` },
      payload: { date: '2026-04-07', memo: 'Rent', lines: [{ accountId: id('5200'), debit: '500.00' }, { accountId: id('1120'), credit: '500.00' }] },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const posted = await t.app.inject({ method: 'POST', url: `/api/v1/journal-entries/${d.id}/post`, headers: owner.headers });
    expect(posted.statusCode, posted.body).toBe(200);
    const p = posted.json() as EntryJson;
    expect(p.status).toBe('posted');

    const before = await ledgerCounts(t);
    const edit = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/journal-entries/${d.id}`,
      headers: { ...owner.headers, 'if-match': `"v${p.version}"` },
      payload: { date: '2026-04-07', lines: [{ accountId: id('5200'), debit: '600.00' }, { accountId: id('1120'), credit: '600.00' }] },
    });
    expect(edit.statusCode).toBe(409);
    expect(problemCode(edit)).toBe('LEDGER.ENTRY_POSTED');
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/journal-entries/${d.id}`, headers: owner.headers });
    expect(problemCode(del)).toBe('LEDGER.ENTRY_POSTED');
    expect(await ledgerCounts(t)).toEqual(before);

    const reversal = await t.app.inject({ method: 'POST', url: `/api/v1/journal-entries/${d.id}/reverse`, headers: owner.headers, payload: {} });
    expect(reversal.statusCode, reversal.body).toBe(201);
    const r = reversal.json() as EntryJson;
    expect(r.reversesId).toBe(d.id);
    expect(r.lines.map((l) => [l.debit, l.credit])).toEqual([['0.00', '500.00'], ['500.00', '0.00']]);
    const original = await t.app.inject({ method: 'GET', url: `/api/v1/journal-entries/${d.id}`, headers: owner.headers });
    expect(original.json()).toMatchObject({ reversedById: r.id });
    const twice = await t.app.inject({ method: 'POST', url: `/api/v1/journal-entries/${d.id}/reverse`, headers: owner.headers, payload: {} });
    expect(problemCode(twice)).toBe('LEDGER.ALREADY_REVERSED');
    const rent = await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${id('5200')}/balance?asOf=2026-12-31`, headers: owner.headers });
    expect(rent.json()).toMatchObject({ balance: '0.00' });
  });

  it('backs immutability and balance in the database itself, whatever the code does', async () => {
    const posted = await postEntry(t, owner, { date: '2026-04-08', lines: [{ accountId: id('5400'), debit: '10.00' }, { accountId: id('1110'), credit: '10.00' }] });
    const e = posted.json() as EntryJson;
    // Even the schema owner (no RLS) cannot change or delete posted lines or entries.
    await expect(adminQuery(t.testDb.ownerUrl, `update ledger.journal_lines set debit = 20 where entry_id = $1 and line_no = 1`, [e.id])).rejects.toThrow(/immutable/);
    await expect(adminQuery(t.testDb.ownerUrl, `delete from ledger.journal_lines where entry_id = $1`, [e.id])).rejects.toThrow(/immutable/);
    await expect(
      adminQuery(
        t.testDb.ownerUrl,
        `insert into ledger.journal_lines (tenant_id, entry_id, line_no, account_id, entry_date, currency, debit, base_debit) values ($1, $2, 9, $3, '2026-04-08', 'INR', 5, 5)`,
        [owner.tenantId, e.id, id('5400')],
      ),
    ).rejects.toThrow(/immutable/);
    await expect(adminQuery(t.testDb.ownerUrl, `update ledger.journal_entries set memo = 'x' where id = $1`, [e.id])).rejects.toThrow(/immutable/);
    await expect(adminQuery(t.testDb.ownerUrl, `delete from ledger.journal_entries where id = $1`, [e.id])).rejects.toThrow(/immutable/);
    // A hand-written unbalanced posting is refused at commit by the deferred constraint trigger.
    const before = await ledgerCounts(t);
    await expect(
      t.db.withTenant(owner.tenantId, async (tx) => {
        const entryId = '0190a000-0000-7000-8000-0000000000ee';
        await sql`insert into ledger.journal_entries (tenant_id, id, entry_date, status, base_currency) values (${owner.tenantId}, ${entryId}, '2026-04-09', 'draft', 'INR')`.execute(tx);
        await sql`insert into ledger.journal_lines (tenant_id, entry_id, line_no, account_id, entry_date, currency, debit, base_debit) values (${owner.tenantId}, ${entryId}, 1, ${id('1110')}, '2026-04-09', 'INR', 100, 100)`.execute(tx);
        await sql`insert into ledger.journal_lines (tenant_id, entry_id, line_no, account_id, entry_date, currency, credit, base_credit) values (${owner.tenantId}, ${entryId}, 2, ${id('4100')}, '2026-04-09', 'INR', 90, 90)`.execute(tx);
        await sql`update ledger.journal_entries set status = 'posted', posted_at = now() where id = ${entryId}`.execute(tx);
      }),
    ).rejects.toThrow(/does not balance/);
    expect(await ledgerCounts(t)).toEqual(before);
  });

  it('posts through the module API idempotently on (module, id, revision)', async () => {
    const ledger = t.context.modules.get<LedgerApi>('ledger');
    const input = {
      tenantId: owner.tenantId,
      date: '2026-04-10',
      memo: 'Invoice INV-77',
      source: { module: 'sales', id: 'INV-77', revision: 1 },
      lines: [
        { accountId: id('1130'), debit: 11800n },
        { accountId: id('4100'), credit: 10000n },
        { accountId: id('2153'), credit: 1800n },
      ],
    };
    const first = await t.db.withTenant(owner.tenantId, (tx) => ledger.post(tx, input));
    const before = await ledgerCounts(t);
    const again = await t.db.withTenant(owner.tenantId, (tx) => ledger.post(tx, input));
    expect(first.created).toBe(true);
    expect(again).toEqual({ entryId: first.entryId, created: false });
    expect(await ledgerCounts(t)).toEqual(before);
    const concurrent = await Promise.all(
      Array.from({ length: 5 }, () => t.db.withTenant(owner.tenantId, (tx) => ledger.post(tx, { ...input, source: { ...input.source, revision: 2 } }))),
    );
    expect(new Set(concurrent.map((c) => c.entryId)).size).toBe(1);
    expect(concurrent.filter((c) => c.created)).toHaveLength(1);
    // The same revision with other amounts is a caller bug, refused, not silently ignored.
    await expect(
      t.db.withTenant(owner.tenantId, (tx) => ledger.post(tx, { ...input, lines: [{ accountId: id('1130'), debit: 11900n }, { accountId: id('4100'), credit: 11900n }] })),
    ).rejects.toMatchObject({ code: 'LEDGER.SOURCE_REVISION_CONFLICT' });
    await expect(t.db.withTenant(owner.tenantId, (tx) => ledger.post(tx, { ...input, date: '2026-04-11' }))).rejects.toMatchObject({ code: 'LEDGER.SOURCE_REVISION_CONFLICT' });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/journal-entries?sourceModule=sales&sourceId=INV-77', headers: owner.headers });
    expect((list.json() as { items: unknown[] }).items).toHaveLength(2);
  });

  it('refuses posting on or before the lock date (LEDGER.PERIOD_LOCKED), in the API and the database', async () => {
    const settings = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/settings', headers: owner.headers });
    const locked = await t.app.inject({ method: 'PUT', url: '/api/v1/ledger/settings', headers: { ...owner.headers, 'if-match': String(settings.headers.etag) }, payload: { lockDate: '2026-03-31' } });
    expect(locked.statusCode, locked.body).toBe(200);
    const before = await ledgerCounts(t);
    const response = await postEntry(t, owner, { date: '2026-03-31', lines: [{ accountId: id('1110'), debit: '1.00' }, { accountId: id('4100'), credit: '1.00' }] });
    expect(response.statusCode).toBe(422);
    expect(problemCode(response)).toBe('LEDGER.PERIOD_LOCKED');
    const draft = await postEntry(t, owner, { post: false, date: '2026-03-15', lines: [{ accountId: id('1110'), debit: '1.00' }, { accountId: id('4100'), credit: '1.00' }] });
    const d = draft.json() as EntryJson;
    const post = await t.app.inject({ method: 'POST', url: `/api/v1/journal-entries/${d.id}/post`, headers: owner.headers });
    expect(problemCode(post)).toBe('LEDGER.PERIOD_LOCKED');
    await t.app.inject({ method: 'DELETE', url: `/api/v1/journal-entries/${d.id}`, headers: owner.headers });
    expect(await ledgerCounts(t)).toEqual(before);
    const open = await postEntry(t, owner, { date: '2026-04-01', lines: [{ accountId: id('1110'), debit: '1.00' }, { accountId: id('4100'), credit: '1.00' }] });
    expect(open.statusCode).toBe(201);
    // The trigger refuses it too (a path that skips the domain check).
    await expect(
      t.db.withTenant(owner.tenantId, (tx) =>
        sql`insert into ledger.journal_entries (tenant_id, id, entry_date, status, posted_at, base_currency) values (${owner.tenantId}, '0190a000-0000-7000-8000-0000000000ef', '2026-01-01', 'posted', now(), 'INR')`.execute(tx),
      ),
    ).rejects.toThrow(/locked period/);
  });

  it('handles foreign-currency lines: balanced per currency and in base currency', async () => {
    const fx = await postEntry(t, owner, {
      date: '2026-04-12',
      lines: [
        { accountId: id('1120'), debit: '100.00', currency: 'USD', baseAmount: '8312.34' },
        { accountId: id('4200'), credit: '100.00', currency: 'USD', baseAmount: '8312.34' },
      ],
    });
    expect(fx.statusCode, fx.body).toBe(201);
    const missingBase = await postEntry(t, owner, { date: '2026-04-12', lines: [{ accountId: id('1120'), debit: '1.00', currency: 'USD' }, { accountId: id('4200'), credit: '1.00', currency: 'USD' }] });
    // No base amount and no USD rate on file: the base amount cannot be filled from a rate.
    expect(problemCode(missingBase)).toBe('LEDGER.RATE_MISSING');
    const unbalancedBase = await postEntry(t, owner, {
      date: '2026-04-12',
      lines: [
        { accountId: id('1120'), debit: '1.00', currency: 'USD', baseAmount: '83.00' },
        { accountId: id('4200'), credit: '1.00', currency: 'USD', baseAmount: '84.00' },
      ],
    });
    expect(problemCode(unbalancedBase)).toBe('LEDGER.UNBALANCED_ENTRY');
    const jpy = await postEntry(t, owner, { date: '2026-04-12', lines: [{ accountId: id('1120'), debit: '1.5', currency: 'JPY', baseAmount: '1.00' }, { accountId: id('4200'), credit: '1.5', currency: 'JPY', baseAmount: '1.00' }] });
    expect(problemCode(jpy)).toBe('LEDGER.INVALID_AMOUNT');
    const bank = await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${id('1120')}/balance?asOf=2026-04-12`, headers: owner.headers });
    expect(bank.json().byCurrency).toEqual(expect.arrayContaining([{ currency: 'USD', balance: '100.00' }]));
  });

  it('archives only accounts whose balance is zero; an archived account takes no new postings', async () => {
    const withBalance = await t.app.inject({ method: 'DELETE', url: `/api/v1/accounts/${id('1110')}`, headers: owner.headers });
    expect(withBalance.statusCode).toBe(409);
    expect(problemCode(withBalance)).toBe('LEDGER.ACCOUNT_IN_USE');
    const travel = id('5700');
    expect((await postEntry(t, owner, { date: '2026-04-14', lines: [{ accountId: travel, debit: '5.00' }, { accountId: id('1110'), credit: '5.00' }] })).statusCode).toBe(201);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/accounts/${travel}`, headers: owner.headers })).statusCode).toBe(409);
    expect((await postEntry(t, owner, { date: '2026-04-14', lines: [{ accountId: id('1110'), debit: '5.00' }, { accountId: travel, credit: '5.00' }] })).statusCode).toBe(201);
    const archived = await t.app.inject({ method: 'DELETE', url: `/api/v1/accounts/${travel}`, headers: owner.headers });
    expect(archived.statusCode, archived.body).toBe(200);
    const refused = await postEntry(t, owner, { date: '2026-04-15', lines: [{ accountId: travel, debit: '1.00' }, { accountId: id('1110'), credit: '1.00' }] });
    expect(problemCode(refused)).toBe('LEDGER.ACCOUNT_NOT_POSTABLE');
  });

  it("answers 404 for another tenant's entries", async () => {
    const mine = (await postEntry(t, owner, { date: '2026-04-13', lines: [{ accountId: id('1110'), debit: '2.00' }, { accountId: id('4100'), credit: '2.00' }] })).json() as EntryJson;
    for (const [method, url] of [
      ['GET', `/api/v1/journal-entries/${mine.id}`],
      ['POST', `/api/v1/journal-entries/${mine.id}/post`],
      ['DELETE', `/api/v1/journal-entries/${mine.id}`],
    ] as const) {
      const response = await t.app.inject({ method, url, headers: other.headers });
      expect([url, response.statusCode]).toEqual([url, 404]);
    }
    const reverse = await t.app.inject({ method: 'POST', url: `/api/v1/journal-entries/${mine.id}/reverse`, headers: other.headers, payload: {} });
    expect(reverse.statusCode).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/journal-entries', headers: other.headers });
    expect((list.json() as { items: EntryJson[] }).items.map((e) => e.id)).not.toContain(mine.id);
  });
});

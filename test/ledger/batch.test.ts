import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerApi } from '../../src/modules/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { fuzzableRoutes, judge, probesFor } from '../support/route-fuzzer.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { applyTemplate, problemCode, type AccountJson } from './helpers.js';

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

const sale = (n: number, amount = '100.00') => ({
  date: `2026-05-${String(1 + (n % 28)).padStart(2, '0')}`,
  reference: `B-${n}`,
  lines: [
    { accountId: id('1110'), debit: amount },
    { accountId: id('4100'), credit: amount },
  ],
});

const batch = (headers: Record<string, string>, entries: unknown[], extra: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/ledger/batch', headers: { ...headers, ...extra }, payload: { entries } });

describe('POST /api/v1/ledger/batch', () => {
  it('posts every entry in one go and the rollups and trial balance include them', async () => {
    const entries = Array.from({ length: 250 }, (_, i) => sale(i, `${1 + i}.50`));
    const response = await batch(owner.headers, entries);
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json() as { posted: number; lines: number; entries: { id: string; status: string; reference: string; lines: unknown[] }[] };
    expect(body.posted).toBe(250);
    expect(body.lines).toBe(500);
    expect(body.entries.map((e) => e.reference)).toEqual(entries.map((e) => e.reference));
    expect(body.entries.every((e) => e.status === 'posted' && e.lines.length === 2)).toBe(true);
    // sum of 1.50 … 250.50 = 250 * 251 / 2 + 125 = 31500.00
    const balance = await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${id('1110')}/balance?asOf=2026-12-31`, headers: owner.headers });
    expect(balance.json()).toMatchObject({ balance: '31500.00' });
    const ledger = t.context.modules.get<LedgerApi>('ledger');
    const tb = await ledger.service.trialBalance(owner.tenantId, '2026-12-31');
    expect(tb.balanced).toBe(true);
    expect(tb.totals.debit).toBe('31500.00');
  });

  it('writes nothing when the third entry does not balance, and names it', async () => {
    const entries = [sale(1), sale(2), { ...sale(3), lines: [{ accountId: id('1110'), debit: '10.00' }, { accountId: id('4100'), credit: '9.99' }] }, sale(4)];
    const before = await rowCounts(t.testDb.ownerUrl);
    const response = await batch(owner.headers, entries);
    expect(response.statusCode, response.body).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemCode(response)).toBe('LEDGER.UNBALANCED_ENTRY');
    const problem = response.json() as { detail: string; errors: { path: string }[] };
    expect(new Set(problem.errors.map((e) => e.path))).toEqual(new Set(['body.entries[2].lines']));
    expect(problem.detail).toContain('body.entries[2]');
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('names the bad amount of a line by entry and line index', async () => {
    const entries = [sale(1), { ...sale(2), lines: [{ accountId: id('1110'), debit: '1.005' }, { accountId: id('4100'), credit: '1.00' }] }];
    const before = await rowCounts(t.testDb.ownerUrl);
    const response = await batch(owner.headers, entries);
    expect(response.statusCode, response.body).toBe(400);
    expect((response.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['body.entries[1].lines[0].debit']);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it("refuses another tenant's account and an empty or oversized batch", async () => {
    const foreign = (await applyTemplate(t, other, 'india')).get('1110')!.id;
    const before = await rowCounts(t.testDb.ownerUrl);
    const cross = await batch(owner.headers, [sale(1), { ...sale(2), lines: [{ accountId: foreign, debit: '5.00' }, { accountId: id('4100'), credit: '5.00' }] }]);
    expect(cross.statusCode, cross.body).toBe(422);
    expect(problemCode(cross)).toBe('LEDGER.ACCOUNT_NOT_POSTABLE');
    expect((cross.json() as { errors: { path: string }[] }).errors[0]!.path).toBe('body.entries[1].lines[0].accountId');
    expect((await batch(owner.headers, [])).statusCode).toBe(400);
    expect((await batch(owner.headers, Array.from({ length: 1001 }, (_, i) => sale(i)))).statusCode).toBe(400);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('refuses a batch with an entry on or before the lock date, naming it', async () => {
    const locked = await t.signUp();
    const chart = await applyTemplate(t, locked, 'india');
    const settings = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/settings', headers: locked.headers });
    const put = await t.app.inject({ method: 'PUT', url: '/api/v1/ledger/settings', headers: { ...locked.headers, 'if-match': settings.headers.etag as string }, payload: { lockDate: '2026-03-31' } });
    expect(put.statusCode, put.body).toBe(200);
    const line = (code: string, side: 'debit' | 'credit') => ({ accountId: chart.get(code)!.id, [side]: '5.00' });
    const entries = [
      { date: '2026-04-01', lines: [line('1110', 'debit'), line('4100', 'credit')] },
      { date: '2026-03-31', lines: [line('1110', 'debit'), line('4100', 'credit')] },
    ];
    const before = await rowCounts(t.testDb.ownerUrl);
    const response = await batch(locked.headers, entries);
    expect(response.statusCode, response.body).toBe(422);
    expect(problemCode(response)).toBe('LEDGER.PERIOD_LOCKED');
    expect((response.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['body.entries[1].date']);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('runs alongside single postings to the same accounts without deadlocking', async () => {
    const codes = ['1110', '1120', '4100', '5200', '2151'];
    const entries = Array.from({ length: 300 }, (_, i) => ({
      date: `2026-06-${String(1 + (i % 5)).padStart(2, '0')}`,
      lines: [
        { accountId: id(codes[i % 5]!), debit: '1.00' },
        { accountId: id(codes[(i + 2) % 5]!), credit: '1.00' },
      ],
    }));
    const singles = Array.from({ length: 12 }, (_, i) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/journal-entries',
        headers: owner.headers,
        payload: { post: true, date: `2026-06-0${1 + (i % 5)}`, lines: [{ accountId: id(codes[4 - (i % 5)]!), debit: '2.00' }, { accountId: id(codes[i % 5 === 2 ? 0 : 2]!), credit: '2.00' }] },
      }),
    );
    const [bulk, ...rest] = await Promise.all([batch(owner.headers, entries), ...singles]);
    expect(bulk!.statusCode, bulk!.body).toBe(201);
    expect(rest.map((r) => r.statusCode)).toEqual(rest.map(() => 201));
    const tb = await t.context.modules.get<LedgerApi>('ledger').service.trialBalance(owner.tenantId, '2026-12-31');
    expect(tb.balanced).toBe(true);
  });

  it('replays the response for a repeated Idempotency-Key and posts once', async () => {
    const key = { 'idempotency-key': 'batch-once-1' };
    const first = await batch(owner.headers, [sale(7, '7.00'), sale(8, '8.00')], key);
    expect(first.statusCode, first.body).toBe(201);
    const before = await rowCounts(t.testDb.ownerUrl);
    const again = await batch(owner.headers, [sale(7, '7.00'), sale(8, '8.00')], key);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('needs the posting permission', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/ledger/batch', payload: { entries: [sale(1)] } });
    expect(response.statusCode).toBe(401);
  });

  it('answers malformed requests to the batch and opening-balance routes with 4xx and writes nothing (route fuzzer)', async () => {
    const mine = fuzzableRoutes(t.routes).filter((r) => ['/api/v1/ledger/batch', '/api/v1/ledger/opening-balances'].includes(r.url));
    expect(mine).toHaveLength(2);
    const failures: string[] = [];
    const before = await rowCounts(t.testDb.ownerUrl);
    for (const route of mine) {
      for (const probe of probesFor(route, owner.headers)) {
        const verdict = judge(probe, await t.app.inject(probe.request));
        if (verdict) failures.push(`${route.url} [${probe.name}]: ${verdict}`);
      }
    }
    expect(failures).toEqual([]);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });
});

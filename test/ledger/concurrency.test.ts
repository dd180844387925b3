import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/kernel/index.js';
import { GroupCommit, type Settled } from '../../src/modules/ledger/group-commit.js';
import type { LedgerApi } from '../../src/modules/ledger/index.js';
import { verifyAuditLog } from '../../src/platform/audit/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { applyTemplate, ledgerCounts, postEntry, problemCode, type AccountJson } from './helpers.js';

let t: TestApp;
let owner: SignedUp;
let ledger: LedgerApi;
let acc: Map<string, AccountJson>;
const id = (code: string) => acc.get(code)!.id;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
  ledger = t.context.modules.get<LedgerApi>('ledger');
  acc = await applyTemplate(t, owner, 'india');
});
afterAll(async () => t?.close());

const money = (minor: bigint) => `${minor / 100n}.${(minor % 100n).toString().padStart(2, '0')}`;
const minor = (s: string) => BigInt(s.replace('.', ''));

async function balance(code: string, asOf = '2026-12-31'): Promise<bigint> {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${id(code)}/balance?asOf=${asOf}`, headers: owner.headers });
  expect(response.statusCode, response.body).toBe(200);
  return minor((response.json() as { balance: string }).balance);
}

async function rollupsMatchLines(): Promise<void> {
  const [fromRollups, fromLines] = await t.db.withTenant(owner.tenantId, async (tx) => {
    const { balancesAsOf, balancesFromLines } = await import('../../src/modules/ledger/repo.js');
    return [await balancesAsOf(tx, '2099-12-31'), await balancesFromLines(tx, '2099-12-31')];
  });
  expect(fromRollups).toEqual(fromLines);
}

async function auditIntact(): Promise<number> {
  const report = await verifyAuditLog(t.db, { tenantId: owner.tenantId });
  expect(report.tenants[0]).toMatchObject({ ok: true, firstBroken: null });
  const viaApi = await t.app.inject({ method: 'POST', url: '/api/v1/admin/audit/verify', headers: owner.headers });
  expect(viaApi.json()).toMatchObject({ ok: true, firstBroken: null });
  return report.tenants[0]!.checked;
}

async function outbox(type: string): Promise<{ data: Record<string, unknown> }[]> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, 'select data from platform.outbox where tenant_id = $1 and type = $2 order by seq', [owner.tenantId, type]);
  return rows as { data: Record<string, unknown> }[];
}

describe('concurrent postings', () => {
  it('50 concurrent HTTP postings to the same two accounts leave exact balances, rollups, events and an intact audit chain', async () => {
    const [cashBefore, salesBefore, auditBefore] = [await balance('1110'), await balance('4100'), await auditIntact()];
    const amounts = Array.from({ length: 50 }, (_, i) => BigInt(i + 1) * 1013n);
    const responses = await Promise.all(
      amounts.map((a, i) =>
        postEntry(t, owner, {
          date: '2026-07-15',
          reference: `RACE-${i}`,
          lines: [
            { accountId: id('1110'), debit: money(a) },
            { accountId: id('4100'), credit: money(a) },
          ],
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(amounts.map(() => 201));
    const entries = responses.map((r) => r.json() as { id: string; reference: string; status: string; version: number; lines: { debit: string }[] });
    // Each caller gets its own entry back, not a neighbour's from the same group.
    expect(entries.map((e) => e.reference)).toEqual(amounts.map((_, i) => `RACE-${i}`));
    expect(entries.map((e) => minor(e.lines[0]!.debit))).toEqual(amounts);
    expect(entries.every((e) => e.status === 'posted' && e.version === 2)).toBe(true);
    expect(new Set(entries.map((e) => e.id)).size).toBe(50);

    const total = amounts.reduce((s, a) => s + a, 0n);
    expect(await balance('1110')).toBe(cashBefore + total);
    expect(await balance('4100')).toBe(salesBefore + total);
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select debit::text, line_count from ledger.daily_balances where account_id = $1 and day = '2026-07-15'`, [id('1110')]);
    expect(rows).toEqual([{ debit: total.toString(), line_count: 50 }]);
    await rollupsMatchLines();

    // One audit record per posting, chained without a gap or a fork.
    expect(await auditIntact()).toBe(auditBefore + 50);
    const { rows: audited } = await adminQuery(
      t.testDb.ownerUrl,
      `select entity_id from platform.audit_log where tenant_id = $1 and action = 'journal_entry.posted' and entity_id = any($2::text[])`,
      [owner.tenantId, entries.map((e) => e.id)],
    );
    expect(audited).toHaveLength(50);

    // TransactionPosted once per entry; GLUpdated covering every one of them, from fewer transactions than postings.
    const posted = (await outbox('journal_entry.posted')).map((e) => e.data.id as string);
    expect(posted.filter((p) => entries.some((e) => e.id === p)).sort()).toEqual(entries.map((e) => e.id).sort());
    const glEvents = (await outbox('general_ledger.updated')).filter((e) => (e.data.entryIds as string[]).some((x) => entries.some((en) => en.id === x)));
    expect(glEvents.flatMap((e) => e.data.entryIds as string[]).sort()).toEqual(entries.map((e) => e.id).sort());
    expect(glEvents.length).toBeLessThan(50);
    for (const e of glEvents) expect(e.data).toMatchObject({ accountIds: [id('1110'), id('4100')].sort(), from: '2026-07-15', to: '2026-07-15' });
  });

  it('answers each posting of a concurrent burst on its own: bad ones fail alone with their own problem, nothing half-written', async () => {
    const lock = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/settings', headers: owner.headers });
    const locked = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/ledger/settings',
      headers: { ...owner.headers, 'if-match': String(lock.headers.etag) },
      payload: { lockDate: '2026-01-31' },
    });
    expect(locked.statusCode, locked.body).toBe(200);
    const before = await ledgerCounts(t);
    const good = (i: number) => ({ date: '2026-08-01', reference: `OK-${i}`, lines: [{ accountId: id('1110'), debit: '5.00' }, { accountId: id('4100'), credit: '5.00' }] });
    const bodies = [
      good(0),
      { date: '2026-08-01', reference: 'BAD-unbalanced', lines: [{ accountId: id('1110'), debit: '5.00' }, { accountId: id('4100'), credit: '4.00' }] },
      good(1),
      { date: '2026-01-15', reference: 'BAD-locked', lines: [{ accountId: id('1110'), debit: '5.00' }, { accountId: id('4100'), credit: '5.00' }] },
      good(2),
      { date: '2026-08-01', reference: 'BAD-group', lines: [{ accountId: id('2150'), debit: '5.00' }, { accountId: id('4100'), credit: '5.00' }] },
      good(3),
    ];
    const responses = await Promise.all(bodies.map((b) => postEntry(t, owner, b)));
    expect(responses.map((r) => r.statusCode)).toEqual([201, 422, 201, 422, 201, 422, 201]);
    expect([1, 3, 5].map((i) => problemCode(responses[i]!))).toEqual(['LEDGER.UNBALANCED_ENTRY', 'LEDGER.PERIOD_LOCKED', 'LEDGER.ACCOUNT_NOT_POSTABLE']);
    const after = await ledgerCounts(t);
    expect(after.entries! - before.entries!).toBe(4);
    expect(after.lines! - before.lines!).toBe(8);
    await rollupsMatchLines();
    await auditIntact();
  });

  it('keeps the rest of a group when the database refuses one of its entries', async () => {
    const inv = { tenantId: owner.tenantId, actor: systemActor(), requestId: null, ip: null };
    const before = await ledgerCounts(t);
    const line = (amount: string) => [{ accountId: id('1110'), debit: amount }, { accountId: id('4100'), credit: amount }];
    // The service does not limit the memo (the HTTP schema does); the table's CHECK refuses it inside the group.
    const results = await Promise.allSettled([
      ledger.service.createEntry(inv, { date: '2026-08-02', reference: 'DB-0', lines: line('1.00') }, true),
      ledger.service.createEntry(inv, { date: '2026-08-02', reference: 'DB-1', lines: line('2.00') }, true),
      ledger.service.createEntry(inv, { date: '2026-08-02', reference: 'DB-bad', memo: 'x'.repeat(1001), lines: line('3.00') }, true),
      ledger.service.createEntry(inv, { date: '2026-08-02', reference: 'DB-3', lines: line('4.00') }, true),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[2] as PromiseRejectedResult).reason)).toMatch(/check constraint/);
    const after = await ledgerCounts(t);
    expect(after.entries! - before.entries!).toBe(3);
    expect(await balance('1110', '2026-08-02')).toBe((await balance('1110', '2026-08-01')) + 700n);
    await rollupsMatchLines();
    await auditIntact();
  });

  it('two clients posting the same source revision at once get one entry', async () => {
    const input = {
      tenantId: owner.tenantId,
      date: '2026-08-03',
      source: { module: 'sales', id: 'INV-RACE-1', revision: 0 },
      lines: [
        { accountId: id('1130'), debit: 11800n },
        { accountId: id('4100'), credit: 11800n },
      ],
    };
    const before = await ledgerCounts(t);
    const results = await Promise.all([1, 2].map(() => t.db.withTenant(owner.tenantId, (tx) => ledger.post(tx, input))));
    expect(results[0]!.entryId).toBe(results[1]!.entryId);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    const after = await ledgerCounts(t);
    expect(after.entries! - before.entries!).toBe(1);
    expect(after.lines! - before.lines!).toBe(2);
    const posted = (await outbox('journal_entry.posted')).filter((e) => e.data.id === results[0]!.entryId);
    expect(posted).toHaveLength(1);
    await rollupsMatchLines();
  });
});

describe('GroupCommit', () => {
  function recorder(options: { fail?: (item: number) => boolean; maxBatch?: number; maxInFlight?: number } = {}) {
    const batches: number[][] = [];
    let writing = 0;
    let mostAtOnce = 0;
    const commit = new GroupCommit<number, number>(
      async (_key, items) => {
        batches.push(items);
        mostAtOnce = Math.max(mostAtOnce, ++writing);
        await new Promise((r) => setTimeout(r, 5));
        writing -= 1;
        return items.map((i): Settled<number> => (options.fail?.(i) ? { ok: false, error: new Error(`bad ${i}`) } : { ok: true, value: i * 10 }));
      },
      { maxBatch: options.maxBatch ?? 4, maxInFlight: options.maxInFlight ?? 1, gatherMs: 1 },
    );
    return { batches, commit, mostAtOnce: () => mostAtOnce };
  }

  it('writes a lone item at once and gathers the ones that arrive meanwhile, per key, up to the batch size', async () => {
    const { batches, commit } = recorder();
    const results = await Promise.all([...Array.from({ length: 7 }, (_, i) => commit.submit('a', i)), commit.submit('b', 100)]);
    expect(results).toEqual([0, 10, 20, 30, 40, 50, 60, 1000]);
    expect(batches).toEqual([[0], [100], [1, 2, 3, 4], [5, 6]]);
  });

  it('writes up to maxInFlight batches of one key at once', async () => {
    const { batches, commit, mostAtOnce } = recorder({ maxBatch: 2, maxInFlight: 2 });
    expect(await Promise.all([0, 1, 2, 3, 4, 5].map((i) => commit.submit('a', i)))).toEqual([0, 10, 20, 30, 40, 50]);
    expect(batches).toEqual([[0], [1], [2, 3], [4, 5]]);
    expect(mostAtOnce()).toBe(2);
  });

  it('settles each item with its own outcome, and rejects a whole batch only when writing it throws', async () => {
    const { commit } = recorder({ fail: (i) => i === 2 });
    const settled = await Promise.allSettled([1, 2, 3].map((i) => commit.submit('a', i)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const broken = new GroupCommit<number, number>(() => Promise.reject(new Error('connection lost')), { maxBatch: 4, maxInFlight: 1, gatherMs: 1 });
    await expect(Promise.all([broken.submit('a', 1), broken.submit('a', 2)])).rejects.toThrow('connection lost');
  });
});

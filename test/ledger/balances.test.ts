import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerApi } from '../../src/modules/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { applyTemplate, ledgerCounts, postEntry, type AccountJson } from './helpers.js';

let t: TestApp;
let owner: SignedUp;
let acc: Map<string, AccountJson>;
let ledger: LedgerApi;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
  acc = await applyTemplate(t, owner, 'small_business');
  ledger = t.context.modules.get<LedgerApi>('ledger');
});
afterAll(async () => t?.close());

interface TrialBalance {
  accounts: { accountId: string; debit: string; credit: string }[];
  totals: { debit: string; credit: string };
  balanced: boolean;
}

const minor = (s: string) => BigInt(s.replace('.', ''));

async function trialBalance(asOf: string): Promise<TrialBalance> {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/reports/trial-balance?asOf=${asOf}`, headers: owner.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as TrialBalance;
}

/** Rollups vs. a scan of the lines, for every account and currency, as of a date. */
async function rollupsMatchLines(asOf: string): Promise<void> {
  const [fromRollups, fromLines] = await t.db.withTenant(owner.tenantId, async (tx) => {
    const { balancesAsOf, balancesFromLines } = await import('../../src/modules/ledger/repo.js');
    return [await balancesAsOf(tx, asOf), await balancesFromLines(tx, asOf)];
  });
  expect(fromRollups).toEqual(fromLines);
}

describe('balances that scale', () => {
  it('leaves exact balances after 50 concurrent postings to the same two accounts', async () => {
    const cash = acc.get('1110')!.id;
    const sales = acc.get('4100')!.id;
    const amounts = Array.from({ length: 50 }, (_, i) => BigInt(i + 1) * 1001n); // 10.01, 20.02, …
    const responses = await Promise.all(
      amounts.map((a, i) =>
        postEntry(t, owner, {
          date: i % 2 === 0 ? '2026-05-01' : '2026-05-02',
          reference: `C-${i}`,
          lines: [
            { accountId: cash, debit: `${a / 100n}.${(a % 100n).toString().padStart(2, '0')}` },
            { accountId: sales, credit: `${a / 100n}.${(a % 100n).toString().padStart(2, '0')}` },
          ],
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(amounts.map(() => 201));
    const expected = amounts.reduce((s, a) => s + a, 0n);
    const balance = await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${cash}/balance?asOf=2026-05-31`, headers: owner.headers });
    expect(minor(balance.json().balance as string)).toBe(expected);
    const salesBalance = await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${sales}/balance?asOf=2026-05-31`, headers: owner.headers });
    expect(minor(salesBalance.json().balance as string)).toBe(expected);
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select day::text, debit::text, line_count from ledger.daily_balances where account_id = $1 order by day`, [cash]);
    expect(rows).toEqual([
      { day: '2026-05-01', debit: amounts.filter((_, i) => i % 2 === 0).reduce((s, a) => s + a, 0n).toString(), line_count: 25 },
      { day: '2026-05-02', debit: amounts.filter((_, i) => i % 2 === 1).reduce((s, a) => s + a, 0n).toString(), line_count: 25 },
    ]);
    await rollupsMatchLines('2026-12-31');
  });

  it('property: for random valid entries, rollups equal the lines and the trial balance sums to zero at any date', async () => {
    const postable = [...acc.values()].filter((a) => !(a as unknown as { isGroup: boolean }).isGroup && a.status === 'active');
    const entry = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 3 }),
      debits: fc.array(fc.record({ account: fc.nat(postable.length - 1), amount: fc.bigInt({ min: 100n, max: 10n ** 11n }) }), { minLength: 1, maxLength: 3 }),
      credits: fc.array(fc.record({ account: fc.nat(postable.length - 1), weight: fc.integer({ min: 1, max: 100 }) }), { minLength: 1, maxLength: 3 }),
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 120 }), async (entries, asOfDay) => {
        await t.db.withTenant(owner.tenantId, async (tx) => {
          for (const e of entries) {
            const total = e.debits.reduce((s, d) => s + d.amount, 0n);
            const weightSum = BigInt(e.credits.reduce((s, c) => s + c.weight, 0));
            let left = total;
            const credits = e.credits.map((c, i) => {
              const part = i === e.credits.length - 1 ? left : (total * BigInt(c.weight)) / weightSum;
              left -= part;
              return { accountId: postable[c.account]!.id, credit: part };
            });
            n += 1;
            await ledger.post(tx, {
              tenantId: owner.tenantId,
              date: `2027-${String(e.month).padStart(2, '0')}-${String(e.day).padStart(2, '0')}`,
              source: { module: 'test', id: `p-${n}` },
              lines: [...e.debits.map((d) => ({ accountId: postable[d.account]!.id, debit: d.amount })), ...credits.filter((c) => c.credit > 0n)],
            });
          }
        });
        const asOf = new Date(Date.UTC(2027, 0, asOfDay)).toISOString().slice(0, 10);
        const tb = await trialBalance(asOf);
        expect(tb.totals.debit).toBe(tb.totals.credit);
        expect(tb.balanced).toBe(true);
        const net = tb.accounts.reduce((s, a) => s + minor(a.debit) - minor(a.credit), 0n);
        expect(net).toBe(0n);
        await rollupsMatchLines(asOf);
      }),
      { numRuns: 15 },
    );
  });

  it('property: reversing a posted entry restores every balance', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1000 }), async (pick) => {
        const list = await t.app.inject({ method: 'GET', url: '/api/v1/journal-entries?status=posted&limit=200&sourceModule=test', headers: owner.headers });
        const candidates = (list.json() as { items: { id: string; date: string; reversedById: string | null; reversesId: string | null }[] }).items.filter((e) => !e.reversedById && !e.reversesId);
        if (candidates.length === 0) return;
        const target = candidates[pick % candidates.length]!;
        const before = await trialBalance('2027-12-31');
        const reversal = await t.app.inject({ method: 'POST', url: `/api/v1/journal-entries/${target.id}/reverse`, headers: owner.headers, payload: {} });
        expect(reversal.statusCode, reversal.body).toBe(201);
        const entry = await t.app.inject({ method: 'GET', url: `/api/v1/journal-entries/${target.id}`, headers: owner.headers });
        const lines = entry.json().lines as { accountId: string; baseDebit: string; baseCredit: string }[];
        const after = await trialBalance('2027-12-31');
        const net = (tb: TrialBalance, id: string) => {
          const row = tb.accounts.find((a) => a.accountId === id);
          return row ? minor(row.debit) - minor(row.credit) : 0n;
        };
        for (const l of lines) {
          const entryNet = lines.filter((x) => x.accountId === l.accountId).reduce((s, x) => s + minor(x.baseDebit) - minor(x.baseCredit), 0n);
          expect(net(after, l.accountId)).toBe(net(before, l.accountId) - entryNet);
        }
        expect(after.totals.debit).toBe(after.totals.credit);
      }),
      { numRuns: 8 },
    );
    await rollupsMatchLines('2027-12-31');
  });

  it('reports the trial balance and balances from the rollups, not by scanning lines', async () => {
    const counts = await ledgerCounts(t);
    expect(counts.rolled_lines).toBe(counts.lines);
    // A rollup row with no lines behind it shows up in the reports: they read rollups only.
    const rent = acc.get('5200')!.id;
    const before = await trialBalance('2030-01-01');
    const rentBalance = async () =>
      minor((await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${rent}/balance?asOf=2030-01-01`, headers: owner.headers })).json().balance as string);
    const rentBefore = await rentBalance();
    await adminQuery(t.testDb.ownerUrl, `insert into ledger.daily_balances (tenant_id, account_id, day, currency, debit, base_debit) values ($1, $2, '2029-12-31', 'INR', 4200, 4200)`, [owner.tenantId, rent]);
    try {
      const after = await trialBalance('2030-01-01');
      const net = (tb: TrialBalance) => {
        const row = tb.accounts.find((a) => a.accountId === rent);
        return row ? minor(row.debit) - minor(row.credit) : 0n;
      };
      expect(net(after) - net(before)).toBe(4200n);
      expect(after.balanced).toBe(false); // a rollup that no posting made is visible at once
      expect((await rentBalance()) - rentBefore).toBe(4200n);
    } finally {
      await adminQuery(t.testDb.ownerUrl, `delete from ledger.daily_balances where tenant_id = $1 and day = '2029-12-31'`, [owner.tenantId]);
    }
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerApi } from '../../src/modules/ledger/index.js';
import { balancesAsOf, balancesFromLines } from '../../src/modules/ledger/repo.js';
import { mapLedgerDbError } from '../../src/modules/ledger/service.js';
import type { Tx } from '../../src/platform/db/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { applyTemplate, ledgerCounts, postEntry, problemCode, type AccountJson } from './helpers.js';

// The statement-level posting trigger (migration 0005) checks and rolls up every entry one
// statement posts at once. These tests post several entries with ONE hand-written statement (as
// the app role, under RLS), so a check that looked at only some of them, or a rollup that merged
// them wrongly, fails here even though the services' own domain checks never let such entries by.

let t: TestApp;
let owner: SignedUp;
let acc: Map<string, AccountJson>;
const id = (code: string) => acc.get(code)!.id;

type RawLine = { account: string; currency?: string; debit?: number; credit?: number; baseDebit?: number; baseCredit?: number };

let seq = 0;
const newEntryId = () => `0190b000-0000-7000-8000-${String(++seq).padStart(12, '0')}`;

/** Writes a draft with its lines (each one statement), the way the repo does. */
async function draft(tx: Tx, date: string, lines: RawLine[]): Promise<string> {
  const entryId = newEntryId();
  await sql`insert into ledger.journal_entries (tenant_id, id, entry_date, status, base_currency) values (${owner.tenantId}, ${entryId}, ${date}, 'draft', 'INR')`.execute(tx);
  let no = 0;
  for (const l of lines) {
    const debit = l.debit ?? 0;
    const credit = l.credit ?? 0;
    await sql`insert into ledger.journal_lines (tenant_id, entry_id, line_no, account_id, entry_date, currency, debit, credit, base_debit, base_credit)
              values (${owner.tenantId}, ${entryId}, ${++no}, ${l.account}, ${date}, ${l.currency ?? 'INR'}, ${debit}, ${credit}, ${l.baseDebit ?? debit}, ${l.baseCredit ?? credit})`.execute(tx);
  }
  return entryId;
}

/** Posts the given drafts with one UPDATE statement. */
async function postAll(tx: Tx, ids: string[]): Promise<void> {
  await sql`update ledger.journal_entries set status = 'posted', posted_at = now() where id = any(${ids}::uuid[])`.execute(tx);
}

const balanced = (amount: number): RawLine[] => [
  { account: id('5200'), debit: amount },
  { account: id('1110'), credit: amount },
];

/** Writes the drafts and posts them in one statement; resolves to the refusal as the ledger maps it. */
async function refusal(entries: RawLine[][], date = '2026-06-10'): Promise<{ code: string; message: string }> {
  const error = await t.db
    .withTenant(owner.tenantId, async (tx) => {
      const ids = [];
      for (const lines of entries) ids.push(await draft(tx, date, lines));
      await postAll(tx, ids);
    })
    .catch(mapLedgerDbError)
    .then(
      () => undefined,
      (e: unknown) => e as { code: string; message: string },
    );
  if (!error) throw new Error('the posting statement was accepted');
  return error;
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
  acc = await applyTemplate(t, owner, 'india');
});
afterAll(async () => t?.close());

describe('set-based posting checks (one statement, many entries)', () => {
  it('refuses the whole statement when exactly one of its entries is unbalanced, naming that entry, and writes nothing', async () => {
    const before = await ledgerCounts(t);
    const error = await refusal([balanced(100), [{ account: id('5200'), debit: 100 }, { account: id('1110'), credit: 99 }], balanced(300)]);
    expect(error.code).toBe('LEDGER.UNBALANCED_ENTRY');
    expect(error.message).toMatch(new RegExp(`journal entry ${newEntryIdAt(seq - 1)} does not balance in INR`));
    expect(await ledgerCounts(t)).toEqual(before);
  });

  it('refuses one entry balanced per currency but not in the base currency among good ones', async () => {
    const error = await refusal([
      balanced(100),
      [
        { account: id('1120'), currency: 'USD', debit: 100, baseDebit: 8300 },
        { account: id('4200'), currency: 'USD', credit: 100, baseCredit: 8200 },
      ],
    ]);
    expect(error.code).toBe('LEDGER.UNBALANCED_ENTRY');
    expect(error.message).toMatch(/does not balance in the base currency/);
  });

  it('refuses one entry with a single line, and one with no lines at all', async () => {
    expect((await refusal([balanced(100), [{ account: id('5200'), debit: 100 }]])).code).toBe('LEDGER.TOO_FEW_LINES');
    expect((await refusal([[], balanced(100)])).code).toBe('LEDGER.TOO_FEW_LINES');
  });

  it('refuses one entry that touches a group account or an archived one', async () => {
    expect((await refusal([balanced(100), [{ account: id('1160'), debit: 5 }, { account: id('4100'), credit: 5 }]])).code).toBe('LEDGER.ACCOUNT_NOT_POSTABLE');
    const archived = await t.app.inject({ method: 'DELETE', url: `/api/v1/accounts/${id('5700')}`, headers: owner.headers });
    expect(archived.statusCode, archived.body).toBe(200);
    const error = await refusal([[{ account: id('5700'), debit: 5 }, { account: id('1110'), credit: 5 }], balanced(100)]);
    expect(error.code).toBe('LEDGER.ACCOUNT_NOT_POSTABLE');
    expect(error.message).toContain(id('5700'));
  });

  it('refuses the statement when one of its entries is on or before the lock date', async () => {
    await adminQuery(t.testDb.ownerUrl, `insert into ledger.settings (tenant_id, lock_date) values ($1, '2026-01-31') on conflict (tenant_id) do update set lock_date = excluded.lock_date`, [owner.tenantId]);
    try {
      const error = await t.db
        .withTenant(owner.tenantId, async (tx) => postAll(tx, [await draft(tx, '2026-06-10', balanced(1)), await draft(tx, '2026-01-31', balanced(2))]))
        .then(() => undefined, (e: unknown) => e as { hint?: string });
      expect(error?.hint).toBe('LEDGER.PERIOD_LOCKED');
    } finally {
      await adminQuery(t.testDb.ownerUrl, `update ledger.settings set lock_date = null where tenant_id = $1`, [owner.tenantId]);
    }
  });

  it('refuses an update that touches a posted entry together with drafts, and leaves the draft as it was', async () => {
    const posted = await postEntry(t, owner, { date: '2026-06-11', lines: [{ accountId: id('5200'), debit: '1.00' }, { accountId: id('1110'), credit: '1.00' }] });
    expect(posted.statusCode, posted.body).toBe(201);
    const draftId = await t.db.withTenant(owner.tenantId, (tx) => draft(tx, '2026-06-11', balanced(7)));
    const error = await t.db
      .withTenant(owner.tenantId, (tx) => sql`update ledger.journal_entries set memo = 'changed' where id = any(${[draftId, (posted.json() as { id: string }).id]}::uuid[])`.execute(tx))
      .then(() => undefined, (e: unknown) => e as { hint?: string });
    expect(error?.hint).toBe('LEDGER.ENTRY_POSTED');
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select memo, status from ledger.journal_entries where id = $1', [draftId]);
    expect(rows[0]).toEqual({ memo: null, status: 'draft' });
  });

  it('refuses an entry inserted already posted (it can have no lines yet), in the statement itself', async () => {
    const error = await t.db
      .withTenant(owner.tenantId, (tx) =>
        sql`insert into ledger.journal_entries (tenant_id, id, entry_date, status, base_currency, posted_at) values (${owner.tenantId}, ${newEntryId()}, '2026-06-12', 'posted', 'INR', now())`.execute(tx),
      )
      .then(() => undefined, (e: unknown) => e as { hint?: string });
    expect(error?.hint).toBe('LEDGER.TOO_FEW_LINES');
  });

  it('folds several entries posted by one statement into a shared rollup row exactly (on top of an existing row)', async () => {
    const day = '2026-07-20';
    const single = await postEntry(t, owner, { date: day, lines: [{ accountId: id('5300'), debit: '10.00' }, { accountId: id('1110'), credit: '10.00' }] });
    expect(single.statusCode, single.body).toBe(201);
    await t.db.withTenant(owner.tenantId, async (tx) => {
      const a = await draft(tx, day, [{ account: id('5300'), debit: 250 }, { account: id('1110'), credit: 250 }]);
      const b = await draft(tx, day, [{ account: id('5300'), debit: 125 }, { account: id('5300'), debit: 5 }, { account: id('1110'), credit: 130 }]);
      const c = await draft(tx, day, [{ account: id('1110'), debit: 40 }, { account: id('5300'), credit: 40 }]);
      await postAll(tx, [a, b, c]);
    });
    const { rows } = await adminQuery(
      t.testDb.ownerUrl,
      `select debit::text, credit::text, base_debit::text, base_credit::text, line_count from ledger.daily_balances where tenant_id = $1 and account_id = $2 and day = $3`,
      [owner.tenantId, id('5300'), day],
    );
    expect(rows).toEqual([{ debit: String(1000 + 250 + 130), credit: '40', base_debit: String(1000 + 250 + 130), base_credit: '40', line_count: 1 + 1 + 2 + 1 }]);
    const ledger = t.context.modules.get<LedgerApi>('ledger');
    const [rolled, lines] = await ledger.service.run(owner.tenantId, async (tx) => [await balancesAsOf(tx, '2099-12-31'), await balancesFromLines(tx, '2099-12-31')]);
    expect(rolled).toEqual(lines);
  });

  it('posts a batch (one posting statement) whose entries share rollup rows, exactly', async () => {
    const day = '2026-08-03';
    const before = await ledgerCounts(t);
    const entries = [300, 200, 100].map((n) => ({ date: day, lines: [{ accountId: id('5400'), debit: `${n}.00` }, { accountId: id('1110'), credit: `${n}.00` }] }));
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/ledger/batch', headers: owner.headers, payload: { entries } });
    expect(response.statusCode, response.body).toBe(201);
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select debit::text, line_count from ledger.daily_balances where tenant_id = $1 and account_id = $2 and day = $3`, [owner.tenantId, id('5400'), day]);
    expect(rows).toEqual([{ debit: '60000', line_count: 3 }]);
    const after = await ledgerCounts(t);
    expect(after.rolled_lines! - before.rolled_lines!).toBe(6);
    expect(after.lines! - before.lines!).toBe(6);
  });

  it('still answers each of a group of concurrent postings on its own, exactly once each', async () => {
    const day = '2026-09-09';
    const responses = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        postEntry(
          t,
          owner,
          i % 6 === 5
            ? { date: day, lines: [{ accountId: id('5200'), debit: '1.00' }, { accountId: id('1110'), credit: '2.00' }] }
            : { date: day, lines: [{ accountId: id('5200'), debit: '1.00' }, { accountId: id('1110'), credit: '1.00' }] },
        ),
      ),
    );
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(20);
    expect(responses.filter((r) => r.statusCode === 422).map(problemCode)).toEqual(Array.from({ length: 4 }, () => 'LEDGER.UNBALANCED_ENTRY'));
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select debit::text, line_count from ledger.daily_balances where tenant_id = $1 and account_id = $2 and day = $3`, [owner.tenantId, id('5200'), day]);
    expect(rows).toEqual([{ debit: '2000', line_count: 20 }]);
  });

  it('answers only the entry the database refuses inside a group of concurrent postings; the others post', async () => {
    // A refusal only the database makes (as when an account is archived between the service's
    // check and the posting statement): entries with this memo are refused when they become posted.
    await adminQuery(
      t.testDb.ownerUrl,
      `create function ledger.test_poison() returns trigger language plpgsql as $$
       begin
         if exists (select 1 from new_entries where memo = 'poison' and status = 'posted') then
           raise exception 'poisoned entry' using errcode = 'P0001', hint = 'LEDGER.ACCOUNT_NOT_POSTABLE';
         end if;
         return null;
       end $$;
       create trigger test_poison after update on ledger.journal_entries referencing new table as new_entries
         for each statement execute function ledger.test_poison();
       create trigger test_poison_insert after insert on ledger.journal_entries referencing new table as new_entries
         for each statement execute function ledger.test_poison();`,
    );
    try {
      const day = '2026-10-10';
      const responses = await Promise.all(
        Array.from({ length: 16 }, (_, i) =>
          postEntry(t, owner, { date: day, memo: i === 9 ? 'poison' : `ok ${i}`, lines: [{ accountId: id('5500'), debit: '1.00' }, { accountId: id('1110'), credit: '1.00' }] }),
        ),
      );
      expect(responses.map((r) => r.statusCode)).toEqual(Array.from({ length: 16 }, (_, i) => (i === 9 ? 422 : 201)));
      expect(problemCode(responses[9]!)).toBe('LEDGER.ACCOUNT_NOT_POSTABLE');
      const { rows } = await adminQuery(t.testDb.ownerUrl, `select debit::text, line_count from ledger.daily_balances where tenant_id = $1 and account_id = $2 and day = $3`, [owner.tenantId, id('5500'), day]);
      expect(rows).toEqual([{ debit: '1500', line_count: 15 }]);
    } finally {
      await adminQuery(t.testDb.ownerUrl, 'drop trigger test_poison on ledger.journal_entries; drop trigger test_poison_insert on ledger.journal_entries; drop function ledger.test_poison()');
    }
  });
});

/** The id `newEntryId` handed out as number `n`. */
function newEntryIdAt(n: number): string {
  return `0190b000-0000-7000-8000-${String(n).padStart(12, '0')}`;
}

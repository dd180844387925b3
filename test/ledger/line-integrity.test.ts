import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerApi } from '../../src/modules/ledger/index.js';
import { balancesAsOf, balancesFromLines } from '../../src/modules/ledger/repo.js';
import { mapLedgerDbError } from '../../src/modules/ledger/service.js';
import type { Tx } from '../../src/platform/db/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { applyTemplate, postEntry, type AccountJson } from './helpers.js';

// Migration 0006 replaced journal_lines' two foreign keys by set-based checks and lets an entry be
// written already posted together with its lines in one statement. These tests write raw SQL (as
// the app role under RLS, and as the owner, who sees every tenant) to show that the database alone
// still keeps every line on an existing entry and account of its own tenant, never lets a line
// into an entry posted before, and still checks entries written posted with their lines.

let t: TestApp;
let owner: SignedUp;
let other: SignedUp;
let acc: Map<string, AccountJson>;
let otherAcc: Map<string, AccountJson>;
const id = (code: string) => acc.get(code)!.id;

let seq = 0;
const newId = () => `0190c000-0000-7000-8000-${String(++seq).padStart(12, '0')}`;

type Line = { account: string; debit?: number; credit?: number; date?: string };

/** Inserts an entry already posted with its lines, in one statement (as repo.insertPostedEntries does). */
function postedWithLines(tx: Tx, tenantId: string, entryId: string, date: string, lines: Line[], lineCount: number | null = lines.length) {
  return sql`
    with e as (
      insert into ledger.journal_entries (tenant_id, id, entry_date, status, base_currency, posted_at, line_count, version)
      values (${tenantId}, ${entryId}, ${date}, 'posted', 'INR', now(), ${lineCount}, 2) returning id
    )
    insert into ledger.journal_lines (tenant_id, entry_id, line_no, account_id, entry_date, currency, debit, credit, base_debit, base_credit)
    select ${tenantId}::uuid, ${entryId}::uuid, n, a, coalesce(d, ${date}::date), 'INR', dr, cr, dr, cr
    from unnest(${lines.map((_, i) => i + 1)}::int[], ${lines.map((l) => l.account)}::uuid[], ${lines.map((l) => l.debit ?? 0)}::bigint[],
                ${lines.map((l) => l.credit ?? 0)}::bigint[], ${lines.map((l) => l.date ?? null)}::date[]) as t(n, a, dr, cr, d)`.execute(tx);
}

function insertLine(tx: Tx, tenantId: string, entryId: string, lineNo: number, account: string, debit: number, date = '2026-06-01') {
  return sql`insert into ledger.journal_lines (tenant_id, entry_id, line_no, account_id, entry_date, currency, debit, base_debit)
             values (${tenantId}, ${entryId}, ${lineNo}, ${account}, ${date}, 'INR', ${debit}, ${debit})`.execute(tx);
}

function draft(tx: Tx, tenantId: string, entryId: string, date = '2026-06-01') {
  return sql`insert into ledger.journal_entries (tenant_id, id, entry_date, status, base_currency) values (${tenantId}, ${entryId}, ${date}, 'draft', 'INR')`.execute(tx);
}

/** Runs `fn` as the app role in the owner's tenant; resolves to the refusal (code and hint), or undefined when it committed. */
async function refusal(fn: (tx: Tx) => Promise<unknown>): Promise<{ code: string; hint?: string; message: string } | undefined> {
  return t.db.withTenant(owner.tenantId, fn).then(
    () => undefined,
    (e: unknown) => e as { code: string; hint?: string; message: string },
  );
}

async function orphans(): Promise<number> {
  const { rows } = await adminQuery(
    t.testDb.ownerUrl,
    `select count(*)::int as n from ledger.journal_lines l
      where not exists (select 1 from ledger.journal_entries e where e.tenant_id = l.tenant_id and e.id = l.entry_id)
         or not exists (select 1 from ledger.accounts a where a.tenant_id = l.tenant_id and a.id = l.account_id)`,
  );
  return rows[0].n as number;
}

async function lineCount(entryId: string): Promise<number> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, 'select count(*)::int as n from ledger.journal_lines where entry_id = $1', [entryId]);
  return rows[0].n as number;
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
  other = await t.signUp();
  acc = await applyTemplate(t, owner, 'india');
  otherAcc = await applyTemplate(t, other, 'india');
});
afterAll(async () => t?.close());

describe('entries written posted together with their lines (one statement)', () => {
  it('are checked and rolled up at the end of that statement', async () => {
    const entryId = newId();
    await t.db.withTenant(owner.tenantId, (tx) =>
      postedWithLines(tx, owner.tenantId, entryId, '2026-05-05', [
        { account: id('5200'), debit: 700 },
        { account: id('1110'), credit: 700 },
      ]),
    );
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select debit::text, line_count from ledger.daily_balances where tenant_id = $1 and account_id = $2 and day = $3', [
      owner.tenantId,
      id('5200'),
      '2026-05-05',
    ]);
    expect(rows).toEqual([{ debit: '700', line_count: 1 }]);
    const ledger = t.context.modules.get<LedgerApi>('ledger');
    const [rolled, lines] = await ledger.service.run(owner.tenantId, async (tx) => [await balancesAsOf(tx, '2099-12-31'), await balancesFromLines(tx, '2099-12-31')]);
    expect(rolled).toEqual(lines);
  });

  it('are refused when unbalanced, on a group account, with a line count other than declared, or with a line of another date', async () => {
    const cases: [Line[], number | null, string][] = [
      [[{ account: id('5200'), debit: 700 }, { account: id('1110'), credit: 600 }], 2, 'LEDGER.UNBALANCED_ENTRY'],
      [[{ account: id('1160'), debit: 5 }, { account: id('4100'), credit: 5 }], 2, 'LEDGER.ACCOUNT_NOT_POSTABLE'],
      [[{ account: id('5200'), debit: 5 }, { account: id('1110'), credit: 5 }], 3, 'LEDGER.INVALID_LINE'],
      [[{ account: id('5200'), debit: 5 }, { account: id('1110'), credit: 5, date: '2026-05-06' }], 2, 'LEDGER.INVALID_LINE'],
      [[{ account: id('5200'), debit: 5 }], 1, 'LEDGER.TOO_FEW_LINES'],
    ];
    for (const [lines, declared, code] of cases) {
      const error = await refusal((tx) => postedWithLines(tx, owner.tenantId, newId(), '2026-05-05', lines, declared));
      expect(error?.hint, JSON.stringify(lines)).toBe(code);
    }
    // Without a declared line count, lines cannot go into an entry that is posted.
    expect((await refusal((tx) => postedWithLines(tx, owner.tenantId, newId(), '2026-05-05', [{ account: id('5200'), debit: 5 }, { account: id('1110'), credit: 5 }], null)))?.hint).toBe(
      'LEDGER.ENTRY_POSTED',
    );
  });

  it('answers the same refusals through the services as the ledger errors they were', async () => {
    const error = await t.db
      .withTenant(owner.tenantId, (tx) => postedWithLines(tx, owner.tenantId, newId(), '2026-05-05', [{ account: id('5200'), debit: 7 }, { account: id('1110'), credit: 6 }]))
      .catch(mapLedgerDbError)
      .then(
        () => undefined,
        (e: unknown) => e as { code: string },
      );
    expect(error?.code).toBe('LEDGER.UNBALANCED_ENTRY');
  });
});

describe('a posted entry takes no more lines', () => {
  it('refuses a line added later, in the same transaction or another, with a new or a repeated line number', async () => {
    const posted = await postEntry(t, owner, { date: '2026-06-01', lines: [{ accountId: id('5200'), debit: '1.00' }, { accountId: id('1110'), credit: '1.00' }] });
    expect(posted.statusCode, posted.body).toBe(201);
    const entryId = (posted.json() as { id: string }).id;
    expect((await refusal((tx) => insertLine(tx, owner.tenantId, entryId, 3, id('5200'), 1)))?.hint).toBe('LEDGER.ENTRY_POSTED');
    expect((await refusal((tx) => insertLine(tx, owner.tenantId, entryId, 2, id('5200'), 1)))?.code).toBe('23505');
    // Posted and extended in one transaction, two statements.
    const sameTx = newId();
    const error = await refusal(async (tx) => {
      await postedWithLines(tx, owner.tenantId, sameTx, '2026-06-01', [{ account: id('5200'), debit: 3 }, { account: id('1110'), credit: 3 }]);
      await insertLine(tx, owner.tenantId, sameTx, 3, id('5200'), 0 + 1);
    });
    expect(error?.hint).toBe('LEDGER.ENTRY_POSTED');
    expect(await lineCount(entryId)).toBe(2);
  });

  it('refuses a line added to an entry posted from a draft, and to an entry posted before line counts were kept', async () => {
    const entryId = newId();
    await t.db.withTenant(owner.tenantId, async (tx) => {
      await draft(tx, owner.tenantId, entryId);
      await insertLine(tx, owner.tenantId, entryId, 1, id('5200'), 4);
      await sql`insert into ledger.journal_lines (tenant_id, entry_id, line_no, account_id, entry_date, currency, credit, base_credit)
                values (${owner.tenantId}, ${entryId}, 2, ${id('1110')}, '2026-06-01', 'INR', 4, 4)`.execute(tx);
      await sql`update ledger.journal_entries set status = 'posted', posted_at = now() where id = ${entryId}`.execute(tx);
    });
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select line_count from ledger.journal_entries where id = $1', [entryId]);
    expect(rows[0].line_count).toBe(2);
    expect((await refusal((tx) => insertLine(tx, owner.tenantId, entryId, 3, id('5200'), 1)))?.hint).toBe('LEDGER.ENTRY_POSTED');

    // An entry posted before migration 0006 has no line count: it takes no line at all.
    await adminQuery(t.testDb.ownerUrl, `set session_replication_role = replica; update ledger.journal_entries set line_count = null where id = '${entryId}'`);
    expect((await refusal((tx) => insertLine(tx, owner.tenantId, entryId, 3, id('5200'), 1)))?.hint).toBe('LEDGER.ENTRY_POSTED');
  });
});

describe('every line belongs to an entry and an account of its own tenant', () => {
  it('refuses a line whose entry does not exist, or belongs to another tenant', async () => {
    expect((await refusal((tx) => insertLine(tx, owner.tenantId, newId(), 1, id('5200'), 1)))?.code).toBe('23503');
    const foreign = newId();
    await t.db.withTenant(other.tenantId, (tx) => draft(tx, other.tenantId, foreign));
    // As the app role the other tenant's entry is invisible; as the owner (no RLS) it is visible but of another tenant.
    expect((await refusal((tx) => insertLine(tx, owner.tenantId, foreign, 1, id('5200'), 1)))?.code).toBe('23503');
    await expect(
      adminQuery(t.testDb.ownerUrl, `insert into ledger.journal_lines (tenant_id, entry_id, line_no, account_id, entry_date, currency, debit, base_debit) values ($1, $2, 1, $3, '2026-06-01', 'INR', 1, 1)`, [
        owner.tenantId,
        foreign,
        id('5200'),
      ]),
    ).rejects.toMatchObject({ code: '23503' });
  });

  it("refuses a line whose account does not exist, or is another tenant's", async () => {
    const entryId = newId();
    const error = await refusal(async (tx) => {
      await draft(tx, owner.tenantId, entryId);
      await insertLine(tx, owner.tenantId, entryId, 1, otherAcc.get('5200')!.id, 1);
    });
    expect(error?.code).toBe('23503');
    expect(error?.hint).toBe('LEDGER.ACCOUNT_NOT_FOUND');
    const mine = newId();
    await t.db.withTenant(owner.tenantId, (tx) => draft(tx, owner.tenantId, mine));
    await expect(
      adminQuery(t.testDb.ownerUrl, `insert into ledger.journal_lines (tenant_id, entry_id, line_no, account_id, entry_date, currency, debit, base_debit) values ($1, $2, 1, $3, '2026-06-01', 'INR', 1, 1)`, [
        owner.tenantId,
        mine,
        otherAcc.get('5200')!.id,
      ]),
    ).rejects.toMatchObject({ code: '23503' });
    expect((await refusal((tx) => insertLine(tx, owner.tenantId, mine, 1, newId(), 1)))?.code).toBe('23503');
  });

  it('keeps lines on their entry and accounts: no move, no id change, no delete or truncate from under them', async () => {
    const entryId = newId();
    const target = newId();
    await t.db.withTenant(owner.tenantId, async (tx) => {
      await draft(tx, owner.tenantId, entryId);
      await draft(tx, owner.tenantId, target);
      await insertLine(tx, owner.tenantId, entryId, 1, id('5200'), 1);
    });
    expect((await refusal((tx) => sql`update ledger.journal_lines set entry_id = ${target} where entry_id = ${entryId}`.execute(tx)))?.code).toBe('23503');
    expect((await refusal((tx) => sql`update ledger.journal_lines set account_id = ${newId()} where entry_id = ${entryId}`.execute(tx)))?.code).toBe('23503');
    expect((await refusal((tx) => sql`update ledger.journal_entries set id = ${newId()} where id = ${entryId}`.execute(tx)))?.code).toBe('23503');
    await expect(adminQuery(t.testDb.ownerUrl, 'update ledger.accounts set id = $1 where id = $2', [newId(), id('5200')])).rejects.toMatchObject({ code: '23503' });
    await expect(adminQuery(t.testDb.ownerUrl, 'delete from ledger.accounts where id = $1', [id('5200')])).rejects.toMatchObject({ code: '23503' });
    await expect(adminQuery(t.testDb.ownerUrl, 'truncate ledger.journal_entries cascade')).rejects.toMatchObject({ code: '23503' });
    // Deleting a draft takes its lines along, as the cascade did.
    await t.db.withTenant(owner.tenantId, (tx) => sql`delete from ledger.journal_entries where id = ${entryId}`.execute(tx));
    expect(await lineCount(entryId)).toBe(0);
    expect(await orphans()).toBe(0);
  });
});

describe('two clients, one draft', () => {
  async function client(): Promise<pg.Client> {
    const c = new pg.Client({ connectionString: t.testDb.ownerUrl });
    await c.connect();
    await c.query('begin');
    await c.query(`select set_config('app.tenant_id', $1, true)`, [owner.tenantId]);
    return c;
  }
  const lineSql = `insert into ledger.journal_lines (tenant_id, entry_id, line_no, account_id, entry_date, currency, debit, base_debit) values ($1, $2, $3, $4, '2026-06-01', 'INR', 5, 5)`;

  it('a draft deleted while another transaction adds a line to it takes that line along once the adder commits', async () => {
    const entryId = newId();
    await t.db.withTenant(owner.tenantId, (tx) => draft(tx, owner.tenantId, entryId));
    const adder = await client();
    const deleter = await client();
    try {
      await adder.query(lineSql, [owner.tenantId, entryId, 1, id('5200')]);
      const deleting = deleter.query('delete from ledger.journal_entries where id = $1', [entryId]);
      await new Promise((r) => setTimeout(r, 200)); // the delete waits for the adder's lock on the draft
      await adder.query('commit');
      await deleting;
      await deleter.query('commit');
    } finally {
      await adder.end();
      await deleter.end();
    }
    expect(await lineCount(entryId)).toBe(0);
    expect(await orphans()).toBe(0);
  });

  it('a line added to a draft being deleted is refused once the delete commits', async () => {
    const entryId = newId();
    await t.db.withTenant(owner.tenantId, (tx) => draft(tx, owner.tenantId, entryId));
    const deleter = await client();
    const adder = await client();
    try {
      await deleter.query('delete from ledger.journal_entries where id = $1', [entryId]);
      const adding = adder.query(lineSql, [owner.tenantId, entryId, 1, id('5200')]).then(
        () => undefined,
        (e: unknown) => e as { code: string },
      );
      await new Promise((r) => setTimeout(r, 200));
      await deleter.query('commit');
      expect((await adding)?.code).toBe('23503');
    } finally {
      await adder.end();
      await deleter.end();
    }
    expect(await orphans()).toBe(0);
  });

  it('a draft posted while another transaction adds a line to it is checked with that line', async () => {
    const entryId = newId();
    await t.db.withTenant(owner.tenantId, async (tx) => {
      await draft(tx, owner.tenantId, entryId);
      await insertLine(tx, owner.tenantId, entryId, 1, id('5200'), 5);
      await sql`insert into ledger.journal_lines (tenant_id, entry_id, line_no, account_id, entry_date, currency, credit, base_credit)
                values (${owner.tenantId}, ${entryId}, 2, ${id('1110')}, '2026-06-01', 'INR', 5, 5)`.execute(tx);
    });
    const adder = await client();
    const poster = await client();
    try {
      await adder.query(lineSql, [owner.tenantId, entryId, 3, id('5200')]); // unbalances it
      const posting = poster.query(`update ledger.journal_entries set status = 'posted', posted_at = now() where id = $1`, [entryId]).then(
        () => undefined,
        (e: unknown) => e as { hint?: string },
      );
      await new Promise((r) => setTimeout(r, 200));
      await adder.query('commit');
      expect((await posting)?.hint).toBe('LEDGER.UNBALANCED_ENTRY');
      await poster.query('rollback');
    } finally {
      await adder.end();
      await poster.end();
    }
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select status from ledger.journal_entries where id = $1', [entryId]);
    expect(rows[0].status).toBe('draft');
  });
});

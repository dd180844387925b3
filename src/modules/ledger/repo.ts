import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import type { AccountSubtype, AccountType } from './domain/accounts.js';
import type { LineDraft } from './domain/entries.js';

export interface AccountRow {
  tenant_id: string;
  id: string;
  code: string;
  name: string;
  type: AccountType;
  subtype: AccountSubtype | null;
  parent_id: string | null;
  is_group: boolean;
  currency: string;
  description: string | null;
  status: 'active' | 'archived';
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface EntryRow {
  tenant_id: string;
  id: string;
  entry_date: string;
  memo: string | null;
  reference: string | null;
  source_module: string;
  source_id: string | null;
  source_revision: number;
  status: 'draft' | 'posted';
  base_currency: string;
  reverses_id: string | null;
  posted_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  reversed_by_id?: string | null;
}

export interface LineRow {
  entry_id: string;
  line_no: number;
  account_id: string;
  entry_date: string;
  currency: string;
  debit: string;
  credit: string;
  base_debit: string;
  base_credit: string;
  memo: string | null;
  party_id: string | null;
  store_id: string | null;
  tags: string[];
}

export interface TransactionRow {
  tenant_id: string;
  id: string;
  kind: 'income' | 'expense' | 'transfer';
  txn_date: string;
  amount: string;
  currency: string;
  account_id: string;
  counter_account_id: string;
  description: string | null;
  reference: string | null;
  party_id: string | null;
  store_id: string | null;
  tags: string[];
  status: 'active' | 'deleted';
  entry_id: string;
  revision: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

// Dates travel as ISO strings (`date` columns are cast to text so no time zone shifts them).
const ENTRY_COLUMNS = sql`e.tenant_id, e.id, e.entry_date::text as entry_date, e.memo, e.reference, e.source_module, e.source_id,
  e.source_revision, e.status, e.base_currency, e.reverses_id, e.posted_at, e.version, e.created_at, e.updated_at,
  (select r.id from ledger.journal_entries r where r.tenant_id = e.tenant_id and r.reverses_id = e.id) as reversed_by_id`;

// ---------- settings ----------

export async function lockDate(tx: Tx, tenantId: string, forUpdate = false): Promise<string | null> {
  const { rows } = await sql<{ lock_date: string | null }>`
    select lock_date::text as lock_date from ledger.settings where tenant_id = ${tenantId} ${forUpdate ? sql`for share` : sql``}`.execute(tx);
  return rows[0]?.lock_date ?? null;
}

export async function settings(tx: Tx, tenantId: string): Promise<{ lock_date: string | null; version: number }> {
  const { rows } = await sql<{ lock_date: string | null; version: number }>`
    select lock_date::text as lock_date, version from ledger.settings where tenant_id = ${tenantId}`.execute(tx);
  return rows[0] ?? { lock_date: null, version: 0 };
}

export async function setLockDate(tx: Tx, tenantId: string, date: string | null, expectedVersion: number): Promise<{ lock_date: string | null; version: number } | undefined> {
  const { rows } = await sql<{ lock_date: string | null; version: number }>`
    insert into ledger.settings as s (tenant_id, lock_date, version) values (${tenantId}, ${date}, 1)
    on conflict (tenant_id) do update set lock_date = excluded.lock_date, version = s.version + 1, updated_at = now()
      where s.version = ${expectedVersion}
    returning lock_date::text as lock_date, version`.execute(tx);
  return rows[0];
}

// ---------- accounts ----------

export function findAccount(tx: Tx, id: string): Promise<AccountRow | undefined> {
  return tx.selectFrom('ledger.accounts').selectAll().where('id', '=', id).$castTo<AccountRow>().executeTakeFirst();
}

export function findAccountByCode(tx: Tx, code: string): Promise<AccountRow | undefined> {
  return tx.selectFrom('ledger.accounts').selectAll().where(sql<string>`lower(code)`, '=', code.toLowerCase()).$castTo<AccountRow>().executeTakeFirst();
}

export function accountsByIds(tx: Tx, ids: string[]): Promise<AccountRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.selectFrom('ledger.accounts').selectAll().where('id', 'in', ids).$castTo<AccountRow>().execute();
}

/**
 * What posting needs in one round trip: the given accounts and the tenant's lock date, the latter
 * share-locked until the transaction ends (so the lock date cannot move under a posting).
 */
export async function postingContext(tx: Tx, tenantId: string, accountIds: readonly string[]): Promise<{ accounts: AccountRow[]; lockDate: string | null }> {
  const { rows } = await sql<AccountRow & { lock_date: string | null; found: boolean }>`
    with s as (select lock_date from ledger.settings where tenant_id = ${tenantId} for share)
    select (select lock_date::text from s) as lock_date, a.id is not null as found, a.*
    from (select 1) one left join ledger.accounts a on a.id = any(${accountIds}::uuid[])`.execute(tx);
  return {
    lockDate: rows[0]?.lock_date ?? null,
    accounts: rows.filter((r) => r.found).map(({ lock_date: _l, found: _f, ...a }) => a),
  };
}

export function allAccounts(tx: Tx): Promise<AccountRow[]> {
  return tx.selectFrom('ledger.accounts').selectAll().orderBy('code').$castTo<AccountRow>().execute();
}

export interface AccountFilter {
  type?: string | undefined;
  status?: string | undefined;
  parentId?: string | undefined;
  q?: string | undefined;
  after?: { code: string; id: string } | undefined;
  limit: number;
}

export function listAccounts(tx: Tx, f: AccountFilter): Promise<AccountRow[]> {
  let q = tx.selectFrom('ledger.accounts').selectAll();
  if (f.type) q = q.where('type', '=', f.type);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.parentId) q = q.where('parent_id', '=', f.parentId);
  if (f.q) q = q.where((eb) => eb.or([eb('name', 'ilike', `%${escapeLike(f.q!)}%`), eb('code', 'ilike', `${escapeLike(f.q!)}%`)]));
  if (f.after) q = q.where(sql<boolean>`(code, id) > (${f.after.code}, ${f.after.id}::uuid)`);
  return q.orderBy('code').orderBy('id').limit(f.limit + 1).$castTo<AccountRow>().execute();
}

export async function ancestorIds(tx: Tx, id: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from ledger.accounts where id = ${id}
      union all
      select a.id, a.parent_id, up.depth + 1 from ledger.accounts a join up on a.id = up.parent_id where up.depth < 64
    ) select id from up where id <> ${id}`.execute(tx);
  return rows.map((r) => r.id);
}

export async function insertAccount(tx: Tx, row: Omit<AccountRow, 'version' | 'created_at' | 'updated_at' | 'status'>): Promise<AccountRow> {
  return tx.insertInto('ledger.accounts').values(row).returningAll().$castTo<AccountRow>().executeTakeFirstOrThrow();
}

export type AccountChanges = Partial<Pick<AccountRow, 'code' | 'name' | 'subtype' | 'parent_id' | 'description' | 'status'>>;

export function updateAccount(tx: Tx, id: string, expectedVersion: number, changes: AccountChanges): Promise<AccountRow | undefined> {
  return tx
    .updateTable('ledger.accounts')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .$castTo<AccountRow>()
    .executeTakeFirst();
}

export async function hasActiveChildren(tx: Tx, id: string): Promise<boolean> {
  const row = await tx.selectFrom('ledger.accounts').select('id').where('parent_id', '=', id).where('status', '=', 'active').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function hasLines(tx: Tx, accountId: string): Promise<boolean> {
  const row = await tx.selectFrom('ledger.journal_lines').select('entry_id').where('account_id', '=', accountId).limit(1).executeTakeFirst();
  return row !== undefined;
}

// ---------- entries ----------

export type NewEntry = Omit<EntryRow, 'status' | 'posted_at' | 'version' | 'created_at' | 'updated_at' | 'reversed_by_id'> & { created_by: string };

/** Inserts a draft (created `at`, default now); with a source id, returns false when that (module, id, revision) exists already. */
export async function insertDraftEntry(tx: Tx, entry: NewEntry, at?: Date): Promise<boolean> {
  const when = at ? sql`${at.toISOString()}::timestamptz` : sql`now()`;
  const { rows } = await sql<{ id: string }>`
    insert into ledger.journal_entries (tenant_id, id, entry_date, memo, reference, source_module, source_id, source_revision, status, base_currency, reverses_id, created_by, created_at, updated_at)
    values (${entry.tenant_id}, ${entry.id}, ${entry.entry_date}, ${entry.memo}, ${entry.reference}, ${entry.source_module}, ${entry.source_id},
            ${entry.source_revision}, 'draft', ${entry.base_currency}, ${entry.reverses_id}, ${entry.created_by}::jsonb, ${when}, ${when})
    on conflict (tenant_id, source_module, source_id, source_revision) where source_id is not null do nothing
    returning id`.execute(tx);
  return rows.length > 0;
}

export async function findEntryBySource(tx: Tx, module: string, id: string, revision: number): Promise<EntryRow | undefined> {
  const { rows } = await sql<EntryRow>`
    select ${ENTRY_COLUMNS} from ledger.journal_entries e
    where e.source_module = ${module} and e.source_id = ${id} and e.source_revision = ${revision}`.execute(tx);
  return rows[0];
}

export async function countEntriesBySource(tx: Tx, module: string, id: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ledger.journal_entries where source_module = ${module} and source_id = ${id}`.execute(tx);
  return rows[0]?.n ?? 0;
}

export async function insertLines(tx: Tx, tenantId: string, entryId: string, date: string, lines: LineDraft[]): Promise<void> {
  if (lines.length === 0) return;
  // One statement for all lines (unnest keeps it one round trip at any line count).
  await sql`
    insert into ledger.journal_lines (tenant_id, entry_id, line_no, account_id, entry_date, currency, debit, credit, base_debit, base_credit, memo, party_id, store_id, tags)
    select ${tenantId}::uuid, ${entryId}::uuid, t.line_no, t.account_id, ${date}::date, t.currency, t.debit, t.credit, t.base_debit, t.base_credit, t.memo, t.party_id, t.store_id,
           coalesce((select array_agg(x) from jsonb_array_elements_text(t.tags) x), '{}')
    from unnest(${lines.map((_, i) => i + 1)}::int[], ${lines.map((l) => l.accountId)}::uuid[], ${lines.map((l) => l.currency)}::text[],
                ${lines.map((l) => l.debit.toString())}::bigint[], ${lines.map((l) => l.credit.toString())}::bigint[],
                ${lines.map((l) => l.baseDebit.toString())}::bigint[], ${lines.map((l) => l.baseCredit.toString())}::bigint[],
                ${lines.map((l) => l.memo)}::text[], ${lines.map((l) => l.partyId)}::uuid[], ${lines.map((l) => l.storeId)}::uuid[],
                ${lines.map((l) => JSON.stringify(l.tags))}::jsonb[])
         as t(line_no, account_id, currency, debit, credit, base_debit, base_credit, memo, party_id, store_id, tags)`.execute(tx);
}

const quoted = (v: string) => (v.includes('"') || v.includes('\\') ? `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"` : `"${v}"`);

/** A Postgres text[] literal (`{"a","b\\"c"}`), so a line's tags travel as one element of a text[] parameter. */
export function textArrayLiteral(values: readonly string[]): string {
  return values.length === 0 ? '{}' : `{${values.map(quoted).join(',')}}`;
}

/**
 * Array literals for bulk parameters, built in one pass (the driver's generic array encoding
 * escapes every element through a regular expression). Only numbers and ids this module generated
 * itself go unquoted; everything a caller supplied (dates, account, party and store ids, text) is
 * quoted, so no value can split into two elements. Cast in SQL (`${…}::uuid[]`).
 */
function plainArray(values: readonly (string | number | null)[]): string {
  return `{${values.map((v) => (v === null || v === undefined ? 'NULL' : v)).join(',')}}`;
}
function textArray(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null || v === undefined ? 'NULL' : quoted(v))).join(',')}}`;
}

export interface PostedEntryInput {
  entry: NewEntry;
  lines: readonly LineDraft[];
}

/**
 * Writes entries already posted at `at` (created then too), each with its lines, in ONE statement:
 * the entries' posting trigger (migration 0005) checks them and folds them into the rollups at the
 * end of that statement, when their lines are written too, and the lines' insert trigger (0006)
 * checks every line's entry and account. An entry whose (source module, id, revision) exists
 * already is skipped with its lines; returns the ids of the entries written.
 */
export async function insertPostedEntries(
  tx: Tx,
  tenantId: string,
  entries: readonly PostedEntryInput[],
  at: Date,
  options: { existingSource: 'skip' | 'fail' } = { existingSource: 'skip' },
): Promise<string[]> {
  if (entries.length === 0) return [];
  const n = entries.reduce((sum, e) => sum + e.lines.length, 0);
  const lineEntry = new Array<string>(n);
  const lineNo = new Array<number>(n);
  const lineDate = new Array<string>(n);
  const account = new Array<string>(n);
  const currency = new Array<string>(n);
  const debit = new Array<string>(n);
  const credit = new Array<string>(n);
  const baseDebit = new Array<string>(n);
  const baseCredit = new Array<string>(n);
  const memo = new Array<string | null>(n);
  const party = new Array<string | null>(n);
  const store = new Array<string | null>(n);
  const tags = new Array<string>(n);
  let k = 0;
  for (const { entry, lines } of entries) {
    for (let i = 0; i < lines.length; i++, k++) {
      const l = lines[i]!;
      lineEntry[k] = entry.id;
      lineNo[k] = i + 1;
      lineDate[k] = entry.entry_date;
      account[k] = l.accountId;
      currency[k] = l.currency;
      debit[k] = l.debit.toString();
      credit[k] = l.credit.toString();
      baseDebit[k] = l.baseDebit.toString();
      baseCredit[k] = l.baseCredit.toString();
      memo[k] = l.memo;
      party[k] = l.partyId;
      store[k] = l.storeId;
      tags[k] = textArrayLiteral(l.tags);
    }
  }
  const col = <K extends keyof NewEntry>(key: K) => entries.map((e) => e.entry[key]);
  const when = sql`${at.toISOString()}::timestamptz`;
  const { rows } = await sql<{ id: string }>`
    with e as (
      insert into ledger.journal_entries (tenant_id, id, entry_date, memo, reference, source_module, source_id, source_revision, status, base_currency, reverses_id,
                                          created_by, posted_at, line_count, version, created_at, updated_at)
      select ${tenantId}::uuid, t.id, t.entry_date, t.memo, t.reference, t.source_module, t.source_id, t.source_revision, 'posted', t.base_currency, t.reverses_id,
             t.created_by, ${when}, t.line_count, 2, ${when}, ${when}
      from unnest(${plainArray(col('id'))}::uuid[], ${textArray(col('entry_date'))}::date[], ${textArray(col('memo'))}::text[], ${textArray(col('reference'))}::text[], ${textArray(col('source_module'))}::text[],
                  ${textArray(col('source_id'))}::text[], ${plainArray(col('source_revision'))}::int[], ${textArray(col('base_currency'))}::text[], ${textArray(col('reverses_id'))}::uuid[], ${textArray(col('created_by'))}::jsonb[],
                  ${plainArray(entries.map((e) => e.lines.length))}::int[])
           as t(id, entry_date, memo, reference, source_module, source_id, source_revision, base_currency, reverses_id, created_by, line_count)
      ${options.existingSource === 'skip' ? sql`on conflict (tenant_id, source_module, source_id, source_revision) where source_id is not null do nothing` : sql``}
      returning id
    ), l as (
      insert into ledger.journal_lines (tenant_id, entry_id, line_no, account_id, entry_date, currency, debit, credit, base_debit, base_credit, memo, party_id, store_id, tags)
      select ${tenantId}::uuid, t.entry_id, t.line_no, t.account_id, t.entry_date, t.currency, t.debit, t.credit, t.base_debit, t.base_credit, t.memo, t.party_id, t.store_id, t.tags::text[]
      from unnest(${plainArray(lineEntry)}::uuid[], ${plainArray(lineNo)}::int[], ${textArray(account)}::uuid[], ${textArray(lineDate)}::date[], ${textArray(currency)}::text[], ${plainArray(debit)}::bigint[], ${plainArray(credit)}::bigint[],
                  ${plainArray(baseDebit)}::bigint[], ${plainArray(baseCredit)}::bigint[], ${textArray(memo)}::text[], ${textArray(party)}::uuid[], ${textArray(store)}::uuid[], ${textArray(tags)}::text[])
           as t(entry_id, line_no, account_id, entry_date, currency, debit, credit, base_debit, base_credit, memo, party_id, store_id, tags)
      ${options.existingSource === 'skip' ? sql`where t.entry_id in (select id from e)` : sql``}
    )
    select id from e`.execute(tx);
  return rows.map((r) => r.id);
}

export async function deleteLines(tx: Tx, entryId: string): Promise<void> {
  await tx.deleteFrom('ledger.journal_lines').where('entry_id', '=', entryId).execute();
}

export async function markPosted(tx: Tx, entryId: string, at?: Date): Promise<void> {
  const when = at ? sql`${at.toISOString()}::timestamptz` : sql`now()`;
  await sql`update ledger.journal_entries set status = 'posted', posted_at = ${when}, version = version + 1, updated_at = ${when}
            where id = ${entryId} and status = 'draft'`.execute(tx);
}

export async function updateDraftEntry(
  tx: Tx,
  id: string,
  expectedVersion: number,
  changes: { entry_date: string; memo: string | null; reference: string | null },
): Promise<boolean> {
  const { rows } = await sql<{ id: string }>`
    update ledger.journal_entries set entry_date = ${changes.entry_date}, memo = ${changes.memo}, reference = ${changes.reference},
      version = version + 1, updated_at = now()
    where id = ${id} and version = ${expectedVersion} and status = 'draft' returning id`.execute(tx);
  return rows.length > 0;
}

export async function deleteDraftEntry(tx: Tx, id: string): Promise<void> {
  await sql`delete from ledger.journal_entries where id = ${id} and status = 'draft'`.execute(tx);
}

export async function findEntry(tx: Tx, id: string, lock = false): Promise<EntryRow | undefined> {
  const { rows } = await sql<EntryRow>`select ${ENTRY_COLUMNS} from ledger.journal_entries e where e.id = ${id} ${lock ? sql`for update` : sql``}`.execute(tx);
  return rows[0];
}

export async function linesOf(tx: Tx, entryIds: string[]): Promise<LineRow[]> {
  if (entryIds.length === 0) return [];
  const { rows } = await sql<LineRow>`
    select entry_id, line_no, account_id, entry_date::text as entry_date, currency, debit::text as debit, credit::text as credit,
           base_debit::text as base_debit, base_credit::text as base_credit, memo, party_id, store_id, tags
    from ledger.journal_lines where entry_id = any(${entryIds}::uuid[]) order by entry_id, line_no`.execute(tx);
  return rows;
}

export interface EntryFilter {
  status?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  sourceModule?: string | undefined;
  sourceId?: string | undefined;
  accountId?: string | undefined;
  after?: { date: string; id: string } | undefined;
  limit: number;
}

export async function listEntries(tx: Tx, f: EntryFilter): Promise<EntryRow[]> {
  const where = [sql`true`];
  if (f.status) where.push(sql`e.status = ${f.status}`);
  if (f.from) where.push(sql`e.entry_date >= ${f.from}::date`);
  if (f.to) where.push(sql`e.entry_date <= ${f.to}::date`);
  if (f.sourceModule) where.push(sql`e.source_module = ${f.sourceModule}`);
  if (f.sourceId) where.push(sql`e.source_id = ${f.sourceId}`);
  if (f.accountId) where.push(sql`exists (select 1 from ledger.journal_lines l where l.tenant_id = e.tenant_id and l.entry_id = e.id and l.account_id = ${f.accountId})`);
  if (f.after) where.push(sql`(e.entry_date, e.id) < (${f.after.date}::date, ${f.after.id}::uuid)`);
  const { rows } = await sql<EntryRow>`
    select ${ENTRY_COLUMNS} from ledger.journal_entries e where ${sql.join(where, sql` and `)}
    order by e.entry_date desc, e.id desc limit ${f.limit + 1}`.execute(tx);
  return rows;
}

// ---------- balances ----------

export interface BalanceRow {
  account_id: string;
  currency: string;
  debit: string;
  credit: string;
  base_debit: string;
  base_credit: string;
}

/** Per-account, per-currency totals up to and including `asOf`, from the daily rollups. */
export async function balancesAsOf(tx: Tx, asOf: string, accountId?: string): Promise<BalanceRow[]> {
  const { rows } = await sql<BalanceRow>`
    select account_id, currency, sum(debit)::text as debit, sum(credit)::text as credit,
           sum(base_debit)::text as base_debit, sum(base_credit)::text as base_credit
    from ledger.daily_balances
    where day <= ${asOf}::date ${accountId ? sql`and account_id = ${accountId}` : sql``}
    group by account_id, currency
    order by account_id, currency`.execute(tx);
  return rows;
}

/** The same totals computed from the lines themselves (tests compare the two). */
export async function balancesFromLines(tx: Tx, asOf: string): Promise<BalanceRow[]> {
  const { rows } = await sql<BalanceRow>`
    select l.account_id, l.currency, sum(l.debit)::text as debit, sum(l.credit)::text as credit,
           sum(l.base_debit)::text as base_debit, sum(l.base_credit)::text as base_credit
    from ledger.journal_lines l join ledger.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
    where e.status = 'posted' and l.entry_date <= ${asOf}::date
    group by l.account_id, l.currency order by l.account_id, l.currency`.execute(tx);
  return rows;
}

export interface MovementRow extends BalanceRow {
  account_type: string;
}

/**
 * Income and expense movements between two dates (inclusive), per account and currency, from the
 * daily rollups: the figures of a profit and loss statement.
 */
export async function profitAndLossMovements(tx: Tx, from: string, to: string): Promise<MovementRow[]> {
  const { rows } = await sql<MovementRow>`
    select b.account_id, a.type as account_type, b.currency, sum(b.debit)::text as debit, sum(b.credit)::text as credit,
           sum(b.base_debit)::text as base_debit, sum(b.base_credit)::text as base_credit
    from ledger.daily_balances b join ledger.accounts a on a.tenant_id = b.tenant_id and a.id = b.account_id
    where a.type in ('income', 'expense') and b.day between ${from}::date and ${to}::date
    group by b.account_id, a.type, b.currency
    order by b.account_id, b.currency`.execute(tx);
  return rows;
}

// ---------- general ledger ----------

export interface LedgerFilter {
  accountId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  partyId?: string | undefined;
  storeId?: string | undefined;
  tag?: string | undefined;
  after?: { date: string; entryId: string; lineNo: number } | undefined;
  limit: number;
}

export interface LedgerLineRow extends LineRow {
  memo_entry: string | null;
  reference: string | null;
  source_module: string;
  source_id: string | null;
  running_base: string;
  running: string;
}

/**
 * Posted lines in date order with running balances (debit minus credit). The opening balance
 * before `from` comes from the rollups when only account/date filters apply, else from the lines.
 */
export async function ledgerLines(tx: Tx, f: LedgerFilter): Promise<{ rows: LedgerLineRow[]; openingBase: string; opening: string }> {
  const where = [sql`e.status = 'posted'`];
  if (f.accountId) where.push(sql`l.account_id = ${f.accountId}`);
  if (f.partyId) where.push(sql`l.party_id = ${f.partyId}`);
  if (f.storeId) where.push(sql`l.store_id = ${f.storeId}`);
  if (f.tag) where.push(sql`l.tags @> array[${f.tag}]::text[]`);
  const before = f.from ? [...where, sql`l.entry_date < ${f.from}::date`] : null;
  const inRange = [...where];
  if (f.from) inRange.push(sql`l.entry_date >= ${f.from}::date`);
  if (f.to) inRange.push(sql`l.entry_date <= ${f.to}::date`);

  let openingBase = '0';
  let opening = '0';
  if (before) {
    const simple = !f.partyId && !f.storeId && !f.tag;
    const { rows } = simple
      ? await sql<{ b: string | null; a: string | null }>`
          select sum(base_debit - base_credit)::text as b, sum(debit - credit)::text as a from ledger.daily_balances
          where day < ${f.from}::date ${f.accountId ? sql`and account_id = ${f.accountId}` : sql``}`.execute(tx)
      : await sql<{ b: string | null; a: string | null }>`
          select sum(l.base_debit - l.base_credit)::text as b, sum(l.debit - l.credit)::text as a
          from ledger.journal_lines l join ledger.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
          where ${sql.join(before, sql` and `)}`.execute(tx);
    openingBase = rows[0]?.b ?? '0';
    opening = rows[0]?.a ?? '0';
  }
  const after = f.after ? sql`where (w.d, w.entry_id, w.line_no) > (${f.after.date}::date, ${f.after.entryId}::uuid, ${f.after.lineNo})` : sql``;
  const { rows } = await sql<LedgerLineRow>`
    select * from (
      select l.entry_id, l.line_no, l.account_id, l.entry_date::text as entry_date, l.currency, l.debit::text as debit, l.credit::text as credit,
             l.base_debit::text as base_debit, l.base_credit::text as base_credit, l.memo, l.party_id, l.store_id, l.tags,
             e.memo as memo_entry, e.reference, e.source_module, e.source_id, l.entry_date as d,
             (${openingBase}::numeric + sum(l.base_debit - l.base_credit) over w)::text as running_base,
             (${opening}::numeric + sum(l.debit - l.credit) over w)::text as running
      from ledger.journal_lines l join ledger.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
      where ${sql.join(inRange, sql` and `)}
      window w as (order by l.entry_date, l.entry_id, l.line_no rows unbounded preceding)
    ) w ${after}
    order by w.d, w.entry_id, w.line_no
    limit ${f.limit + 1}`.execute(tx);
  return { rows, openingBase, opening };
}

// ---------- transactions ----------

export async function insertTransaction(tx: Tx, row: Omit<TransactionRow, 'version' | 'created_at' | 'updated_at' | 'status' | 'revision' | 'txn_date' | 'amount'> & { txn_date: string; amount: bigint }): Promise<void> {
  await tx.insertInto('ledger.transactions').values({ ...row, amount: row.amount.toString() }).execute();
}

const TXN_COLUMNS = sql`tenant_id, id, kind, txn_date::text as txn_date, amount::text as amount, currency, account_id, counter_account_id, description, reference,
  party_id, store_id, tags, status, entry_id, revision, version, created_at, updated_at`;

export async function findTransaction(tx: Tx, id: string, lock = false): Promise<TransactionRow | undefined> {
  const { rows } = await sql<TransactionRow>`select ${TXN_COLUMNS} from ledger.transactions where id = ${id} ${lock ? sql`for update` : sql``}`.execute(tx);
  return rows[0];
}

export interface TransactionFilter {
  kind?: string | undefined;
  accountId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  partyId?: string | undefined;
  storeId?: string | undefined;
  tag?: string | undefined;
  q?: string | undefined;
  includeDeleted: boolean;
  after?: { date: string; id: string } | undefined;
  limit: number;
}

export async function listTransactions(tx: Tx, f: TransactionFilter): Promise<TransactionRow[]> {
  const where = [sql`true`];
  if (!f.includeDeleted) where.push(sql`status = 'active'`);
  if (f.kind) where.push(sql`kind = ${f.kind}`);
  if (f.accountId) where.push(sql`(account_id = ${f.accountId} or counter_account_id = ${f.accountId})`);
  if (f.from) where.push(sql`txn_date >= ${f.from}::date`);
  if (f.to) where.push(sql`txn_date <= ${f.to}::date`);
  if (f.partyId) where.push(sql`party_id = ${f.partyId}`);
  if (f.storeId) where.push(sql`store_id = ${f.storeId}`);
  if (f.tag) where.push(sql`tags @> array[${f.tag}]::text[]`);
  if (f.q) where.push(sql`(description ilike ${`%${escapeLike(f.q)}%`} or reference ilike ${`%${escapeLike(f.q)}%`})`);
  if (f.after) where.push(sql`(txn_date, id) < (${f.after.date}::date, ${f.after.id}::uuid)`);
  const { rows } = await sql<TransactionRow>`
    select ${TXN_COLUMNS} from ledger.transactions where ${sql.join(where, sql` and `)}
    order by txn_date desc, id desc limit ${f.limit + 1}`.execute(tx);
  return rows;
}

export async function updateTransaction(
  tx: Tx,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<TransactionRow, 'amount'>> & { amount?: bigint },
): Promise<boolean> {
  const { amount, ...rest } = changes;
  const result = await tx
    .updateTable('ledger.transactions')
    .set({ ...rest, ...(amount !== undefined && { amount: amount.toString() }), version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface ExportLine {
  entry_id: string;
  entry_date: string;
  entry_memo: string | null;
  reference: string | null;
  source_module: string;
  source_id: string | null;
  account_id: string;
  currency: string;
  debit: string;
  credit: string;
  base_debit: string;
  base_credit: string;
  memo: string | null;
}

/** Posted lines in journal order, with their entry's header, for exports. */
export async function exportLines(tx: Tx, from: string | undefined, to: string | undefined): Promise<ExportLine[]> {
  const where = [sql`e.status = 'posted'`];
  if (from) where.push(sql`l.entry_date >= ${from}::date`);
  if (to) where.push(sql`l.entry_date <= ${to}::date`);
  const { rows } = await sql<ExportLine>`
    select l.entry_id, l.entry_date::text as entry_date, e.memo as entry_memo, e.reference, e.source_module, e.source_id, l.account_id, l.currency,
           l.debit::text as debit, l.credit::text as credit, l.base_debit::text as base_debit, l.base_credit::text as base_credit, l.memo
    from ledger.journal_lines l join ledger.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
    where ${sql.join(where, sql` and `)}
    order by l.entry_date, l.entry_id, l.line_no`.execute(tx);
  return rows;
}

import { sql } from 'kysely';
import { newId, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import type { AccountSubtype } from './domain/accounts.js';
import * as repo from './repo.js';
import { accountView } from './views.js';

/**
 * What the parties module reads from the books: the receivable / payable accounts and posted lines
 * carrying a party dimension. Amounts are minor units (bigint); `useBase` sums base-currency values
 * over every line, otherwise only the lines in `currency` are summed in that currency.
 */
export interface PartyLinesFilter {
  partyId: string;
  accountIds: readonly string[];
  useBase: boolean;
  currency: string;
  from?: string | undefined;
  to?: string | undefined;
}

export interface PartyLine {
  entryId: string;
  lineNo: number;
  date: string;
  accountId: string;
  memo: string | null;
  reference: string | null;
  sourceModule: string;
  debit: bigint;
  credit: bigint;
}

/** Active, postable accounts of a subtype, by code. */
export async function postableAccountsOf(tx: Tx, subtype: AccountSubtype): Promise<repo.AccountRow[]> {
  return (await repo.allAccounts(tx)).filter((a) => a.subtype === subtype && a.status === 'active' && !a.is_group);
}

/** Every account of a subtype, archived ones too (their history belongs in statements). */
export async function accountIdsOf(tx: Tx, subtype: AccountSubtype): Promise<string[]> {
  return (await repo.allAccounts(tx)).filter((a) => a.subtype === subtype && !a.is_group).map((a) => a.id);
}

function conditions(f: PartyLinesFilter) {
  const where = [sql`e.status = 'posted'`, sql`l.party_id = ${f.partyId}`, sql`l.account_id = any(${[...f.accountIds]}::uuid[])`];
  if (!f.useBase) where.push(sql`l.currency = ${f.currency}`);
  return where;
}

const amounts = (useBase: boolean) =>
  useBase ? sql`l.base_debit::text as debit, l.base_credit::text as credit` : sql`l.debit::text as debit, l.credit::text as credit`;

/** Debit minus credit of the party's posted lines on the accounts, before `before` (exclusive) or in total. */
export async function partyNet(tx: Tx, f: Omit<PartyLinesFilter, 'from' | 'to'>, before?: string): Promise<bigint> {
  if (f.accountIds.length === 0) return 0n;
  const where = conditions(f);
  if (before) where.push(sql`l.entry_date < ${before}::date`);
  const { rows } = await sql<{ net: string | null }>`
    select sum(${f.useBase ? sql`l.base_debit - l.base_credit` : sql`l.debit - l.credit`})::text as net
    from ledger.journal_lines l join ledger.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
    where ${sql.join(where, sql` and `)}`.execute(tx);
  return BigInt(rows[0]?.net ?? '0');
}

/** The party's posted lines on the accounts in date order, within [from, to]. */
export async function partyLines(tx: Tx, f: PartyLinesFilter, limit: number): Promise<PartyLine[]> {
  if (f.accountIds.length === 0) return [];
  const where = conditions(f);
  if (f.from) where.push(sql`l.entry_date >= ${f.from}::date`);
  if (f.to) where.push(sql`l.entry_date <= ${f.to}::date`);
  const { rows } = await sql<{ entry_id: string; line_no: number; d: string; account_id: string; memo: string | null; reference: string | null; source_module: string; debit: string; credit: string }>`
    select l.entry_id, l.line_no, l.entry_date::text as d, l.account_id, coalesce(l.memo, e.memo) as memo, e.reference, e.source_module,
           ${amounts(f.useBase)}
    from ledger.journal_lines l join ledger.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
    where ${sql.join(where, sql` and `)}
    order by l.entry_date, e.posted_at, l.entry_id, l.line_no
    limit ${limit}`.execute(tx);
  return rows.map((r) => ({
    entryId: r.entry_id,
    lineNo: r.line_no,
    date: r.d,
    accountId: r.account_id,
    memo: r.memo,
    reference: r.reference,
    sourceModule: r.source_module,
    debit: BigInt(r.debit),
    credit: BigInt(r.credit),
  }));
}

/** Whether any journal line (draft or posted) names the party. */
export async function partyHasLines(tx: Tx, partyId: string): Promise<boolean> {
  const { rows } = await sql<{ x: number }>`select 1 as x from ledger.journal_lines where party_id = ${partyId} limit 1`.execute(tx);
  return rows.length > 0;
}

/** The first active equity account of subtype opening_balance; created (code OBE) when there is none. */
export async function ensureOpeningEquityAccount(tx: Tx, inv: Invocation, baseCurrency: string): Promise<repo.AccountRow> {
  const all = await repo.allAccounts(tx);
  const found = all.find((a) => a.type === 'equity' && a.subtype === 'opening_balance' && a.status === 'active' && !a.is_group);
  if (found) return found;
  const taken = new Set(all.map((a) => a.code.toLowerCase()));
  let code = 'OBE';
  for (let n = 2; taken.has(code.toLowerCase()); n++) code = `OBE-${n}`;
  const row = await repo.insertAccount(tx, {
    tenant_id: inv.tenantId,
    id: newId(),
    code,
    name: 'Opening Balance Equity',
    type: 'equity',
    subtype: 'opening_balance',
    parent_id: null,
    is_group: false,
    currency: baseCurrency,
    description: 'Balances brought in when the books started',
  });
  await recordAudit(tx, auditFromInvocation(inv, 'account.created', 'account', row.id, null, accountView(row)));
  await appendEvent(tx, { type: 'account.created', tenantId: inv.tenantId, actor: inv.actor, data: accountView(row) });
  return row;
}

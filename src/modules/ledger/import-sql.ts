import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import type { LineDraft } from './domain/entries.js';
import type { EntryRow } from './repo.js';

/** Set-based writes for bulk posting: one statement per table per chunk, whatever the entry count. */

export interface BulkEntryRow {
  id: string;
  date: string;
  memo: string | null;
  reference: string | null;
  sourceId: string | null;
  lines: LineDraft[];
}

/** Inserts drafts; returns how many were inserted (fewer when a source id was taken concurrently). */
export async function insertDraftEntries(
  tx: Tx,
  header: { tenantId: string; baseCurrency: string; sourceModule: string; revision: number; createdBy: string },
  entries: BulkEntryRow[],
): Promise<number> {
  if (entries.length === 0) return 0;
  const { rows } = await sql<{ id: string }>`
    insert into ledger.journal_entries (tenant_id, id, entry_date, memo, reference, source_module, source_id, source_revision, status, base_currency, created_by)
    select ${header.tenantId}::uuid, t.id, t.d, t.memo, t.ref, ${header.sourceModule}, t.sid, ${header.revision}, 'draft', ${header.baseCurrency}, ${header.createdBy}::jsonb
    from unnest(${entries.map((e) => e.id)}::uuid[], ${entries.map((e) => e.date)}::date[], ${entries.map((e) => e.memo)}::text[],
                ${entries.map((e) => e.reference)}::text[], ${entries.map((e) => e.sourceId)}::text[]) as t(id, d, memo, ref, sid)
    on conflict (tenant_id, source_module, source_id, source_revision) where source_id is not null do nothing
    returning id`.execute(tx);
  return rows.length;
}

export async function insertEntryLines(tx: Tx, tenantId: string, entries: BulkEntryRow[]): Promise<number> {
  const entryIds: string[] = [];
  const lineNos: number[] = [];
  const dates: string[] = [];
  const accounts: string[] = [];
  const currencies: string[] = [];
  const debits: string[] = [];
  const credits: string[] = [];
  const baseDebits: string[] = [];
  const baseCredits: string[] = [];
  const memos: (string | null)[] = [];
  for (const e of entries) {
    e.lines.forEach((l, i) => {
      entryIds.push(e.id);
      lineNos.push(i + 1);
      dates.push(e.date);
      accounts.push(l.accountId);
      currencies.push(l.currency);
      debits.push(l.debit.toString());
      credits.push(l.credit.toString());
      baseDebits.push(l.baseDebit.toString());
      baseCredits.push(l.baseCredit.toString());
      memos.push(l.memo);
    });
  }
  if (entryIds.length === 0) return 0;
  await sql`
    insert into ledger.journal_lines (tenant_id, entry_id, line_no, account_id, entry_date, currency, debit, credit, base_debit, base_credit, memo)
    select ${tenantId}::uuid, t.entry_id, t.line_no, t.account_id, t.d, t.currency, t.debit, t.credit, t.base_debit, t.base_credit, t.memo
    from unnest(${entryIds}::uuid[], ${lineNos}::int[], ${accounts}::uuid[], ${dates}::date[], ${currencies}::text[], ${debits}::bigint[], ${credits}::bigint[],
                ${baseDebits}::bigint[], ${baseCredits}::bigint[], ${memos}::text[])
         as t(entry_id, line_no, account_id, d, currency, debit, credit, base_debit, base_credit, memo)`.execute(tx);
  return entryIds.length;
}

/**
 * Marks the drafts posted. The ledger's statement-level trigger (migration 0005) then checks all of
 * them (lock date, two or more lines, balanced per currency and in base, postable accounts) and
 * folds them into the daily rollups with a few set-based queries, before this statement returns.
 */
export async function markAllPosted(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`update ledger.journal_entries set status = 'posted', posted_at = now(), version = version + 1, updated_at = now()
            where id = any(${ids}::uuid[]) and status = 'draft'`.execute(tx);
}

export async function entriesBySource(tx: Tx, sourceModule: string, revision: number, sourceIds: string[]): Promise<Map<string, string>> {
  if (sourceIds.length === 0) return new Map();
  const { rows } = await sql<{ source_id: string; id: string }>`
    select source_id, id from ledger.journal_entries
    where source_module = ${sourceModule} and source_revision = ${revision} and source_id = any(${sourceIds}::text[])`.execute(tx);
  return new Map(rows.map((r) => [r.source_id, r.id]));
}

export async function latestBySource(tx: Tx, sourceModule: string, sourceId: string): Promise<(EntryRow & { reversed: boolean }) | undefined> {
  const { rows } = await sql<EntryRow & { reversed: boolean }>`
    select e.id, e.entry_date::text as entry_date, e.source_revision, e.status,
           exists (select 1 from ledger.journal_entries r where r.tenant_id = e.tenant_id and r.reverses_id = e.id) as reversed
    from ledger.journal_entries e where e.source_module = ${sourceModule} and e.source_id = ${sourceId}
    order by e.source_revision desc limit 1`.execute(tx);
  return rows[0];
}

export async function entryRows(tx: Tx, ids: string[]): Promise<EntryRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<EntryRow>`
    select e.tenant_id, e.id, e.entry_date::text as entry_date, e.memo, e.reference, e.source_module, e.source_id, e.source_revision, e.status,
           e.base_currency, e.reverses_id, e.posted_at, e.version, e.created_at, e.updated_at, null::uuid as reversed_by_id
    from ledger.journal_entries e where e.id = any(${ids}::uuid[])`.execute(tx);
  return rows;
}

import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import type { EntryRow } from './repo.js';

/** Look-ups for bulk posting and opening balances (the writes are repo.insertPostedEntries). */

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

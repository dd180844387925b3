import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { DEFAULT_FORMATS, NUMBERED_DOCUMENTS, type NumberedDocument } from './domain/format.js';

/** SQL for the numbering schema only. Every statement runs in the caller's tenant-scoped transaction. */

export interface SeriesRow {
  document_type: NumberedDocument;
  format: string;
  reset_yearly: boolean;
  version: number;
  updated_at: Date;
}

export interface CounterRow {
  document_type: NumberedDocument;
  period: number;
  /** bigint as text. */
  next_value: string;
  drawn: string;
}

export interface TenantSettingsRow {
  fiscal_year_start_month: number;
  timezone: string;
}

// ---------- tenant settings (a copy of identity's fiscal-year start month and time zone) ----------

export async function tenantSettings(tx: Tx, tenantId: string): Promise<TenantSettingsRow | undefined> {
  const { rows } = await sql<TenantSettingsRow>`
    select fiscal_year_start_month, timezone from numbering.settings where tenant_id = ${tenantId}`.execute(tx);
  return rows[0];
}

/** Remembers the facts of a tenant seen for the first time; never waits on or locks an existing row. */
export async function rememberTenantSettings(tx: Tx, tenantId: string, settings: TenantSettingsRow): Promise<void> {
  await sql`
    insert into numbering.settings (tenant_id, fiscal_year_start_month, timezone) values (${tenantId}, ${settings.fiscal_year_start_month}, ${settings.timezone})
    on conflict (tenant_id) do nothing`.execute(tx);
}

/** Stores identity's current facts (the tenant events). */
export async function saveTenantSettings(tx: Tx, tenantId: string, settings: TenantSettingsRow): Promise<void> {
  await sql`
    insert into numbering.settings (tenant_id, fiscal_year_start_month, timezone) values (${tenantId}, ${settings.fiscal_year_start_month}, ${settings.timezone})
    on conflict (tenant_id) do update set fiscal_year_start_month = excluded.fiscal_year_start_month, timezone = excluded.timezone, updated_at = now()
    where (numbering.settings.fiscal_year_start_month, numbering.settings.timezone) is distinct from (excluded.fiscal_year_start_month, excluded.timezone)`.execute(tx);
}

// ---------- series (configuration) ----------

/** Creates the default series rows the tenant lacks (all types, or one), in one statement. */
export async function ensureSeries(tx: Tx, tenantId: string, only?: NumberedDocument): Promise<void> {
  const types = only ? [only] : [...NUMBERED_DOCUMENTS];
  await tx
    .insertInto('numbering.series')
    .values(types.map((type) => ({ tenant_id: tenantId, document_type: type, format: DEFAULT_FORMATS[type] })))
    .onConflict((oc) => oc.columns(['tenant_id', 'document_type']).doNothing())
    .execute();
}

export async function listSeries(tx: Tx, tenantId: string): Promise<SeriesRow[]> {
  return tx
    .selectFrom('numbering.series')
    .select(['document_type', 'format', 'reset_yearly', 'version', 'updated_at'])
    .where('tenant_id', '=', tenantId)
    .$castTo<SeriesRow>()
    .execute();
}

/**
 * One series row, created with the default first. `share`: what a draw takes (draws do not block
 * each other; a settings change waits for them and they wait for it). `update`: a settings change.
 */
export async function lockSeries(tx: Tx, tenantId: string, type: NumberedDocument, mode: 'share' | 'update' | 'none'): Promise<SeriesRow> {
  await ensureSeries(tx, tenantId, type);
  let query = tx
    .selectFrom('numbering.series')
    .select(['document_type', 'format', 'reset_yearly', 'version', 'updated_at'])
    .where('tenant_id', '=', tenantId)
    .where('document_type', '=', type);
  if (mode === 'share') query = query.forShare();
  if (mode === 'update') query = query.forUpdate();
  return query.$castTo<SeriesRow>().executeTakeFirstOrThrow();
}

export async function updateSeries(tx: Tx, tenantId: string, type: NumberedDocument, expected: number, changes: { format: string; reset_yearly: boolean }): Promise<SeriesRow | undefined> {
  return tx
    .updateTable('numbering.series')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('tenant_id', '=', tenantId)
    .where('document_type', '=', type)
    .where('version', '=', expected)
    .returning(['document_type', 'format', 'reset_yearly', 'version', 'updated_at'])
    .$castTo<SeriesRow>()
    .executeTakeFirst();
}

/** Bumps the version of a series whose counter changed (a set next number), so ETags move on. */
export async function touchSeries(tx: Tx, tenantId: string, type: NumberedDocument, expected: number): Promise<SeriesRow | undefined> {
  return tx
    .updateTable('numbering.series')
    .set({ version: sql`version + 1`, updated_at: sql`now()` })
    .where('tenant_id', '=', tenantId)
    .where('document_type', '=', type)
    .where('version', '=', expected)
    .returning(['document_type', 'format', 'reset_yearly', 'version', 'updated_at'])
    .$castTo<SeriesRow>()
    .executeTakeFirst();
}

// ---------- counters ----------

/**
 * Draws the next value of a counter: creates it at 1 when the period has none, otherwise advances
 * it, in one statement that leaves the row locked until the caller's transaction ends (so
 * concurrent draws queue, and a rollback gives the value back). Returns undefined, advancing
 * nothing, when the value would be above `maxValue` (the series is full).
 */
export async function drawValue(tx: Tx, tenantId: string, type: NumberedDocument, period: number, maxValue: bigint): Promise<bigint | undefined> {
  const { rows } = await sql<{ value: string }>`
    insert into numbering.counters as c (tenant_id, document_type, period, next_value, drawn)
    values (${tenantId}, ${type}, ${period}, 2, 1)
    on conflict (tenant_id, document_type, period) do update
      set next_value = c.next_value + 1, drawn = c.drawn + 1, updated_at = now()
      where c.next_value <= ${maxValue.toString()}::bigint
    returning (next_value - 1)::text as value`.execute(tx);
  return rows[0] ? BigInt(rows[0].value) : undefined;
}

export async function counter(tx: Tx, tenantId: string, type: NumberedDocument, period: number, lock = false): Promise<CounterRow | undefined> {
  const { rows } = await sql<CounterRow>`
    select document_type, period, next_value::text as next_value, drawn::text as drawn from numbering.counters
    where tenant_id = ${tenantId} and document_type = ${type} and period = ${period} ${lock ? sql`for update` : sql``}`.execute(tx);
  return rows[0];
}

/** Counters of the given (type, period) pairs. */
export async function counters(tx: Tx, tenantId: string, keys: { type: NumberedDocument; period: number }[]): Promise<CounterRow[]> {
  if (keys.length === 0) return [];
  const { rows } = await sql<CounterRow>`
    select c.document_type, c.period, c.next_value::text as next_value, c.drawn::text as drawn
    from numbering.counters c
    join unnest(${keys.map((k) => k.type)}::text[], ${keys.map((k) => k.period)}::int[]) as k(document_type, period)
      on k.document_type = c.document_type and k.period = c.period
    where c.tenant_id = ${tenantId}`.execute(tx);
  return rows;
}

export async function anyDrawn(tx: Tx, tenantId: string, type: NumberedDocument): Promise<boolean> {
  const { rows } = await sql<{ x: number }>`
    select 1 as x from numbering.counters where tenant_id = ${tenantId} and document_type = ${type} and drawn > 0 limit 1`.execute(tx);
  return rows.length > 0;
}

export async function setNextValue(tx: Tx, tenantId: string, type: NumberedDocument, period: number, value: bigint): Promise<void> {
  await sql`
    insert into numbering.counters as c (tenant_id, document_type, period, next_value) values (${tenantId}, ${type}, ${period}, ${value.toString()}::bigint)
    on conflict (tenant_id, document_type, period) do update set next_value = excluded.next_value, updated_at = now()`.execute(tx);
}

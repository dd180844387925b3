import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { InvoiceLineDraft } from '../contracts.js';

/** The invoice draft a recurring invoice repeats, without dates and customer. */
export interface RecurringTemplate {
  currency: string | null;
  placeOfSupply: string | null;
  reference: string | null;
  notes: string | null;
  terms: string | null;
  lines: InvoiceLineDraft[];
}

export interface RecurringRow {
  tenant_id: string;
  id: string;
  name: string;
  customer_id: string;
  status: 'active' | 'paused' | 'finished';
  frequency: 'monthly' | 'quarterly' | 'yearly' | 'custom';
  interval_count: number | null;
  interval_unit: 'day' | 'week' | 'month' | null;
  day_of_month: number | null;
  start_date: string;
  end_date: string | null;
  max_count: number | null;
  due_days: number | null;
  auto_issue: boolean;
  auto_send: boolean;
  template: RecurringTemplate;
  generated_count: number;
  last_period: string | null;
  not_before: string | null;
  next_run: string | null;
  last_run_at: Date | null;
  last_error: string | null;
  last_error_at: Date | null;
  version: number;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export type RecurringWrite = Omit<RecurringRow, 'tenant_id' | 'id' | 'version' | 'created_at' | 'updated_at' | 'created_by' | 'last_run_at' | 'last_error' | 'last_error_at'>;

export interface RunRow {
  tenant_id: string;
  recurring_id: string;
  period_date: string;
  period_index: number;
  invoice_id: string;
  issued: boolean;
  send_pending: boolean;
  sent_at: Date | null;
  send_error: string | null;
  created_at: Date;
}

const T = 'sales.recurring_invoices';
const DATE_COLUMNS = ['start_date', 'end_date', 'last_period', 'not_before', 'next_run'] as const;

/** Dates as ISO strings (pg returns `date` columns as text here, but be safe). */
function row(r: Record<string, unknown> | undefined): RecurringRow | undefined {
  if (!r) return undefined;
  for (const c of DATE_COLUMNS) {
    const v = r[c];
    if (v instanceof Date) r[c] = v.toISOString().slice(0, 10);
  }
  return r as unknown as RecurringRow;
}

const selectAll = (tx: Tx) =>
  tx
    .selectFrom(T)
    .selectAll()
    .select([
      sql<string>`start_date::text`.as('start_date'),
      sql<string | null>`end_date::text`.as('end_date'),
      sql<string | null>`last_period::text`.as('last_period'),
      sql<string | null>`not_before::text`.as('not_before'),
      sql<string | null>`next_run::text`.as('next_run'),
    ]);

export async function insert(tx: Tx, values: RecurringWrite & { tenant_id: string; id: string; created_by: string | null }): Promise<RecurringRow> {
  await tx
    .insertInto(T)
    .values({ ...values, template: JSON.stringify(values.template) })
    .execute();
  return (await find(tx, values.id))!;
}

export async function find(tx: Tx, id: string, lock: 'update' | 'skip' | false = false): Promise<RecurringRow | undefined> {
  let q = selectAll(tx).where('id', '=', id);
  if (lock === 'update') q = q.forUpdate();
  if (lock === 'skip') q = q.forUpdate().skipLocked();
  return row(await q.executeTakeFirst());
}

export async function list(tx: Tx, filter: { status?: string | undefined; customerId?: string | undefined; afterId?: string | undefined; limit: number }): Promise<RecurringRow[]> {
  let q = selectAll(tx).orderBy('id', 'desc').limit(filter.limit + 1);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.customerId) q = q.where('customer_id', '=', filter.customerId);
  if (filter.afterId) q = q.where('id', '<', filter.afterId);
  return ((await q.execute()) as Record<string, unknown>[]).map((r) => row(r)!);
}

export async function update(tx: Tx, id: string, expectedVersion: number, changes: Partial<RecurringWrite> & Partial<Pick<RecurringRow, 'last_run_at' | 'last_error' | 'last_error_at'>>): Promise<RecurringRow | undefined> {
  const values: Record<string, unknown> = { ...changes, version: expectedVersion + 1, updated_at: sql`now()` };
  if (changes.template) values.template = JSON.stringify(changes.template);
  const r = await tx.updateTable(T).set(values).where('id', '=', id).where('version', '=', expectedVersion).returning('id').executeTakeFirst();
  return r ? find(tx, id) : undefined;
}

/** Bookkeeping that is not an edit (last run, last error): does not bump the version. */
export async function note(tx: Tx, id: string, changes: { last_run_at?: Date; last_error?: string | null; last_error_at?: Date | null }): Promise<void> {
  await tx.updateTable(T).set(changes).where('id', '=', id).execute();
}

export async function remove(tx: Tx, id: string): Promise<void> {
  await tx.deleteFrom('sales.recurring_runs').where('recurring_id', '=', id).execute();
  await tx.deleteFrom(T).where('id', '=', id).execute();
}

/** Records a period's run; false when the period already has one (another run made it). */
export async function insertRun(tx: Tx, run: Omit<RunRow, 'created_at' | 'sent_at' | 'send_error'>): Promise<boolean> {
  const r = await tx.insertInto('sales.recurring_runs').values(run).onConflict((oc) => oc.columns(['tenant_id', 'recurring_id', 'period_date']).doNothing()).returning('invoice_id').executeTakeFirst();
  return r !== undefined;
}

const RUN_COLUMNS = ['tenant_id', 'recurring_id', 'period_index', 'invoice_id', 'issued', 'send_pending', 'sent_at', 'send_error', 'created_at'] as const;
const selectRuns = (tx: Tx) => tx.selectFrom('sales.recurring_runs as r').select([...RUN_COLUMNS.map((c) => `r.${c}` as const), sql<string>`r.period_date::text`.as('period_date')]);

export async function runs(tx: Tx, recurringId: string, page: { beforeDate?: string | undefined; limit: number }): Promise<RunRow[]> {
  let q = selectRuns(tx)
    .where('r.recurring_id', '=', recurringId)
    .orderBy('r.period_date', 'desc')
    .limit(page.limit + 1);
  if (page.beforeDate) q = q.where('r.period_date', '<', page.beforeDate);
  return (await q.execute());
}

export async function pendingSends(tx: Tx, recurringId: string): Promise<RunRow[]> {
  return (await selectRuns(tx).where('r.recurring_id', '=', recurringId).where('r.send_pending', '=', true).orderBy('r.period_date').execute());
}

/** Records a send: done, failed for good (`permanent`: not retried) or failed for now (retried next run). */
export async function markSent(tx: Tx, recurringId: string, periodDate: string, error: string | null, permanent = false): Promise<void> {
  await tx
    .updateTable('sales.recurring_runs')
    .set(error === null ? { send_pending: false, sent_at: sql`now()`, send_error: null } : { send_error: error.slice(0, 2000), send_pending: !permanent })
    .where('recurring_id', '=', recurringId)
    .where('period_date', '=', periodDate)
    .execute();
}

/**
 * Schedules due by `today` in every tenant, read on the system pool (the scheduler's sanctioned
 * way to see all tenants, as the TDS due notice does). Only ids leave this query: each schedule is
 * then run in its own tenant's transaction on the RLS-bound pool.
 */
export async function dueSchedules(system: Db, today: string, limit = 1000): Promise<{ tenant_id: string; id: string }[]> {
  const { rows } = await sql<{ tenant_id: string; id: string }>`
    select tenant_id, id from sales.recurring_invoices
     where status = 'active' and next_run <= ${today}::date
     order by next_run, tenant_id, id
     limit ${limit}`.execute(system);
  return rows;
}

/** Schedules with an invoice made but not yet mailed (auto-send failed or the process stopped). */
export async function schedulesWithPendingSends(system: Db, limit = 1000): Promise<{ tenant_id: string; recurring_id: string }[]> {
  const { rows } = await sql<{ tenant_id: string; recurring_id: string }>`
    select distinct tenant_id, recurring_id from sales.recurring_runs where send_pending limit ${limit}`.execute(system);
  return rows;
}

// ---------- reminders ----------

export interface ReminderSettingsRow {
  tenant_id: string;
  enabled: boolean;
  stages: { offsetDays: number }[];
  subject: string;
  body: string;
  version: number;
}

export async function reminderSettings(tx: Tx): Promise<ReminderSettingsRow | undefined> {
  return (await tx.selectFrom('sales.reminder_settings').selectAll().executeTakeFirst()) as ReminderSettingsRow | undefined;
}

export async function saveReminderSettings(tx: Tx, tenantId: string, expectedVersion: number, values: Omit<ReminderSettingsRow, 'tenant_id' | 'version'>): Promise<ReminderSettingsRow | undefined> {
  const stages = JSON.stringify(values.stages);
  if (expectedVersion === 0) {
    const r = await tx
      .insertInto('sales.reminder_settings')
      .values({ tenant_id: tenantId, ...values, stages, version: 1 })
      .onConflict((oc) => oc.column('tenant_id').doNothing())
      .returningAll()
      .executeTakeFirst();
    return r as ReminderSettingsRow | undefined;
  }
  const r = await tx
    .updateTable('sales.reminder_settings')
    .set({ ...values, stages, version: expectedVersion + 1, updated_at: sql`now()` })
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  return r as ReminderSettingsRow | undefined;
}

export async function reminderKeys(tx: Tx, invoiceIds: string[]): Promise<Map<string, Set<string>>> {
  const map = new Map<string, Set<string>>();
  if (invoiceIds.length === 0) return map;
  const rows = await tx.selectFrom('sales.invoice_reminders').select(['invoice_id', 'stage']).where('invoice_id', 'in', invoiceIds).execute();
  for (const r of rows as { invoice_id: string; stage: string }[]) {
    if (!map.has(r.invoice_id)) map.set(r.invoice_id, new Set());
    map.get(r.invoice_id)!.add(r.stage);
  }
  return map;
}

/** Claims a stage for an invoice; false when it was already claimed (by an earlier or a concurrent run). */
export async function claimStage(tx: Tx, tenantId: string, invoiceId: string, stage: string, outcome: 'sent' | 'skipped' | 'raised', sentTo: string[] = []): Promise<boolean> {
  const r = await tx
    .insertInto('sales.invoice_reminders')
    .values({ tenant_id: tenantId, invoice_id: invoiceId, stage, outcome, sent_to: sentTo })
    .onConflict((oc) => oc.columns(['tenant_id', 'invoice_id', 'stage']).doNothing())
    .returning('stage')
    .executeTakeFirst();
  return r !== undefined;
}

export async function logManualReminder(tx: Tx, values: { tenant_id: string; id: string; invoice_id: string; sent_to: string[]; sent_by: string }): Promise<void> {
  await tx.insertInto('sales.manual_reminders').values(values).execute();
}

// ---------- link secrets ----------

export interface LinkSecretRow {
  tenant_id: string;
  secret: Buffer;
  generation: number;
  rotated_at: Date;
}

export async function linkSecret(tx: Tx): Promise<LinkSecretRow | undefined> {
  return (await tx.selectFrom('sales.link_secrets').selectAll().executeTakeFirst()) as LinkSecretRow | undefined;
}

/** The tenant's link secret, created on first use (a concurrent first use finds the winner's). */
export async function ensureLinkSecret(tx: Tx, tenantId: string): Promise<LinkSecretRow> {
  await tx
    .insertInto('sales.link_secrets')
    .values({ tenant_id: tenantId, secret: randomBytes(32) })
    .onConflict((oc) => oc.column('tenant_id').doNothing())
    .execute();
  return (await linkSecret(tx))!;
}

export async function rotateLinkSecret(tx: Tx, tenantId: string): Promise<LinkSecretRow> {
  const r = await tx
    .insertInto('sales.link_secrets')
    .values({ tenant_id: tenantId, secret: randomBytes(32) })
    .onConflict((oc) =>
      oc.column('tenant_id').doUpdateSet({ secret: sql`excluded.secret`, generation: sql`sales.link_secrets.generation + 1`, rotated_at: sql`now()` }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return r as LinkSecretRow;
}

/**
 * Tenants that have open invoices, read on the system pool: the one thing the invoices port cannot
 * say (it works inside one tenant). Only tenant ids leave this query; the invoices themselves are
 * then read through `InvoicesPort.listOpen` in each tenant's own transaction.
 */
export async function tenantsWithOpenInvoices(system: Db): Promise<string[]> {
  const { rows: exists } = await sql<{ t: string | null }>`select to_regclass('sales.invoices')::text as t`.execute(system);
  if (!exists[0]?.t) return [];
  const { rows } = await sql<{ tenant_id: string }>`
    select distinct tenant_id from sales.invoices where status in ('issued', 'partly_paid')`.execute(system);
  return rows.map((r) => r.tenant_id);
}

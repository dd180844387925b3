import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/index.js';
import type { PaymentMode } from '../domain/payment.js';

export interface SettingsRow {
  tenant_id: string;
  write_off_limit: string;
  version: number;
  updated_at: Date;
}

export interface PaymentRow {
  tenant_id: string;
  id: string;
  number: string;
  customer_id: string;
  payment_date: string;
  currency: string;
  amount: string;
  bank_charges: string;
  exchange_rate: string;
  deposit_account_id: string;
  mode: PaymentMode;
  reference: string | null;
  memo: string | null;
  advance: string;
  advance_base: string;
  unapplied: string;
  status: 'posted' | 'reversed';
  entry_id: string;
  reversal_entry_id: string | null;
  reversal_date: string | null;
  reversal_reason: string | null;
  version: number;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export type NewPayment = Omit<PaymentRow, 'status' | 'reversal_entry_id' | 'reversal_date' | 'reversal_reason' | 'version' | 'created_at' | 'updated_at'>;

export interface AllocationRow {
  tenant_id: string;
  id: string;
  seq: string;
  payment_id: string;
  application_id: string | null;
  invoice_id: string;
  invoice_number: string | null;
  amount: string;
  write_off: string;
  value_base: string;
  settled_base: string;
  gain_loss: string;
  applied_date: string;
  entry_id: string;
  status: 'active' | 'reversed';
  created_by: string | null;
  created_at: Date;
}

export type NewAllocation = Omit<AllocationRow, 'seq' | 'status' | 'created_at'>;

const PAYMENT_COLUMNS = sql`tenant_id, id, number, customer_id, payment_date::text as payment_date, currency, amount::text as amount,
  bank_charges::text as bank_charges, exchange_rate::text as exchange_rate, deposit_account_id, mode, reference, memo,
  advance::text as advance, advance_base::text as advance_base, unapplied::text as unapplied, status, entry_id, reversal_entry_id,
  reversal_date::text as reversal_date, reversal_reason, version, created_by, created_at, updated_at`;

const ALLOCATION_COLUMNS = sql`tenant_id, id, seq::text as seq, payment_id, application_id, invoice_id, invoice_number, amount::text as amount,
  write_off::text as write_off, value_base::text as value_base, settled_base::text as settled_base, gain_loss::text as gain_loss,
  applied_date::text as applied_date, entry_id, status, created_by, created_at`;

// ---------- settings ----------

/** The tenant's settings, created with the defaults on first use (one statement). */
export async function settings(tx: Tx, tenantId: string): Promise<SettingsRow> {
  const { rows } = await sql<SettingsRow>`
    with created as (insert into sales.payment_settings (tenant_id) values (${tenantId}) on conflict do nothing
                     returning tenant_id, write_off_limit::text as write_off_limit, version, updated_at)
    select * from created
    union all
    select tenant_id, write_off_limit::text, version, updated_at from sales.payment_settings where not exists (select 1 from created)`.execute(tx);
  return rows[0]!;
}

export async function lockSettings(tx: Tx, tenantId: string): Promise<SettingsRow> {
  await settings(tx, tenantId);
  const { rows } = await sql<SettingsRow>`select tenant_id, write_off_limit::text as write_off_limit, version, updated_at from sales.payment_settings for update`.execute(tx);
  return rows[0]!;
}

export async function updateSettings(tx: Tx, expected: number, writeOffLimit: string): Promise<SettingsRow | undefined> {
  const { rows } = await sql<SettingsRow>`
    update sales.payment_settings set write_off_limit = ${writeOffLimit}::numeric, version = version + 1, updated_at = now()
    where version = ${expected}
    returning tenant_id, write_off_limit::text as write_off_limit, version, updated_at`.execute(tx);
  return rows[0];
}

// ---------- payments ----------

export async function insertPayment(tx: Tx, row: NewPayment): Promise<void> {
  await tx.insertInto('sales.payments').values(row).execute();
}

export async function findPayment(tx: Tx, id: string, lock = false): Promise<PaymentRow | undefined> {
  const { rows } = await sql<PaymentRow>`select ${PAYMENT_COLUMNS} from sales.payments where id = ${id} ${lock ? sql`for update` : sql``}`.execute(tx);
  return rows[0];
}

/** A customer's payments with an unapplied advance in a currency, oldest first, locked (FIFO application). */
export async function lockAdvances(tx: Tx, customerId: string, currency: string): Promise<PaymentRow[]> {
  const { rows } = await sql<PaymentRow>`
    select ${PAYMENT_COLUMNS} from sales.payments
    where customer_id = ${customerId} and currency = ${currency} and unapplied > 0 and status = 'posted'
    order by payment_date, created_at, id
    for update`.execute(tx);
  return rows;
}

/** A customer's payments with an unapplied advance, oldest first. */
export async function advancesOf(tx: Tx, customerId: string): Promise<PaymentRow[]> {
  const { rows } = await sql<PaymentRow>`
    select ${PAYMENT_COLUMNS} from sales.payments
    where customer_id = ${customerId} and unapplied > 0 and status = 'posted'
    order by currency, payment_date, created_at, id`.execute(tx);
  return rows;
}

export async function setUnapplied(tx: Tx, id: string, unapplied: bigint): Promise<void> {
  await sql`update sales.payments set unapplied = ${unapplied.toString()}::bigint, version = version + 1, updated_at = now() where id = ${id}`.execute(tx);
}

export async function markReversed(tx: Tx, id: string, values: { reversalEntryId: string; date: string; reason: string | null }): Promise<void> {
  await sql`
    update sales.payments
    set status = 'reversed', unapplied = 0, reversal_entry_id = ${values.reversalEntryId}, reversal_date = ${values.date}::date,
        reversal_reason = ${values.reason}, version = version + 1, updated_at = now()
    where id = ${id}`.execute(tx);
}

export interface PaymentFilter {
  customerId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  status?: 'posted' | 'reversed' | undefined;
  /** Keyset: payments before this (date, id) in (date desc, id desc) order. */
  after?: { date: string; id: string } | undefined;
  limit: number;
}

export async function listPayments(tx: Tx, f: PaymentFilter): Promise<PaymentRow[]> {
  const where = [sql`true`];
  if (f.customerId) where.push(sql`customer_id = ${f.customerId}`);
  if (f.from) where.push(sql`payment_date >= ${f.from}::date`);
  if (f.to) where.push(sql`payment_date <= ${f.to}::date`);
  if (f.status) where.push(sql`status = ${f.status}`);
  if (f.after) where.push(sql`(payment_date, id) < (${f.after.date}::date, ${f.after.id}::uuid)`);
  const { rows } = await sql<PaymentRow>`
    select ${PAYMENT_COLUMNS} from sales.payments where ${sql.join(where, sql` and `)}
    order by payment_date desc, id desc limit ${f.limit}`.execute(tx);
  return rows;
}

// ---------- allocations ----------

export async function insertAllocations(tx: Tx, rows: NewAllocation[]): Promise<void> {
  if (rows.length > 0) await tx.insertInto('sales.payment_allocations').values(rows).execute();
}

export async function allocationsOf(tx: Tx, paymentIds: readonly string[]): Promise<AllocationRow[]> {
  if (paymentIds.length === 0) return [];
  const { rows } = await sql<AllocationRow>`
    select ${ALLOCATION_COLUMNS} from sales.payment_allocations where payment_id = any(${[...paymentIds]}::uuid[]) order by seq`.execute(tx);
  return rows;
}

export async function markAllocationsReversed(tx: Tx, paymentId: string): Promise<void> {
  await sql`update sales.payment_allocations set status = 'reversed' where payment_id = ${paymentId} and status = 'active'`.execute(tx);
}

import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/index.js';
import type { MovementKind } from '../domain/wallet.js';

export interface WalletRow {
  tenant_id: string;
  id: string;
  customer_id: string;
  currency: string;
  balance: string;
  account_id: string;
  last_movement_date: string | null;
  movements: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface MovementRow {
  tenant_id: string;
  id: string;
  seq: string;
  wallet_id: string;
  customer_id: string;
  kind: MovementKind;
  movement_date: string;
  currency: string;
  amount: string;
  balance_after: string;
  exchange_rate: string;
  counter_account_id: string;
  invoice_id: string | null;
  invoice_number: string | null;
  reference: string | null;
  memo: string | null;
  reason: string | null;
  entry_id: string;
  created_by: string | null;
  created_at: Date;
}

export type NewMovement = Omit<MovementRow, 'seq' | 'created_at'>;

const WALLET_COLUMNS = sql`tenant_id, id, customer_id, currency, balance::text as balance, account_id, last_movement_date::text as last_movement_date,
  movements, version, created_at, updated_at`;

const MOVEMENT_COLUMNS = sql`tenant_id, id, seq::text as seq, wallet_id, customer_id, kind, movement_date::text as movement_date, currency,
  amount::text as amount, balance_after::text as balance_after, exchange_rate::text as exchange_rate, counter_account_id, invoice_id,
  invoice_number, reference, memo, reason, entry_id, created_by, created_at`;

/** Serialises the first use of the Customer Wallets account in a tenant (so two first top-ups do not each add one). */
export async function lockTenantWallets(tx: Tx, tenantId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`banking.wallets:${tenantId}`}, 0))`.execute(tx);
}

/** Whether the tenant has any wallet yet (then its Customer Wallets account exists: both are written in one transaction). */
export async function anyWallet(tx: Tx): Promise<boolean> {
  const { rows } = await sql<{ x: number }>`select 1 as x from banking.wallets limit 1`.execute(tx);
  return rows.length > 0;
}

export async function findWallet(tx: Tx, customerId: string, currency: string, lock = false): Promise<WalletRow | undefined> {
  const { rows } = await sql<WalletRow>`select ${WALLET_COLUMNS} from banking.wallets
    where customer_id = ${customerId} and currency = ${currency} ${lock ? sql`for update` : sql``}`.execute(tx);
  return rows[0];
}

/** The wallet of the customer in the currency, created (empty) when there is none, locked FOR UPDATE. */
export async function lockOrCreateWallet(tx: Tx, v: { tenant_id: string; id: string; customer_id: string; currency: string; account_id: string }): Promise<WalletRow> {
  await sql`insert into banking.wallets (tenant_id, id, customer_id, currency, account_id)
    values (${v.tenant_id}, ${v.id}, ${v.customer_id}, ${v.currency}, ${v.account_id})
    on conflict (tenant_id, customer_id, currency) do nothing`.execute(tx);
  const row = await findWallet(tx, v.customer_id, v.currency, true);
  if (!row) throw new Error('wallet vanished after insert');
  return row;
}

/**
 * Moves the balance by `delta` only when it stays at or above zero (the conditional update behind
 * the row lock); undefined when it would not.
 */
export async function moveBalance(tx: Tx, walletId: string, delta: bigint, date: string): Promise<WalletRow | undefined> {
  const { rows } = await sql<WalletRow>`update banking.wallets
    set balance = balance + ${delta.toString()}::bigint,
        last_movement_date = greatest(last_movement_date, ${date}::date),
        movements = movements + 1, version = version + 1, updated_at = now()
    where id = ${walletId} and balance + ${delta.toString()}::bigint >= 0
    returning ${WALLET_COLUMNS}`.execute(tx);
  return rows[0];
}

export async function insertMovement(tx: Tx, m: NewMovement): Promise<MovementRow> {
  const { rows } = await sql<MovementRow>`insert into banking.wallet_movements (tenant_id, id, wallet_id, customer_id, kind, movement_date, currency,
      amount, balance_after, exchange_rate, counter_account_id, invoice_id, invoice_number, reference, memo, reason, entry_id, created_by)
    values (${m.tenant_id}, ${m.id}, ${m.wallet_id}, ${m.customer_id}, ${m.kind}, ${m.movement_date}::date, ${m.currency}, ${m.amount}::bigint,
      ${m.balance_after}::bigint, ${m.exchange_rate}::numeric, ${m.counter_account_id}, ${m.invoice_id}, ${m.invoice_number}, ${m.reference},
      ${m.memo}, ${m.reason}, ${m.entry_id}, ${m.created_by})
    returning ${MOVEMENT_COLUMNS}`.execute(tx);
  return rows[0]!;
}

export interface WalletFilter {
  customerId?: string | undefined;
  currency?: string | undefined;
  /** Only wallets holding money. */
  nonZero?: boolean | undefined;
  after?: string | undefined;
  limit: number;
}

/** Wallets in creation order (ids are time-ordered), keyset after an id. */
export async function listWallets(tx: Tx, f: WalletFilter): Promise<WalletRow[]> {
  const where = [sql`true`];
  if (f.customerId) where.push(sql`customer_id = ${f.customerId}`);
  if (f.currency) where.push(sql`currency = ${f.currency}`);
  if (f.nonZero) where.push(sql`balance > 0`);
  if (f.after) where.push(sql`id > ${f.after}`);
  const { rows } = await sql<WalletRow>`select ${WALLET_COLUMNS} from banking.wallets where ${sql.join(where, sql` and `)}
    order by id limit ${f.limit}`.execute(tx);
  return rows;
}

/** Σ balance per currency over every wallet (for the list's totals). */
export async function totals(tx: Tx, f: Pick<WalletFilter, 'customerId' | 'currency'>): Promise<{ currency: string; balance: string; wallets: number }[]> {
  const where = [sql`true`];
  if (f.customerId) where.push(sql`customer_id = ${f.customerId}`);
  if (f.currency) where.push(sql`currency = ${f.currency}`);
  const { rows } = await sql<{ currency: string; balance: string; wallets: number }>`
    select currency, sum(balance)::text as balance, count(*)::int as wallets from banking.wallets where ${sql.join(where, sql` and `)}
    group by currency order by currency`.execute(tx);
  return rows;
}

/** A wallet's movements in the order they were recorded, keyset after a seq. */
export async function movementsOf(tx: Tx, walletId: string, afterSeq: string | undefined, limit: number): Promise<MovementRow[]> {
  const { rows } = await sql<MovementRow>`select ${MOVEMENT_COLUMNS} from banking.wallet_movements
    where wallet_id = ${walletId} ${afterSeq !== undefined ? sql`and banking.wallet_movements.seq > ${afterSeq}::bigint` : sql``}
    order by banking.wallet_movements.seq limit ${limit}`.execute(tx);
  return rows;
}

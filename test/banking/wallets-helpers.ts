/**
 * Helpers for the customer-wallet tests: the sales fixture (India chart, customers, products),
 * wallet calls over HTTP, and reads of the books as the database owner.
 */
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { request } from '../sales/helpers.js';

export interface MovementJson {
  id: string;
  seq: number;
  walletId: string;
  customerId: string;
  kind: string;
  date: string;
  currency: string;
  amount: string;
  balanceAfter: string;
  counterAccountId: string;
  invoiceId: string | null;
  reference: string | null;
  reason: string | null;
  entryId: string;
}

export interface WalletJson {
  id: string;
  customerId: string;
  currency: string;
  balance: string;
  accountId: string;
  lastMovementDate: string | null;
  movements: number;
  version: number;
}

export interface MovementResultJson {
  movement: MovementJson;
  wallet: WalletJson;
  invoice: { id: string; number: string | null; status: string; amountPaid: string; amountDue: string } | null;
}

export interface CustomerWalletJson {
  customerId: string;
  customerName: string;
  currency: string;
  balance: string;
  ledgerBalance: string;
  wallet: WalletJson | null;
  statement: { openingBalance: string; items: MovementJson[]; nextCursor: string | null };
}

type Who = { headers: Record<string, string> };

export const walletUrl = (customerId: string) => `/api/v1/customers/${customerId}/wallet`;

export function topUp(t: TestApp, who: Who, customerId: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return request(t, who as SignedUp, 'POST', `${walletUrl(customerId)}/top-up`, { date: '2026-07-01', ...body }, headers);
}
export function spend(t: TestApp, who: Who, customerId: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return request(t, who as SignedUp, 'POST', `${walletUrl(customerId)}/spend`, { date: '2026-07-02', ...body }, headers);
}
export function refund(t: TestApp, who: Who, customerId: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return request(t, who as SignedUp, 'POST', `${walletUrl(customerId)}/refund`, { date: '2026-07-03', ...body }, headers);
}
export function adjust(t: TestApp, who: Who, customerId: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return request(t, who as SignedUp, 'POST', `${walletUrl(customerId)}/adjust`, { date: '2026-07-04', ...body }, headers);
}

/** The tenant's "Customer Wallet Balances" account (null when the chart has none and no wallet moved yet). */
export async function walletAccount(t: TestApp, tenantId: string): Promise<{ id: string; code: string; subtype: string } | null> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, `select id, code, subtype from ledger.accounts where tenant_id = $1 and name = 'Customer Wallet Balances'`, [tenantId]);
  return (rows[0] as { id: string; code: string; subtype: string } | undefined) ?? null;
}

/** Credit balance (credit − debit, minor units of the line currency) of the Customer Wallets account for one customer. */
export async function walletAccountBalance(t: TestApp, tenantId: string, customerId: string): Promise<bigint> {
  const { rows } = await adminQuery(
    t.testDb.ownerUrl,
    `select coalesce(sum(l.credit - l.debit), 0)::text as v from ledger.journal_lines l
       join ledger.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
       join ledger.accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
     where l.tenant_id = $1 and e.status = 'posted' and a.name = 'Customer Wallet Balances' and l.party_id = $2`,
    [tenantId, customerId],
  );
  return BigInt((rows[0] as { v: string }).v);
}

/** The wallet balance (minor units) as stored, and its movements as stored. */
export async function walletRows(t: TestApp, tenantId: string, customerId: string): Promise<{ balance: bigint; movements: { kind: string; amount: bigint; balanceAfter: bigint; entryId: string }[] }> {
  const w = await adminQuery(t.testDb.ownerUrl, `select id, balance::text as balance from banking.wallets where tenant_id = $1 and customer_id = $2`, [tenantId, customerId]);
  const wallet = w.rows[0] as { id: string; balance: string } | undefined;
  if (!wallet) return { balance: 0n, movements: [] };
  const m = await adminQuery(
    t.testDb.ownerUrl,
    `select kind, amount::text as amount, balance_after::text as balance_after, entry_id from banking.wallet_movements where tenant_id = $1 and wallet_id = $2 order by seq`,
    [tenantId, wallet.id],
  );
  return {
    balance: BigInt(wallet.balance),
    movements: (m.rows as { kind: string; amount: string; balance_after: string; entry_id: string }[]).map((r) => ({ kind: r.kind, amount: BigInt(r.amount), balanceAfter: BigInt(r.balance_after), entryId: r.entry_id })),
  };
}

/** Posted ledger entries of the banking module for the tenant. */
export async function bankingEntries(t: TestApp, tenantId: string): Promise<number> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, `select count(*)::int as n from ledger.journal_entries where tenant_id = $1 and source_module = 'banking' and status = 'posted'`, [tenantId]);
  return (rows[0] as { n: number }).n;
}

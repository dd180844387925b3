import { formatMoney } from '../../../kernel/money.js';
import type { MovementRow, WalletRow } from './repo.js';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function walletView(w: WalletRow) {
  return {
    id: w.id,
    customerId: w.customer_id,
    currency: w.currency,
    balance: formatMoney(BigInt(w.balance), w.currency),
    accountId: w.account_id,
    lastMovementDate: w.last_movement_date,
    movements: w.movements,
    version: w.version,
    createdAt: iso(w.created_at),
    updatedAt: iso(w.updated_at),
  };
}
export type WalletView = ReturnType<typeof walletView>;

export function movementView(m: MovementRow) {
  const amount = BigInt(m.amount);
  return {
    id: m.id,
    seq: Number(m.seq),
    walletId: m.wallet_id,
    customerId: m.customer_id,
    kind: m.kind,
    date: m.movement_date,
    currency: m.currency,
    /** Signed: into the wallet positive, out of it negative. */
    amount: formatMoney(amount, m.currency),
    /** The wallet balance right after this movement (the statement's running balance). */
    balanceAfter: formatMoney(BigInt(m.balance_after), m.currency),
    exchangeRate: m.exchange_rate,
    counterAccountId: m.counter_account_id,
    invoiceId: m.invoice_id,
    invoiceNumber: m.invoice_number,
    reference: m.reference,
    memo: m.memo,
    reason: m.reason,
    entryId: m.entry_id,
    createdAt: iso(m.created_at),
  };
}
export type MovementView = ReturnType<typeof movementView>;

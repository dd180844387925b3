/**
 * Customer wallets: the pure rules. A wallet is a prepaid balance of one customer in one currency,
 * held in the liability account "Customer Wallets". Every movement changes the balance by a signed
 * amount (minor units): into the wallet positive, out of it negative; the balance never goes
 * below zero.
 */

export const MOVEMENT_KINDS = ['top_up', 'spend', 'refund_in', 'refund_out', 'adjustment'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** The event each kind of movement emits. */
export const EVENT_OF: Record<MovementKind, string> = {
  top_up: 'wallet.topped_up',
  spend: 'wallet.spent',
  refund_in: 'wallet.refunded',
  refund_out: 'wallet.refunded',
  adjustment: 'wallet.adjusted',
};

/** The ledger account subtypes that name a customer on their lines (their balances are per party). */
export const PARTY_SUBTYPES: ReadonlySet<string> = new Set(['receivable', 'customer_wallet']);

/** Accounts a plain spend at checkout may credit: income, or a clearing (current / other) asset or liability. */
export function isCheckoutAccount(a: { type: string; subtype: string | null }): boolean {
  if (a.type === 'income') return true;
  if (a.type !== 'asset' && a.type !== 'liability') return false;
  return a.subtype === null || a.subtype === 'current_asset' || a.subtype === 'current_liability' || a.subtype === 'other';
}

export const isBankOrCash = (a: { type: string; subtype: string | null }): boolean => a.type === 'asset' && (a.subtype === 'bank' || a.subtype === 'cash');

/**
 * The balance after a movement of `delta`, or null when it would go negative.
 * `balance` and `delta` are minor units.
 */
export function nextBalance(balance: bigint, delta: bigint): bigint | null {
  const after = balance + delta;
  return after < 0n ? null : after;
}

/** Movements are recorded in date order, so the statement's running balance holds in date order too. */
export function dateAllowed(date: string, lastMovementDate: string | null): boolean {
  return lastMovementDate === null || date >= lastMovementDate;
}

/** The two ledger lines of a movement: which side the wallet account takes. */
export function walletSide(delta: bigint): 'credit' | 'debit' {
  return delta > 0n ? 'credit' : 'debit';
}

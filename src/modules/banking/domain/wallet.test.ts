import { describe, expect, it } from 'vitest';
import { dateAllowed, EVENT_OF, isBankOrCash, isCheckoutAccount, MOVEMENT_KINDS, nextBalance, walletSide } from './wallet.js';

describe('wallet rules', () => {
  it('never lets the balance go below zero', () => {
    expect(nextBalance(1000n, -1000n)).toBe(0n);
    expect(nextBalance(1000n, -1001n)).toBeNull();
    expect(nextBalance(0n, 1n)).toBe(1n);
    expect(nextBalance(0n, -1n)).toBeNull();
  });

  it('records movements in date order', () => {
    expect(dateAllowed('2026-07-01', null)).toBe(true);
    expect(dateAllowed('2026-07-01', '2026-07-01')).toBe(true);
    expect(dateAllowed('2026-06-30', '2026-07-01')).toBe(false);
  });

  it('credits the wallet account for money in and debits it for money out', () => {
    expect(walletSide(1n)).toBe('credit');
    expect(walletSide(-1n)).toBe('debit');
  });

  it('takes deposits into bank or cash accounts and checkout spends into income or clearing accounts', () => {
    expect(isBankOrCash({ type: 'asset', subtype: 'bank' })).toBe(true);
    expect(isBankOrCash({ type: 'asset', subtype: 'cash' })).toBe(true);
    expect(isBankOrCash({ type: 'asset', subtype: 'receivable' })).toBe(false);
    expect(isBankOrCash({ type: 'income', subtype: 'sales' })).toBe(false);
    expect(isCheckoutAccount({ type: 'income', subtype: 'sales' })).toBe(true);
    expect(isCheckoutAccount({ type: 'liability', subtype: 'current_liability' })).toBe(true);
    expect(isCheckoutAccount({ type: 'asset', subtype: null })).toBe(true);
    expect(isCheckoutAccount({ type: 'asset', subtype: 'bank' })).toBe(false);
    expect(isCheckoutAccount({ type: 'expense', subtype: 'operating_expense' })).toBe(false);
    expect(isCheckoutAccount({ type: 'liability', subtype: 'customer_wallet' })).toBe(false);
  });

  it('names an event for every kind of movement', () => {
    for (const kind of MOVEMENT_KINDS) expect(EVENT_OF[kind]).toMatch(/^wallet\.[a-z_]+$/);
    expect(EVENT_OF.top_up).toBe('wallet.topped_up');
    expect(EVENT_OF.spend).toBe('wallet.spent');
    expect(EVENT_OF.refund_in).toBe('wallet.refunded');
    expect(EVENT_OF.refund_out).toBe('wallet.refunded');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, lineAmount, money, percentOf, prorate, receivedStatus, settledStatus, toMinor } from '../../src/modules/purchases/domain/amounts.js';
import { Book } from '../../src/modules/purchases/posting.js';

describe('purchases amounts', () => {
  it('prorates a receipt value so the billed parts add up to it exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 8 }), (total, parts) => {
        const whole = parts.reduce((s, p) => s + p, 0);
        let taken = 0;
        let value = 0n;
        for (const part of parts) {
          const share = prorate(total, whole, taken, part, value);
          expect(share >= 0n).toBe(true);
          taken += part;
          value += share;
        }
        expect(value).toBe(total);
      }),
    );
    expect(prorate(1000n, 3, 0, 1, 0n)).toBe(333n);
    expect(prorate(1000n, 3, 1, 1, 333n)).toBe(334n); // running total 666.67 → 667
    expect(prorate(1000n, 3, 2, 1, 667n)).toBe(333n);
    expect([prorate(4n, 8, 0, 3, 0n), prorate(4n, 8, 3, 3, 2n), prorate(4n, 8, 6, 1, 3n), prorate(4n, 8, 7, 1, 4n)]).toEqual([2n, 1n, 1n, 0n]);
  });

  it('rounds money half-up once, in the currency’s minor units', () => {
    expect(lineAmount('3', '0.335', 'INR')).toBe(101n);
    expect(lineAmount('2.5', '12.345678', 'INR')).toBe(3086n);
    expect(toMinor('100', 'JPY')).toBe(100n);
    expect(money('1000.000', 'INR')).toBe('1000.00');
    expect(percentOf(6_000_000n, '9')).toBe(540_000n);
    expect(percentOf(1n, '2.5')).toBe(0n);
  });

  it('derives bill and order statuses', () => {
    expect(settledStatus(1000n, 0n)).toBe('posted');
    expect(settledStatus(1000n, 999n)).toBe('partly_paid');
    expect(settledStatus(1000n, 1000n)).toBe('paid');
    expect(receivedStatus([{ stocked: true, quantity: '10', received: '0' }])).toBe('confirmed');
    expect(receivedStatus([{ stocked: true, quantity: '10', received: '4' }, { stocked: false, quantity: '1', received: '0' }])).toBe('partly_received');
    expect(receivedStatus([{ stocked: true, quantity: '10', received: '10' }, { stocked: false, quantity: '1', received: '0' }])).toBe('received');
    expect(addDays('2026-07-07', 30)).toBe('2026-08-06');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('nets a book into balanced ledger lines, foreign lines carrying their base value', () => {
    const book = new Book();
    book.add('ppd', 'INR', 6_100_000n, 6_100_000n);
    book.add('grni', 'INR', 6_000_000n, 6_000_000n);
    book.add('ppd', 'INR', -6_000_000n, -6_000_000n);
    book.add('ap', 'INR', -6_100_000n, -6_100_000n, { partyId: 'v' });
    expect(book.lines('INR')).toEqual([
      { accountId: 'ppd', currency: 'INR', debit: 100_000n, partyId: null, memo: null },
      { accountId: 'grni', currency: 'INR', debit: 6_000_000n, partyId: null, memo: null },
      { accountId: 'ap', currency: 'INR', credit: 6_100_000n, partyId: 'v', memo: null },
    ]);
    const usd = new Book();
    usd.add('exp', 'USD', 10_000n, 830_000n);
    usd.add('ap', 'USD', -10_000n, -830_000n, { partyId: 'v' });
    expect(usd.lines('INR')).toEqual([
      { accountId: 'exp', currency: 'USD', debit: 10_000n, baseAmount: 830_000n, partyId: null, memo: null },
      { accountId: 'ap', currency: 'USD', credit: 10_000n, baseAmount: 830_000n, partyId: 'v', memo: null },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { addDays, creditShare, isOverdue, minorShare, settle, statusFor, taxRows } from './invoice.js';

describe('settlement', () => {
  it('moves issued → partly paid → paid and back', () => {
    expect(statusFor(1000n, 0n)).toBe('issued');
    expect(settle(1000n, 0n, 400n, 'INR')).toEqual({ paidMinor: 400n, status: 'partly_paid' });
    expect(settle(1000n, 400n, 600n, 'INR')).toEqual({ paidMinor: 1000n, status: 'paid' });
    expect(settle(1000n, 1000n, -1000n, 'INR')).toEqual({ paidMinor: 0n, status: 'issued' });
  });

  it('refuses over-payment and going below zero', () => {
    expect(() => settle(1000n, 400n, 601n, 'INR')).toThrow(expect.objectContaining({ code: 'SALES.OVERPAYMENT' }));
    expect(() => settle(1000n, 400n, -401n, 'INR')).toThrow(expect.objectContaining({ code: 'SALES.SETTLEMENT_BELOW_ZERO' }));
  });
});

describe('dates', () => {
  it('adds days across months and knows overdue', () => {
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02');
    expect(isOverdue('issued', '2026-06-10', '2026-06-11')).toBe(true);
    expect(isOverdue('issued', '2026-06-10', '2026-06-10')).toBe(false);
    expect(isOverdue('paid', '2026-06-10', '2026-07-01')).toBe(false);
    expect(isOverdue('draft', '2026-06-10', '2026-07-01')).toBe(false);
  });
});

describe('credit shares', () => {
  const line = {
    quantity: '3',
    taxableValue: '100.00',
    components: [
      { code: 'cgst', label: 'CGST 9%', rate: '9', amount: '9.00' },
      { code: 'sgst', label: 'SGST 9%', rate: '9', amount: '9.00' },
    ],
  };
  const none = { quantity: '0', taxableValue: '0', components: new Map<string, string>() };

  it('takes the share of a part, and exactly the rest for the rest', () => {
    const first = creditShare(line, none, '1', 2);
    expect(first).toEqual(expect.objectContaining({ taxableValue: '33.33', tax: '6.00', total: '39.33' }));
    // Cumulative: after two units exactly round(100 × 2/3) = 66.67 is credited.
    const second = creditShare(line, { quantity: '1', taxableValue: '33.33', components: new Map([['cgst', '3.00'], ['sgst', '3.00']]) }, '1', 2);
    expect(second.taxableValue).toBe('33.34');
    const rest = creditShare(line, { quantity: '2', taxableValue: '66.67', components: new Map([['cgst', '6.00'], ['sgst', '6.00']]) }, '1', 2);
    expect(rest).toEqual(expect.objectContaining({ taxableValue: '33.33', tax: '6.00' }));
    // Three credits add up to the line exactly: 33.33 + 33.34 + 33.33 = 100.00.
    expect([first, second, rest].map((x) => x.taxableValue)).toEqual(['33.33', '33.34', '33.33']);
  });

  it('splits stock cost the same way', () => {
    expect(minorShare(1000n, '1', '3', 0n, '0')).toBe(333n);
    expect(minorShare(1000n, '2', '3', 333n, '1')).toBe(667n);
  });
});

describe('tax rows', () => {
  it('sums components by code and rate with their taxable values', () => {
    const rows = taxRows([
      { taxableValue: '100.00', components: [{ code: 'igst', label: 'IGST 18%', rate: '18', amount: '18.00' }] },
      { taxableValue: '50.00', components: [{ code: 'igst', label: 'IGST 18%', rate: '18', amount: '9.00' }] },
      { taxableValue: '10.00', components: [{ code: 'igst', label: 'IGST 5%', rate: '5', amount: '0.50' }] },
    ]);
    expect(rows).toEqual([
      { code: 'igst', label: 'IGST 18%', rate: '18', amount: '27.00', taxableValue: '150.00' },
      { code: 'igst', label: 'IGST 5%', rate: '5', amount: '0.50', taxableValue: '10.00' },
    ]);
  });
});

describe('credit shares (property)', () => {
  it('any split of a line into credit notes adds up to the line exactly and never more', async () => {
    const fc = await import('fast-check');
    const { Decimal } = await import('decimal.js');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom('5', '12', '18', '28'),
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 8 }),
        (quantity, taxableMinor, rate, weights) => {
          const taxable = new Decimal(taxableMinor).div(100);
          const half = taxable.mul(rate).div(200).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
          const line = {
            quantity: String(quantity),
            taxableValue: taxable.toFixed(2),
            components: [
              { code: 'cgst', label: 'CGST', rate: String(Number(rate) / 2), amount: half },
              { code: 'sgst', label: 'SGST', rate: String(Number(rate) / 2), amount: half },
            ],
          };
          // Split the quantity into parts proportional to the weights (each at least one unit where possible).
          const parts: number[] = [];
          let left = quantity;
          for (const w of weights) {
            if (left === 0) break;
            const q = Math.max(1, Math.min(left, Math.round((quantity * w) / weights.reduce((a, b) => a + b, 0))));
            parts.push(q);
            left -= q;
          }
          if (left > 0) parts.push(left);
          const credited = { quantity: new Decimal(0), taxableValue: new Decimal(0), cgst: new Decimal(0), sgst: new Decimal(0) };
          for (const q of parts) {
            const share = creditShare(
              line,
              { quantity: credited.quantity.toFixed(), taxableValue: credited.taxableValue.toFixed(), components: new Map([['cgst', credited.cgst.toFixed()], ['sgst', credited.sgst.toFixed()]]) },
              String(q),
              2,
            );
            credited.quantity = credited.quantity.add(q);
            credited.taxableValue = credited.taxableValue.add(share.taxableValue);
            credited.cgst = credited.cgst.add(share.components[0]!.amount);
            credited.sgst = credited.sgst.add(share.components[1]!.amount);
            expect(credited.taxableValue.lte(line.taxableValue)).toBe(true);
          }
          expect(credited.quantity.toFixed()).toBe(line.quantity);
          expect(credited.taxableValue.toFixed(2)).toBe(line.taxableValue);
          expect(credited.cgst.toFixed(2)).toBe(half);
          expect(credited.sgst.toFixed(2)).toBe(half);
        },
      ),
      { numRuns: 300 },
    );
  });
});

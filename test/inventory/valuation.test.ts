import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_POSITION, InsufficientStock, issue, receive, share, type Position, type ValuationMethod } from '../../src/modules/inventory/domain/valuation.js';

// Values are minor units (paise): ₹10.00 = 1000.
const d = (s: string | number) => new Decimal(s);
let n = 0;
const rec = (p: Position, m: ValuationMethod, q: number, v: bigint) => receive(p, m, d(q), v, `L${++n}`);
const summary = (p: Position) => ({ quantity: p.quantity.toFixed(), value: p.value, layers: p.layers.map((l) => [l.remaining.toFixed(), l.value]) });

describe('FIFO (textbook: first in, first out, cost layers kept)', () => {
  it('consumes the oldest layers first, partly across several, with a receipt at a new cost between issues', () => {
    // Jan 1 receive 100 @ ₹10 = ₹1,000; Jan 5 receive 200 @ ₹12 = ₹2,400.
    let p = rec(EMPTY_POSITION, 'fifo', 100, 100_000n).position;
    p = rec(p, 'fifo', 200, 240_000n).position;
    // Jan 10 issue 150 = all of layer 1 (100 @ 10 = ₹1,000) + 50 of layer 2 (50 @ 12 = ₹600) = ₹1,600.
    const i1 = issue(p, 'fifo', d(150), false);
    expect(i1.value).toBe(160_000n);
    expect(i1.consumed.map((c) => [c.quantity.toFixed(), c.value])).toEqual([['100', 100_000n], ['50', 60_000n]]);
    // Left: 150 @ 12 = ₹1,800.
    expect(summary(i1.position)).toEqual({ quantity: '150', value: 180_000n, layers: [['150', 180_000n]] });
    // Jan 15 receive 100 @ ₹15 = ₹1,500 (a new cost between the issues).
    p = rec(i1.position, 'fifo', 100, 150_000n).position;
    // Jan 20 issue 200 = 150 @ 12 (₹1,800) + 50 @ 15 (₹750) = ₹2,550; left 50 @ 15 = ₹750.
    const i2 = issue(p, 'fifo', d(200), false);
    expect(i2.value).toBe(255_000n);
    expect(summary(i2.position)).toEqual({ quantity: '50', value: 75_000n, layers: [['50', 75_000n]] });
    // Total cost out ₹4,150 + left ₹750 = ₹4,900 = everything received.
    expect(i1.value + i2.value + i2.position.value).toBe(490_000n);
  });

  it('takes one issue across three layers', () => {
    // 10 @ ₹1, 10 @ ₹2, 10 @ ₹3; issue 25 = 10 + 20 + (5 × 3 = 15) = ₹45; left 5 @ ₹3 = ₹15.
    let p = rec(EMPTY_POSITION, 'fifo', 10, 1_000n).position;
    p = rec(p, 'fifo', 10, 2_000n).position;
    p = rec(p, 'fifo', 10, 3_000n).position;
    const out = issue(p, 'fifo', d(25), false);
    expect(out.value).toBe(4_500n);
    expect(out.consumed).toHaveLength(3);
    expect(summary(out.position)).toEqual({ quantity: '5', value: 1_500n, layers: [['5', 1_500n]] });
  });

  it('rounds a partial layer half-up and leaves the remainder in the layer (nothing lost)', () => {
    // 3 units for ₹10.00: 1 unit = 333.33… → 333 paise; the last 2 carry 667.
    const p = rec(EMPTY_POSITION, 'fifo', 3, 1_000n).position;
    const a = issue(p, 'fifo', d(1), false);
    expect(a.value).toBe(333n);
    const b = issue(a.position, 'fifo', d(2), false);
    expect(b.value).toBe(667n);
    expect(b.position.value).toBe(0n);
    expect(share(1_000n, d(2), d(3))).toBe(667n);
  });
});

describe('moving average (textbook: unit cost recomputed on each receipt)', () => {
  it('values issues at the running average, recomputed by a receipt between issues', () => {
    // 100 @ ₹10 = ₹1,000, then 200 @ ₹12 = ₹2,400 → 300 units, ₹3,400, average ₹11.3333…
    let p = rec(EMPTY_POSITION, 'moving_average', 100, 100_000n).position;
    p = rec(p, 'moving_average', 200, 240_000n).position;
    expect(p.lastUnitCost.toDecimalPlaces(4).toFixed()).toBe('1133.3333');
    // Issue 150 = 3,400 × 150 / 300 = ₹1,700; left 150 units, ₹1,700.
    const i1 = issue(p, 'moving_average', d(150), false);
    expect([i1.value, i1.position.value]).toEqual([170_000n, 170_000n]);
    // Receive 100 @ ₹15 = ₹1,500 → 250 units, ₹3,200, average ₹12.80.
    p = rec(i1.position, 'moving_average', 100, 150_000n).position;
    expect(p.lastUnitCost.toFixed()).toBe('1280');
    // Issue 200 = 200 × 12.80 = ₹2,560; left 50 × 12.80 = ₹640.
    const i2 = issue(p, 'moving_average', d(200), false);
    expect([i2.value, i2.position.value, i2.position.quantity.toFixed()]).toEqual([256_000n, 64_000n, '50']);
  });

  it('issuing everything takes the whole value, rounding residue included', () => {
    const p = rec(EMPTY_POSITION, 'moving_average', 3, 1_000n).position;
    const a = issue(p, 'moving_average', d(1), false);
    expect(a.value).toBe(333n);
    const b = issue(a.position, 'moving_average', d(2), false);
    expect([b.value, b.position.value]).toEqual([667n, 0n]);
  });
});

describe('negative stock', () => {
  it('is refused by default with the quantity available', () => {
    const p = rec(EMPTY_POSITION, 'fifo', 2, 200n).position;
    expect(() => issue(p, 'fifo', d('2.5'), false)).toThrow(InsufficientStock);
    try {
      issue(p, 'moving_average', d(3), false);
    } catch (error) {
      expect((error as InsufficientStock).available.toFixed()).toBe('2');
    }
  });

  for (const method of ['fifo', 'moving_average'] as const) {
    it(`${method}: when allowed, values the excess at the last cost and corrects COGS on the next receipt`, () => {
      // 1 @ ₹10; issue 3 = ₹10 from stock + 2 × ₹10 (last cost) = ₹30; position −2 units, −₹20.
      const p = rec(EMPTY_POSITION, method, 1, 1_000n).position;
      const out = issue(p, method, d(3), true);
      expect([out.value, out.position.quantity.toFixed(), out.position.value]).toEqual([3_000n, '-2', -2_000n]);
      // Receive 5 @ ₹12 = ₹60: 2 cover the shortfall (₹24 at the new cost, issued at ₹20) → correction ₹4 to COGS.
      const r = rec(out.position, method, 5, 6_000n);
      expect(r.correction).toBe(400n);
      // 3 left at ₹12 = ₹36.
      expect([r.position.quantity.toFixed(), r.position.value]).toEqual(['3', 3_600n]);
      if (method === 'fifo') expect(r.layer && [r.layer.remaining.toFixed(), r.layer.value]).toEqual(['3', 3_600n]);
    });
  }
});

describe('property: values are conserved exactly', () => {
  const step = fc.oneof(
    fc.record({ in: fc.constant(true), q: fc.integer({ min: 1, max: 5000 }), v: fc.bigInt({ min: 0n, max: 10_000_000n }) }),
    fc.record({ in: fc.constant(false), q: fc.integer({ min: 1, max: 5000 }), v: fc.constant(0n) }),
  );
  it('received value = issued value + value on hand; FIFO value on hand = value left in the layers', () => {
    fc.assert(
      fc.property(fc.constantFrom<ValuationMethod>('fifo', 'moving_average'), fc.boolean(), fc.array(step, { maxLength: 40 }), (method, allowNegative, steps) => {
        let p = EMPTY_POSITION;
        let received = 0n;
        let issued = 0n;
        let corrections = 0n;
        for (const s of steps) {
          const q = d(s.q).div(1000); // quantities with 3 decimals
          if (s.in) {
            const r = rec(p, method, s.q, s.v);
            received += s.v;
            corrections += r.correction;
            p = r.position;
          } else {
            try {
              const r = issue(p, method, q, allowNegative);
              issued += r.value;
              p = r.position;
            } catch (error) {
              expect(error).toBeInstanceOf(InsufficientStock);
            }
          }
        }
        expect(received).toBe(issued + corrections + p.value);
        if (method === 'fifo' && p.quantity.gte(0)) {
          expect(p.layers.reduce((sum, l) => sum + l.value, 0n)).toBe(p.value);
          expect(p.layers.reduce((sum, l) => sum.add(l.remaining), d(0)).eq(p.quantity)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateFefo, checkSerials, fefoOrder, type LotStock } from '../../src/modules/inventory/domain/lots.js';

const lot = (code: string, expiresOn: string | null, createdAt: string, quantity: string): LotStock => ({ lotId: code, code, expiresOn, createdAt, quantity: new Decimal(quantity) });

describe('FEFO allocation', () => {
  it('takes the earliest expiry first, lots without expiry last, the oldest lot on a tie', () => {
    const lots = [lot('NOEXP', null, '2026-01-01', '5'), lot('LATE', '2026-12-01', '2026-01-02', '5'), lot('SOON-NEW', '2026-07-01', '2026-03-01', '2'), lot('SOON-OLD', '2026-07-01', '2026-02-01', '2')];
    const r = allocateFefo(lots, new Decimal('10'));
    expect('takes' in r && r.takes.map((x) => [x.lotId, x.quantity.toFixed()])).toEqual([
      ['SOON-OLD', '2'],
      ['SOON-NEW', '2'],
      ['LATE', '5'],
      ['NOEXP', '1'],
    ]);
    expect(allocateFefo(lots, new Decimal('14'))).toEqual({ takes: expect.any(Array) });
    const over = allocateFefo(lots, new Decimal('14.000001'));
    expect('available' in over && over.available.toFixed()).toBe('14');
  });

  it('property: takes add up to the quantity, never exceed a lot, and follow FEFO order', () => {
    const arb = fc.array(fc.record({ exp: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }), created: fc.integer({ min: 1, max: 28 }), qty: fc.integer({ min: 0, max: 50 }) }), { maxLength: 8 });
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 300 }), (specs, want) => {
        const lots = specs.map((x, i) => lot(`L${i}`, x.exp === null ? null : `2026-07-${String(x.exp).padStart(2, '0')}`, `2026-01-${String(x.created).padStart(2, '0')}`, String(x.qty)));
        const total = lots.reduce((s, l) => s.add(l.quantity), new Decimal(0));
        const r = allocateFefo(lots, new Decimal(want));
        if (total.lt(want)) return 'available' in r && r.available.eq(total);
        if (!('takes' in r)) return false;
        const sum = r.takes.reduce((s, x) => s.add(x.quantity), new Decimal(0));
        const byId = new Map(lots.map((l) => [l.lotId, l]));
        const ordered = r.takes.every((x, i) => i === 0 || fefoOrder(byId.get(r.takes[i - 1]!.lotId)!, byId.get(x.lotId)!) <= 0);
        // Every lot before the last one taken is used up.
        const full = r.takes.slice(0, -1).every((x) => x.quantity.eq(byId.get(x.lotId)!.quantity));
        return sum.eq(want) && ordered && full && r.takes.every((x) => x.quantity.gt(0) && x.quantity.lte(byId.get(x.lotId)!.quantity));
      }),
    );
  });
});

describe('serial checks', () => {
  it('needs whole units, distinct serials and exactly as many as the quantity', () => {
    expect(checkSerials(['A', 'B'], new Decimal(2))).toBeNull();
    expect(checkSerials(['A', 'A'], new Decimal(2))).toMatchObject({ index: 1 });
    expect(checkSerials(['A'], new Decimal(2))).toMatchObject({ index: null });
    expect(checkSerials(['A'], new Decimal('1.5'))).toMatchObject({ index: null });
  });
});

import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approvalReasons } from './approval.js';
import { allocate, returnCost } from './delivery.js';
import { canCancel, deliverable, orderStatus, type LineFulfilment } from './order.js';
import { canConvert, editMode, effectiveStatus, sendTarget, submitTarget } from './quotation.js';

describe('approval rules', () => {
  const lines = (...d: string[]) => d.map((discountPercent) => ({ discountPercent }));
  it('needs approval only above a threshold, naming each rule broken', () => {
    const rules = { maxDiscountPercent: '10', maxTotal: '1000' };
    expect(approvalReasons(rules, { total: '1000.00', lines: lines('10', '0') })).toEqual([]);
    expect(approvalReasons(rules, { total: '1000.01', lines: lines('10.5', '12', '3') })).toEqual(['line discount 12% is above 10% (lines 1, 2)', 'total 1000.01 is above 1000']);
    expect(approvalReasons({ maxDiscountPercent: null, maxTotal: null }, { total: '1e9', lines: lines('100') })).toEqual([]);
  });
});

describe('quotation states', () => {
  it('expires open quotations after their validity date only', () => {
    expect(effectiveStatus('sent', '2026-07-31', '2026-07-31')).toBe('sent');
    expect(effectiveStatus('sent', '2026-07-31', '2026-08-01')).toBe('expired');
    expect(effectiveStatus('accepted', '2026-07-31', '2026-08-01')).toBe('accepted');
    expect(effectiveStatus('converted', '2026-07-31', '2026-08-01')).toBe('converted');
  });

  it('converts approved, sent and accepted quotations only', () => {
    expect((['draft', 'pending_approval', 'approved', 'rejected', 'sent', 'accepted', 'declined', 'converted', 'expired'] as const).filter(canConvert)).toEqual(['approved', 'sent', 'accepted']);
  });

  it('edits drafts in place, revises what went out, refuses final states', () => {
    expect(editMode('draft')).toBe('in_place');
    for (const s of ['pending_approval', 'approved', 'rejected', 'sent'] as const) expect(editMode(s)).toBe('new_revision');
    for (const s of ['accepted', 'declined', 'converted', 'expired'] as const) expect(editMode(s)).toBe('refused');
  });

  it('routes send and submit through approval when a rule applies', () => {
    expect(sendTarget('draft', true)).toBe('pending_approval');
    expect(sendTarget('draft', false)).toBe('sent');
    expect(sendTarget('approved', true)).toBe('sent');
    expect(sendTarget('pending_approval', false)).toBeNull();
    expect(sendTarget('rejected', false)).toBeNull();
    expect(submitTarget('draft', true)).toBe('pending_approval');
    expect(submitTarget('draft', false)).toBe('approved');
    expect(submitTarget('sent', false)).toBeNull();
  });
});

describe('order fulfilment', () => {
  const line = (x: Partial<LineFulfilment>): LineFulfilment => ({ ordered: '10', delivered: '0', returned: '0', invoiced: '0', invoicedDirect: '0', stocked: true, ...x });
  it('derives the status from delivered and invoiced quantities', () => {
    expect(orderStatus('confirmed', [line({})])).toBe('confirmed');
    expect(orderStatus('confirmed', [line({ delivered: '3' })])).toBe('partially_delivered');
    expect(orderStatus('confirmed', [line({ delivered: '10' })])).toBe('delivered');
    expect(orderStatus('confirmed', [line({ delivered: '10', invoiced: '4' })])).toBe('partially_invoiced');
    expect(orderStatus('confirmed', [line({ delivered: '7', invoiced: '10', invoicedDirect: '3' })])).toBe('closed');
    expect(orderStatus('confirmed', [line({ delivered: '2', invoiced: '10' })])).toBe('invoiced');
    // A service line needs no delivery.
    expect(orderStatus('confirmed', [line({ stocked: false, invoiced: '10' })])).toBe('closed');
    expect(orderStatus('cancelled', [line({})])).toBe('cancelled');
    expect(orderStatus('draft', [line({ delivered: '1' })])).toBe('draft');
  });

  it('leaves to deliver what was neither delivered nor issued by an invoice', () => {
    expect(deliverable({ ordered: '10', delivered: '3', invoicedDirect: '2' }).toFixed()).toBe('5');
    expect(deliverable({ ordered: '1', delivered: '1', invoicedDirect: '0' }).toFixed()).toBe('0');
  });

  it('cancels only untouched orders', () => {
    expect(canCancel('draft', [line({})])).toBe(true);
    expect(canCancel('confirmed', [line({})])).toBe(true);
    expect(canCancel('confirmed', [line({ delivered: '1' })])).toBe(false);
    expect(canCancel('confirmed', [line({ invoiced: '1' })])).toBe(false);
    expect(canCancel('closed', [line({})])).toBe(false);
  });
});

describe('returns and allocation', () => {
  it('returns of a line add up exactly to the cost it left with, whatever the split', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.bigInt({ min: 0n, max: 10_000_000n }), fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 10 }), (quantity, cost, parts) => {
        let returned = new Decimal(0);
        let returnedCost = 0n;
        for (const part of parts) {
          const left = new Decimal(quantity).sub(returned);
          if (left.lte(0)) break;
          const q = Decimal.min(left, part);
          const c = returnCost({ quantity: String(quantity), returned: returned.toFixed(), cost, returnedCost }, q.toFixed());
          expect(c >= 0n).toBe(true);
          returned = returned.add(q);
          returnedCost += c;
        }
        if (returned.eq(quantity)) expect(returnedCost).toBe(cost);
        expect(returnedCost <= cost).toBe(true);
      }),
    );
  });

  it('refuses to return more than is left', () => {
    expect(() => returnCost({ quantity: '2', returned: '1', cost: 100n, returnedCost: 50n }, '2')).toThrow(RangeError);
  });

  it('allocates a quantity over items in order, up to their room', () => {
    const items = [{ room: new Decimal(2) }, { room: new Decimal(0) }, { room: new Decimal(5) }];
    expect(allocate(items, new Decimal(4)).map((x) => [items.indexOf(x.item), x.quantity.toFixed()])).toEqual([
      [0, '2'],
      [2, '2'],
    ]);
    expect(allocate(items, new Decimal(9)).reduce((s, x) => s.add(x.quantity), new Decimal(0)).toFixed()).toBe('7');
  });
});

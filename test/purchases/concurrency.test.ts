import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { balance, confirmedOrder, ok, pay, postedBill, request, setUpPurchases, stockOf, type BillJson, type Fixture, type ReceiptJson } from './helpers.js';

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await setUpPurchases(t);
});
afterAll(async () => t?.close());

describe('concurrency', () => {
  it('two concurrent payments that together exceed a bill never over-pay it', async () => {
    const bill = await postedBill(t, f, { vendorId: f.vendors.local, vendorBillNumber: 'CC-1', vendorBillDate: '2026-07-08', lines: [{ description: 'Consulting', unitPrice: '1000' }] });
    expect(bill.payable).toBe('1000.00');
    for (let round = 0; round < 3; round++) {
      const target = round === 0 ? bill : await postedBill(t, f, { vendorId: f.vendors.local, vendorBillNumber: `CC-R${round}`, vendorBillDate: '2026-07-08', lines: [{ description: 'Consulting', unitPrice: '1000' }] });
      const [a, b] = await Promise.all([
        pay(t, f, f.vendors.local, '600.00', [{ billId: target.id, amount: '600.00' }]),
        pay(t, f, f.vendors.local, '600.00', [{ billId: target.id, amount: '600.00' }]),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
      const loser = a.statusCode === 409 ? a : b;
      expect(loser.json()).toMatchObject({ code: 'PURCHASES.OVERPAYMENT', due: '400.00' });
      const after = await ok<BillJson>(request(t, f.owner, 'GET', `/api/v1/bills/${target.id}`));
      expect([after.amountPaid, after.amountDue, after.status]).toEqual(['600.00', '400.00', 'partly_paid']);
    }
    expect(await balance(t, f.tenantId, { subtype: 'payable', partyId: f.vendors.local })).toBe(-120_000n);
    expect(await balance(t, f.tenantId)).toBe(0n);
  });

  it('two concurrent receipts never receive more than ordered', async () => {
    const order = await confirmedOrder(t, f, '5');
    const before = await stockOf(t, f.owner, f.storeId, f.products.laptop);
    const results = await Promise.all([0, 1].map(() => request(t, f.owner, 'POST', '/api/v1/goods-receipts', { orderId: order.id, date: '2026-07-05', lines: [{ orderLineId: order.lines[0]!.id, quantity: '3' }] })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 422]);
    const after = await stockOf(t, f.owner, f.storeId, f.products.laptop);
    expect(Number(after.quantity) - Number(before.quantity)).toBe(3);
  });

  it('two bills of the same receipt posted at once bill it only once', async () => {
    const order = await confirmedOrder(t, f, '2');
    const grni = await balance(t, f.tenantId, { name: 'Stock Received Not Billed' });
    const receipt = await ok<ReceiptJson>(request(t, f.owner, 'POST', '/api/v1/goods-receipts', { orderId: order.id, date: '2026-07-05' }), 201);
    const drafts = await Promise.all(
      ['DUP-A', 'DUP-B'].map(async (n) => ok<BillJson>(request(t, f.owner, 'POST', '/api/v1/bills', { vendorId: f.vendors.local, vendorBillNumber: n, vendorBillDate: '2026-07-08', goodsReceiptIds: [receipt.id] }), 201)),
    );
    const posted = await Promise.all(drafts.map((d) => request(t, f.owner, 'POST', `/api/v1/bills/${d.id}/post`)));
    expect(posted.map((r) => r.statusCode).sort()).toEqual([200, 422]);
    expect(posted.find((r) => r.statusCode === 422)!.json()).toMatchObject({ code: 'PURCHASES.BILL_EXCEEDS_RECEIPT' });
    const after = await ok<ReceiptJson>(request(t, f.owner, 'GET', `/api/v1/goods-receipts/${receipt.id}`));
    expect(after.lines[0]!.billedQuantity).toBe('2');
    expect(await balance(t, f.tenantId, { name: 'Stock Received Not Billed' })).toBe(grni);
  });
});

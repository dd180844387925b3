import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { crossTenantProbe, type ProbeTarget } from '../support/cross-tenant-probe.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { confirmedOrder, ok, pay, postedBill, request, setUpPurchases, type BillJson, type Fixture, type OrderJson, type PaymentJson, type ReceiptJson } from './helpers.js';

let t: TestApp;
let a: Fixture;
let b: Fixture;
let targets: ProbeTarget[];
let ids: { order: string; receipt: string; receiptLine: string; bill: string; billLine: string; payment: string };

beforeAll(async () => {
  t = await createTestApp();
  a = await setUpPurchases(t);
  b = await setUpPurchases(t);
  const draftOrder = await ok<OrderJson>(request(t, a.owner, 'POST', '/api/v1/purchase-orders', { vendorId: a.vendors.local, storeId: a.storeId, lines: [{ productId: a.products.laptop, quantity: '1' }] }), 201);
  const order = await confirmedOrder(t, a, '4');
  const receipt = await ok<ReceiptJson>(request(t, a.owner, 'POST', '/api/v1/goods-receipts', { orderId: order.id, date: '2026-07-05' }), 201);
  const draftBill = await ok<BillJson>(request(t, a.owner, 'POST', '/api/v1/bills', { vendorId: a.vendors.local, vendorBillNumber: 'A-DRAFT', vendorBillDate: '2026-07-08', lines: [{ description: 'x', unitPrice: '10' }] }), 201);
  const bill = await postedBill(t, a, { vendorId: a.vendors.local, vendorBillNumber: 'A-1', vendorBillDate: '2026-07-08', goodsReceiptIds: [receipt.id] });
  const note = await ok<{ id: string }>(request(t, a.owner, 'POST', '/api/v1/vendor-debit-notes', { billId: bill.id, reason: 'Damaged', lines: [{ billLineId: bill.lines[0]!.id, quantity: '1' }] }), 201);
  const payment = await ok<PaymentJson>(pay(t, a, a.vendors.local, '100.00', [{ billId: bill.id, amount: '100.00' }]), 201);
  ids = { order: order.id, receipt: receipt.id, receiptLine: receipt.lines[0]!.id, bill: bill.id, billLine: bill.lines[0]!.id, payment: payment.id };
  targets = [
    `/api/v1/purchase-orders/${draftOrder.id}`,
    `/api/v1/purchase-orders/${order.id}`,
    `/api/v1/goods-receipts/${receipt.id}`,
    `/api/v1/bills/${draftBill.id}`,
    `/api/v1/bills/${bill.id}`,
    `/api/v1/vendor-payments/${payment.id}`,
    `/api/v1/vendor-debit-notes/${note.id}`,
  ];
});
afterAll(async () => t?.close());

describe('cross-tenant probe over purchases', () => {
  it("tenant B can neither see nor change A's purchase orders, receipts, bills, payments or debit notes", async () => {
    const report = await crossTenantProbe(t, a.owner, b.owner, targets);
    expect(report.failures).toEqual([]);
    // The PDF (its bytes carry a creation time, so it is checked apart).
    expect((await request(t, b.owner, 'GET', `/api/v1/purchase-orders/${ids.order}/pdf`)).statusCode).toBe(404);
    expect((await request(t, a.owner, 'GET', `/api/v1/purchase-orders/${ids.order}/pdf`)).statusCode).toBe(200);
    expect(report.calls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PUT \/api\/v1\/purchase-orders\/[^/]+ -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/purchase-orders\/[^/]+\/confirm -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/purchase-orders\/[^/]+\/cancel -> 404$/),
        expect.stringMatching(/^GET \/api\/v1\/goods-receipts\/[^/]+ -> 404$/),
        expect.stringMatching(/^PUT \/api\/v1\/bills\/[^/]+ -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/bills\/[^/]+\/post -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/bills\/[^/]+\/void -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/vendor-payments\/[^/]+\/reverse -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/vendor-payments\/[^/]+\/apply -> 404$/),
        expect.stringMatching(/^GET \/api\/v1\/vendor-debit-notes\/[^/]+ -> 404$/),
      ]),
    );
  });

  it("B cannot use A's documents in its own and lists none of them", async () => {
    const before = await rowCounts(t.testDb.ownerUrl);
    const refused = async (url: string, body: object, code: string) => {
      const r = await request(t, b.owner, 'POST', url, body);
      expect(r.statusCode, r.body).toBe(422);
      expect((r.json() as { code: string }).code).toBe(code);
    };
    await refused('/api/v1/goods-receipts', { orderId: ids.order }, 'PURCHASES.ORDER_NOT_FOUND');
    await refused('/api/v1/bills', { vendorId: b.vendors.local, vendorBillNumber: 'B-1', vendorBillDate: '2026-07-08', goodsReceiptIds: [ids.receipt] }, 'PURCHASES.RECEIPT_NOT_FOUND');
    await refused('/api/v1/bills', { vendorId: b.vendors.local, vendorBillNumber: 'B-1', vendorBillDate: '2026-07-08', lines: [{ receiptLineId: ids.receiptLine }] }, 'PURCHASES.RECEIPT_NOT_FOUND');
    await refused('/api/v1/bills', { vendorId: a.vendors.local, vendorBillNumber: 'B-1', vendorBillDate: '2026-07-08', lines: [{ description: 'x', unitPrice: '1' }] }, 'PURCHASES.VENDOR_NOT_FOUND');
    await refused('/api/v1/vendor-payments', { vendorId: b.vendors.local, amount: '1', bankAccountId: b.bankAccountId, allocations: [{ billId: ids.bill, amount: '1' }] }, 'PURCHASES.BILL_NOT_FOUND');
    await refused('/api/v1/vendor-payments', { vendorId: b.vendors.local, amount: '1', bankAccountId: a.bankAccountId }, 'PURCHASES.ACCOUNT_INVALID');
    await refused('/api/v1/vendor-debit-notes', { billId: ids.bill, reason: 'x', lines: [{ billLineId: ids.billLine, amount: '1' }] }, 'PURCHASES.BILL_NOT_FOUND');
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
    for (const url of ['/api/v1/purchase-orders', '/api/v1/goods-receipts', '/api/v1/bills', '/api/v1/vendor-payments', '/api/v1/vendor-debit-notes']) {
      expect((await ok<{ items: unknown[] }>(request(t, b.owner, 'GET', url))).items, url).toEqual([]);
      expect((await ok<{ items: unknown[] }>(request(t, a.owner, 'GET', url))).items.length, url).toBeGreaterThan(0);
    }
  });
});

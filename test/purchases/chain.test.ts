import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { balance, confirmedOrder, eventsOf, ok, pay, receive, request, setUpPurchases, stockOf, type BillJson, type Fixture, type OrderJson, type PaymentJson, type ReceiptJson } from './helpers.js';

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await setUpPurchases(t);
});
afterAll(async () => t?.close());

describe('the purchase chain with TDS, end to end through the API', () => {
  it('PO → two partial goods receipts → one bill with GST input credit and TDS → two partial payments → paid; the books agree', async () => {
    const { owner, tenantId, storeId } = f;
    const vendor = f.vendors.local;
    const stockBefore = await balance(t, tenantId, { subtype: 'inventory' });

    // Purchase order: 10 laptops at the product's purchase price (6000.00), GST 18 % estimated.
    const order = await confirmedOrder(t, f, '10');
    expect(order.status).toBe('confirmed');
    expect(order.number).toMatch(/\S/);
    expect(order.lines[0]!.unitPrice).toBe('6000');
    expect(order.total).toBe('70800.00');

    // Two partial receipts: 4, then 6. Stock in at cost, GRNI credited.
    const first = await ok<ReceiptJson>(receive(t, f, order, '4'), 201);
    expect(first.value).toBe('24000.00');
    expect((await ok<OrderJson>(request(t, owner, 'GET', `/api/v1/purchase-orders/${order.id}`))).status).toBe('partly_received');
    const second = await ok<ReceiptJson>(receive(t, f, order, '6', '2026-07-06'), 201);
    expect(second.number).not.toBe(first.number);
    const received = await ok<OrderJson>(request(t, owner, 'GET', `/api/v1/purchase-orders/${order.id}`));
    expect(received.status).toBe('received');
    expect(received.lines[0]!.receivedQuantity).toBe('10');
    expect(await stockOf(t, owner, storeId, f.products.laptop)).toMatchObject({ quantity: '10', value: '60000.00' });
    expect(await balance(t, tenantId, { name: 'Stock Received Not Billed' })).toBe(-6_000_000n);

    // One bill for both receipts: CGST 9 % + SGST 9 % on 60,000; TDS u/s 194C (company PAN: 2 %) on the taxable value.
    const draft = await ok<BillJson>(
      request(t, owner, 'POST', '/api/v1/bills', {
        vendorId: vendor,
        vendorBillNumber: 'PCP/2026/0042',
        vendorBillDate: '2026-07-07',
        goodsReceiptIds: [first.id, second.id],
        tds: { section: '194C' },
      }),
      201,
    );
    expect(draft.status).toBe('draft');
    expect(draft.supplyType).toBe('intra_state');
    expect([draft.subtotal, draft.cgst, draft.sgst, draft.igst, draft.total]).toEqual(['60000.00', '5400.00', '5400.00', '0.00', '70800.00']);
    expect(draft.dueDate).toBe('2026-08-06');
    const bill = await ok<BillJson>(request(t, owner, 'POST', `/api/v1/bills/${draft.id}/post`));
    expect(bill.status).toBe('posted');
    expect(bill.tds).toMatchObject({ section: '194C', amount: '1200.00' });
    expect(bill.tds!.deductionId).toBeTruthy();
    expect(bill.payable).toBe('69600.00');
    expect(bill.amountDue).toBe('69600.00');
    const deduction = await ok<{ deduction: string; partyId: string }>(request(t, owner, 'GET', `/api/v1/tax/tds/deductions/${bill.tds!.deductionId}`));
    expect(deduction).toMatchObject({ deduction: '1200.00', partyId: vendor });

    // Two partial payments.
    const p1 = await ok<PaymentJson>(pay(t, f, vendor, '30000.00', [{ billId: bill.id, amount: '30000.00' }]), 201);
    expect(p1.unapplied).toBe('0.00');
    const partly = await ok<BillJson>(request(t, owner, 'GET', `/api/v1/bills/${bill.id}`));
    expect([partly.status, partly.amountPaid, partly.amountDue]).toEqual(['partly_paid', '30000.00', '39600.00']);
    const p2 = await ok<PaymentJson>(pay(t, f, vendor, '39600.00', [{ billId: bill.id, amount: '39600.00' }], { date: '2026-07-25' }), 201);
    expect(p2.number).not.toBe(p1.number);
    const paid = await ok<BillJson>(request(t, owner, 'GET', `/api/v1/bills/${bill.id}`));
    expect([paid.status, paid.amountPaid, paid.amountDue]).toEqual(['paid', '69600.00', '0.00']);

    // The books: balanced; nothing owed to the vendor; TDS payable = the deduction; input tax = the bill's; stock up at cost; GRNI cleared.
    expect(await balance(t, tenantId)).toBe(0n);
    const trial = await ok<{ balanced: boolean }>(request(t, owner, 'GET', '/api/v1/reports/trial-balance?asOf=2026-12-31'));
    expect(trial.balanced).toBe(true);
    expect(await balance(t, tenantId, { subtype: 'payable', partyId: vendor })).toBe(0n);
    expect(await balance(t, tenantId, { name: 'TDS Payable' })).toBe(-120_000n);
    expect(await balance(t, tenantId, { name: 'Input CGST' })).toBe(540_000n);
    expect(await balance(t, tenantId, { name: 'Input SGST' })).toBe(540_000n);
    expect(await balance(t, tenantId, { name: 'Input IGST' })).toBe(0n);
    expect((await balance(t, tenantId, { subtype: 'inventory' })) - stockBefore).toBe(6_000_000n);
    expect(await balance(t, tenantId, { name: 'Stock Received Not Billed' })).toBe(0n);
    expect(await balance(t, tenantId, { name: 'Purchase Price Differences' })).toBe(0n);
    expect(await balance(t, tenantId, { code: '1120' })).toBe(-6_960_000n);

    const billed = await ok<ReceiptJson>(request(t, owner, 'GET', `/api/v1/goods-receipts/${first.id}`));
    expect(billed.lines[0]!.billedQuantity).toBe('4');

    // The events of the chain.
    expect((await eventsOf(t, tenantId, 'purchase_order.created')).map((e) => e.id)).toContain(order.id);
    expect((await eventsOf(t, tenantId, 'goods_receipt.created')).map((e) => e.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect((await eventsOf(t, tenantId, 'bill.created')).map((e) => e.id)).toContain(bill.id);
    expect((await eventsOf(t, tenantId, 'bill.posted')).map((e) => e.id)).toContain(bill.id);
    expect((await eventsOf(t, tenantId, 'bill.paid')).map((e) => e.id)).toEqual([bill.id]);
    expect((await eventsOf(t, tenantId, 'vendor_payment.made')).map((e) => e.id)).toEqual([p1.id, p2.id]);
    expect(await eventsOf(t, tenantId, 'tds_deduction.recorded')).toHaveLength(1);
  });
});

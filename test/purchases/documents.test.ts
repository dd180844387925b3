import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { rowCounts, changedTables } from '../support/row-counts.js';
import {
  accountId,
  balance,
  confirmedOrder,
  eventsOf,
  ok,
  pay,
  postedBill,
  problem,
  receive,
  request,
  setUpPurchases,
  stockOf,
  type BillJson,
  type Fixture,
  type OrderJson,
  type PaymentJson,
  type ReceiptJson,
} from './helpers.js';

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await setUpPurchases(t);
});
afterAll(async () => t?.close());

const bill = (vendorId: string, number: string, lines: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({
  vendorId,
  vendorBillNumber: number,
  vendorBillDate: '2026-07-08',
  lines,
  ...extra,
});

describe('expense bills without stock', () => {
  it('debits the expense account and input CGST/SGST, credits the vendor; no stock moves', async () => {
    const rent = await accountId(t, f.tenantId, '5200');
    const rentBefore = await balance(t, f.tenantId, { code: '5200' });
    const stockMoves = (await eventsOf(t, f.tenantId, 'stock.moved')).length;
    const posted = await postedBill(t, f, bill(f.vendors.local, 'RENT-07', [{ description: 'Office rent, July', unitPrice: '10000', gstRate: '18', accountId: rent }]));
    expect([posted.subtotal, posted.cgst, posted.sgst, posted.total, posted.payable]).toEqual(['10000.00', '900.00', '900.00', '11800.00', '11800.00']);
    expect(posted.lines[0]!.kind).toBe('expense');
    expect((await balance(t, f.tenantId, { code: '5200' })) - rentBefore).toBe(1_000_000n);
    expect(await balance(t, f.tenantId, { subtype: 'payable', partyId: f.vendors.local })).toBe(-1_180_000n);
    expect((await eventsOf(t, f.tenantId, 'stock.moved')).length).toBe(stockMoves);
    expect(await balance(t, f.tenantId)).toBe(0n);
    // A line without an account goes to Purchases.
    const misc = await postedBill(t, f, bill(f.vendors.local, 'MISC-1', [{ description: 'Packing material', quantity: '10', unitPrice: '12.50' }]));
    expect(misc.total).toBe('125.00');
    expect(await balance(t, f.tenantId, { name: 'Purchases' })).toBe(12_500n);
    await ok(pay(t, f, f.vendors.local, '11925.00', [{ billId: posted.id, amount: '11800.00' }, { billId: misc.id, amount: '125.00' }]), 201);
    expect(await balance(t, f.tenantId, { subtype: 'payable', partyId: f.vendors.local })).toBe(0n);
  });

  it('an inter-state vendor charges IGST, posted to Input IGST', async () => {
    const before = await balance(t, f.tenantId, { name: 'Input IGST' });
    const posted = await postedBill(t, f, bill(f.vendors.interstate, 'BSL-881', [{ productId: f.products.service, quantity: '4', unitPrice: '500' }]));
    expect(posted.supplyType).toBe('inter_state');
    expect([posted.subtotal, posted.cgst, posted.sgst, posted.igst, posted.total]).toEqual(['2000.00', '0.00', '0.00', '360.00', '2360.00']);
    expect((await balance(t, f.tenantId, { name: 'Input IGST' })) - before).toBe(36_000n);
    expect(await balance(t, f.tenantId, { subtype: 'payable', partyId: f.vendors.interstate })).toBe(-236_000n);
    expect(await balance(t, f.tenantId)).toBe(0n);
  });

  it('reverse charge: the tax is computed and credited (input) and owed (output), not paid to the vendor', async () => {
    const posted = await postedBill(t, f, bill(f.vendors.unregistered, 'LR-17', [{ description: 'Goods transport', hsn: '9965', unitPrice: '1000', gstRate: '5' }], { reverseCharge: true }));
    expect(posted.reverseCharge).toBe(true);
    expect([posted.cgst, posted.sgst, posted.total, posted.payable]).toEqual(['25.00', '25.00', '1000.00', '1000.00']);
    const entry = await ok<{ lines: { accountId: string; debit: string | null; credit: string | null }[] }>(request(t, f.owner, 'GET', `/api/v1/journal-entries/${posted.entryId}`));
    const outputCgst = await accountId(t, f.tenantId, '2151');
    const inputCgst = await accountId(t, f.tenantId, '1161');
    expect(entry.lines.find((l) => l.accountId === outputCgst)).toMatchObject({ credit: '25.00' });
    expect(entry.lines.find((l) => l.accountId === inputCgst)).toMatchObject({ debit: '25.00' });
    expect(await balance(t, f.tenantId, { subtype: 'payable', partyId: f.vendors.unregistered })).toBe(-100_000n);
  });

  it('a foreign bill is paid with the realised exchange difference booked', async () => {
    await ok(request(t, f.owner, 'PUT', '/api/v1/ledger/rates', { rates: [{ currency: 'USD', date: '2026-07-01', rate: '83' }, { currency: 'USD', date: '2026-07-15', rate: '84' }] }));
    const software = await postedBill(t, f, bill(f.vendors.foreign, 'INV-US-1', [{ description: 'Licences', quantity: '1', unitPrice: '100' }]));
    expect(software.total).toBe('100.00');
    expect(await balance(t, f.tenantId, { subtype: 'payable', partyId: f.vendors.foreign })).toBe(-830_000n);
    const payment = await ok<PaymentJson>(pay(t, f, f.vendors.foreign, '100.00', [{ billId: software.id, amount: '100.00' }], { date: '2026-07-16' }), 201);
    expect(payment.allocations[0]!.gainLoss).toBe('-100.00');
    expect(await balance(t, f.tenantId, { subtype: 'payable', partyId: f.vendors.foreign })).toBe(0n);
    expect(await balance(t, f.tenantId, { name: 'Exchange Gain/Loss' })).toBe(10_000n);
    expect(await balance(t, f.tenantId)).toBe(0n);
  });

  it('a payment beyond the bills is an advance to the vendor', async () => {
    const advance = await ok<PaymentJson>(pay(t, f, f.vendors.interstate, '500.00', []), 201);
    expect(advance.unapplied).toBe('500.00');
    expect(await balance(t, f.tenantId, { name: 'Vendor Advances', partyId: f.vendors.interstate })).toBe(50_000n);
  });
});

describe('goods receipts', () => {
  it('refuses to receive more than ordered, and writes nothing', async () => {
    const order = await confirmedOrder(t, f, '3');
    await ok(receive(t, f, order, '2'), 201);
    const before = await rowCounts(t.testDb.ownerUrl);
    const r = await receive(t, f, order, '1.5');
    expect(problem(r, 422)).toMatchObject({ code: 'PURCHASES.RECEIPT_EXCEEDS_ORDER', errors: [{ path: 'body.lines[0].quantity' }], open: '1' });
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
    // A draft order receives nothing.
    const draft = await ok<OrderJson>(request(t, f.owner, 'POST', '/api/v1/purchase-orders', { vendorId: f.vendors.local, storeId: f.storeId, lines: [{ productId: f.products.laptop, quantity: '1' }] }), 201);
    expect(problem(await receive(t, f, draft, '1'), 409).code).toBe('PURCHASES.ORDER_NOT_OPEN');
    // A receipt without lines takes everything still open.
    const rest = await ok<ReceiptJson>(receive(t, f, order), 201);
    expect(rest.lines.map((l) => l.quantity)).toEqual(['1']);
  });
});

describe('posted bills are immutable; void reverses every posting', () => {
  it('rejects edits of a posted bill with 409, and a void puts every balance back', async () => {
    const order = await confirmedOrder(t, f, '10', { vendorId: f.vendors.interstate });
    const receipt = await ok<ReceiptJson>(receive(t, f, order), 201);
    const snapshot = async () => ({
      payable: await balance(t, f.tenantId, { subtype: 'payable', partyId: f.vendors.interstate }),
      tds: await balance(t, f.tenantId, { name: 'TDS Payable' }),
      igst: await balance(t, f.tenantId, { name: 'Input IGST' }),
      grni: await balance(t, f.tenantId, { name: 'Stock Received Not Billed' }),
      ppd: await balance(t, f.tenantId, { name: 'Purchase Price Differences' }),
    });
    const before = await snapshot();
    const body = { vendorId: f.vendors.interstate, vendorBillNumber: 'BSL-900', vendorBillDate: '2026-07-09', goodsReceiptIds: [receipt.id], tds: { section: '194C' } };
    const draft = await ok<BillJson>(request(t, f.owner, 'POST', '/api/v1/bills', body), 201);
    // Billed at a higher price than received: the difference goes to Purchase Price Differences.
    const edited = await ok<BillJson>(
      request(t, f.owner, 'PUT', `/api/v1/bills/${draft.id}`, { ...body, goodsReceiptIds: undefined, lines: [{ receiptLineId: receipt.lines[0]!.id, unitPrice: '6100' }] }, { 'if-match': `"v${draft.version}"` }),
    );
    expect(edited.subtotal).toBe('61000.00');
    const posted = await ok<BillJson>(request(t, f.owner, 'POST', `/api/v1/bills/${draft.id}/post`));
    expect(posted.tds!.amount).toBe('1220.00');
    expect((await balance(t, f.tenantId, { name: 'Purchase Price Differences' })) - before.ppd).toBe(100_000n);
    expect((await snapshot()).grni - before.grni).toBe(6_000_000n);

    const put = await request(t, f.owner, 'PUT', `/api/v1/bills/${posted.id}`, body, { 'if-match': `"v${posted.version}"` });
    expect(problem(put, 409).code).toBe('PURCHASES.BILL_NOT_DRAFT');
    expect(problem(await request(t, f.owner, 'POST', `/api/v1/bills/${posted.id}/post`), 409).code).toBe('PURCHASES.BILL_NOT_DRAFT');
    // The vendor's number is taken while the bill stands.
    const duplicate = { vendorId: f.vendors.interstate, vendorBillNumber: 'bsl-900', vendorBillDate: '2026-07-09', lines: [{ description: 'Freight', unitPrice: '10' }] };
    expect(problem(await request(t, f.owner, 'POST', '/api/v1/bills', duplicate), 409)).toMatchObject({ code: 'PURCHASES.DUPLICATE_VENDOR_BILL', errors: [{ path: 'body.vendorBillNumber' }] });

    const voided = await ok<BillJson>(request(t, f.owner, 'POST', `/api/v1/bills/${posted.id}/void`, { date: '2026-07-10', reason: 'Entered against the wrong receipt' }));
    expect(voided.status).toBe('void');
    expect(await snapshot()).toEqual(before);
    expect(await balance(t, f.tenantId)).toBe(0n);
    const reopened = await ok<ReceiptJson>(request(t, f.owner, 'GET', `/api/v1/goods-receipts/${receipt.id}`));
    expect(reopened.lines[0]!.billedQuantity).toBe('0');
    // Billed again, GRNI clears at the receipt value.
    const again = await postedBill(t, f, { ...body, goodsReceiptIds: [receipt.id] });
    expect(again.subtotal).toBe('60000.00');
    expect((await snapshot()).grni - before.grni).toBe(6_000_000n);
    // With a payment on it, a bill cannot be voided.
    await ok(pay(t, f, f.vendors.interstate, '100.00', [{ billId: again.id, amount: '100.00' }]), 201);
    expect(problem(await request(t, f.owner, 'POST', `/api/v1/bills/${again.id}/void`, {}), 409).code).toBe('PURCHASES.BILL_HAS_PAYMENTS');
  });
});

describe('debit notes to vendors', () => {
  it('returns goods at cost through inventory and reverses the input tax', async () => {
    const order = await confirmedOrder(t, f, '5');
    const receipt = await ok<ReceiptJson>(receive(t, f, order), 201);
    const bill5 = await postedBill(t, f, { vendorId: f.vendors.local, vendorBillNumber: 'PCP-DN-1', vendorBillDate: '2026-07-08', goodsReceiptIds: [receipt.id] });
    expect(bill5.total).toBe('35400.00');
    const stock = await stockOf(t, f.owner, f.storeId, f.products.laptop);
    const cgstBefore = await balance(t, f.tenantId, { name: 'Input CGST' });
    const grniBefore = await balance(t, f.tenantId, { name: 'Stock Received Not Billed' });
    const apBefore = await balance(t, f.tenantId, { subtype: 'payable', partyId: f.vendors.local });

    const note = await ok<{ id: string; number: string; total: string; cgst: string; returnValue: string }>(
      request(t, f.owner, 'POST', '/api/v1/vendor-debit-notes', { billId: bill5.id, date: '2026-07-12', reason: 'Two damaged in transit', lines: [{ billLineId: bill5.lines[0]!.id, quantity: '2' }] }),
      201,
    );
    expect([note.total, note.cgst, note.returnValue]).toEqual(['14160.00', '1080.00', '12000.00']);
    const after = await stockOf(t, f.owner, f.storeId, f.products.laptop);
    expect(Number(stock.quantity) - Number(after.quantity)).toBe(2);
    expect((await balance(t, f.tenantId, { name: 'Input CGST' })) - cgstBefore).toBe(-108_000n);
    expect(await balance(t, f.tenantId, { name: 'Stock Received Not Billed' })).toBe(grniBefore);
    expect((await balance(t, f.tenantId, { subtype: 'payable', partyId: f.vendors.local })) - apBefore).toBe(1_416_000n);
    const billAfter = await ok<BillJson>(request(t, f.owner, 'GET', `/api/v1/bills/${bill5.id}`));
    expect([billAfter.status, billAfter.amountDebited, billAfter.amountDue, billAfter.lines[0]!.returnedQuantity]).toEqual(['partly_paid', '14160.00', '21240.00', '2']);
    expect(await balance(t, f.tenantId)).toBe(0n);

    // A price reduction on the rest, then nothing more can be returned than was billed.
    await ok(request(t, f.owner, 'POST', '/api/v1/vendor-debit-notes', { billId: bill5.id, reason: 'Agreed discount', lines: [{ billLineId: bill5.lines[0]!.id, amount: '1000' }] }), 201);
    const tooMany = await request(t, f.owner, 'POST', '/api/v1/vendor-debit-notes', { billId: bill5.id, reason: 'More', lines: [{ billLineId: bill5.lines[0]!.id, quantity: '4' }] });
    expect(problem(tooMany, 422)).toMatchObject({ code: 'PURCHASES.DEBIT_EXCEEDS_BILL', errors: [{ path: 'body.lines[0].quantity' }] });
    expect((await eventsOf(t, f.tenantId, 'vendor_debit_note.created')).map((e) => e.id)).toContain(note.id);
  });
});

describe('bills from purchase orders and lists', () => {
  it('bills received goods and non-stock order lines together; the order tracks what is billed', async () => {
    const repairs = await accountId(t, f.tenantId, '5600');
    const order = await ok<OrderJson>(
      request(t, f.owner, 'POST', '/api/v1/purchase-orders', {
        vendorId: f.vendors.local,
        storeId: f.storeId,
        date: '2026-07-01',
        lines: [
          { productId: f.products.laptop, quantity: '2' },
          { productId: f.products.service, quantity: '3', accountId: repairs },
        ],
      }),
      201,
    );
    expect(order.lines.map((l) => (l as unknown as { stocked: boolean }).stocked)).toEqual([true, false]);
    await ok(request(t, f.owner, 'POST', `/api/v1/purchase-orders/${order.id}/confirm`));
    const receipt = await ok<ReceiptJson>(receive(t, f, order), 201);
    expect(receipt.lines).toHaveLength(1);
    const before = await balance(t, f.tenantId, { code: '5600' });
    const posted = await postedBill(t, f, {
      vendorId: f.vendors.local,
      vendorBillNumber: 'PO-MIX-1',
      vendorBillDate: '2026-07-08',
      orderId: order.id,
      goodsReceiptIds: [receipt.id],
      lines: [{ orderLineId: order.lines[1]!.id }],
    });
    expect(posted.lines.map((l) => [l.kind, l.quantity, l.taxableValue])).toEqual([
      ['receipt', '2', '12000.00'],
      ['order', '3', '1500.00'],
    ]);
    expect((await balance(t, f.tenantId, { code: '5600' })) - before).toBe(150_000n);
    const billed = await ok<OrderJson>(request(t, f.owner, 'GET', `/api/v1/purchase-orders/${order.id}`));
    expect(billed.lines.map((l) => l.billedQuantity)).toEqual(['2', '3']);
    // Nothing is left to bill on the order line.
    const again = await request(t, f.owner, 'POST', '/api/v1/bills', { vendorId: f.vendors.local, vendorBillNumber: 'PO-MIX-2', vendorBillDate: '2026-07-08', lines: [{ orderLineId: order.lines[1]!.id, quantity: '1' }] });
    expect(problem(again, 422)).toMatchObject({ code: 'PURCHASES.BILL_EXCEEDS_ORDER', errors: [{ path: 'body.lines[0].quantity' }] });
    // Stock lines are billed through their receipts.
    const stockLine = await request(t, f.owner, 'POST', '/api/v1/bills', { vendorId: f.vendors.local, vendorBillNumber: 'PO-MIX-3', vendorBillDate: '2026-07-08', lines: [{ orderLineId: order.lines[0]!.id }] });
    expect(problem(stockLine, 422).code).toBe('PURCHASES.BILL_STOCK_BY_RECEIPT');
    expect(await balance(t, f.tenantId)).toBe(0n);
  });

  it('lists page with a cursor, newest first, and filter by vendor and status', async () => {
    const seen: string[] = [];
    let url = `/api/v1/bills?limit=2&vendorId=${f.vendors.local}`;
    for (let i = 0; i < 20; i++) {
      const page = await ok<{ items: BillJson[]; nextCursor: string | null }>(request(t, f.owner, 'GET', url));
      seen.push(...page.items.map((b) => b.id));
      if (!page.nextCursor) break;
      url = `/api/v1/bills?limit=2&vendorId=${f.vendors.local}&cursor=${page.nextCursor}`;
    }
    const all = await ok<{ items: BillJson[] }>(request(t, f.owner, 'GET', `/api/v1/bills?limit=200&vendorId=${f.vendors.local}`));
    expect(seen).toEqual(all.items.map((b) => b.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(2);
    const paid = await ok<{ items: BillJson[] }>(request(t, f.owner, 'GET', '/api/v1/bills?status=paid'));
    expect(paid.items.every((b) => b.status === 'paid')).toBe(true);
    expect(problem(await request(t, f.owner, 'GET', '/api/v1/bills?cursor=bogus'), 400).code).toBe('REQUEST.INVALID_CURSOR');
    for (const list of ['/api/v1/purchase-orders', '/api/v1/goods-receipts', '/api/v1/vendor-payments', '/api/v1/vendor-debit-notes']) {
      const page = await ok<{ items: unknown[]; nextCursor: string | null }>(request(t, f.owner, 'GET', `${list}?limit=1`));
      expect(page.items, list).toHaveLength(1);
      expect(page.nextCursor, list).not.toBeNull();
    }
  });
});

describe('vendor advances', () => {
  it('an advance is applied to a bill later, and reversing the payment undoes both', async () => {
    const vendor = (await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/vendors', { legalName: 'Advance Taker' }), 201)).id;
    const advance = await ok<PaymentJson>(pay(t, f, vendor, '1000.00', []), 201);
    const target = await postedBill(t, f, bill(vendor, 'ADV-1', [{ description: 'Catering', unitPrice: '600' }]));
    const applied = await ok<PaymentJson>(request(t, f.owner, 'POST', `/api/v1/vendor-payments/${advance.id}/apply`, { allocations: [{ billId: target.id, amount: '600.00' }] }));
    expect([applied.unapplied, applied.allocations]).toEqual(['400.00', [{ billId: target.id, amount: '600.00', gainLoss: '0.00' }]]);
    expect((await ok<BillJson>(request(t, f.owner, 'GET', `/api/v1/bills/${target.id}`))).status).toBe('paid');
    expect(await balance(t, f.tenantId, { subtype: 'payable', partyId: vendor })).toBe(0n);
    expect(await balance(t, f.tenantId, { name: 'Vendor Advances', partyId: vendor })).toBe(40_000n);
    const tooMuch = await request(t, f.owner, 'POST', `/api/v1/vendor-payments/${advance.id}/apply`, { allocations: [{ billId: target.id, amount: '500.00' }] });
    expect(problem(tooMuch, 422).code).toBe('PURCHASES.ADVANCE_EXCEEDED');
    expect((await eventsOf(t, f.tenantId, 'vendor_payment.applied')).map((e) => e.id)).toEqual([advance.id]);

    await ok(request(t, f.owner, 'POST', `/api/v1/vendor-payments/${advance.id}/reverse`, {}));
    expect((await ok<BillJson>(request(t, f.owner, 'GET', `/api/v1/bills/${target.id}`))).amountDue).toBe('600.00');
    expect(await balance(t, f.tenantId, { subtype: 'payable', partyId: vendor })).toBe(-60_000n);
    expect(await balance(t, f.tenantId, { name: 'Vendor Advances', partyId: vendor })).toBe(0n);
    expect(await balance(t, f.tenantId)).toBe(0n);
  });
});

describe('foreign-currency stock purchases', () => {
  it('receives at the receipt-date rate, bills at the bill-date rate: GRNI clears exactly, the difference is a price difference', async () => {
    await ok(request(t, f.owner, 'PUT', '/api/v1/ledger/rates', { rates: [{ currency: 'USD', date: '2026-08-05', rate: '83' }, { currency: 'USD', date: '2026-08-10', rate: '84' }] }));
    const grni = await balance(t, f.tenantId, { name: 'Stock Received Not Billed' });
    const ppd = await balance(t, f.tenantId, { name: 'Purchase Price Differences' });
    const order = await ok<OrderJson>(
      request(t, f.owner, 'POST', '/api/v1/purchase-orders', { vendorId: f.vendors.foreign, storeId: f.storeId, date: '2026-08-01', lines: [{ productId: f.products.laptop, quantity: '2', unitPrice: '70' }] }),
      201,
    );
    expect(order.total).toBe('140.00');
    await ok(request(t, f.owner, 'POST', `/api/v1/purchase-orders/${order.id}/confirm`));
    const receipt = await ok<ReceiptJson>(receive(t, f, order, undefined, '2026-08-05'), 201);
    expect(receipt.value).toBe('11620.00');
    const posted = await postedBill(t, f, { vendorId: f.vendors.foreign, vendorBillNumber: 'US-STOCK-1', vendorBillDate: '2026-08-10', goodsReceiptIds: [receipt.id] });
    expect([posted.total, posted.taxTotal]).toEqual(['140.00', '0.00']);
    expect(await balance(t, f.tenantId, { name: 'Stock Received Not Billed' })).toBe(grni);
    expect((await balance(t, f.tenantId, { name: 'Purchase Price Differences' })) - ppd).toBe(14_000n);
    expect(await balance(t, f.tenantId, { subtype: 'payable', partyId: f.vendors.foreign })).toBe(-1_176_000n);
    const entry = await ok<{ lines: { currency: string }[] }>(request(t, f.owner, 'GET', `/api/v1/journal-entries/${posted.entryId}`));
    expect(new Set(entry.lines.map((l) => l.currency))).toEqual(new Set(['USD', 'INR']));
    await ok(pay(t, f, f.vendors.foreign, '140.00', [{ billId: posted.id, amount: '140.00' }], { date: '2026-08-10' }), 201);
    expect(await balance(t, f.tenantId, { subtype: 'payable', partyId: f.vendors.foreign })).toBe(0n);
    expect(await balance(t, f.tenantId)).toBe(0n);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { accountId, confirmedOrder, ok, postedBill, problem, request, setUpPurchases, type Fixture, type OrderJson } from './helpers.js';

let t: TestApp;
let f: Fixture;
const missing = '01900000-0000-7000-8000-000000000000';
beforeAll(async () => {
  t = await createTestApp();
  f = await setUpPurchases(t);
});
afterAll(async () => t?.close());

/** The request fails with `status` and `code`, names `paths`, and no table changes. */
async function refused(method: 'POST' | 'PUT', url: string, body: object, status: number, code: string, paths: string[], headers: Record<string, string> = {}) {
  const before = await rowCounts(t.testDb.ownerUrl);
  const r = await request(t, f.owner, method, url, body, headers);
  const p = problem(r, status);
  expect(p.code).toBe(code);
  expect(p.errors?.map((e) => e.path)).toEqual(expect.arrayContaining(paths));
  expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
}

describe('bad input: 4xx with field paths, nothing written', () => {
  it('purchase orders', async () => {
    await refused('POST', '/api/v1/purchase-orders', { vendorId: f.vendors.local, storeId: f.storeId, lines: [{ productId: f.products.laptop, quantity: '-1' }] }, 400, 'REQUEST.VALIDATION_FAILED', ['body.lines[0].quantity']);
    await refused('POST', '/api/v1/purchase-orders', { vendorId: missing, storeId: f.storeId, lines: [{ productId: f.products.laptop, quantity: '1' }] }, 422, 'PURCHASES.VENDOR_NOT_FOUND', ['body.vendorId']);
    await refused('POST', '/api/v1/purchase-orders', { vendorId: f.vendors.local, storeId: missing, lines: [{ productId: f.products.laptop, quantity: '1' }] }, 422, 'PURCHASES.STORE_NOT_FOUND', ['body.storeId']);
    await refused('POST', '/api/v1/purchase-orders', { vendorId: f.vendors.local, storeId: f.storeId, lines: [{ productId: missing, quantity: '1' }] }, 422, 'PURCHASES.PRODUCT_NOT_FOUND', ['body.lines[0].productId']);
    await refused('POST', '/api/v1/purchase-orders', { vendorId: f.vendors.local, storeId: f.storeId, lines: [{ quantity: '1' }] }, 422, 'PURCHASES.INVALID_LINES', ['body.lines[0].description', 'body.lines[0].unitPrice']);
    // A customer is not a vendor.
    const customer = (await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/customers', { legalName: 'Just A Customer' }), 201)).id;
    await refused('POST', '/api/v1/purchase-orders', { vendorId: customer, storeId: f.storeId, lines: [{ description: 'x', quantity: '1', unitPrice: '1' }] }, 422, 'PURCHASES.VENDOR_NOT_FOUND', ['body.vendorId']);
  });

  it('a suspended vendor takes no orders', async () => {
    const vendor = (await ok<{ id: string; version: number }>(request(t, f.owner, 'POST', '/api/v1/vendors', { legalName: 'Soon Suspended' }), 201));
    await ok(request(t, f.owner, 'POST', `/api/v1/parties/${vendor.id}/suspend`, {}));
    await refused('POST', '/api/v1/purchase-orders', { vendorId: vendor.id, storeId: f.storeId, lines: [{ description: 'x', quantity: '1', unitPrice: '1' }] }, 422, 'PURCHASES.VENDOR_INACTIVE', ['body.vendorId']);
  });

  it('edits need If-Match and the current version', async () => {
    const draft = await ok<OrderJson>(request(t, f.owner, 'POST', '/api/v1/purchase-orders', { vendorId: f.vendors.local, storeId: f.storeId, lines: [{ productId: f.products.laptop, quantity: '1' }] }), 201);
    const body = { vendorId: f.vendors.local, storeId: f.storeId, lines: [{ productId: f.products.laptop, quantity: '2' }] };
    expect((await request(t, f.owner, 'PUT', `/api/v1/purchase-orders/${draft.id}`, body)).statusCode).toBe(428);
    expect((await request(t, f.owner, 'PUT', `/api/v1/purchase-orders/${draft.id}`, body, { 'if-match': '"v99"' })).statusCode).toBe(412);
    const edited = await ok<OrderJson>(request(t, f.owner, 'PUT', `/api/v1/purchase-orders/${draft.id}`, body, { 'if-match': `"v${draft.version}"` }));
    expect(edited.lines[0]!.quantity).toBe('2');
    const confirmed = await ok<OrderJson>(request(t, f.owner, 'POST', `/api/v1/purchase-orders/${draft.id}/confirm`));
    await refused('PUT', `/api/v1/purchase-orders/${draft.id}`, body, 409, 'PURCHASES.ORDER_NOT_DRAFT', [], { 'if-match': `"v${confirmed.version}"` });
    expect((await ok<OrderJson>(request(t, f.owner, 'POST', `/api/v1/purchase-orders/${draft.id}/cancel`))).status).toBe('cancelled');
  });

  it('bills', async () => {
    const base = { vendorId: f.vendors.local, vendorBillNumber: 'V-1', vendorBillDate: '2026-07-08' };
    await refused('POST', '/api/v1/bills', { ...base, vendorBillDate: '2026-02-30', lines: [{ description: 'x', unitPrice: '1' }] }, 400, 'REQUEST.VALIDATION_FAILED', ['body.vendorBillDate']);
    await refused('POST', '/api/v1/bills', base, 422, 'PURCHASES.INVALID_LINES', ['body.lines']);
    await refused('POST', '/api/v1/bills', { ...base, lines: [{ description: 'x' }] }, 422, 'PURCHASES.INVALID_LINES', ['body.lines[0].unitPrice']);
    await refused('POST', '/api/v1/bills', { ...base, lines: [{ description: 'x', unitPrice: '1', accountId: missing }] }, 422, 'PURCHASES.ACCOUNT_INVALID', ['body.lines[0].accountId']);
    const receivable = await accountId(t, f.tenantId, '2110');
    await refused('POST', '/api/v1/bills', { ...base, lines: [{ description: 'x', unitPrice: '1', accountId: receivable }] }, 422, 'PURCHASES.ACCOUNT_INVALID', ['body.lines[0].accountId']);
    await refused('POST', '/api/v1/bills', { ...base, tds: { section: '194ZZ' }, lines: [{ description: 'x', unitPrice: '1' }] }, 422, 'TAX.TDS_INVALID', ['body.tds.section']);
    await refused('POST', '/api/v1/bills', { ...base, lines: [{ description: 'x', unitPrice: '1', hsn: '0000' }] }, 422, 'TAX.RATE_NOT_FOUND', ['body.lines[0].hsn']);
    await refused('POST', '/api/v1/bills', { ...base, lines: [{ receiptLineId: missing }] }, 422, 'PURCHASES.RECEIPT_NOT_FOUND', ['body.lines[0].receiptLineId']);
    // Another vendor's receipt.
    const order = await confirmedOrder(t, f, '1', { vendorId: f.vendors.interstate });
    const receipt = await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/goods-receipts', { orderId: order.id, date: '2026-07-05' }), 201);
    await refused('POST', '/api/v1/bills', { ...base, goodsReceiptIds: [receipt.id] }, 422, 'PURCHASES.WRONG_VENDOR', ['body.goodsReceiptIds[0]']);
  });

  it('payments and debit notes', async () => {
    const bill = await postedBill(t, f, { vendorId: f.vendors.local, vendorBillNumber: 'V-2', vendorBillDate: '2026-07-08', lines: [{ description: 'x', unitPrice: '100' }] });
    const pay = (body: object) => ({ vendorId: f.vendors.local, bankAccountId: f.bankAccountId, amount: '50', ...body });
    await refused('POST', '/api/v1/vendor-payments', pay({ amount: '0' }), 400, 'REQUEST.VALIDATION_FAILED', ['body.amount']);
    await refused('POST', '/api/v1/vendor-payments', pay({ allocations: [{ billId: bill.id, amount: '60' }] }), 422, 'PURCHASES.ALLOCATION_EXCEEDS_PAYMENT', ['body.allocations']);
    await refused('POST', '/api/v1/vendor-payments', pay({ amount: '200', allocations: [{ billId: bill.id, amount: '150' }] }), 409, 'PURCHASES.OVERPAYMENT', ['body.allocations[0].amount']);
    await refused('POST', '/api/v1/vendor-payments', pay({ allocations: [{ billId: missing, amount: '10' }] }), 422, 'PURCHASES.BILL_NOT_FOUND', ['body.allocations[0].billId']);
    await refused('POST', '/api/v1/vendor-payments', pay({ vendorId: f.vendors.interstate, allocations: [{ billId: bill.id, amount: '10' }] }), 422, 'PURCHASES.WRONG_VENDOR', ['body.allocations[0].billId']);
    await refused('POST', '/api/v1/vendor-payments', pay({ bankAccountId: missing }), 422, 'PURCHASES.ACCOUNT_INVALID', ['body.bankAccountId']);
    await refused('POST', '/api/v1/vendor-debit-notes', { billId: bill.id, reason: 'x', lines: [{ billLineId: bill.lines[0]!.id, quantity: '1' }] }, 422, 'PURCHASES.RETURN_NOT_STOCKED', ['body.lines[0].quantity']);
    await refused('POST', '/api/v1/vendor-debit-notes', { billId: bill.id, reason: 'x', lines: [{ billLineId: bill.lines[0]!.id, amount: '101' }] }, 422, 'PURCHASES.DEBIT_EXCEEDS_BILL', ['body.lines[0].amount']);
    await refused('POST', '/api/v1/vendor-debit-notes', { billId: bill.id, reason: 'x', lines: [{ billLineId: missing, amount: '1' }] }, 422, 'PURCHASES.LINE_NOT_ON_BILL', ['body.lines[0].billLineId']);
    // A reversed payment cannot be reversed twice; the bill is due again.
    const p = await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/vendor-payments', pay({ allocations: [{ billId: bill.id, amount: '50' }] })), 201);
    expect((await ok<{ status: string }>(request(t, f.owner, 'POST', `/api/v1/vendor-payments/${p.id}/reverse`, {}))).status).toBe('reversed');
    await refused('POST', `/api/v1/vendor-payments/${p.id}/reverse`, {}, 409, 'PURCHASES.PAYMENT_REVERSED', []);
    expect((await ok<{ amountDue: string; status: string }>(request(t, f.owner, 'GET', `/api/v1/bills/${bill.id}`)))).toMatchObject({ amountDue: '100.00', status: 'posted' });
    // A draft is voided without postings; actions take no body at all.
    const draft = await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/bills', { vendorId: f.vendors.local, vendorBillNumber: 'V-3', vendorBillDate: '2026-07-08', lines: [{ description: 'x', unitPrice: '1' }] }), 201);
    expect((await ok<{ status: string; entryId: string | null }>(request(t, f.owner, 'POST', `/api/v1/bills/${draft.id}/void`)))).toMatchObject({ status: 'void', entryId: null });
    const again = await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/vendor-payments', pay({ allocations: [] })), 201);
    expect((await ok<{ status: string }>(request(t, f.owner, 'POST', `/api/v1/vendor-payments/${again.id}/reverse`))).status).toBe('reversed');
  });

  it('permissions: a key with bills:read and purchase_orders:read reads but writes nothing', async () => {
    const created = await ok<{ key: string }>(request(t, f.owner, 'POST', '/api/v1/api-keys', { name: 'Reader', permissions: ['bills:read', 'purchase_orders:read'] }), 201);
    const key = { headers: { authorization: `Bearer ${created.key}` } };
    expect((await request(t, key, 'GET', '/api/v1/bills')).statusCode).toBe(200);
    expect((await request(t, key, 'GET', '/api/v1/purchase-orders')).statusCode).toBe(200);
    expect((await request(t, key, 'GET', '/api/v1/vendor-payments')).statusCode).toBe(403);
    expect((await request(t, key, 'POST', '/api/v1/bills', { vendorId: f.vendors.local, vendorBillNumber: 'K-1', vendorBillDate: '2026-07-08', lines: [{ description: 'x', unitPrice: '1' }] })).statusCode).toBe(403);
  });
});

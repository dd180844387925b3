import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { confirmedOrder, ok, problem, request, setUpPurchases, type BillJson, type Fixture, type OrderJson, type ReceiptJson } from './helpers.js';

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await setUpPurchases(t);
});
afterAll(async () => t?.close());

describe('posting a bill is one transaction with its TDS deduction', () => {
  it('when the plan refuses the document, neither the bill entry nor the TDS deduction is written', async () => {
    const order = await confirmedOrder(t, f, '10');
    const receipt = await ok<ReceiptJson>(request(t, f.owner, 'POST', '/api/v1/goods-receipts', { orderId: order.id, date: '2026-07-05' }), 201);
    const draft = await ok<BillJson>(
      request(t, f.owner, 'POST', '/api/v1/bills', { vendorId: f.vendors.local, vendorBillNumber: 'ATOM-1', vendorBillDate: '2026-07-08', goodsReceiptIds: [receipt.id], tds: { section: '194C' } }),
      201,
    );
    // The free plan's documents for this month are used up.
    const period = new Date().toISOString().slice(0, 7);
    await adminQuery(
      t.testDb.ownerUrl,
      `insert into identity.usage_counters (tenant_id, metric, period, used) values ($1, 'documents', $2, 50)
       on conflict (tenant_id, metric, period) do update set used = 50`,
      [f.tenantId, period],
    );
    const before = await rowCounts(t.testDb.ownerUrl);
    const refused = await request(t, f.owner, 'POST', `/api/v1/bills/${draft.id}/post`);
    expect(problem(refused, 403).code).toBe('PLAN.DOCUMENTS_PER_MONTH_LIMIT_REACHED');
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select count(*)::int as n from tax.tds_deductions where tenant_id = $1`, [f.tenantId]);
    expect(rows[0]).toEqual({ n: 0 });
    expect((await ok<BillJson>(request(t, f.owner, 'GET', `/api/v1/bills/${draft.id}`))).status).toBe('draft');

    // With room on the plan it posts, deduction and all.
    await ok(request(t, f.owner, 'POST', `/api/v1/tenants/${f.tenantId}/subscription/upgrade`, { plan: 'pro' }));
    const posted = await ok<BillJson>(request(t, f.owner, 'POST', `/api/v1/bills/${draft.id}/post`));
    expect(posted.tds!.amount).toBe('1200.00');
    const after = await adminQuery(t.testDb.ownerUrl, `select count(*)::int as n from tax.tds_deductions where tenant_id = $1`, [f.tenantId]);
    expect(after.rows[0]).toEqual({ n: 1 });
  });
});

describe('default prices', () => {
  it("a purchase order line takes the vendor's last cost for the product before its purchase price", async () => {
    await ok(request(t, f.owner, 'POST', `/api/v1/products/${f.products.laptop}/suppliers`, { vendorId: f.vendors.interstate, lastCost: { amount: '5800.00', currency: 'INR' } }), 201);
    const fromSupplier = await ok<OrderJson>(request(t, f.owner, 'POST', '/api/v1/purchase-orders', { vendorId: f.vendors.interstate, storeId: f.storeId, lines: [{ productId: f.products.laptop, quantity: '1' }] }), 201);
    expect(fromSupplier.lines[0]!.unitPrice).toBe('5800');
    const fromProduct = await ok<OrderJson>(request(t, f.owner, 'POST', '/api/v1/purchase-orders', { vendorId: f.vendors.local, storeId: f.storeId, lines: [{ productId: f.products.laptop, quantity: '1' }] }), 201);
    expect(fromProduct.lines[0]!.unitPrice).toBe('6000');
  });
});

describe('a business without input tax credit', () => {
  it('books the GST a vendor charges as part of the cost, and a debit note takes it back off the cost', async () => {
    const owner = await t.signUp({ countryCode: 'IN', baseCurrency: 'INR', timezone: 'Asia/Kolkata' });
    await ok(request(t, owner, 'POST', '/api/v1/accounts/apply-template', { template: 'india' }));
    const read = await request(t, owner, 'GET', `/api/v1/tenants/${owner.tenantId}`);
    await ok(request(t, owner, 'PUT', `/api/v1/tenants/${owner.tenantId}`, { stateCode: '27' }, { 'if-match': read.headers.etag as string }));
    const vendor = (await ok<{ id: string }>(request(t, owner, 'POST', '/api/v1/vendors', { legalName: 'Registered Seller', gstin: '27AAGCG4576J1Z6' }), 201)).id;
    const rent = (await adminQuery(t.testDb.ownerUrl, `select id from ledger.accounts where tenant_id = $1 and code = '5200'`, [owner.tenantId])).rows[0] as { id: string };
    const draft = await ok<BillJson>(request(t, owner, 'POST', '/api/v1/bills', { vendorId: vendor, vendorBillNumber: 'U-1', vendorBillDate: '2026-07-08', lines: [{ description: 'Rent', unitPrice: '1000', gstRate: '18', accountId: rent.id }] }), 201);
    expect([draft.cgst, draft.sgst, draft.total]).toEqual(['90.00', '90.00', '1180.00']);
    const posted = await ok<BillJson>(request(t, owner, 'POST', `/api/v1/bills/${draft.id}/post`));
    const sum = async (code: string) =>
      BigInt(
        ((
          await adminQuery(
            t.testDb.ownerUrl,
            `select coalesce(sum(l.base_debit - l.base_credit), 0)::text as v from ledger.journal_lines l join ledger.accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id where l.tenant_id = $1 and a.code = $2`,
            [owner.tenantId, code],
          )
        ).rows[0] as { v: string }).v,
      );
    expect(await sum('5200')).toBe(118_000n);
    expect(await sum('1161')).toBe(0n);
    await ok(request(t, owner, 'POST', '/api/v1/vendor-debit-notes', { billId: posted.id, reason: 'Overcharged', lines: [{ billLineId: posted.lines[0]!.id, amount: '100' }] }), 201);
    expect(await sum('5200')).toBe(118_000n - 11_800n);
    expect(await sum('1161')).toBe(0n);
  });
});

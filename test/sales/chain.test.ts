import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { accountBalance, accountId, LOCAL_GSTIN, ok, request, SELLER_GSTIN, setUpSales, stockOf, trialBalance, type SalesFixture } from './helpers.js';
import { member, pdfText, quote, setRules, type DeliveryJson, type OrderJson, type QuotationJson } from './orders-helpers.js';

/**
 * Issue 8's chain, end to end through the API: quote → approval → order → two partial deliveries →
 * one invoice → two partial payments → paid. Afterwards the books must tell the same story as the
 * documents, to the paisa.
 */
interface InvoiceJson {
  id: string;
  number: string;
  status: string;
  subtotal: string;
  discountTotal: string;
  taxTotal: string;
  taxes: { code: string; amount: string; taxableValue: string }[];
  roundOff: string;
  total: string;
  amountDue: string;
  lines: { hsn: string | null }[];
}

let t: TestApp;
let f: SalesFixture;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t, { stores: 2 }); // two stores: the pro plan, so admin and sales members fit
});
afterAll(async () => t?.close());

const minor = (amount: string) => BigInt(amount.replace('.', ''));

describe('order to cash', () => {
  it('quote → approval → order → two partial deliveries → one invoice → two partial payments → paid, and the books agree', async () => {
    const admin = await member(t, f.owner, 'admin');
    const seller = await member(t, f.owner, 'sales');
    await setRules(t, admin, { maxDiscountPercent: '5', maxTotal: null });

    const tb0 = await trialBalance(t, f.tenantId);
    const receivable0 = await accountBalance(t, f.tenantId, { subtype: 'receivable', partyId: f.customers.local });
    const revenue0 = await accountBalance(t, f.tenantId, { subtype: 'sales' });
    const cgst0 = await accountBalance(t, f.tenantId, { code: '2151' });
    const sgst0 = await accountBalance(t, f.tenantId, { code: '2152' });
    const stock0 = await stockOf(t, f.owner, f.storeId, f.products.laptop);

    // A 10 % discount needs a manager's approval.
    const q = await ok<QuotationJson>(quote(t, seller, { customerId: f.customers.local, lines: [{ productId: f.products.laptop, quantity: '10', discountPercent: '10' }] }), 201);
    expect((await ok<QuotationJson>(request(t, seller, 'POST', `/api/v1/quotations/${q.id}/send`))).status).toBe('pending_approval');
    const early = await request(t, seller, 'POST', `/api/v1/quotations/${q.id}/convert`, { confirm: true, storeId: f.storeId });
    expect(early.statusCode).toBe(409);
    await ok(request(t, admin, 'POST', `/api/v1/quotations/${q.id}/approve`, { reason: 'Annual contract' }));
    const order = await ok<OrderJson>(request(t, seller, 'POST', `/api/v1/quotations/${q.id}/convert`, { confirm: true, storeId: f.storeId }), 201);
    const line = order.lines[0]!;

    const d1 = await ok<DeliveryJson>(request(t, seller, 'POST', '/api/v1/delivery-notes', { salesOrderId: order.id, lines: [{ orderLineId: line.id, quantity: '4' }] }), 201);
    const d2 = await ok<DeliveryJson>(request(t, seller, 'POST', '/api/v1/delivery-notes', { salesOrderId: order.id, lines: [{ orderLineId: line.id, quantity: '6' }] }), 201);
    expect(new Set([d1.number, d2.number]).size).toBe(2);

    const made = await ok<{ id: string }>(request(t, seller, 'POST', `/api/v1/delivery-notes/${d1.id}/invoice`, { deliveryNoteIds: [d2.id], issue: true }), 201);
    const invoice = await ok<InvoiceJson>(request(t, f.owner, 'GET', `/api/v1/invoices/${made.id}`));
    expect(invoice.status).toBe('issued');
    // 10 × 1000.00 − 10 % = 9000.00 taxable; CGST 9 % + SGST 9 % = 1620.00; total 10620.00.
    expect([invoice.subtotal, invoice.discountTotal, invoice.taxTotal, invoice.total]).toEqual(['9000.00', '1000.00', '1620.00', '10620.00']);
    expect(invoice.number.length).toBeLessThanOrEqual(16);

    const bank = await accountId(t, f.tenantId, '1120');
    const pay = (amount: string, date: string) =>
      ok<{ id: string }>(request(t, f.owner, 'POST', `/api/v1/invoices/${invoice.id}/payment`, { amount, date, depositAccountId: bank, mode: 'upi' }), 201);
    await pay('6000.00', '2026-07-10');
    expect((await ok<InvoiceJson>(request(t, f.owner, 'GET', `/api/v1/invoices/${invoice.id}`))).status).toBe('partly_paid');
    await pay('4620.00', '2026-07-20');
    const paid = await ok<InvoiceJson>(request(t, f.owner, 'GET', `/api/v1/invoices/${invoice.id}`));
    expect([paid.status, paid.amountDue]).toEqual(['paid', '0.00']);

    // The books: balanced, nothing owed by the customer, stock down by what was delivered,
    // revenue and output GST exactly the invoice's.
    expect(tb0).toBe(0n);
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
    expect(await accountBalance(t, f.tenantId, { subtype: 'receivable', partyId: f.customers.local })).toBe(receivable0);
    expect(await accountBalance(t, f.tenantId, { subtype: 'receivable', partyId: f.customers.local })).toBe(0n);
    const stock1 = await stockOf(t, f.owner, f.storeId, f.products.laptop);
    expect(Number(stock0.quantity) - Number(stock1.quantity)).toBe(10);
    const taxable = minor(invoice.subtotal); // after the line discounts
    expect(taxable).toBe(900_000n);
    // Income and liabilities grow by credits: the balance helper reports them as debit − credit.
    expect(revenue0 - (await accountBalance(t, f.tenantId, { subtype: 'sales' }))).toBe(taxable);
    const cgst = invoice.taxes.find((x) => x.code.toUpperCase().includes('CGST'))!;
    const sgst = invoice.taxes.find((x) => x.code.toUpperCase().includes('SGST'))!;
    expect(cgst0 - (await accountBalance(t, f.tenantId, { code: '2151' }))).toBe(minor(cgst.amount));
    expect(sgst0 - (await accountBalance(t, f.tenantId, { code: '2152' }))).toBe(minor(sgst.amount));
    expect(minor(cgst.amount) + minor(sgst.amount)).toBe(minor(invoice.taxTotal));

    // The PDF a customer receives.
    const pdf = await t.app.inject({ method: 'GET', url: `/api/v1/invoices/${invoice.id}/pdf`, headers: f.owner.headers });
    expect(pdf.headers['content-type']).toMatch(/^application\/pdf/);
    const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain(invoice.number);
    expect(text).toContain(SELLER_GSTIN);
    expect(text).toContain(LOCAL_GSTIN);
    expect(text).toContain(invoice.lines[0]!.hsn!);
    expect(text).toContain('₹10,620.00');
  });
});

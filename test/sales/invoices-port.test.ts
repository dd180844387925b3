import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvoicesService } from '../../src/modules/sales/invoices/index.js';
import type { TaxApi } from '../../src/modules/tax/index.js';
import type { Tx } from '../../src/platform/db/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { eventsOf, ok, request, setUpSales, trialBalance, type SalesFixture } from './helpers.js';

let t: TestApp;
let f: SalesFixture;

const port = () => t.context.modules.get<{ invoices: InvoicesService }>('sales').invoices;
const inv = () => ({ actor: { type: 'user' as const, id: f.owner.userId }, tenantId: f.tenantId, requestId: null, ip: null });
const inTx = <T>(fn: (tx: Tx) => Promise<T>) => t.db.withTenant(f.tenantId, fn);
const codeOf = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string; message?: string }) => e.code ?? e.message ?? 'error');

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t);
});
afterAll(async () => t?.close());

describe('the InvoicesPort other sales areas use', () => {
  it('createDraft + issue in the caller transaction; invoicedQuantities counts order lines of non-void invoices', async () => {
    const orderLine = '01900000-0000-7000-8000-00000000aaaa';
    const issued = await inTx(async (tx) => {
      const draft = await port().createDraft(tx, inv(), {
        customerId: f.customers.local,
        date: '2026-06-05',
        salesOrderId: '01900000-0000-7000-8000-00000000bbbb',
        lines: [{ productId: f.products.laptop, quantity: '3', orderLineId: orderLine, deliveryLineId: '01900000-0000-7000-8000-00000000cccc' }],
      });
      expect(draft.status).toBe('draft');
      expect(draft.number).toBeNull();
      return port().issue(tx, inv(), draft.id);
    });
    expect(issued.status).toBe('issued');
    expect(issued.salesOrderId).toBe('01900000-0000-7000-8000-00000000bbbb');
    // Delivered by a delivery note: the invoice issues no stock.
    expect((await ok<{ stockEntryId: string | null }>(request(t, f.owner, 'GET', `/api/v1/invoices/${issued.id}`))).stockEntryId).toBeNull();
    expect(await inTx((tx) => port().invoicedQuantities(tx, f.tenantId, [orderLine]))).toEqual(new Map([[orderLine, '3']]));
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
  });

  it('applySettlement moves issued → partly paid → paid (invoice.paid once), refuses over-payment and going below zero; negative takes back', async () => {
    const issued = await ok<{ id: string; total: string }>(request(t, f.owner, 'POST', '/api/v1/invoices', { customerId: f.customers.local, issue: true, lines: [{ productId: f.products.service, quantity: '1' }] }), 201);
    expect(issued.total).toBe('590.00');
    const id = issued.id;
    expect((await inTx((tx) => port().applySettlement(tx, inv(), id, '90.00'))).status).toBe('partly_paid');
    expect(await codeOf(inTx((tx) => port().applySettlement(tx, inv(), id, '500.01')))).toBe('SALES.OVERPAYMENT');
    expect(await codeOf(inTx((tx) => port().applySettlement(tx, inv(), id, '-90.01')))).toBe('SALES.SETTLEMENT_BELOW_ZERO');
    const paid = await inTx((tx) => port().applySettlement(tx, inv(), id, '500.00'));
    expect(paid).toEqual(expect.objectContaining({ status: 'paid', amountPaid: '590.00', amountDue: '0.00' }));
    expect(await codeOf(inTx((tx) => port().lockOpen(tx, f.tenantId, id)))).toBe('SALES.INVOICE_NOT_OPEN');
    expect((await eventsOf(t, f.tenantId, 'invoice.paid')).filter((e) => e.invoiceId === id)).toHaveLength(1);
    const back = await inTx((tx) => port().applySettlement(tx, inv(), id, '-100.00'));
    expect(back).toEqual(expect.objectContaining({ status: 'partly_paid', amountDue: '100.00' }));
    expect((await inTx((tx) => port().lockOpen(tx, f.tenantId, id))).amountDue).toBe('100.00');
    // Open invoices of the customer, oldest due first.
    const open = await inTx((tx) => port().listOpen(tx, f.tenantId, { customerId: f.customers.local }));
    expect(open.map((o) => o.id)).toContain(id);
    expect(open.every((o) => o.status === 'issued' || o.status === 'partly_paid')).toBe(true);
    const dues = open.map((o) => o.dueDate);
    expect([...dues].sort()).toEqual(dues);
  });

  it('createDraft with look-ups read beforehand, outside the transaction', async () => {
    const lines = [{ productId: f.products.service, quantity: '2' }];
    const prepared = await port().lookups(f.tenantId, f.customers.interstate, lines);
    const draft = await inTx((tx) => port().createDraft(tx, inv(), { customerId: f.customers.interstate, lines }, prepared));
    expect(draft).toEqual(expect.objectContaining({ status: 'draft', total: '1180.00', customerId: f.customers.interstate }));
    expect(await codeOf(port().lookups(f.tenantId, '01900000-0000-7000-8000-000000000000', lines))).toBe('SALES.CUSTOMER_NOT_FOUND');
  });

  it('lockOpen and get: 404 for an unknown invoice, 409 for a draft', async () => {
    expect(await codeOf(inTx((tx) => port().lockOpen(tx, f.tenantId, '01900000-0000-7000-8000-000000000000')))).toBe('SALES.INVOICE_NOT_FOUND');
    const draft = await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/invoices', { customerId: f.customers.local, lines: [{ productId: f.products.service, quantity: '1' }] }), 201);
    expect(await codeOf(inTx((tx) => port().lockOpen(tx, f.tenantId, draft.id)))).toBe('SALES.INVOICE_NOT_OPEN');
    expect((await inTx((tx) => port().get(tx, f.tenantId, draft.id))).status).toBe('draft');
  });
});

describe('tax.calculate.calculateIn (the in-transaction variant added for invoices)', () => {
  it('gives the same result as calculate, inside the caller transaction', async () => {
    const tax = t.context.modules.get<TaxApi>('tax');
    const body = { date: '2026-06-05', buyer: { country: 'IN', stateCode: '29' }, lines: [{ hsn: '8471', quantity: '2', unitPrice: '99.99' }] };
    const outside = await tax.calculate.calculate(f.tenantId, body);
    const tenant = await t.context.modules.get<{ service: { getTenant(id: string): Promise<never> } }>('identity').service.getTenant(f.tenantId);
    const inside = await inTx((tx) => tax.calculate.calculateIn(tx, tenant, body));
    expect(inside).toEqual(outside);
    expect(inside.engine).toBe('gst');
    const relocated = await codeOf(inTx((tx) => tax.calculate.calculateIn(tx, tenant, { lines: [{ quantity: '1', unitPrice: '1' }] })));
    expect(relocated).toBe('TAX.INVALID_CALCULATION');
  });
});

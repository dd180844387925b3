import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvoicesService } from '../../src/modules/sales/invoices/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { accountBalance, entryLines, eventsOf, ok, problem, request, setUpSales, stockOf, trialBalance, type SalesFixture } from './helpers.js';

interface Invoice {
  id: string;
  kind: string;
  number: string;
  status: string;
  total: string;
  amountPaid: string;
  amountDue: string;
  entryId: string;
  originalInvoiceId: string | null;
  lines: { id: string; quantity: string }[];
}
interface CreditNote {
  id: string;
  number: string;
  total: string;
  subtotal: string;
  taxTotal: string;
  applied: string;
  unapplied: string;
  entryId: string;
  stockEntryId: string | null;
  lines: { quantity: string; taxableValue: string; taxAmount: string; returnedToStock: boolean }[];
}

let t: TestApp;
let f: SalesFixture;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t, { openingQuantity: '50' });
});
afterAll(async () => t?.close());

async function issueInvoice(lines: object[], customerId = f.customers.local): Promise<Invoice> {
  return ok<Invoice>(request(t, f.owner, 'POST', '/api/v1/invoices', { customerId, date: '2026-06-20', lines, issue: true }), 201);
}

describe('credit notes', () => {
  it('a partial credit note with stock return: tax reversed at the invoice rates, stock back at its cost, applied to the amount due', async () => {
    const invoice = await issueInvoice([
      { productId: f.products.laptop, quantity: '4', unitPrice: '1000.00', storeId: f.storeId },
      { productId: f.products.service, quantity: '1', unitPrice: '500.00' },
    ]);
    expect(invoice.total).toBe('5310.00'); // 4500 + 18 %
    expect((await stockOf(t, f.owner, f.storeId, f.products.laptop)).quantity).toBe('46');
    const cogsBefore = await accountBalance(t, f.tenantId, { subtype: 'cost_of_goods_sold' });
    const receivableBefore = await accountBalance(t, f.tenantId, { partyId: f.customers.local, code: '1130' });

    const note = await ok<CreditNote>(
      request(t, f.owner, 'POST', '/api/v1/credit-notes', { invoiceId: invoice.id, date: '2026-06-25', reason: 'One laptop returned', returnToStock: true, lines: [{ invoiceLineId: invoice.lines[0]!.id, quantity: '1' }] }),
      201,
    );
    expect(note.subtotal).toBe('1000.00');
    expect(note.taxTotal).toBe('180.00');
    expect(note.total).toBe('1180.00');
    expect(note.applied).toBe('1180.00');
    expect(note.unapplied).toBe('0.00');
    expect(note.lines[0]).toEqual(expect.objectContaining({ quantity: '1', returnedToStock: true }));

    const lines = await entryLines(t, f.tenantId, note.entryId);
    expect(lines.find((l) => l.accountCode === '1130')).toEqual(expect.objectContaining({ credit: 118000n, partyId: f.customers.local }));
    expect(lines.find((l) => l.accountCode === '4100')).toEqual(expect.objectContaining({ debit: 100000n }));
    expect(lines.find((l) => l.accountCode === '2151')).toEqual(expect.objectContaining({ debit: 9000n }));
    expect(lines.find((l) => l.accountCode === '2152')).toEqual(expect.objectContaining({ debit: 9000n }));

    // One laptop back in the store at the 600.00 it left with; COGS credited by that.
    expect((await stockOf(t, f.owner, f.storeId, f.products.laptop)).quantity).toBe('47');
    expect(await accountBalance(t, f.tenantId, { subtype: 'cost_of_goods_sold' })).toBe(cogsBefore - 60000n);
    expect((await accountBalance(t, f.tenantId, { partyId: f.customers.local, code: '1130' })) - receivableBefore).toBe(-118000n);

    const after = await ok<Invoice>(request(t, f.owner, 'GET', `/api/v1/invoices/${invoice.id}`));
    expect(after.status).toBe('partly_paid');
    expect(after.amountPaid).toBe('1180.00');
    expect(after.amountDue).toBe('4130.00');
    expect(await trialBalance(t, f.tenantId)).toBe(0n);

    // No more than invoiced minus credited: 3 laptops are left to credit.
    const tooMany = await request(t, f.owner, 'POST', '/api/v1/credit-notes', { invoiceId: invoice.id, lines: [{ invoiceLineId: invoice.lines[0]!.id, quantity: '4' }] });
    expect(tooMany.statusCode).toBe(422);
    expect(problem(tooMany)).toEqual(expect.objectContaining({ code: 'SALES.CREDIT_EXCEEDS_INVOICED', errors: [expect.objectContaining({ path: 'body.lines[0].quantity' })] }));

    // A credited invoice cannot be voided.
    expect(problem(await request(t, f.owner, 'POST', `/api/v1/invoices/${invoice.id}/void`, {})).code).toMatch(/SALES.INVOICE_(SETTLED|CREDITED)/);

    const listed = await ok<{ items: { id: string }[] }>(request(t, f.owner, 'GET', `/api/v1/credit-notes?invoiceId=${invoice.id}`));
    expect(listed.items.map((x) => x.id)).toEqual([note.id]);
    expect((await eventsOf(t, f.tenantId, 'credit_note.created')).map((e) => e.id)).toContain(note.id);

    // One more laptop credited without a return, then the last two returned: stock gets exactly the
    // returned units back, and COGS is credited their cost only.
    await ok(request(t, f.owner, 'POST', '/api/v1/credit-notes', { invoiceId: invoice.id, lines: [{ invoiceLineId: invoice.lines[0]!.id, quantity: '1' }] }), 201);
    expect((await stockOf(t, f.owner, f.storeId, f.products.laptop)).quantity).toBe('47');
    const last = await ok<CreditNote>(request(t, f.owner, 'POST', '/api/v1/credit-notes', { invoiceId: invoice.id, returnToStock: true, lines: [{ invoiceLineId: invoice.lines[0]!.id, quantity: '2' }] }), 201);
    expect(last.subtotal).toBe('2000.00');
    expect((await stockOf(t, f.owner, f.storeId, f.products.laptop)).quantity).toBe('49');
    expect(await accountBalance(t, f.tenantId, { subtype: 'cost_of_goods_sold' })).toBe(cogsBefore - 180000n);
    const settled = await ok<Invoice>(request(t, f.owner, 'GET', `/api/v1/invoices/${invoice.id}`));
    expect(settled.amountDue).toBe('590.00'); // only the service line is left
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
  });

  it('crediting more than is due leaves the rest as customer credit on the receivable; the invoice is paid', async () => {
    const invoice = await issueInvoice([{ productId: f.products.service, quantity: '2', unitPrice: '500.00' }], f.customers.consumer);
    const sales = t.context.modules.get<{ invoices: InvoicesService }>('sales');
    const inv = { actor: { type: 'user' as const, id: f.owner.userId }, tenantId: f.tenantId, requestId: null, ip: null };
    await t.db.withTenant(f.tenantId, (tx) => sales.invoices.applySettlement(tx, inv, invoice.id, '1000.00')); // a payment of 1000 of 1180
    const note = await ok<CreditNote>(request(t, f.owner, 'POST', '/api/v1/credit-notes', { invoiceId: invoice.id, lines: [{ invoiceLineId: invoice.lines[0]!.id, quantity: '2' }] }), 201);
    expect(note.total).toBe('1180.00');
    expect(note.applied).toBe('180.00');
    expect(note.unapplied).toBe('1000.00');
    const after = await ok<Invoice>(request(t, f.owner, 'GET', `/api/v1/invoices/${invoice.id}`));
    expect(after.status).toBe('paid');
    // Receivable of the customer: +1180 invoice − 1180 credit = 0 (the payment's own entry is the payments area's).
    expect(await accountBalance(t, f.tenantId, { partyId: f.customers.consumer, code: '1130' })).toBe(0n);
    expect((await eventsOf(t, f.tenantId, 'invoice.paid')).map((e) => e.invoiceId)).toContain(invoice.id);
  });

  it('refuses credit notes on drafts and unknown lines, writing nothing', async () => {
    const draft = await ok<Invoice>(request(t, f.owner, 'POST', '/api/v1/invoices', { customerId: f.customers.local, lines: [{ productId: f.products.service, quantity: '1' }] }), 201);
    const onDraft = await request(t, f.owner, 'POST', '/api/v1/credit-notes', { invoiceId: draft.id, lines: [{ invoiceLineId: draft.lines[0]!.id, quantity: '1' }] });
    expect(onDraft.statusCode).toBe(409);
    const invoice = await issueInvoice([{ productId: f.products.service, quantity: '1' }]);
    const wrongLine = await request(t, f.owner, 'POST', '/api/v1/credit-notes', { invoiceId: invoice.id, lines: [{ invoiceLineId: draft.lines[0]!.id, quantity: '1' }] });
    expect(problem(wrongLine).errors).toEqual([expect.objectContaining({ path: 'body.lines[0].invoiceLineId' })]);
  });
});

describe('debit notes', () => {
  it('a debit note is an invoice of kind debit_note linked to the original, posted and open for payment', async () => {
    const invoice = await issueInvoice([{ productId: f.products.service, quantity: '1', unitPrice: '500.00' }], f.customers.interstate);
    const before = await accountBalance(t, f.tenantId, { partyId: f.customers.interstate, code: '1130' });
    const note = await ok<Invoice>(
      request(t, f.owner, 'POST', '/api/v1/debit-notes', { invoiceId: invoice.id, date: '2026-06-28', reason: 'Extra hours', lines: [{ productId: f.products.service, quantity: '1', unitPrice: '200.00' }] }),
      201,
    );
    expect(note.kind).toBe('debit_note');
    expect(note.status).toBe('issued');
    expect(note.originalInvoiceId).toBe(invoice.id);
    expect(note.total).toBe('236.00');
    const lines = await entryLines(t, f.tenantId, note.entryId);
    expect(lines.find((l) => l.accountCode === '2153')).toEqual(expect.objectContaining({ credit: 3600n }));
    expect((await accountBalance(t, f.tenantId, { partyId: f.customers.interstate, code: '1130' })) - before).toBe(23600n);
    expect((await ok<Invoice>(request(t, f.owner, 'GET', `/api/v1/debit-notes/${note.id}`))).id).toBe(note.id);
    expect((await request(t, f.owner, 'GET', `/api/v1/invoices/${note.id}`)).statusCode).toBe(404);
    const listed = await ok<{ items: { id: string }[] }>(request(t, f.owner, 'GET', `/api/v1/debit-notes?invoiceId=${invoice.id}`));
    expect(listed.items.map((x) => x.id)).toEqual([note.id]);
    // The port lists it among the customer's open documents.
    const sales = t.context.modules.get<{ invoices: InvoicesService }>('sales');
    const open = await t.db.withTenant(f.tenantId, (tx) => sales.invoices.listOpen(tx, f.tenantId, { customerId: f.customers.interstate }));
    expect(open.map((x) => x.id)).toEqual(expect.arrayContaining([invoice.id, note.id]));
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
  });
});

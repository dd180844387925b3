import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvoicesService } from '../../src/modules/sales/invoices/index.js';
import { DevMailbox } from '../../src/platform/mail/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { eventsOf, LOCAL_GSTIN, ok, problem, request, SELLER_GSTIN, setUpSales, type SalesFixture } from './helpers.js';

let t: TestApp;
let f: SalesFixture;
let invoiceId: string;
let number: string;

const invoices = () => t.context.modules.get<{ invoices: InvoicesService }>('sales').invoices;

async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join('\n');
}

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t);
  const settings = await request(t, f.owner, 'GET', '/api/v1/sales/settings');
  await ok(request(t, f.owner, 'PUT', '/api/v1/sales/settings', { upiVpa: 'kontor@okbank', upiPayeeName: 'Kontor Test Traders', invoiceFooter: 'Thank you for your business' }, { 'if-match': settings.headers.etag as string }));
  const issued = await ok<{ id: string; number: string }>(
    request(t, f.owner, 'POST', '/api/v1/invoices', {
      customerId: f.customers.local,
      date: '2026-06-12',
      issue: true,
      lines: [
        { productId: f.products.laptop, quantity: '2', storeId: f.storeId },
        { productId: f.products.service, quantity: '1' },
      ],
    }),
    201,
  );
  invoiceId = issued.id;
  number = issued.number;
});
afterAll(async () => t?.close());

describe('invoice settings', () => {
  it('reads and changes the settings with If-Match', async () => {
    const read = await request(t, f.owner, 'GET', '/api/v1/sales/settings');
    const body = read.json() as { upiVpa: string; roundTotal: boolean; version: number };
    expect(body).toEqual(expect.objectContaining({ upiVpa: 'kontor@okbank', roundTotal: true }));
    expect((await request(t, f.owner, 'PUT', '/api/v1/sales/settings', { roundTotal: false })).statusCode).toBe(428);
    expect((await request(t, f.owner, 'PUT', '/api/v1/sales/settings', { roundTotal: false }, { 'if-match': '"v999"' })).statusCode).toBe(412);
    const bad = await request(t, f.owner, 'PUT', '/api/v1/sales/settings', { upiVpa: 'not a vpa' }, { 'if-match': read.headers.etag as string });
    expect(problem(bad).errors?.map((e) => e.path)).toEqual(['body.upiVpa']);
  });
});

describe('printable invoice', () => {
  it('maps GSTINs, place of supply, HSN summary, tax breakdown, amount due and the UPI payment', async () => {
    const doc = await invoices().printable(f.tenantId, invoiceId);
    expect(doc.title).toBe('Tax Invoice');
    expect(doc.number).toBe(number);
    expect(doc.seller.gstin).toBe(SELLER_GSTIN);
    expect(doc.buyer.gstin).toBe(LOCAL_GSTIN);
    expect(doc.references).toEqual(expect.arrayContaining([{ label: 'Place of supply', value: 'Maharashtra (27)' }]));
    expect(doc.lines.map((l) => [l.hsn, l.quantity, l.taxableValue, l.amount])).toEqual([
      ['8471', '2', '2000.00', '2360.00'],
      ['9983', '1', '500.00', '590.00'],
    ]);
    expect(doc.taxes).toEqual([
      { label: 'CGST 9%', taxableValue: '2500.00', amount: '225.00' },
      { label: 'SGST 9%', taxableValue: '2500.00', amount: '225.00' },
    ]);
    expect(doc.hsnSummary?.map((h) => [h.hsn, h.taxableValue, h.totalTax])).toEqual([
      ['8471', '2000.00', '360.00'],
      ['9983', '500.00', '90.00'],
    ]);
    expect(doc.total).toBe('2950.00');
    expect(doc.amountDue).toBe('2950.00');
    expect(doc.upi).toEqual({ vpa: 'kontor@okbank', payeeName: 'Kontor Test Traders', amount: '2950.00', note: `Invoice ${number}` });
    expect(doc.footer).toBe('Thank you for your business');
  });

  it('a draft prints without a QR and marked as a draft', async () => {
    const draft = await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/invoices', { customerId: f.customers.local, lines: [{ productId: f.products.service, quantity: '1' }] }), 201);
    const doc = await invoices().printable(f.tenantId, draft.id);
    expect(doc.upi).toBeNull();
    expect(doc.number).toBe('DRAFT');
    expect(doc.copyLabel).toMatch(/DRAFT/);
  });

  it('renders the real PDF: number, GSTIN, HSN and the ₹ total in its text', async () => {
    const r = await request(t, f.owner, 'GET', `/api/v1/invoices/${invoiceId}/pdf`);
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(r.rawPayload);
    const compact = text.replace(/\s+/g, '');
    expect(compact).toContain(number.replace(/\s+/g, ''));
    expect(compact).toContain(SELLER_GSTIN);
    expect(compact).toContain(LOCAL_GSTIN);
    expect(compact).toContain('8471');
    expect(compact).toContain('₹2,950.00');
  });
});

describe('credit and debit note PDFs', () => {
  it('print with their own title, number and the invoice they refer to', async () => {
    const invoice = await ok<{ lines: { id: string }[] }>(request(t, f.owner, 'GET', `/api/v1/invoices/${invoiceId}`));
    const credit = await ok<{ id: string; number: string }>(request(t, f.owner, 'POST', '/api/v1/credit-notes', { invoiceId, lines: [{ invoiceLineId: invoice.lines[1]!.id, quantity: '1' }] }), 201);
    const cr = await request(t, f.owner, 'GET', `/api/v1/credit-notes/${credit.id}/pdf`);
    expect(cr.statusCode).toBe(200);
    const creditText = (await pdfText(cr.rawPayload)).replace(/\s+/g, '');
    expect(creditText).toContain('CreditNote');
    expect(creditText).toContain(credit.number.replace(/\s+/g, ''));
    expect(creditText).toContain(number.replace(/\s+/g, ''));
    expect(creditText).toContain('₹590.00');
    const debit = await ok<{ id: string; number: string }>(request(t, f.owner, 'POST', '/api/v1/debit-notes', { invoiceId, lines: [{ description: 'Freight', hsn: '9965', quantity: '1', unitPrice: '100.00' }] }), 201);
    const dr = await request(t, f.owner, 'GET', `/api/v1/debit-notes/${debit.id}/pdf`);
    expect(dr.statusCode).toBe(200);
    const debitText = (await pdfText(dr.rawPayload)).replace(/\s+/g, '');
    expect(debitText).toContain('DebitNote');
    expect(debitText).toContain(debit.number.replace(/\s+/g, ''));
    expect((await request(t, f.owner, 'GET', `/api/v1/invoices/${debit.id}/pdf`)).statusCode).toBe(404);
  });
});

describe('send', () => {
  it("emails the PDF to the customer's address and emits invoice.sent", async () => {
    const r = await request(t, f.owner, 'POST', `/api/v1/invoices/${invoiceId}/send`, { cc: ['accounts@example.test'] });
    expect(r.statusCode, r.body).toBe(202);
    const mailbox = new DevMailbox(path.join(t.config.dataDir, 'mail'));
    const [summary] = await mailbox.list({ limit: 1, to: 'asha@local-buyer.example', tag: 'sales.invoice' });
    expect(summary).toBeDefined();
    const mail = (await mailbox.read(summary!.id))!;
    expect(mail.subject).toContain(number);
    expect(mail.cc).toEqual(['accounts@example.test']);
    expect(mail.attachments).toEqual([expect.objectContaining({ contentType: 'application/pdf' })]);
    expect((await eventsOf(t, f.tenantId, 'invoice.sent')).map((e) => e.invoiceId)).toContain(invoiceId);
    const after = await ok<{ sentAt: string | null }>(request(t, f.owner, 'GET', `/api/v1/invoices/${invoiceId}`));
    expect(after.sentAt).not.toBeNull();
  });

  it('refuses drafts and customers without an email address', async () => {
    const draft = await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/invoices', { customerId: f.customers.local, lines: [{ productId: f.products.service, quantity: '1' }] }), 201);
    expect(problem(await request(t, f.owner, 'POST', `/api/v1/invoices/${draft.id}/send`, {})).code).toBe('SALES.INVOICE_NOT_ISSUED');
    const noEmail = await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/invoices', { customerId: f.customers.interstate, issue: true, lines: [{ productId: f.products.service, quantity: '1' }] }), 201);
    const r = await request(t, f.owner, 'POST', `/api/v1/invoices/${noEmail.id}/send`, {});
    expect(r.statusCode).toBe(422);
    expect(problem(r)).toEqual(expect.objectContaining({ code: 'SALES.NO_RECIPIENT', errors: [expect.objectContaining({ path: 'body.to' })] }));
  });
});

describe('list', () => {
  it('filters by status, customer, dates, overdue and number, in cursor pages', async () => {
    const all = await ok<{ items: { id: string; status: string }[]; nextCursor: string | null }>(request(t, f.owner, 'GET', '/api/v1/invoices?limit=1'));
    expect(all.items).toHaveLength(1);
    expect(all.nextCursor).not.toBeNull();
    const next = await ok<{ items: { id: string }[] }>(request(t, f.owner, 'GET', `/api/v1/invoices?limit=1&cursor=${all.nextCursor}`));
    expect(next.items[0]!.id).not.toBe(all.items[0]!.id);
    const issued = await ok<{ items: { status: string }[] }>(request(t, f.owner, 'GET', '/api/v1/invoices?status=issued'));
    expect(issued.items.every((x) => x.status === 'issued')).toBe(true);
    const byNumber = await ok<{ items: { id: string }[] }>(request(t, f.owner, 'GET', `/api/v1/invoices?q=${encodeURIComponent(number)}`));
    expect(byNumber.items.map((x) => x.id)).toEqual([invoiceId]);
    const byCustomer = await ok<{ items: { customerId: string }[] }>(request(t, f.owner, 'GET', `/api/v1/invoices?customerId=${f.customers.interstate}`));
    expect(byCustomer.items.every((x) => x.customerId === f.customers.interstate)).toBe(true);
    // Invoice dated 2026-06-12 with 30 days' terms: overdue long before today (the test clock is the real one).
    const overdue = await ok<{ items: { id: string; overdue: boolean }[] }>(request(t, f.owner, 'GET', '/api/v1/invoices?overdue=true&from=2026-06-12&to=2026-06-12'));
    expect(overdue.items.map((x) => [x.id, x.overdue])).toEqual([[invoiceId, true]]);
    expect((await request(t, f.owner, 'GET', '/api/v1/invoices?from=2026-07-01&to=2026-06-01')).statusCode).toBe(400);
    expect((await request(t, f.owner, 'GET', '/api/v1/invoices?cursor=bogus')).statusCode).toBe(400);
  });
});

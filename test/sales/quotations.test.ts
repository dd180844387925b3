import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SalesApi } from '../../src/modules/sales/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { eventsOf, ok, problem, request, setUpSales, type SalesFixture } from './helpers.js';
import { member, pdfOf, quote, setRules, type OrderJson, type QuotationJson } from './orders-helpers.js';

let t: TestApp;
let f: SalesFixture;
let admin: Awaited<ReturnType<typeof member>>;
let seller: Awaited<ReturnType<typeof member>>;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t, { stores: 2 });
  admin = await member(t, f.owner, 'admin');
  seller = await member(t, f.owner, 'sales');
});
afterAll(async () => t?.close());

const laptops = (quantity: string, extra: object = {}) => ({ productId: f.products.laptop, quantity, ...extra });

describe('pricing and taxes', () => {
  it('prices catalog lines from the catalog, free-text lines as given, and taxes them with GST like an invoice', async () => {
    const q = await ok<QuotationJson>(
      quote(t, f.owner, {
        customerId: f.customers.local,
        terms: 'Prices valid for 30 days',
        lines: [laptops('2', { discountPercent: '10' }), { description: 'Installation', hsn: '9983', quantity: '1', unitPrice: '500' }],
      }),
      201,
    );
    expect(q).toMatchObject({ status: 'draft', number: null, revision: 1, currency: 'INR', approvalRequired: false });
    expect(q.lines[0]).toMatchObject({ description: 'Laptop', unitPrice: '1000', discountPercent: '10', taxableValue: '1800.00', tax: '324.00', amount: '2124.00' });
    expect(q.lines[1]).toMatchObject({ description: 'Installation', unitPrice: '500', taxableValue: '500.00', tax: '90.00' });
    // Intra-state (seller and buyer in 27): CGST + SGST, each half of 18 %.
    expect(q.totals).toMatchObject({ subtotal: '2500.00', discount: '200.00', taxableValue: '2300.00', tax: '414.00', total: '2714.00' });
    expect(q.totals.taxes.map((x) => x.label)).toEqual(['CGST 9%', 'SGST 9%']);
    const interstate = await ok<QuotationJson>(quote(t, f.owner, { customerId: f.customers.interstate, lines: [laptops('1')] }), 201);
    expect(interstate.totals.taxes).toEqual([{ label: 'IGST 18%', taxableValue: '1000.00', amount: '180.00' }]);
    expect(await eventsOf(t, f.tenantId, 'quotation.created')).toEqual(expect.arrayContaining([expect.objectContaining({ id: q.id, status: 'draft' })]));
  });

  it('refuses bad input with field paths and writes nothing', async () => {
    const before = await rowCounts(t.testDb.ownerUrl);
    const numeric = await quote(t, f.owner, { customerId: f.customers.local, lines: [{ productId: f.products.laptop, quantity: 2 }] });
    expect([numeric.statusCode, problem(numeric).errors?.[0]?.path]).toEqual([400, 'body.lines[0].quantity']);
    const unknown = await quote(t, f.owner, { customerId: f.customers.local, lines: [laptops('1'), { productId: '00000000-0000-4000-8000-000000000000', quantity: '1' }] });
    expect([unknown.statusCode, problem(unknown).code, problem(unknown).errors?.[0]?.path]).toEqual([422, 'SALES.PRODUCT_NOT_FOUND', 'body.lines[1].productId']);
    const noPrice = await quote(t, f.owner, { customerId: f.customers.local, lines: [{ description: 'Consulting', hsn: '9983', quantity: '1' }] });
    expect([noPrice.statusCode, problem(noPrice).errors]).toEqual([422, [{ path: 'body.lines[0].unitPrice', message: 'give a unit price (or a productId)' }]]);
    const noCustomer = await quote(t, f.owner, { customerId: f.products.laptop, lines: [laptops('1')] });
    expect([noCustomer.statusCode, problem(noCustomer).errors?.[0]?.path]).toEqual([422, 'body.customerId']);
    const dates = await quote(t, f.owner, { customerId: f.customers.local, date: '2026-07-10', validUntil: '2026-07-01', lines: [laptops('1')] });
    expect([dates.statusCode, problem(dates).errors?.[0]?.path]).toEqual([422, 'body.validUntil']);
    const discount = await quote(t, f.owner, { customerId: f.customers.local, lines: [laptops('1', { discountPercent: '120' })] });
    expect([discount.statusCode, problem(discount).errors?.[0]?.path]).toEqual([400, 'body.lines[0].discountPercent']);
    const noHsn = await quote(t, f.owner, { customerId: f.customers.local, lines: [{ description: 'Odd item', quantity: '1', unitPrice: '10' }] });
    expect([noHsn.statusCode, problem(noHsn).errors?.[0]?.path]).toEqual([422, 'body.lines[0].hsn']);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });
});

describe('approval rules', () => {
  it('keeps rules per tenant with If-Match', async () => {
    const read = await request(t, f.owner, 'GET', '/api/v1/sales/approval-rules');
    expect(read.json()).toEqual({ maxDiscountPercent: null, maxTotal: null, version: 1 });
    const noMatch = await request(t, f.owner, 'PUT', '/api/v1/sales/approval-rules', { maxDiscountPercent: '10', maxTotal: null });
    expect(noMatch.statusCode).toBe(428);
    const set = await setRules(t, f.owner, { maxDiscountPercent: '10', maxTotal: '50000' });
    expect(set).toEqual({ maxDiscountPercent: '10', maxTotal: '50000', version: 2 });
    const stale = await request(t, f.owner, 'PUT', '/api/v1/sales/approval-rules', { maxDiscountPercent: '5', maxTotal: null }, { 'if-match': '"v1"' });
    expect(stale.statusCode).toBe(412);
    // The sales role may read the rules but not change them.
    expect((await request(t, seller, 'GET', '/api/v1/sales/approval-rules')).statusCode).toBe(200);
    expect((await request(t, seller, 'PUT', '/api/v1/sales/approval-rules', { maxDiscountPercent: null, maxTotal: null }, { 'if-match': '"v2"' })).statusCode).toBe(403);
  });

  it('needs no approval at or below the thresholds: submit approves, send sends, with a number', async () => {
    const q = await ok<QuotationJson>(quote(t, seller, { customerId: f.customers.local, lines: [laptops('1', { discountPercent: '10' })] }), 201);
    expect(q.approvalRequired).toBe(false);
    const sent = await ok<QuotationJson>(request(t, seller, 'POST', `/api/v1/quotations/${q.id}/send`));
    expect(sent.status).toBe('sent');
    expect(sent.number).toMatch(/\S+/);
    const q2 = await ok<QuotationJson>(quote(t, seller, { customerId: f.customers.local, lines: [laptops('1')] }), 201);
    const submitted = await ok<QuotationJson>(request(t, seller, 'POST', `/api/v1/quotations/${q2.id}/submit`));
    expect(submitted.status).toBe('approved');
    expect(submitted.number).not.toBe(sent.number);
  });

  it('sends a quotation above a threshold to the approvals inbox; its author cannot approve it, a manager can', async () => {
    const q = await ok<QuotationJson>(quote(t, seller, { customerId: f.customers.local, lines: [laptops('3', { discountPercent: '15' })] }), 201);
    expect(q.approvalRequired).toBe(true);
    expect(q.approvalReasons[0]).toMatch(/discount 15% is above 10%/);
    const sent = await ok<QuotationJson>(request(t, seller, 'POST', `/api/v1/quotations/${q.id}/send`));
    expect(sent.status).toBe('pending_approval');
    // Not convertible while waiting.
    const early = await request(t, seller, 'POST', `/api/v1/quotations/${q.id}/convert`, {});
    expect([early.statusCode, problem(early).code]).toEqual([409, 'SALES.QUOTATION_NOT_CONVERTIBLE']);

    const inbox = await ok<{ items: QuotationJson[] }>(request(t, admin, 'GET', '/api/v1/sales/approvals'));
    expect(inbox.items.map((x) => x.id)).toContain(q.id);
    // The sales role holds no approve permission.
    const bySeller = await request(t, seller, 'POST', `/api/v1/quotations/${q.id}/approve`, {});
    expect(bySeller.statusCode).toBe(403);
    expect((await request(t, seller, 'GET', '/api/v1/sales/approvals')).statusCode).toBe(403);

    // The owner can approve, but not a quotation they wrote themselves.
    const own = await ok<QuotationJson>(quote(t, f.owner, { customerId: f.customers.local, lines: [laptops('1', { discountPercent: '20' })] }), 201);
    await ok(request(t, f.owner, 'POST', `/api/v1/quotations/${own.id}/send`));
    const self = await request(t, f.owner, 'POST', `/api/v1/quotations/${own.id}/approve`, {});
    expect([self.statusCode, problem(self).code]).toEqual([403, 'SALES.SELF_APPROVAL']);
    expect((await ok<QuotationJson>(request(t, f.owner, 'GET', `/api/v1/quotations/${own.id}`))).status).toBe('pending_approval');

    const approved = await ok<QuotationJson>(request(t, admin, 'POST', `/api/v1/quotations/${q.id}/approve`, { reason: 'Strategic customer' }));
    expect(approved).toMatchObject({ status: 'approved', decision: { by: admin.userId, reason: 'Strategic customer' } });
    const again = await request(t, admin, 'POST', `/api/v1/quotations/${q.id}/approve`, {});
    expect([again.statusCode, problem(again).code]).toEqual([409, 'SALES.QUOTATION_NOT_PENDING_APPROVAL']);
    const audit = await adminQuery(t.testDb.ownerUrl, `select actor->>'id' as actor_id, after->'decision'->>'reason' as reason from platform.audit_log where tenant_id = $1 and action = 'quotation.approved' and entity_id = $2`, [f.tenantId, q.id]);
    expect(audit.rows).toEqual([{ actor_id: admin.userId, reason: 'Strategic customer' }]);
    expect(await eventsOf(t, f.tenantId, 'quotation.approved')).toEqual(expect.arrayContaining([expect.objectContaining({ id: q.id })]));

    // Approved: send, accept, convert — once.
    expect((await ok<QuotationJson>(request(t, seller, 'POST', `/api/v1/quotations/${q.id}/send`))).status).toBe('sent');
    expect((await ok<QuotationJson>(request(t, seller, 'POST', `/api/v1/quotations/${q.id}/accept`))).status).toBe('accepted');
    const order = await ok<OrderJson>(request(t, seller, 'POST', `/api/v1/quotations/${q.id}/convert`, {}), 201);
    expect(order).toMatchObject({ status: 'draft', quotationId: q.id, customerId: f.customers.local, totals: q.totals });
    expect(order.lines.map((l) => [l.productId, l.ordered, l.discountPercent])).toEqual([[f.products.laptop, '3', '15']]);
    const twice = await request(t, seller, 'POST', `/api/v1/quotations/${q.id}/convert`, {});
    expect([twice.statusCode, problem(twice).code, problem(twice).salesOrderId]).toEqual([409, 'SALES.QUOTATION_ALREADY_CONVERTED', order.id]);
    expect((await ok<QuotationJson>(request(t, seller, 'GET', `/api/v1/quotations/${q.id}`))).status).toBe('converted');
    const orders = await adminQuery(t.testDb.ownerUrl, `select count(*)::int as n from sales.sales_orders where tenant_id = $1 and quotation_id = $2`, [f.tenantId, q.id]);
    expect(orders.rows).toEqual([{ n: 1 }]);
  });

  it('a total above the limit needs approval too; a rejected quotation cannot convert', async () => {
    const q = await ok<QuotationJson>(quote(t, seller, { customerId: f.customers.local, lines: [laptops('60')] }), 201);
    expect(q.approvalReasons).toEqual(['total 70800.00 is above 50000']);
    await ok(request(t, seller, 'POST', `/api/v1/quotations/${q.id}/submit`));
    const noReason = await request(t, admin, 'POST', `/api/v1/quotations/${q.id}/reject`, {});
    expect([noReason.statusCode, problem(noReason).errors?.[0]?.path]).toEqual([400, 'body.reason']);
    const rejected = await ok<QuotationJson>(request(t, admin, 'POST', `/api/v1/quotations/${q.id}/reject`, { reason: 'Too large for this customer' }));
    expect(rejected).toMatchObject({ status: 'rejected', decision: { reason: 'Too large for this customer' } });
    const convert = await request(t, seller, 'POST', `/api/v1/quotations/${q.id}/convert`, {});
    expect([convert.statusCode, problem(convert).code]).toEqual([409, 'SALES.QUOTATION_NOT_CONVERTIBLE']);
    expect((await request(t, seller, 'POST', `/api/v1/quotations/${q.id}/send`)).statusCode).toBe(409);
  });
});

describe('expiry', () => {
  it('shows an open quotation past its validity date as expired and refuses to convert or accept it', async () => {
    const q = await ok<QuotationJson>(quote(t, f.owner, { customerId: f.customers.local, lines: [laptops('1')] }), 201);
    await ok(request(t, f.owner, 'POST', `/api/v1/quotations/${q.id}/send`));
    // Time passes: the validity date is now behind us.
    await adminQuery(t.testDb.ownerUrl, `update sales.quotations set quote_date = date '2026-01-01', valid_until = date '2026-01-31' where tenant_id = $1 and id = $2`, [f.tenantId, q.id]);
    const read = await ok<QuotationJson>(request(t, f.owner, 'GET', `/api/v1/quotations/${q.id}`));
    expect(read.status).toBe('expired');
    const convert = await request(t, f.owner, 'POST', `/api/v1/quotations/${q.id}/convert`, {});
    expect([convert.statusCode, problem(convert).code]).toEqual([409, 'SALES.QUOTATION_EXPIRED']);
    const accept = await request(t, f.owner, 'POST', `/api/v1/quotations/${q.id}/accept`);
    expect([accept.statusCode, problem(accept).code]).toEqual([409, 'SALES.QUOTATION_EXPIRED']);
    const edit = await request(t, f.owner, 'PUT', `/api/v1/quotations/${q.id}`, { customerId: f.customers.local, lines: [laptops('1')] }, { 'if-match': `"v${read.version}"` });
    expect([edit.statusCode, problem(edit).code]).toEqual([409, 'SALES.QUOTATION_NOT_EDITABLE']);
    const expired = await ok<{ items: QuotationJson[] }>(request(t, f.owner, 'GET', '/api/v1/quotations?status=expired'));
    expect(expired.items.map((x) => x.id)).toEqual([q.id]);
    const sentList = await ok<{ items: QuotationJson[] }>(request(t, f.owner, 'GET', '/api/v1/quotations?status=sent&limit=200'));
    expect(sentList.items.map((x) => x.id)).not.toContain(q.id);
  });
});

describe('revisions', () => {
  it('edits a draft in place, and a sent quotation as a new revision that keeps the old one readable', async () => {
    const q = await ok<QuotationJson>(quote(t, seller, { customerId: f.customers.local, lines: [laptops('2')] }), 201);
    const noMatch = await request(t, seller, 'PUT', `/api/v1/quotations/${q.id}`, { customerId: f.customers.local, lines: [laptops('3')] });
    expect(noMatch.statusCode).toBe(428);
    const draft = await ok<QuotationJson>(request(t, seller, 'PUT', `/api/v1/quotations/${q.id}`, { customerId: f.customers.local, lines: [laptops('3')] }, { 'if-match': `"v${q.version}"` }));
    expect([draft.revision, draft.lines[0]!.quantity]).toEqual([1, '3']);
    const sent = await ok<QuotationJson>(request(t, seller, 'POST', `/api/v1/quotations/${q.id}/send`));
    const stale = await request(t, seller, 'PUT', `/api/v1/quotations/${q.id}`, { customerId: f.customers.local, lines: [laptops('4')] }, { 'if-match': `"v${draft.version}"` });
    expect(stale.statusCode).toBe(412);
    const rev2 = await ok<QuotationJson>(
      request(t, seller, 'PUT', `/api/v1/quotations/${q.id}`, { customerId: f.customers.local, lines: [laptops('4', { discountPercent: '5' })] }, { 'if-match': `"v${sent.version}"` }),
    );
    expect(rev2).toMatchObject({ revision: 2, status: 'draft', number: sent.number });
    const revisions = await ok<{ items: { revision: number; current: boolean; quotation: QuotationJson }[] }>(request(t, seller, 'GET', `/api/v1/quotations/${q.id}/revisions`));
    expect(revisions.items.map((r) => [r.revision, r.current, r.quotation.status, r.quotation.lines[0]!.quantity, r.quotation.totals.total])).toEqual([
      [1, false, 'sent', '3', sent.totals.total],
      [2, true, 'draft', '4', rev2.totals.total],
    ]);
    // Sending revision 2 keeps the number.
    expect((await ok<QuotationJson>(request(t, seller, 'POST', `/api/v1/quotations/${q.id}/send`))).number).toBe(sent.number);
  });

  it('records the customer answer: decline is final', async () => {
    const q = await ok<QuotationJson>(quote(t, seller, { customerId: f.customers.local, lines: [laptops('1')] }), 201);
    expect((await request(t, seller, 'POST', `/api/v1/quotations/${q.id}/accept`)).statusCode).toBe(409);
    await ok(request(t, seller, 'POST', `/api/v1/quotations/${q.id}/send`));
    expect((await ok<QuotationJson>(request(t, seller, 'POST', `/api/v1/quotations/${q.id}/decline`))).status).toBe('declined');
    expect((await request(t, seller, 'POST', `/api/v1/quotations/${q.id}/convert`, {})).statusCode).toBe(409);
  });
});

describe('concurrency', () => {
  it('two clients editing with the same ETag: one wins, the other gets 412', async () => {
    const q = await ok<QuotationJson>(quote(t, seller, { customerId: f.customers.local, lines: [laptops('1')] }), 201);
    const edits = await Promise.all(
      ['2', '3'].map((n) => request(t, seller, 'PUT', `/api/v1/quotations/${q.id}`, { customerId: f.customers.local, lines: [laptops(n)] }, { 'if-match': `"v${q.version}"` })),
    );
    expect(edits.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    const winner = edits.find((r) => r.statusCode === 200)!.json() as QuotationJson;
    expect((await ok<QuotationJson>(request(t, seller, 'GET', `/api/v1/quotations/${q.id}`))).lines[0]!.quantity).toBe(winner.lines[0]!.quantity);
  });

  it('two converts at once make one order; the other is told which', async () => {
    const q = await ok<QuotationJson>(quote(t, seller, { customerId: f.customers.local, lines: [laptops('1')] }), 201);
    await ok(request(t, seller, 'POST', `/api/v1/quotations/${q.id}/send`));
    const results = await Promise.all([1, 2].map(() => request(t, seller, 'POST', `/api/v1/quotations/${q.id}/convert`, {})));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const made = results.find((r) => r.statusCode === 201)!.json() as OrderJson;
    expect(problem(results.find((r) => r.statusCode === 409)!)).toMatchObject({ code: 'SALES.QUOTATION_ALREADY_CONVERTED', salesOrderId: made.id });
  });
});

describe('lists', () => {
  it('pages through quotations newest first with a cursor, without repeats', async () => {
    const all = await ok<{ items: QuotationJson[] }>(request(t, f.owner, 'GET', '/api/v1/quotations?limit=200'));
    expect(all.items.length).toBeGreaterThan(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: QuotationJson[]; nextCursor: string | null } = await ok(request(t, f.owner, 'GET', `/api/v1/quotations?limit=2${cursor ? `&cursor=${cursor}` : ''}`));
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((x) => x.id));
    const bad = await request(t, f.owner, 'GET', '/api/v1/quotations?cursor=nonsense');
    expect([bad.statusCode, problem(bad).code]).toEqual([400, 'REQUEST.INVALID_CURSOR']);
  });
});

describe('VAT tenants', () => {
  it('taxes lines with the VAT rate given on them, and charges none when no line names one', async () => {
    const mx = await t.signUp({ countryCode: 'MX', baseCurrency: 'MXN', timezone: 'America/Mexico_City' });
    await ok(request(t, mx, 'POST', '/api/v1/accounts/apply-template', { template: 'small_business' }));
    await ok(request(t, mx, 'POST', '/api/v1/tax/rates/defaults', { country: 'MX' }));
    const rates = await ok<{ items: { id: string; code: string }[] }>(request(t, mx, 'GET', '/api/v1/tax/rates?limit=200'));
    const iva = rates.items.find((r) => r.code === 'IVA16')!.id;
    const customer = (await ok<{ id: string }>(request(t, mx, 'POST', '/api/v1/customers', { legalName: 'Cliente SA' }), 201)).id;
    const taxed = await ok<QuotationJson>(quote(t, mx, { customerId: customer, lines: [{ description: 'Consultoría', quantity: '2', unitPrice: '100', discountPercent: '10', taxRateId: iva }] }), 201);
    expect(taxed.currency).toBe('MXN');
    expect(taxed.lines[0]).toMatchObject({ taxableValue: '180.00', tax: '28.80', amount: '208.80', taxRate: '16' });
    expect(taxed.totals).toMatchObject({ subtotal: '200.00', discount: '20.00', taxableValue: '180.00', tax: '28.80', total: '208.80' });
    const untaxed = await ok<QuotationJson>(quote(t, mx, { customerId: customer, lines: [{ description: 'Consultoría', quantity: '2', unitPrice: '100' }] }), 201);
    expect(untaxed.totals).toMatchObject({ taxableValue: '200.00', tax: '0.00', total: '200.00', taxes: [] });
    const mixed = await quote(t, mx, { customerId: customer, lines: [{ description: 'A', quantity: '1', unitPrice: '1', taxRateId: iva }, { description: 'B', quantity: '1', unitPrice: '1' }] });
    expect([mixed.statusCode, problem(mixed).errors?.[0]?.path]).toEqual([422, 'body.lines[1].taxRateId']);
  });
});

describe('printing', () => {
  it('maps a quotation to the printable document the PDF renderer takes', async () => {
    const q = await ok<QuotationJson>(quote(t, f.owner, { customerId: f.customers.local, validUntil: '2099-12-31', lines: [laptops('2')], terms: 'Net 30' }), 201);
    const sent = await ok<QuotationJson>(request(t, f.owner, 'POST', `/api/v1/quotations/${q.id}/send`));
    const doc = await t.context.modules.get<SalesApi>('sales').orders.quotationDocument(f.tenantId, q.id);
    expect(doc).toMatchObject({
      title: 'Quotation',
      number: sent.number,
      validUntil: '2099-12-31',
      currency: 'INR',
      seller: { gstin: '27AAPFU0939F1ZV' },
      buyer: { name: 'Local Buyer Pvt Ltd', gstin: '27AAGCG4576J1Z6' },
      subtotal: '2000.00',
      total: '2360.00',
      terms: 'Net 30',
    });
    expect(doc.lines).toEqual([expect.objectContaining({ description: 'Laptop', hsn: '8471', quantity: '2', taxableValue: '2000.00', taxAmount: '360.00', amount: '2360.00' })]);
    expect(doc.taxes.map((x) => [x.label, x.amount])).toEqual([
      ['CGST 9%', '180.00'],
      ['SGST 9%', '180.00'],
    ]);
    const text = await pdfOf(t, f.owner, `/api/v1/quotations/${q.id}/pdf`);
    expect(text).toContain('Quotation');
    expect(text).toContain(sent.number!);
    expect(text).toContain('27AAGCG4576J1Z6');
    expect(text).toContain('₹');
    expect((await request(t, f.owner, 'GET', '/api/v1/quotations/00000000-0000-4000-8000-000000000000/pdf')).statusCode).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { crossTenantProbe, type ProbeTarget } from '../support/cross-tenant-probe.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { ok, request, setUpSales, type SalesFixture } from './helpers.js';

let t: TestApp;
let a: SalesFixture;
let b: SalesFixture;
let targets: ProbeTarget[];
let ids: { draft: string; issued: string; credit: string; debit: string; lineId: string };

beforeAll(async () => {
  t = await createTestApp();
  a = await setUpSales(t);
  b = await setUpSales(t);
  const lines = [{ productId: a.products.laptop, quantity: '2', storeId: a.storeId }];
  const draft = await ok<{ id: string }>(request(t, a.owner, 'POST', '/api/v1/invoices', { customerId: a.customers.local, lines }), 201);
  const issued = await ok<{ id: string; lines: { id: string }[] }>(request(t, a.owner, 'POST', '/api/v1/invoices', { customerId: a.customers.local, lines, issue: true }), 201);
  const credit = await ok<{ id: string }>(request(t, a.owner, 'POST', '/api/v1/credit-notes', { invoiceId: issued.id, lines: [{ invoiceLineId: issued.lines[0]!.id, quantity: '1' }] }), 201);
  const debit = await ok<{ id: string }>(request(t, a.owner, 'POST', '/api/v1/debit-notes', { invoiceId: issued.id, lines: [{ description: 'Freight', quantity: '1', unitPrice: '100.00', hsn: '9965' }] }), 201);
  ids = { draft: draft.id, issued: issued.id, credit: credit.id, debit: debit.id, lineId: issued.lines[0]!.id };
  const invoiceBody = { customerId: b.customers.local, lines: [{ productId: b.products.service, quantity: '1' }] };
  targets = [
    { url: `/api/v1/invoices/${draft.id}`, bodies: { PUT: invoiceBody } },
    { url: `/api/v1/invoices/${issued.id}`, bodies: { PUT: invoiceBody } },
    `/api/v1/credit-notes/${credit.id}`,
    `/api/v1/debit-notes/${debit.id}`,
  ];
});
afterAll(async () => t?.close());

describe('cross-tenant probe over invoices, credit notes and debit notes', () => {
  it("tenant B can neither see nor change A's invoices and notes", async () => {
    const report = await crossTenantProbe(t, a.owner, b.owner, targets);
    expect(report.failures).toEqual([]);
    expect(report.calls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GET \/api\/v1\/invoices\/[^/]+ -> 404$/),
        expect.stringMatching(/^PUT \/api\/v1\/invoices\/[^/]+ -> 404$/),
        expect.stringMatching(/^DELETE \/api\/v1\/invoices\/[^/]+ -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/invoices\/[^/]+\/issue -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/invoices\/[^/]+\/void -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/invoices\/[^/]+\/send -> 404$/),
        expect.stringMatching(/^GET \/api\/v1\/credit-notes\/[^/]+ -> 404$/),
        expect.stringMatching(/^GET \/api\/v1\/debit-notes\/[^/]+ -> 404$/),
      ]),
    );
  });

  it("B cannot print A's documents, note against A's invoice, or see them in lists", async () => {
    const before = await rowCounts(t.testDb.ownerUrl);
    for (const url of [`/api/v1/invoices/${ids.issued}/pdf`, `/api/v1/credit-notes/${ids.credit}/pdf`, `/api/v1/debit-notes/${ids.debit}/pdf`]) expect((await request(t, b.owner, 'GET', url)).statusCode).toBe(404);
    const credit = await request(t, b.owner, 'POST', '/api/v1/credit-notes', { invoiceId: ids.issued, lines: [{ invoiceLineId: ids.lineId, quantity: '1' }] });
    expect(credit.statusCode).toBe(422);
    const debit = await request(t, b.owner, 'POST', '/api/v1/debit-notes', { invoiceId: ids.issued, lines: [{ description: 'x', quantity: '1', unitPrice: '1.00' }] });
    expect(debit.statusCode).toBe(422);
    // A's customer, product and store are unknown to B.
    const invoice = await request(t, b.owner, 'POST', '/api/v1/invoices', { customerId: a.customers.local, lines: [{ productId: a.products.laptop, quantity: '1', storeId: a.storeId }] });
    expect(invoice.statusCode).toBe(422);
    const mixed = await request(t, b.owner, 'POST', '/api/v1/invoices', { customerId: b.customers.local, lines: [{ productId: a.products.laptop, quantity: '1', storeId: a.storeId }] });
    expect((mixed.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['body.lines[0].productId', 'body.lines[0].storeId']);
    for (const url of ['/api/v1/invoices', '/api/v1/credit-notes', '/api/v1/debit-notes']) expect((await ok<{ items: unknown[] }>(request(t, b.owner, 'GET', url))).items).toEqual([]);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
    expect((await ok<{ items: unknown[] }>(request(t, a.owner, 'GET', '/api/v1/invoices'))).items).toHaveLength(2);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { crossTenantProbe, type ProbeTarget } from '../support/cross-tenant-probe.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { ok, problem, request, setUpSales, type SalesFixture } from './helpers.js';
import { bankAccount, invoiceNow, issuedInvoice, payInvoice, recordPayment, type PaymentJson } from './payments-helpers.js';

let t: TestApp;
let a: SalesFixture;
let b: SalesFixture;
let aBank: string;
let bBank: string;
let aInvoice: string;
let aPayment: PaymentJson;
let targets: ProbeTarget[];

beforeAll(async () => {
  t = await createTestApp();
  a = await setUpSales(t);
  b = await setUpSales(t);
  aBank = await bankAccount(t, a.owner);
  bBank = await bankAccount(t, b.owner);
  const invoice = await issuedInvoice(t, a.owner, a.customers.local, a.products.service, { quantity: '4' });
  aInvoice = invoice.id;
  // A payment with an advance left, so apply and reverse have something to act on.
  aPayment = await ok<PaymentJson>(recordPayment(t, a.owner, { customerId: a.customers.local, amount: '600.00', depositAccountId: aBank, allocations: [{ invoiceId: aInvoice, amount: '100.00' }] }), 201);
  targets = [
    {
      url: `/api/v1/payments/${aPayment.id}`,
      bodies: {
        'POST /api/v1/payments/:id/apply': { allocations: [{ invoiceId: aInvoice, amount: '1.00' }] },
        'POST /api/v1/payments/:id/reverse': { reason: 'probe' },
      },
    },
    `/api/v1/customers/${a.customers.local}/advances`,
  ];
});
afterAll(async () => t?.close());

describe('cross-tenant probe over payments', () => {
  it("tenant B can neither see, apply nor reverse A's payments and advances", async () => {
    const report = await crossTenantProbe(t, a.owner, b.owner, targets);
    expect(report.failures).toEqual([]);
    expect(report.calls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GET \/api\/v1\/payments\/[^/]+ -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/payments\/[^/]+\/apply -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/payments\/[^/]+\/reverse -> 404$/),
        expect.stringMatching(/^GET \/api\/v1\/customers\/[^/]+\/advances -> 404$/),
      ]),
    );
  });

  it("B cannot pay A's invoice, allocate to it, or record a payment for A's customer; B's list shows none of A's payments", async () => {
    const before = await rowCounts(t.testDb.ownerUrl);
    const direct = await payInvoice(t, b.owner, aInvoice, { amount: '1.00', depositAccountId: bBank });
    expect(direct.statusCode).toBe(404);
    const allocated = await recordPayment(t, b.owner, { customerId: b.customers.local, amount: '1.00', depositAccountId: bBank, allocations: [{ invoiceId: aInvoice, amount: '1.00' }] });
    expect(allocated.statusCode).toBe(422);
    expect(problem(allocated)).toMatchObject({ code: 'SALES.INVOICE_NOT_FOUND', errors: [{ path: 'body.allocations[0].invoiceId' }] });
    const customer = await recordPayment(t, b.owner, { customerId: a.customers.local, amount: '1.00', depositAccountId: bBank });
    expect(problem(customer)).toMatchObject({ code: 'SALES.CUSTOMER_NOT_FOUND' });
    const advances = await request(t, b.owner, 'POST', `/api/v1/customers/${a.customers.local}/advances/apply`, { allocations: [{ invoiceId: aInvoice, amount: '1.00' }] });
    expect(advances.statusCode).toBe(404);
    const account = await recordPayment(t, b.owner, { customerId: b.customers.local, amount: '1.00', depositAccountId: aBank });
    expect(problem(account)).toMatchObject({ code: 'SALES.INVALID_DEPOSIT_ACCOUNT', errors: [{ path: 'body.depositAccountId' }] });
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);

    expect((await ok<{ items: unknown[] }>(request(t, b.owner, 'GET', '/api/v1/payments'))).items).toEqual([]);
    expect((await ok<{ items: { id: string }[] }>(request(t, a.owner, 'GET', '/api/v1/payments'))).items.map((p) => p.id)).toEqual([aPayment.id]);
    expect(await invoiceNow(t, a.owner, aInvoice)).toMatchObject({ amountPaid: '100.00' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { crossTenantProbe } from '../support/cross-tenant-probe.js';
import { ok, request, setUpSales, type SalesFixture } from './helpers.js';
import { addDays, createRecurring, issuedInvoice, todayIn } from './recurring-helpers.js';

let t: TestApp;
let a: SalesFixture;
let b: SalesFixture;
let recurringId: string;
let invoiceId: string;

beforeAll(async () => {
  t = await createTestApp();
  a = await setUpSales(t);
  b = await setUpSales(t);
  const today = todayIn();
  const r = await createRecurring(t, a.owner, { customerId: a.customers.local, schedule: { frequency: 'monthly' }, startDate: addDays(today, -1), lines: [{ productId: a.products.service, quantity: '1' }] });
  recurringId = r.id;
  await ok(request(t, a.owner, 'POST', `/api/v1/recurring-invoices/${recurringId}/run`));
  invoiceId = (await issuedInvoice(t, a.owner, a.customers.local, a.products.service, today, today)).id;
  await ok(request(t, a.owner, 'PUT', '/api/v1/sales/reminder-schedule', { enabled: false, stages: [{ offsetDays: 1 }], subject: 'A only', body: 'A only {{link}}' }, { 'if-match': '"v0"' }));
});
afterAll(async () => t?.close());

describe('cross-tenant probe over recurring invoices, reminders, links and statements', () => {
  it("tenant B can neither see nor change A's recurring invoices, nor remind or share A's invoices", async () => {
    const report = await crossTenantProbe(t, a.owner, b.owner, [
      { url: `/api/v1/recurring-invoices/${recurringId}`, bodies: { PUT: { customerId: b.customers.local, schedule: { frequency: 'monthly' }, startDate: '2026-01-01', lines: [{ productId: b.products.service, quantity: '1' }] } } },
      `/api/v1/recurring-invoices/${recurringId}/invoices`,
    ]);
    expect(report.failures).toEqual([]);
    expect(report.calls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GET \/api\/v1\/recurring-invoices\/[^/]+ -> 404$/),
        expect.stringMatching(/^PUT \/api\/v1\/recurring-invoices\/[^/]+ -> 404$/),
        expect.stringMatching(/^DELETE \/api\/v1\/recurring-invoices\/[^/]+ -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/recurring-invoices\/[^/]+\/run -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/recurring-invoices\/[^/]+\/pause -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/recurring-invoices\/[^/]+\/resume -> 404$/),
        expect.stringMatching(/^GET \/api\/v1\/recurring-invoices\/[^/]+\/invoices -> 404$/),
      ]),
    );

    const actions = await crossTenantProbe(t, a.owner, b.owner, [`/api/v1/invoices/${invoiceId}/remind`, `/api/v1/invoices/${invoiceId}/share-link`], { methods: ['POST'] });
    expect(actions.failures).toEqual([]);
    expect(actions.calls).toEqual([expect.stringMatching(/\/remind -> 404$/), expect.stringMatching(/\/share-link -> 404$/)]);
  });

  it("B's lists, reminder schedule and statements show nothing of A's", async () => {
    const list = await ok<{ items: { id: string }[] }>(request(t, b.owner, 'GET', '/api/v1/recurring-invoices'));
    expect(list.items).toEqual([]);
    const schedule = await ok<{ subject: string; version: number }>(request(t, b.owner, 'GET', '/api/v1/sales/reminder-schedule'));
    expect(schedule.version).toBe(0);
    expect(schedule.subject).not.toBe('A only');
    expect((await request(t, b.owner, 'GET', `/api/v1/customers/${a.customers.local}/statement/pdf`)).statusCode).toBe(404);
    // B's own customer id with A's recurring filter shows nothing either way.
    const filtered = await ok<{ items: unknown[] }>(request(t, b.owner, 'GET', `/api/v1/recurring-invoices?customerId=${a.customers.local}`));
    expect(filtered.items).toEqual([]);
  });

  it("B's scheduler run does not touch A's schedules", async () => {
    const before = await ok<{ generatedCount: number }>(request(t, a.owner, 'GET', `/api/v1/recurring-invoices/${recurringId}`));
    const run = await request(t, b.owner, 'POST', `/api/v1/recurring-invoices/${recurringId}/run`);
    expect(run.statusCode).toBe(404);
    const after = await ok<{ generatedCount: number }>(request(t, a.owner, 'GET', `/api/v1/recurring-invoices/${recurringId}`));
    expect(after.generatedCount).toBe(before.generatedCount);
  });
});

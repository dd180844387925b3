import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { crossTenantProbe, type ProbeTarget } from '../support/cross-tenant-probe.js';
import { fuzzableRoutes, judge, probesFor } from '../support/route-fuzzer.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { ok, request, setUpSales, type SalesFixture } from './helpers.js';
import type { DeliveryJson, OrderJson, QuotationJson } from './orders-helpers.js';

let t: TestApp;
let a: SalesFixture;
let b: SalesFixture;
let targets: ProbeTarget[];
let ids: { quotation: string; pending: string; order: string; draftOrder: string; delivery: string };

const MINE = /^\/api\/v1\/(quotations|sales-orders|delivery-notes|sales\/approval-rules|sales\/approvals)(\/|$)/;

beforeAll(async () => {
  t = await createTestApp();
  a = await setUpSales(t);
  b = await setUpSales(t);
  const q = await ok<QuotationJson>(request(t, a.owner, 'POST', '/api/v1/quotations', { customerId: a.customers.local, lines: [{ productId: a.products.laptop, quantity: '2' }] }), 201);
  await ok(request(t, a.owner, 'POST', `/api/v1/quotations/${q.id}/send`));
  const read = await request(t, a.owner, 'GET', '/api/v1/sales/approval-rules');
  await ok(request(t, a.owner, 'PUT', '/api/v1/sales/approval-rules', { maxDiscountPercent: '1', maxTotal: null }, { 'if-match': read.headers.etag as string }));
  const pending = await ok<QuotationJson>(request(t, a.owner, 'POST', '/api/v1/quotations', { customerId: a.customers.local, lines: [{ productId: a.products.laptop, quantity: '1', discountPercent: '5' }] }), 201);
  await ok(request(t, a.owner, 'POST', `/api/v1/quotations/${pending.id}/submit`));
  const order = await ok<OrderJson>(request(t, a.owner, 'POST', '/api/v1/sales-orders', { customerId: a.customers.local, storeId: a.storeId, confirm: true, lines: [{ productId: a.products.laptop, quantity: '5' }] }), 201);
  const draftOrder = await ok<OrderJson>(request(t, a.owner, 'POST', '/api/v1/sales-orders', { customerId: a.customers.local, storeId: a.storeId, lines: [{ productId: a.products.phone, quantity: '1' }] }), 201);
  const delivery = await ok<DeliveryJson>(request(t, a.owner, 'POST', '/api/v1/delivery-notes', { salesOrderId: order.id, lines: [{ orderLineId: order.lines[0]!.id, quantity: '2' }] }), 201);
  ids = { quotation: q.id, pending: pending.id, order: order.id, draftOrder: draftOrder.id, delivery: delivery.id };
  const quotationBody = { customerId: b.customers.local, lines: [{ productId: b.products.laptop, quantity: '1' }] };
  targets = [
    { url: `/api/v1/quotations/${q.id}`, bodies: { PUT: quotationBody, 'POST /api/v1/quotations/:id/reject': { reason: 'no' } } },
    { url: `/api/v1/quotations/${pending.id}`, bodies: { PUT: quotationBody, 'POST /api/v1/quotations/:id/reject': { reason: 'no' } } },
    `/api/v1/quotations/${q.id}/revisions`,
    { url: `/api/v1/sales-orders/${order.id}`, bodies: { PUT: { customerId: b.customers.local, lines: [{ productId: b.products.laptop, quantity: '1' }] } } },
    { url: `/api/v1/sales-orders/${draftOrder.id}`, bodies: { PUT: { customerId: b.customers.local, lines: [{ productId: b.products.laptop, quantity: '1' }] } } },
    { url: `/api/v1/delivery-notes/${delivery.id}`, bodies: { 'POST /api/v1/delivery-notes/:id/return': { reason: 'probe' } } },
  ];
});
afterAll(async () => t?.close());

describe('cross-tenant probe over quotations, sales orders and delivery notes', () => {
  it("tenant B can neither see nor change A's quotations, orders or delivery notes", async () => {
    const report = await crossTenantProbe(t, a.owner, b.owner, targets);
    expect(report.failures).toEqual([]);
    expect(report.calls).toEqual(
      expect.arrayContaining(
        [
          'GET /api/v1/quotations/[^/]+',
          'PUT /api/v1/quotations/[^/]+',
          'POST /api/v1/quotations/[^/]+/approve',
          'POST /api/v1/quotations/[^/]+/convert',
          'GET /api/v1/quotations/[^/]+/revisions',
          'POST /api/v1/sales-orders/[^/]+/confirm',
          'POST /api/v1/sales-orders/[^/]+/invoice',
          'POST /api/v1/sales-orders/[^/]+/cancel',
          'POST /api/v1/delivery-notes/[^/]+/return',
          'POST /api/v1/delivery-notes/[^/]+/invoice',
        ].map((p) => expect.stringMatching(new RegExp(`^${p} -> 404$`))),
      ),
    );
  });

  it("B's lists, inbox and new documents never involve A's records", async () => {
    for (const url of ['/api/v1/quotations', '/api/v1/sales-orders', '/api/v1/delivery-notes', '/api/v1/sales/approvals']) {
      expect((await ok<{ items: unknown[] }>(request(t, b.owner, 'GET', url))).items, url).toEqual([]);
    }
    expect((await ok<{ items: unknown[] }>(request(t, a.owner, 'GET', '/api/v1/sales/approvals'))).items).toHaveLength(1);
    // A's rules are not B's.
    expect((await ok<{ maxDiscountPercent: string | null }>(request(t, b.owner, 'GET', '/api/v1/sales/approval-rules'))).maxDiscountPercent).toBeNull();
    const before = await rowCounts(t.testDb.ownerUrl);
    const deliver = await request(t, b.owner, 'POST', '/api/v1/delivery-notes', { salesOrderId: ids.order });
    expect([deliver.statusCode, (deliver.json() as { code: string }).code]).toEqual([422, 'SALES.ORDER_NOT_FOUND']);
    const withA = await request(t, b.owner, 'POST', '/api/v1/quotations', { customerId: a.customers.local, lines: [{ productId: a.products.laptop, quantity: '1' }] });
    expect([withA.statusCode, (withA.json() as { code: string }).code]).toEqual([422, 'SALES.CUSTOMER_NOT_FOUND']);
    const aProduct = await request(t, b.owner, 'POST', '/api/v1/sales-orders', { customerId: b.customers.local, lines: [{ productId: a.products.laptop, quantity: '1' }] });
    expect([aProduct.statusCode, (aProduct.json() as { code: string }).code]).toEqual([422, 'SALES.PRODUCT_NOT_FOUND']);
    const invoiceTogether = await request(t, b.owner, 'POST', `/api/v1/delivery-notes/${ids.delivery}/invoice`, {});
    expect(invoiceTogether.statusCode).toBe(404);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });
});

describe('route fuzzer over these routes', () => {
  it('answers every malformed request with a 4xx problem document and writes nothing', async () => {
    const routes = fuzzableRoutes(t.routes).filter((r) => MINE.test(r.url));
    expect(routes.length).toBeGreaterThanOrEqual(30);
    const failures: string[] = [];
    for (const route of routes) {
      const before = await rowCounts(t.testDb.ownerUrl);
      for (const probe of probesFor(route, a.owner.headers)) {
        const response = await t.app.inject(probe.request);
        const verdict = judge(probe, response);
        if (verdict) failures.push(`${route.method} ${route.url} [${probe.name}]: ${verdict}`);
      }
      const changed = changedTables(before, await rowCounts(t.testDb.ownerUrl));
      if (changed.length > 0) failures.push(`${route.method} ${route.url}: malformed requests wrote rows to ${changed.join(', ')}`);
    }
    expect(failures).toEqual([]);
  });
});

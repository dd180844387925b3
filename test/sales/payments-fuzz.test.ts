import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { fuzzableRoutes, judge, probesFor } from '../support/route-fuzzer.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { setUpSales, type SalesFixture } from './helpers.js';

let t: TestApp;
let f: SalesFixture;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t);
});
afterAll(async () => t?.close());

const PAYMENT_ROUTES = /^\/api\/v1\/(payments|invoices\/:id\/payment$|customers\/:id\/advances)/;

describe('route fuzzer over the payments routes', () => {
  it('answers every malformed request with a 4xx problem document and writes nothing', async () => {
    const routes = fuzzableRoutes(t.routes).filter((r) => PAYMENT_ROUTES.test(r.url));
    expect(routes.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'GET /api/v1/customers/:id/advances',
      'GET /api/v1/payments',
      'GET /api/v1/payments/:id',
      'GET /api/v1/payments/settings',
      'POST /api/v1/customers/:id/advances/apply',
      'POST /api/v1/invoices/:id/payment',
      'POST /api/v1/payments',
      'POST /api/v1/payments/:id/apply',
      'POST /api/v1/payments/:id/reverse',
      'PUT /api/v1/payments/settings',
    ]);
    const failures: string[] = [];
    for (const route of routes) {
      const before = await rowCounts(t.testDb.ownerUrl);
      for (const probe of probesFor(route, f.owner.headers)) {
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

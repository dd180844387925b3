import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { fuzzableRoutes, judge, probesFor } from '../support/route-fuzzer.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { setUpPurchases, type Fixture } from './helpers.js';

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await setUpPurchases(t);
});
afterAll(async () => t?.close());

const PURCHASE_ROUTES = /^\/api\/v1\/(purchase-orders|goods-receipts|bills|vendor-payments|vendor-debit-notes)(\/|$)/;

describe('route fuzzer over the purchases routes', () => {
  it('answers every malformed request with a 4xx problem document and writes nothing', async () => {
    const routes = fuzzableRoutes(t.routes).filter((r) => PURCHASE_ROUTES.test(r.url));
    expect(routes.length).toBeGreaterThanOrEqual(18);
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
  }, 120_000);
});

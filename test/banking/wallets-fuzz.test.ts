import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { fuzzableRoutes, judge, probesFor } from '../support/route-fuzzer.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { accountId, ok, setUpSales, type SalesFixture } from '../sales/helpers.js';
import { topUp } from './wallets-helpers.js';

let t: TestApp;
let f: SalesFixture;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t);
  await ok(topUp(t, f.owner, f.customers.consumer, { amount: '100.00', depositAccountId: await accountId(t, f.tenantId, '1120') }), 201);
});
afterAll(async () => t?.close());

const WALLET_ROUTES = /^\/api\/v1\/(wallets|customers\/:id\/wallet)/;

describe('route fuzzer over the wallet routes', () => {
  it('answers every malformed request with a 4xx problem document and writes nothing', async () => {
    const routes = fuzzableRoutes(t.routes).filter((r) => WALLET_ROUTES.test(r.url));
    expect(routes.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'GET /api/v1/customers/:id/wallet',
      'GET /api/v1/wallets',
      'POST /api/v1/customers/:id/wallet/adjust',
      'POST /api/v1/customers/:id/wallet/refund',
      'POST /api/v1/customers/:id/wallet/spend',
      'POST /api/v1/customers/:id/wallet/top-up',
    ]);
    const failures: string[] = [];
    for (const route of routes) {
      const before = await rowCounts(t.testDb.ownerUrl);
      for (const probe of probesFor(route, f.owner.headers)) {
        const response = await t.app.inject(probe.request);
        const verdict = judge(probe, response);
        if (verdict) failures.push(`${route.method} ${route.url} [${probe.name}]: ${verdict}`);
      }
      // The customer's own URL with malformed bodies: the real customer, so only the body is wrong.
      if (route.method === 'POST') {
        for (const probe of probesFor({ ...route, params: { type: 'object', properties: { id: { const: f.customers.consumer } } } }, f.owner.headers)) {
          const response = await t.app.inject(probe.request);
          const verdict = judge(probe, response);
          if (verdict) failures.push(`${route.method} ${route.url} (real customer) [${probe.name}]: ${verdict}`);
        }
      }
      const changed = changedTables(before, await rowCounts(t.testDb.ownerUrl));
      if (changed.length > 0) failures.push(`${route.method} ${route.url}: malformed requests wrote rows to ${changed.join(', ')}`);
    }
    expect(failures).toEqual([]);
  });
});

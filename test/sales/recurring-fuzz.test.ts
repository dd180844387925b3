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

const OWN_ROUTES = /^\/api\/v1\/(recurring-invoices|sales\/reminder-schedule|sales\/share-links|invoices\/:id\/(remind|share-link)$|customers\/:id\/statement\/pdf$)/;

describe('route fuzzer over the recurring, reminder, link and statement routes', () => {
  it('answers every malformed request with a 4xx problem document and writes nothing', async () => {
    const routes = fuzzableRoutes(t.routes).filter((r) => OWN_ROUTES.test(r.url));
    expect(routes.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'DELETE /api/v1/recurring-invoices/:id',
      'GET /api/v1/customers/:id/statement/pdf',
      'GET /api/v1/recurring-invoices',
      'GET /api/v1/recurring-invoices/:id',
      'GET /api/v1/recurring-invoices/:id/invoices',
      'GET /api/v1/sales/reminder-schedule',
      'POST /api/v1/invoices/:id/remind',
      'POST /api/v1/invoices/:id/share-link',
      'POST /api/v1/recurring-invoices',
      'POST /api/v1/recurring-invoices/:id/pause',
      'POST /api/v1/recurring-invoices/:id/resume',
      'POST /api/v1/recurring-invoices/:id/run',
      'POST /api/v1/sales/share-links/rotate',
      'PUT /api/v1/recurring-invoices/:id',
      'PUT /api/v1/sales/reminder-schedule',
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

  it('public invoice routes answer junk tokens with a 404 problem, never a 500', async () => {
    for (const token of ['', 'a', '%00', '..%2F..%2Fetc', 'x'.repeat(199), `${'A'.repeat(55)}.${'A'.repeat(43)}`, 'é.ü']) {
      for (const suffix of ['', '/pdf']) {
        const r = await t.app.inject({ method: 'GET', url: `/public/invoices/${token}${suffix}` });
        expect(r.statusCode, `${token}${suffix}: ${r.body}`).toBeGreaterThanOrEqual(400);
        expect(r.statusCode, `${token}${suffix}`).toBeLessThan(500);
        expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    }
    const long = await t.app.inject({ method: 'GET', url: `/public/invoices/${'x'.repeat(500)}` });
    expect(long.statusCode).toBe(404);
    expect(long.body).not.toMatch(/tenant/i);
  });
});

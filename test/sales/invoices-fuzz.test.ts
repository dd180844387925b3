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

const INVOICE_ROUTES = /^\/api\/v1\/(invoices(\/:id(\/(issue|void|pdf|send))?)?|credit-notes.*|debit-notes.*|sales\/settings)$/;

describe('route fuzzer over the invoice, credit note and debit note routes', () => {
  it('answers every malformed request with a 4xx problem document and writes nothing', async () => {
    const routes = fuzzableRoutes(t.routes).filter((r) => INVOICE_ROUTES.test(r.url));
    expect(routes.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'DELETE /api/v1/invoices/:id',
      'GET /api/v1/credit-notes',
      'GET /api/v1/credit-notes/:id',
      'GET /api/v1/credit-notes/:id/pdf',
      'GET /api/v1/debit-notes',
      'GET /api/v1/debit-notes/:id',
      'GET /api/v1/debit-notes/:id/pdf',
      'GET /api/v1/invoices',
      'GET /api/v1/invoices/:id',
      'GET /api/v1/invoices/:id/pdf',
      'GET /api/v1/sales/settings',
      'POST /api/v1/credit-notes',
      'POST /api/v1/debit-notes',
      'POST /api/v1/invoices',
      'POST /api/v1/invoices/:id/issue',
      'POST /api/v1/invoices/:id/send',
      'POST /api/v1/invoices/:id/void',
      'PUT /api/v1/invoices/:id',
      'PUT /api/v1/sales/settings',
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

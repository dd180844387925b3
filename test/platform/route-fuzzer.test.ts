import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { fuzzableRoutes, judge, probesFor } from '../support/route-fuzzer.js';
import { changedTables, rowCounts } from '../support/row-counts.js';

let t: TestApp;
let headers: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  headers = (await t.signUp()).headers;
});
afterAll(async () => t?.close());

describe('route fuzzer', () => {
  it('reaches every API route', () => {
    const routes = fuzzableRoutes(t.routes);
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.map((r) => `${r.method} ${r.url}`)).toContain('POST /api/v1/tenants');
  });

  it('answers every malformed request with a 4xx problem document and writes nothing', async () => {
    const failures: string[] = [];
    let probes = 0;
    for (const route of fuzzableRoutes(t.routes)) {
      const before = await rowCounts(t.testDb.ownerUrl);
      for (const probe of probesFor(route, headers)) {
        probes += 1;
        const response = await t.app.inject(probe.request);
        const verdict = judge(probe, response);
        if (verdict) failures.push(`${route.method} ${route.url} [${probe.name}]: ${verdict}`);
      }
      const changed = changedTables(before, await rowCounts(t.testDb.ownerUrl));
      if (changed.length > 0) failures.push(`${route.method} ${route.url}: malformed requests wrote rows to ${changed.join(', ')}`);
    }
    expect(failures).toEqual([]);
    expect(probes).toBeGreaterThan(30);
  });

  it('flags a route that answers bad input with a 500 (the fuzzer bites)', async () => {
    const response = { statusCode: 500, headers: { 'content-type': 'application/problem+json' }, body: '{}', json: () => ({}) };
    expect(judge({ name: 'x', request: { url: '/' } }, response as never)).toMatch(/answered 500/);
  });
});

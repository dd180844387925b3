import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { crossTenantProbe } from '../support/cross-tenant-probe.js';
import type { SignedUp } from '../support/factories.js';
import { fuzzableRoutes, judge, probesFor } from '../support/route-fuzzer.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { allLines, b64, bankAccount, fixture, importFile, ok, request, type AccountJson } from './fixtures/helpers.js';

let t: TestApp;
let a: SignedUp;
let b: SignedUp;
let aAccount: AccountJson;
let aPreset: string;
const CAMT = 'viafintech_camt053_v02_vrbank.xml';

beforeAll(async () => {
  t = await createTestApp();
  a = await t.signUp({ tenantName: 'Bank A' });
  b = await t.signUp({ tenantName: 'Bank B' });
  aAccount = await bankAccount(t, a, 'EUR');
  await ok(importFile(t, a, aAccount.id, 'a.xml', fixture(CAMT)), 201);
  aPreset = (await ok<{ id: string }>(request(t, a, 'POST', '/api/v1/bank-statement-presets', { name: 'A preset', mapping: { dateFormat: 'YYYY-MM-DD', columns: { date: 0, description: 1, amount: 2 } } }), 201)).id;
});
afterAll(async () => t?.close());

const BANKING_ROUTES = /^\/api\/v1\/(bank-accounts|bank-statement-presets)(\/|$)/;

describe('cross-tenant probe over banking statements', () => {
  it("tenant B can neither see nor change A's bank account, statements, lines or presets", async () => {
    const importBody = { fileName: 'b.xml', content: b64(fixture(CAMT)) };
    const report = await crossTenantProbe(t, a, b, [
      {
        url: `/api/v1/bank-accounts/${aAccount.id}`,
        bodies: {
          PUT: { name: 'Taken over' },
          'POST /api/v1/bank-accounts/:id/statements': importBody,
          'POST /api/v1/bank-accounts/:id/statements/preview': importBody,
        },
      },
      `/api/v1/bank-accounts/${aAccount.id}/statements`,
      `/api/v1/bank-accounts/${aAccount.id}/statement-lines`,
      { url: `/api/v1/bank-statement-presets/${aPreset}`, bodies: { PUT: { name: 'Mine now', mapping: { dateFormat: 'YYYY-MM-DD', columns: { date: 0, description: 1, amount: 2 } } } } },
    ]);
    expect(report.failures).toEqual([]);
    expect(report.calls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GET \/api\/v1\/bank-accounts\/[^/]+ -> 404$/),
        expect.stringMatching(/^PUT \/api\/v1\/bank-accounts\/[^/]+ -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/bank-accounts\/[^/]+\/statements -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/bank-accounts\/[^/]+\/statements\/preview -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/bank-accounts\/[^/]+\/archive -> 404$/),
        expect.stringMatching(/^GET \/api\/v1\/bank-accounts\/[^/]+\/statement-lines -> 404$/),
        expect.stringMatching(/^DELETE \/api\/v1\/bank-statement-presets\/[^/]+ -> 404$/),
      ]),
    );
  });

  it("B sees none of A's accounts or presets, cannot link A's ledger account, and its own import of the same file is independent", async () => {
    expect((await ok<{ items: unknown[] }>(request(t, b, 'GET', '/api/v1/bank-accounts'))).items).toEqual([]);
    expect((await ok<{ items: unknown[] }>(request(t, b, 'GET', '/api/v1/bank-statement-presets'))).items).toEqual([]);
    const link = await request(t, b, 'POST', '/api/v1/bank-accounts', { name: 'Steal', ledgerAccountId: aAccount.ledgerAccountId });
    expect(link.statusCode).toBe(422);
    const viaPreset = await request(t, b, 'POST', `/api/v1/bank-accounts/${(await bankAccount(t, b, 'EUR')).id}/statements`, { fileName: 'x.csv', content: b64('2026-01-01,a,1\n'), presetId: aPreset });
    expect(viaPreset.statusCode).toBe(404);
    const mine = await bankAccount(t, b, 'EUR');
    const imported = await ok<{ importedCount: number }>(importFile(t, b, mine.id, 'b.xml', fixture(CAMT)), 201);
    expect(imported.importedCount).toBe(4); // A's lines do not make B's duplicates
    expect(await allLines(t, a, aAccount.id)).toHaveLength(4);
  });
});

describe('route fuzzer over the banking statement routes', () => {
  it('answers every malformed request with a 4xx problem document and writes nothing', async () => {
    const routes = fuzzableRoutes(t.routes).filter((r) => BANKING_ROUTES.test(r.url));
    expect(routes.length).toBeGreaterThanOrEqual(14);
    const failures: string[] = [];
    for (const route of routes) {
      const before = await rowCounts(t.testDb.ownerUrl);
      for (const probe of probesFor(route, a.headers)) {
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

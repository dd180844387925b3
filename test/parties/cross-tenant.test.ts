import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { crossTenantProbe, type ProbeTarget } from '../support/cross-tenant-probe.js';
import type { SignedUp } from '../support/factories.js';
import { applyTemplate } from '../ledger/helpers.js';

let t: TestApp;
let a: SignedUp;
let b: SignedUp;
let targets: ProbeTarget[];

beforeAll(async () => {
  t = await createTestApp();
  a = await t.signUp({ tenantName: 'Tenant A' });
  b = await t.signUp({ tenantName: 'Tenant B' });
  await applyTemplate(t, a, 'small_business');
  await applyTemplate(t, b, 'small_business');
  const create = async (kind: string, payload: object) => {
    const r = await t.app.inject({ method: 'POST', url: `/api/v1/${kind}`, headers: a.headers, payload });
    if (r.statusCode !== 201) throw new Error(`${r.statusCode} ${r.body}`);
    return (r.json() as { id: string }).id;
  };
  const customer = await create('customers', { legalName: 'A Customer', creditLimit: '100', openingBalance: { amount: '50', date: '2026-04-01' } });
  const vendor = await create('vendors', { legalName: 'A Vendor', openingBalance: { amount: '70', date: '2026-04-01' } });
  const update = { PUT: { displayName: 'Hijacked', openingBalance: { amount: '1', date: '2026-04-01' } } };
  targets = [
    {
      url: `/api/v1/customers/${customer}`,
      // Other modules' actions under a customer (sales advances, banking wallets) need a body that passes their own checks.
      bodies: { ...update, 'POST /api/v1/customers/:id/wallet/spend': { amount: '1.00', accountId: customer, date: '2026-07-05' } },
    },
    `/api/v1/customers/${customer}/ledger`,
    `/api/v1/customers/${customer}/advances`,
    `/api/v1/customers/${customer}/wallet`,
    { url: `/api/v1/vendors/${vendor}`, bodies: update },
    `/api/v1/vendors/${vendor}/ledger`,
    `/api/v1/parties/${customer}`,
    `/api/v1/parties/${vendor}`,
  ];
});
afterAll(async () => t?.close());

describe('cross-tenant probe over parties', () => {
  it("tenant B can neither see nor change tenant A's customers, vendors or their statements", async () => {
    const report = await crossTenantProbe(t, a, b, targets);
    expect(report.failures).toEqual([]);
    expect(report.calls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PUT \/api\/v1\/customers\/[^/]+ -> 404$/),
        expect.stringMatching(/^DELETE \/api\/v1\/vendors\/[^/]+ -> 404$/),
        expect.stringMatching(/^GET \/api\/v1\/customers\/[^/]+\/ledger -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/parties\/[^/]+\/suspend -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/parties\/[^/]+\/reactivate -> 404$/),
      ]),
    );
  });

  it('covers every parties route that takes an id', async () => {
    const report = await crossTenantProbe(t, a, b, targets);
    const probed = new Set(report.calls.map((c) => c.replace(/ -> \d+$/, '').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id')));
    // The statement PDF (sales) renders anew on every read, so its own probe (test/sales/recurring-cross-tenant) covers it.
    const idRoutes = t.routes
      .filter((r) => r.url.includes('/:') && /^\/api\/v1\/(customers|vendors|parties)\//.test(r.url) && !r.url.endsWith('/statement/pdf'))
      .flatMap((r) => (Array.isArray(r.method) ? r.method : [r.method]).filter((m) => m !== 'HEAD').map((m) => `${m} ${r.url}`));
    expect(idRoutes.length).toBeGreaterThanOrEqual(11);
    expect(idRoutes.filter((route) => !probed.has(route))).toEqual([]);
  });

  it('bites: tenant A probing its own customer is reported', async () => {
    const report = await crossTenantProbe(t, a, a, [targets[1]!], { methods: ['GET'], actions: false });
    expect(report.failures.join('\n')).toMatch(/tenant B got 200/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { crossTenantProbe, type ProbeTarget } from '../support/cross-tenant-probe.js';
import type { SignedUp } from '../support/factories.js';

let t: TestApp;
let a: SignedUp;
let b: SignedUp;
let targets: ProbeTarget[];
let rateId: string;
let groupId: string;

beforeAll(async () => {
  t = await createTestApp();
  a = await t.signUp({ tenantName: 'Tenant A', countryCode: 'GB', baseCurrency: 'GBP', timezone: 'Europe/London' });
  b = await t.signUp({ tenantName: 'Tenant B', countryCode: 'GB', baseCurrency: 'GBP', timezone: 'Europe/London' });
  const create = async (url: string, payload: object) => {
    const r = await t.app.inject({ method: 'POST', url, headers: a.headers, payload });
    if (r.statusCode !== 201) throw new Error(`${r.statusCode} ${r.body}`);
    return (r.json() as { id: string }).id;
  };
  rateId = await create('/api/v1/tax/rates', { code: 'VAT20', name: 'VAT 20%', percent: '20', jurisdiction: 'GB' });
  groupId = await create('/api/v1/tax/groups', { code: 'STD', name: 'Standard', rateIds: [rateId] });
  const hsn = await create('/api/v1/tax/hsn-codes', { code: '99887766', kind: 'goods', description: 'A-only code', gstRate: '5', effectiveFrom: '2026-01-01' });
  const exemption = await create('/api/v1/tax/exemptions', { category: 'charity', reason: 'Charity', validFrom: '2026-01-01' });
  const deduction = (
    await t.app.inject({ method: 'POST', url: '/api/v1/tax/tds/deductions', headers: a.headers, payload: { partyId: a.userId, section: '194C', date: '2026-06-01', amount: '35000', pan: null } })
  ).json() as { deduction: { id: string } };
  targets = [
    { url: `/api/v1/tax/rates/${rateId}`, bodies: { PUT: { percent: '0' } } },
    { url: `/api/v1/tax/groups/${groupId}`, bodies: { PUT: { name: 'Hijacked' } } },
    { url: `/api/v1/tax/custom-hsn-codes/${hsn}`, bodies: { PUT: { gstRate: '0' } } },
    `/api/v1/tax/exemptions/${exemption}`,
    `/api/v1/tax/tds/deductions/${deduction.deduction.id}`,
  ];
});
afterAll(async () => t?.close());

describe('cross-tenant probe over tax', () => {
  it("tenant B can neither see nor change tenant A's rates, groups, codes, exemptions or deductions", async () => {
    const report = await crossTenantProbe(t, a, b, targets);
    expect(report.failures).toEqual([]);
    expect(report.calls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PUT \/api\/v1\/tax\/rates\/[^/]+ -> 404$/),
        expect.stringMatching(/^DELETE \/api\/v1\/tax\/groups\/[^/]+ -> 404$/),
        expect.stringMatching(/^DELETE \/api\/v1\/tax\/custom-hsn-codes\/[^/]+ -> 404$/),
        expect.stringMatching(/^GET \/api\/v1\/tax\/tds\/deductions\/[^/]+ -> 404$/),
      ]),
    );
  });

  it('covers every tax route that takes an id', async () => {
    const report = await crossTenantProbe(t, a, b, targets);
    const probed = new Set(report.calls.map((c) => c.replace(/ -> \d+$/, '').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id')));
    const idRoutes = t.routes
      .filter((r) => r.url.startsWith('/api/v1/tax/') && r.url.includes('/:id'))
      .flatMap((r) => (Array.isArray(r.method) ? r.method : [r.method]).filter((m) => m !== 'HEAD').map((m) => `${m} ${r.url}`));
    expect(idRoutes.length).toBeGreaterThanOrEqual(12);
    expect(idRoutes.filter((route) => !probed.has(route))).toEqual([]);
  });

  it("tenant B cannot use tenant A's rate or group in a calculation or a group of its own", async () => {
    const calc = await t.app.inject({ method: 'POST', url: '/api/v1/tax/calculate', headers: b.headers, payload: { lines: [{ unitPrice: '1', taxRateId: rateId }, { unitPrice: '1', taxGroupId: groupId }] } });
    expect(calc.statusCode).toBe(422);
    expect(calc.json().errors).toEqual([
      { path: 'body.lines[0].taxRateId', message: 'no such tax rate' },
      { path: 'body.lines[1].taxGroupId', message: 'no such tax group' },
    ]);
    const group = await t.app.inject({ method: 'POST', url: '/api/v1/tax/groups', headers: b.headers, payload: { code: 'STEAL', name: 'Steal', rateIds: [rateId] } });
    expect(group.statusCode).toBe(422);
    expect(group.json()).toMatchObject({ code: 'TAX.INVALID_GROUP', errors: [{ path: 'body.rateIds[0]', message: 'no such tax rate' }] });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { crossTenantProbe, type ProbeTarget } from '../support/cross-tenant-probe.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { applyTemplate, postEntry, type AccountJson } from './helpers.js';

let t: TestApp;
let a: SignedUp;
let b: SignedUp;
let targets: ProbeTarget[];

/** Every row of tenant A in every table with tenant_id, as text, read as the owner. */
async function tenantDump(tenantId: string): Promise<string> {
  const { rows: tables } = await adminQuery(
    t.testDb.ownerUrl,
    `select format('%I.%I', table_schema, table_name) as name from information_schema.columns
      where column_name = 'tenant_id' and table_schema not in ('pg_catalog', 'information_schema') order by 1`,
  );
  const parts: string[] = [];
  for (const { name } of tables as { name: string }[]) {
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select coalesce(string_agg(x::text, E'\\n' order by x::text), '') as dump from ${name} x where x.tenant_id = $1`, [tenantId]);
    parts.push(`${name}\n${(rows[0] as { dump: string }).dump}`);
  }
  return parts.join('\n');
}

beforeAll(async () => {
  t = await createTestApp();
  a = await t.signUp({ tenantName: 'Tenant A' });
  b = await t.signUp({ tenantName: 'Tenant B' });
  await applyTemplate(t, b, 'small_business');
  const acc: Map<string, AccountJson> = await applyTemplate(t, a, 'small_business');
  const id = (code: string) => acc.get(code)!.id;
  const created = async (response: { statusCode: number; body: string; json(): unknown }) => {
    if (response.statusCode !== 201) throw new Error(`${response.statusCode} ${response.body}`);
    return response.json() as { id: string };
  };

  const entryBody = { date: '2026-05-01', memo: 'Draft of A', lines: [{ accountId: id('5200'), debit: '10.00' }, { accountId: id('1120'), credit: '10.00' }] };
  const draft = await created(await postEntry(t, a, { ...entryBody, post: false }));
  const posted = await created(await postEntry(t, a, { ...entryBody, memo: 'Posted by A' }));
  const txnBody = { type: 'expense', date: '2026-05-02', amount: '25.00', accountId: id('1120'), counterAccountId: id('5200'), description: 'A spends' };
  const txn = await created(await t.app.inject({ method: 'POST', url: '/api/v1/transactions', headers: a.headers, payload: txnBody }));
  const rest = { lines: entryBody.lines };

  targets = [
    { url: `/api/v1/accounts/${id('5200')}`, bodies: { PUT: { name: 'Hijacked' } } },
    `/api/v1/accounts/${id('1120')}/balance`,
    { url: `/api/v1/journal-entries/${draft.id}`, bodies: { PUT: { date: '2026-05-03', memo: 'Hijacked', ...rest }, 'POST /api/v1/journal-entries/:id/reverse': {} } },
    { url: `/api/v1/journal-entries/${posted.id}`, bodies: { PUT: { date: '2026-05-03', memo: 'Hijacked', ...rest }, 'POST /api/v1/journal-entries/:id/reverse': {} } },
    { url: `/api/v1/transactions/${txn.id}`, bodies: { PUT: { ...txnBody, description: 'Hijacked' } } },
  ];

  if (t.routes.some((r) => r.url === '/api/v1/ledger/rates/:id')) {
    const rates = await t.app.inject({ method: 'PUT', url: '/api/v1/ledger/rates', headers: a.headers, payload: { rates: [{ currency: 'USD', date: '2026-05-01', rate: '83.25' }] } });
    if (rates.statusCode !== 200) throw new Error(`rates: ${rates.statusCode} ${rates.body}`);
    targets.push(`/api/v1/ledger/rates/${(rates.json() as { items: { id: string }[] }).items[0]!.id}`);
  }
});
afterAll(async () => t?.close());

describe('cross-tenant probe over the ledger', () => {
  it("tenant B can neither see nor change any of tenant A's accounts, entries, transactions or rates", async () => {
    const before = await tenantDump(a.tenantId);
    const report = await crossTenantProbe(t, a, b, targets);
    expect(report.failures).toEqual([]);
    expect(await tenantDump(a.tenantId)).toBe(before);
    expect(report.calls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GET \/api\/v1\/accounts\/[^/]+ -> 404$/),
        expect.stringMatching(/^GET \/api\/v1\/accounts\/[^/]+\/balance -> 404$/),
        expect.stringMatching(/^PUT \/api\/v1\/accounts\/[^/]+ -> 404$/),
        expect.stringMatching(/^DELETE \/api\/v1\/accounts\/[^/]+ -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/accounts\/[^/]+\/archive -> 404$/),
        expect.stringMatching(/^PUT \/api\/v1\/journal-entries\/[^/]+ -> 404$/),
        expect.stringMatching(/^DELETE \/api\/v1\/journal-entries\/[^/]+ -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/journal-entries\/[^/]+\/post -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/journal-entries\/[^/]+\/reverse -> 404$/),
        expect.stringMatching(/^PUT \/api\/v1\/transactions\/[^/]+ -> 404$/),
        expect.stringMatching(/^DELETE \/api\/v1\/transactions\/[^/]+ -> 404$/),
      ]),
    );
  });

  it('covers every ledger route that takes an id', async () => {
    const report = await crossTenantProbe(t, a, b, targets);
    expect(report.failures).toEqual([]);
    const probed = new Set<string>();
    for (const call of report.calls) probed.add(call.replace(/ -> \d+$/, '').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id'));
    const idRoutes = t.routes
      .filter((r) => r.url.includes('/:') && ((r.config as { permission?: string } | undefined)?.permission ?? '').startsWith('ledger.'))
      .flatMap((r) => (Array.isArray(r.method) ? r.method : [r.method]).filter((m) => m !== 'HEAD').map((m) => `${m} ${r.url}`));
    expect(idRoutes.length).toBeGreaterThanOrEqual(11);
    expect(idRoutes.filter((route) => !probed.has(route))).toEqual([]);
  });

  it('bites: tenant A probing its own entry is reported', async () => {
    const own = targets[3]!;
    const report = await crossTenantProbe(t, a, a, [typeof own === 'string' ? own : own.url], { methods: ['GET'], actions: false });
    expect(report.failures.join('\n')).toMatch(/tenant B got 200/);
  });
});

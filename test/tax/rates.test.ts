import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { covers, permissionsOf } from '../../src/modules/identity/domain/roles.js';
import type { IdentityApi } from '../../src/modules/identity/index.js';
import { taxModule } from '../../src/modules/tax/index.js';

let t: TestApp;
let de: Awaited<ReturnType<TestApp['signUp']>>;

interface Rate {
  id: string;
  code: string;
  percent: string;
  kind: string;
  compound: boolean;
  inclusive: boolean;
  jurisdiction: string;
  archived: boolean;
  version: number;
}

const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { ...de.headers, ...headers }, ...(payload && { payload }) });

const listRates = async (query = '') => (await call('GET', `/api/v1/tax/rates?limit=200${query}`)).json() as { items: Rate[] };

beforeAll(async () => {
  t = await createTestApp();
  de = await t.signUp({ countryCode: 'DE', baseCurrency: 'EUR', timezone: 'Europe/Berlin' });
});
afterAll(async () => t?.close());

describe('tax rates', () => {
  it('creates, reads, changes (If-Match), archives and deletes a rate', async () => {
    const created = await call('POST', '/api/v1/tax/rates', { code: 'US-CA', name: 'California', percent: '7.25', jurisdiction: 'US-CA' });
    expect(created.statusCode, created.body).toBe(201);
    const rate = created.json() as Rate;
    expect(rate).toMatchObject({ code: 'US-CA', percent: '7.25', kind: 'tax', compound: false, inclusive: false, archived: false, version: 1 });
    expect(created.headers.location).toBe(`/api/v1/tax/rates/${rate.id}`);

    const read = await call('GET', `/api/v1/tax/rates/${rate.id}`);
    expect(read.json()).toEqual(rate);
    const noIfMatch = await call('PUT', `/api/v1/tax/rates/${rate.id}`, { percent: '7.5' });
    expect(noIfMatch.statusCode).toBe(428);
    const changed = await call('PUT', `/api/v1/tax/rates/${rate.id}`, { percent: '7.5', archived: true }, { 'if-match': read.headers.etag as string });
    expect(changed.json()).toMatchObject({ percent: '7.5', archived: true, version: 2 });
    expect((await listRates('&archived=true')).items.map((r) => r.code)).toContain('US-CA');
    expect((await listRates('&archived=false')).items.map((r) => r.code)).not.toContain('US-CA');

    expect((await call('DELETE', `/api/v1/tax/rates/${rate.id}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/tax/rates/${rate.id}`)).json()).toMatchObject({ code: 'TAX.TAX_RATE_NOT_FOUND' });
  });

  it('refuses a duplicate code, a compound retention and a percent over 100, with field paths', async () => {
    await call('POST', '/api/v1/tax/rates', { code: 'DUP', name: 'One', percent: '5', jurisdiction: 'GB' });
    const dup = await call('POST', '/api/v1/tax/rates', { code: 'DUP', name: 'Two', percent: '5', jurisdiction: 'GB' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'TAX.CODE_TAKEN', errors: [{ path: 'body.code' }] });
    const compound = await call('POST', '/api/v1/tax/rates', { code: 'RET', name: 'Ret', percent: '10', kind: 'retention', compound: true, jurisdiction: 'MX' });
    expect(compound.statusCode).toBe(422);
    expect(compound.json()).toMatchObject({ code: 'TAX.INVALID_RATE', errors: [{ path: 'body.compound' }] });
    const over = await call('POST', '/api/v1/tax/rates', { code: 'BIG', name: 'Big', percent: '100.5', jurisdiction: 'GB', extra: 1 });
    expect(over.statusCode).toBe(400);
    expect((over.json().errors as { path: string }[]).map((e) => e.path)).toEqual(expect.arrayContaining(['body.percent']));
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select count(*)::int as n from tax.rates where tenant_id = $1 and code in ('RET', 'BIG')`, [de.tenantId]);
    expect(rows[0].n).toBe(0);
  });
});

describe('tax groups', () => {
  it('keeps the components in the order given and replaces them on update', async () => {
    const gst = (await call('POST', '/api/v1/tax/rates', { code: 'CA-GST', name: 'GST', percent: '5', jurisdiction: 'CA' })).json() as Rate;
    const qst = (await call('POST', '/api/v1/tax/rates', { code: 'CA-QST', name: 'QST', percent: '9.975', compound: true, jurisdiction: 'CA-QC' })).json() as Rate;
    const created = await call('POST', '/api/v1/tax/groups', { code: 'QC', name: 'Québec', rateIds: [gst.id, qst.id] });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().components.map((c: Rate) => c.code)).toEqual(['CA-GST', 'CA-QST']);
    const updated = await call('PUT', `/api/v1/tax/groups/${created.json().id}`, { rateIds: [qst.id, gst.id], name: 'Reversed' }, { 'if-match': created.headers.etag as string });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ name: 'Reversed', version: 2 });
    expect(updated.json().components.map((c: Rate) => c.code)).toEqual(['CA-QST', 'CA-GST']);

    const inUse = await call('DELETE', `/api/v1/tax/rates/${gst.id}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json()).toMatchObject({ code: 'TAX.TAX_RATE_IN_USE' });
    expect((await call('DELETE', `/api/v1/tax/groups/${created.json().id}`)).statusCode).toBe(204);
    expect((await call('DELETE', `/api/v1/tax/rates/${gst.id}`)).statusCode).toBe(204);
  });

  it('refuses unknown and repeated rates with the index of each', async () => {
    const rate = (await call('POST', '/api/v1/tax/rates', { code: 'ONE', name: 'One', percent: '1', jurisdiction: 'GB' })).json() as Rate;
    const r = await call('POST', '/api/v1/tax/groups', { code: 'BAD', name: 'Bad', rateIds: [rate.id, rate.id, '01900000-0000-7000-8000-000000000000'] });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'TAX.INVALID_GROUP' });
    expect((r.json().errors as { path: string }[]).map((e) => e.path).sort()).toEqual(['body.rateIds[1]', 'body.rateIds[2]']);
  });
});

describe('per-country defaults', () => {
  it('seeds the tenant country (Germany: 19% and 7%, prices inclusive) and is idempotent', async () => {
    const first = await call('POST', '/api/v1/tax/rates/defaults', {});
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ country: 'DE', ratesCreated: 3, groupsCreated: 3 });
    const again = await call('POST', '/api/v1/tax/rates/defaults', {});
    expect(again.json()).toMatchObject({ ratesCreated: 0, groupsCreated: 0 });
    const { rows: events } = await adminQuery(t.testDb.ownerUrl, `select count(*)::int as n from platform.outbox where tenant_id = $1 and type = 'tax_rates.defaults_applied'`, [de.tenantId]);
    expect(events[0].n).toBe(1);
    const rates = (await listRates('&jurisdiction=DE')).items;
    expect(rates.map((r) => `${r.code} ${r.percent} ${r.inclusive}`).sort()).toEqual(['VAT0 0 true', 'VAT19 19 true', 'VAT7 7 true']);
  });

  it('seeds the UK, Mexico (with retentions and the professional-services group), India and nothing for the US', async () => {
    // VAT0 exists already (from DE): only VAT20 and VAT5 are new
    expect((await call('POST', '/api/v1/tax/rates/defaults', { country: 'GB' })).json()).toMatchObject({ ratesCreated: 2, groupsCreated: 2 });
    const mx = await call('POST', '/api/v1/tax/rates/defaults', { country: 'MX' });
    expect(mx.json()).toMatchObject({ country: 'MX', ratesCreated: 6, groupsCreated: 6 });
    const groups = (await call('GET', '/api/v1/tax/groups?limit=200')).json() as { items: { code: string; components: Rate[] }[] };
    const honorarios = groups.items.find((g) => g.code === 'HONORARIOS')!;
    expect(honorarios.components.map((c) => `${c.code} ${c.percent} ${c.kind}`)).toEqual(['IVA16 16 tax', 'ISR_RET10 10 retention', 'IVA_RET 10.6667 retention']);
    const india = await call('POST', '/api/v1/tax/rates/defaults', { country: 'IN' });
    expect(india.json().ratesCreated).toBe(11);
    expect((await listRates('&jurisdiction=IN')).items.map((r) => r.percent).sort((x, y) => Number(x) - Number(y))).toEqual(['0', '0.25', '3', '5', '12', '12', '15', '18', '22', '28', '40']);
    const us = await call('POST', '/api/v1/tax/rates/defaults', { country: 'US' });
    expect(us.json()).toMatchObject({ country: 'US', ratesCreated: 0, groupsCreated: 0 });
    expect(us.json().note).toMatch(/state/);
    const none = await call('POST', '/api/v1/tax/rates/defaults', { country: 'FR' });
    expect(none.statusCode).toBe(422);
    expect(none.json()).toMatchObject({ code: 'TAX.NO_DEFAULTS', errors: [{ path: 'body.country' }] });
  });

  it('keeps existing codes when a country reuses them (GB VAT0 after DE)', async () => {
    const gb = (await listRates('&jurisdiction=GB')).items.map((r) => r.code);
    expect(gb).toEqual(expect.arrayContaining(['VAT20', 'VAT5']));
    expect((await listRates()).items.filter((r) => r.code === 'VAT0')).toHaveLength(1);
  });
});

describe('exemptions', () => {
  it('creates, lists by party, reads and deletes; needs a party or a category', async () => {
    const partyId = '01900000-0000-7000-8000-0000000000aa';
    const created = await call('POST', '/api/v1/tax/exemptions', { partyId, reason: 'Diplomatic mission', certificate: 'EX-1', validFrom: '2026-01-01' });
    expect(created.statusCode, created.body).toBe(201);
    const list = (await call('GET', `/api/v1/tax/exemptions?partyId=${partyId}`)).json() as { items: { id: string }[] };
    expect(list.items.map((i) => i.id)).toEqual([created.json().id]);
    expect((await call('GET', `/api/v1/tax/exemptions/${created.json().id}`)).json()).toMatchObject({ reason: 'Diplomatic mission', validTo: null });
    const neither = await call('POST', '/api/v1/tax/exemptions', { reason: 'x', validFrom: '2026-01-01' });
    expect(neither.statusCode).toBe(400);
    const backwards = await call('POST', '/api/v1/tax/exemptions', { category: 'books', reason: 'x', validFrom: '2026-01-02', validTo: '2026-01-01' });
    expect(backwards.statusCode).toBe(400);
    expect((await call('DELETE', `/api/v1/tax/exemptions/${created.json().id}`)).statusCode).toBe(204);
  });
});

describe('permissions', () => {
  const READ = ['tax.rates.read', 'tax.hsn.read', 'tax.tds.read', 'tax.calculation.run'];
  const MANAGE = ['tax.rates.manage', 'tax.hsn.manage', 'tax.tds.manage'];

  it('gives viewers the read keys and accountants every tax key', () => {
    for (const key of READ) expect([key, covers(permissionsOf('viewer'), key), covers(permissionsOf('accountant'), key)]).toEqual([key, true, true]);
    for (const key of MANAGE) expect([key, covers(permissionsOf('viewer'), key), covers(permissionsOf('accountant'), key)]).toEqual([key, false, true]);
  });

  it('lets an API key with tax:read read and compute but not change; tax:write changes', async () => {
    const reader = (await call('POST', '/api/v1/api-keys', { name: 'tax reader', permissions: ['tax:read'] })).json() as { key: string };
    const asReader = (method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers: { 'x-api-key': reader.key }, ...(payload && { payload }) });
    expect((await asReader('GET', '/api/v1/tax/rates')).statusCode).toBe(200);
    expect((await asReader('GET', '/api/v1/tax/hsn-codes?q=8471')).statusCode).toBe(200);
    expect((await asReader('GET', '/api/v1/tax/tds/sections')).statusCode).toBe(200);
    expect((await asReader('POST', '/api/v1/tax/rates', { code: 'NOPE', name: 'Nope', percent: '1', jurisdiction: 'DE' })).statusCode).toBe(403);
    expect((await asReader('POST', '/api/v1/tax/tds/deductions', { partyId: de.userId, section: '194C', date: '2026-06-01', amount: '1', pan: null })).statusCode).toBe(403);
    const writer = (await call('POST', '/api/v1/api-keys', { name: 'tax writer', permissions: ['tax:write'] })).json() as { key: string };
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/tax/rates', headers: { 'x-api-key': writer.key }, payload: { code: 'BYKEY', name: 'By key', percent: '1', jurisdiction: 'DE' } });
    expect(created.statusCode, created.body).toBe(201);
  });
});

describe('demo data', () => {
  it('gives the demo business its country’s rates, idempotently', async () => {
    const demo = await t.context.modules.get<IdentityApi>('identity').ensureDemoTenant();
    await taxModule.demo!(t.context, demo);
    await taxModule.demo!(t.context, demo);
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select code from tax.rates where tenant_id = $1 order by code`, [demo.tenantId]);
    expect(rows.map((r) => (r as { code: string }).code)).toEqual(expect.arrayContaining(['GST18', 'GST5', 'CESS12']));
    expect(rows).toHaveLength(11);
  });
});

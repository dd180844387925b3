import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';

let t: TestApp;
let a: Awaited<ReturnType<TestApp['signUp']>>;
let b: Awaited<ReturnType<TestApp['signUp']>>;

const csv = <T>(name: string) => parse(readFileSync(new URL(`../../src/modules/tax/hsn-data/${name}`, import.meta.url), 'utf8'), { columns: true }) as T[];
const CODES = csv<{ code: string; kind: string; description: string }>('hsn-sac.csv');
const RATES = csv<{ code: string; effective_from: string; gst_rate: string; cess_rate: string; cess_note: string }>('hsn-rates.csv');

interface HsnItem {
  code: string;
  kind: string;
  description: string;
  gstRate: string | null;
  cessRate: string | null;
  source: 'master' | 'tenant';
  id: string | null;
  effectiveFrom: string | null;
}

const search = async (query: string, who = a) => {
  const r = await t.app.inject({ method: 'GET', url: `/api/v1/tax/hsn-codes?${query}`, headers: who.headers });
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as { items: HsnItem[]; nextCursor: string | null };
};

beforeAll(async () => {
  t = await createTestApp();
  a = await t.signUp();
  b = await t.signUp();
});
afterAll(async () => t?.close());

describe('HSN/SAC master data', () => {
  it('holds at least 300 codes: chapters, goods headings and SAC services', () => {
    expect(CODES.length).toBeGreaterThanOrEqual(300);
    expect(CODES.filter((c) => c.kind === 'goods').length).toBeGreaterThanOrEqual(150);
    expect(CODES.filter((c) => c.kind === 'services').length).toBeGreaterThanOrEqual(60);
  });

  it('is consistent: unique codes, every heading under a known chapter, every non-chapter code with a rate on 2017-07-01', () => {
    const codes = new Set(CODES.map((c) => c.code));
    expect(codes.size).toBe(CODES.length);
    const chapters = new Set(CODES.filter((c) => c.kind === 'chapter').map((c) => c.code));
    const orphans = CODES.filter((c) => c.kind !== 'chapter' && !chapters.has(c.code.slice(0, 2))).map((c) => c.code);
    expect(orphans).toEqual([]);
    const rated = new Set(RATES.filter((r) => r.effective_from === '2017-07-01').map((r) => r.code));
    expect(CODES.filter((c) => c.kind !== 'chapter' && !rated.has(c.code)).map((c) => c.code)).toEqual([]);
    expect(RATES.filter((r) => !codes.has(r.code)).map((r) => r.code)).toEqual([]);
  });

  it('is seeded exactly as the data files say (the generated migration has not drifted)', async () => {
    const { rows: codes } = await adminQuery(t.testDb.ownerUrl, 'select code, kind, description from tax.hsn_codes order by code');
    expect(codes).toEqual([...CODES].sort((x, y) => (x.code < y.code ? -1 : 1)).map((c) => ({ code: c.code, kind: c.kind, description: c.description })));
    const { rows: rates } = await adminQuery(
      t.testDb.ownerUrl,
      `select code, effective_from::text as effective_from, trim_scale(gst_rate)::text as gst_rate, coalesce(trim_scale(cess_rate)::text, '') as cess_rate, coalesce(cess_note, '') as cess_note
         from tax.hsn_rates order by code, effective_from`,
    );
    expect(rates).toEqual(RATES.map((r) => ({ code: r.code, effective_from: r.effective_from, gst_rate: r.gst_rate, cess_rate: r.cess_rate, cess_note: r.cess_note })));
  });

  it('has the rates of the common codes a small business uses', () => {
    const rateOf = (code: string, from = '2017-07-01') => RATES.find((r) => r.code === code && r.effective_from === from)?.gst_rate;
    expect(rateOf('0401')).toBe('0');
    expect(rateOf('1006')).toBe('5');
    expect(rateOf('3004')).toBe('12');
    expect(rateOf('3004', '2025-09-22')).toBe('5');
    expect(rateOf('8471')).toBe('18');
    expect(rateOf('8703')).toBe('28');
    expect(rateOf('9983')).toBe('18');
    expect(rateOf('9992')).toBe('0');
    expect(rateOf('9993')).toBe('0');
    expect(rateOf('996331')).toBe('5');
  });
});

describe('GET /api/v1/tax/hsn-codes', () => {
  it('lists the codes under a code prefix, shortest first', async () => {
    const page = await search('q=8471');
    expect(page.items[0]).toMatchObject({ code: '8471', kind: 'goods', gstRate: '18', source: 'master' });
    const chapter = await search('q=84&limit=200');
    expect(chapter.items[0]!.code).toBe('84');
    expect(chapter.items.every((i) => i.code.startsWith('84'))).toBe(true);
    expect(chapter.items.map((i) => i.code)).toContain('8415');
  });

  it('finds words in descriptions, best match first, prefixes of words included', async () => {
    const computers = await search('q=computers');
    expect(computers.items.map((i) => i.code)).toContain('8471');
    const repair = await search('q=repair%20comput');
    expect(repair.items[0]!.code).toBe('998713');
    const milk = await search('q=milk&kind=goods');
    expect(milk.items.map((i) => i.code)).toContain('0401');
    expect(milk.items.every((i) => i.kind === 'goods')).toBe(true);
    expect((await search('q=zzzzqqq')).items).toEqual([]);
  });

  it('shows the rate in force on the date asked for', async () => {
    expect((await search('q=3004&date=2025-09-21')).items[0]).toMatchObject({ code: '3004', gstRate: '12', effectiveFrom: '2017-07-01' });
    expect((await search('q=3004&date=2025-09-22')).items[0]).toMatchObject({ code: '3004', gstRate: '5', effectiveFrom: '2025-09-22' });
    expect((await search('q=2202&date=2024-01-01')).items[0]).toMatchObject({ gstRate: '28', cessRate: '12' });
  });

  it('pages through results with a cursor, without repeats', async () => {
    const first = await search('q=99&limit=20');
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const second = await search(`q=99&limit=20&cursor=${first.nextCursor}`);
    const seen = new Set(first.items.map((i) => i.code));
    expect(second.items.some((i) => seen.has(i.code))).toBe(false);
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/tax/hsn-codes?cursor=nonsense', headers: a.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'REQUEST.INVALID_CURSOR' });
  });
});

describe('tenant HSN/SAC codes', () => {
  it("adds a tenant's own code and overrides a published rate from a date, for that tenant only", async () => {
    const own = await t.app.inject({ method: 'POST', url: '/api/v1/tax/hsn-codes', headers: a.headers, payload: { code: '84719001', kind: 'goods', description: 'Refurbished laptops', gstRate: '12', effectiveFrom: '2026-01-01' } });
    expect(own.statusCode, own.body).toBe(201);
    const override = await t.app.inject({ method: 'POST', url: '/api/v1/tax/hsn-codes', headers: a.headers, payload: { code: '3004', kind: 'goods', description: 'Medicaments (our ruling)', gstRate: '0', effectiveFrom: '2026-01-01' } });
    expect(override.statusCode, override.body).toBe(201);

    expect((await search('q=refurbished')).items[0]).toMatchObject({ code: '84719001', source: 'tenant', gstRate: '12' });
    expect((await search('q=3004&date=2026-02-01')).items[0]).toMatchObject({ code: '3004', source: 'tenant', gstRate: '0', id: override.json().id });
    expect((await search('q=3004&date=2025-12-31')).items[0]).toMatchObject({ code: '3004', source: 'master', gstRate: '5' });
    expect((await search('q=3004&date=2026-02-01', b)).items[0]).toMatchObject({ source: 'master', gstRate: '5' });
    expect((await search('q=refurbished', b)).items).toEqual([]);

    const detail = await t.app.inject({ method: 'GET', url: '/api/v1/tax/hsn-codes/3004?date=2026-02-01', headers: a.headers });
    expect(detail.json().history.map((h: { effectiveFrom: string; gstRate: string; source: string }) => `${h.effectiveFrom} ${h.gstRate} ${h.source}`)).toEqual([
      '2017-07-01 12 master',
      '2025-09-22 5 master',
      '2026-01-01 0 tenant',
    ]);
  });

  it('refuses a second tenant row for the same code, and changes and deletes with If-Match', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/tax/hsn-codes', headers: a.headers, payload: { code: '998314', kind: 'services', description: 'Software development', gstRate: '18', effectiveFrom: '2026-01-01' } });
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/tax/hsn-codes', headers: a.headers, payload: { code: '998314', kind: 'services', description: 'Again', gstRate: '18', effectiveFrom: '2026-01-01' } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'TAX.CODE_TAKEN', errors: [{ path: 'body.code' }] });
    const id = created.json().id as string;
    const stale = await t.app.inject({ method: 'PUT', url: `/api/v1/tax/custom-hsn-codes/${id}`, headers: { ...a.headers, 'if-match': '"v9"' }, payload: { gstRate: '5' } });
    expect(stale.statusCode).toBe(412);
    const changed = await t.app.inject({ method: 'PUT', url: `/api/v1/tax/custom-hsn-codes/${id}`, headers: { ...a.headers, 'if-match': created.headers.etag as string }, payload: { gstRate: '5' } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ gstRate: '5', version: 2 });
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/tax/custom-hsn-codes/${id}`, headers: a.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tax/custom-hsn-codes/${id}`, headers: a.headers })).statusCode).toBe(404);
  });

  it('refuses bad input with field paths and writes nothing', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/tax/hsn-codes', headers: a.headers, payload: { code: '12a', kind: 'goods', description: 'x', gstRate: '101', effectiveFrom: '2026-02-30' } });
    expect(r.statusCode).toBe(400);
    const paths = (r.json().errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.code', 'body.gstRate', 'body.effectiveFrom']));
  });
});

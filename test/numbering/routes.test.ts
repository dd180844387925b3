import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearOf } from '../../src/modules/numbering/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { fuzzableRoutes, judge, probesFor } from '../support/route-fuzzer.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { draw, ok, problem, request, updateSeries, type SeriesJson } from './helpers.js';

let t: TestApp;
let owner: SignedUp;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
});
afterAll(async () => t?.close());

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

describe('GET /api/v1/numbering/series', () => {
  it('lists every document type with its default format and a preview of the current fiscal year', async () => {
    const fy = fiscalYearOf(today(), 4).label;
    const { items } = await ok<{ items: SeriesJson[] }>(request(t, owner, 'GET', '/api/v1/numbering/series'));
    expect(items.map((i) => i.documentType)).toEqual([
      'quotation',
      'sales_order',
      'delivery_note',
      'invoice',
      'credit_note',
      'debit_note',
      'payment_received',
      'purchase_order',
      'goods_receipt',
      'bill',
      'vendor_debit_note',
      'vendor_payment',
    ]);
    const byType = Object.fromEntries(items.map((i) => [i.documentType, i]));
    expect(byType.invoice).toMatchObject({ format: 'INV/{FY}/{SEQ:4}', prefix: 'INV/{FY}/', padding: 4, resetYearly: true, nextNumber: 1, drawn: 0, fiscalYear: fy, preview: `INV/${fy}/0001`, version: 1 });
    expect(byType.delivery_note!.preview).toBe(`DC/${fy}/0001`);
    expect(byType.payment_received!.preview).toBe(`RCT/${fy}/0001`);
    expect(byType.vendor_payment!.preview).toBe(`PAY/${fy}/0001`);
    for (const item of items) expect(item.preview!.length).toBeLessThanOrEqual(16);

    await draw(t, owner, 'goods_receipt', today());
    const after = await ok<{ items: SeriesJson[] }>(request(t, owner, 'GET', '/api/v1/numbering/series'));
    expect(after.items.find((i) => i.documentType === 'goods_receipt')).toMatchObject({ nextNumber: 2, drawn: 1, preview: `GRN/${fy}/0002` });
  });
});

describe('GET /api/v1/numbering/series/:documentType/preview', () => {
  it('shows the number a document of that date would get, drawing nothing', async () => {
    const before = await ok(request(t, owner, 'GET', '/api/v1/numbering/series/quotation/preview?date=2027-03-31'));
    expect(before).toEqual({ documentType: 'quotation', date: '2027-03-31', fiscalYear: '2026-27', nextNumber: 1, number: 'QT/2026-27/0001' });
    const again = await ok(request(t, owner, 'GET', '/api/v1/numbering/series/quotation/preview?date=2027-03-31'));
    expect(again).toEqual(before);
    expect(await draw(t, owner, 'quotation', '2027-03-31')).toBe('QT/2026-27/0001');
    expect(await ok(request(t, owner, 'GET', '/api/v1/numbering/series/quotation/preview?date=2027-03-31'))).toMatchObject({ number: 'QT/2026-27/0002' });
    expect(await ok(request(t, owner, 'GET', '/api/v1/numbering/series/quotation/preview?date=2027-04-01'))).toMatchObject({ fiscalYear: '2027-28', number: 'QT/2027-28/0001' });
    expect(await ok(request(t, owner, 'GET', '/api/v1/numbering/series/quotation/preview'))).toMatchObject({ date: today() });
  });

  it('refuses a bad date (400) and an unknown document type (404)', async () => {
    for (const date of ['2026-02-30', 'tomorrow', '2026-6-1']) {
      const r = await request(t, owner, 'GET', `/api/v1/numbering/series/invoice/preview?date=${date}`);
      expect(r.statusCode, date).toBe(400);
      expect(problem(r).errors?.[0]?.path).toMatch(/date/);
    }
    const unknown = await request(t, owner, 'GET', '/api/v1/numbering/series/receipt/preview');
    expect(unknown.statusCode).toBe(404);
    expect(problem(unknown).code).toBe('NUMBERING.SERIES_NOT_FOUND');
  });
});

describe('PUT /api/v1/numbering/series/:documentType', () => {
  it('changes the format with If-Match and returns the new ETag', async () => {
    const read = await request(t, owner, 'GET', '/api/v1/numbering/series/sales_order');
    expect(read.headers.etag).toBe('"v1"');
    const r = await request(t, owner, 'PUT', '/api/v1/numbering/series/sales_order', { format: 'ORD-{FY2}-{SEQ:6}' }, { 'if-match': '"v1"' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers.etag).toBe('"v2"');
    expect(r.json()).toMatchObject({ format: 'ORD-{FY2}-{SEQ:6}', prefix: 'ORD-{FY2}-', padding: 6, version: 2 });
    expect(await draw(t, owner, 'sales_order', '2026-05-01')).toBe('ORD-26-27-000001');
  });

  it('refuses a format that could pass 16 characters with 422 and the field path', async () => {
    const viaFormat = await updateSeries(t, owner, 'invoice', { format: 'INVOICE/{FY}/{SEQ:4}' });
    expect(viaFormat.statusCode).toBe(422);
    expect(problem(viaFormat)).toMatchObject({ code: 'NUMBERING.FORMAT_TOO_LONG', errors: [{ path: 'body.format' }] });
    expect(viaFormat.json().detail ?? viaFormat.json().title).toMatch(/16/);
    const viaPrefix = await updateSeries(t, owner, 'invoice', { prefix: 'INVOICE/{FY}/' });
    expect(problem(viaPrefix)).toMatchObject({ code: 'NUMBERING.FORMAT_TOO_LONG', errors: [{ path: 'body.prefix' }] });
    const viaPadding = await updateSeries(t, owner, 'invoice', { padding: 5 });
    expect(problem(viaPadding)).toMatchObject({ code: 'NUMBERING.FORMAT_TOO_LONG', errors: [{ path: 'body.padding' }] });
    // Nothing changed.
    expect(await ok(request(t, owner, 'GET', '/api/v1/numbering/series/invoice'))).toMatchObject({ format: 'INV/{FY}/{SEQ:4}', version: 1 });
  });

  it('refuses bad input with 4xx and a problem document, never a 500', async () => {
    const cases: [object, number, string?][] = [
      [{}, 400],
      [{ format: 'INV {SEQ}' }, 422, 'NUMBERING.INVALID_FORMAT'],
      [{ format: 'INV/{FY}' }, 422, 'NUMBERING.INVALID_FORMAT'],
      [{ format: 'INV/{FY}/{SEQ:4}', prefix: 'X' }, 422, 'NUMBERING.INVALID_FORMAT'],
      [{ padding: 0 }, 400],
      [{ padding: 'four' }, 400],
      [{ nextNumber: 0 }, 400],
      [{ nextNumber: 1.5 }, 400],
      [{ nextNumber: '12' }, 400],
      [{ resetYearly: 'yes' }, 400],
      [{ date: '2026-13-01', nextNumber: 2 }, 400],
      [{ colour: 'blue' }, 400],
      [{ format: 'x'.repeat(65) }, 400],
    ];
    for (const [body, status, code] of cases) {
      const r = await updateSeries(t, owner, 'credit_note', body);
      expect(r.statusCode, JSON.stringify(body)).toBe(status);
      const p = problem(r);
      if (code) expect(p.code).toBe(code);
    }
    const unknown = await request(t, owner, 'PUT', '/api/v1/numbering/series/receipt', { padding: 3 }, { 'if-match': '"v1"' });
    expect(unknown.statusCode).toBe(404);
    expect(await ok(request(t, owner, 'GET', '/api/v1/numbering/series/credit_note'))).toMatchObject({ version: 1 });
  });

  it('needs If-Match (428) and refuses a stale one (412): of two clients with one ETag, one wins', async () => {
    const noMatch = await request(t, owner, 'PUT', '/api/v1/numbering/series/delivery_note', { padding: 3 });
    expect(noMatch.statusCode).toBe(428);
    const etag = (await request(t, owner, 'GET', '/api/v1/numbering/series/delivery_note')).headers.etag as string;
    const [x, y] = await Promise.all([
      request(t, owner, 'PUT', '/api/v1/numbering/series/delivery_note', { padding: 3 }, { 'if-match': etag }),
      request(t, owner, 'PUT', '/api/v1/numbering/series/delivery_note', { padding: 5 }, { 'if-match': etag }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 412]);
    const loser = x.statusCode === 412 ? x : y;
    expect(problem(loser).code).toBe('REQUEST.ETAG_MISMATCH');
    const winner = (x.statusCode === 200 ? x : y).json() as SeriesJson;
    expect(await ok(request(t, owner, 'GET', '/api/v1/numbering/series/delivery_note'))).toMatchObject({ padding: winner.padding, version: 2 });
  });

  it('an API key with numbering:read may read but not change the series; numbering:write may change it', async () => {
    const reader = await ok<{ key: string }>(request(t, owner, 'POST', '/api/v1/api-keys', { name: 'numbers reader', permissions: ['numbering:read'] }), 201);
    const asReader = { headers: { 'x-api-key': reader.key } };
    expect((await request(t, asReader, 'GET', '/api/v1/numbering/series')).statusCode).toBe(200);
    expect((await request(t, asReader, 'GET', '/api/v1/numbering/series/invoice/preview')).statusCode).toBe(200);
    const etag = (await request(t, asReader, 'GET', '/api/v1/numbering/series/vendor_payment')).headers.etag as string;
    const refused = await request(t, asReader, 'PUT', '/api/v1/numbering/series/vendor_payment', { padding: 3 }, { 'if-match': etag });
    expect(refused.statusCode).toBe(403);
    const writer = await ok<{ key: string }>(request(t, owner, 'POST', '/api/v1/api-keys', { name: 'numbers writer', permissions: ['numbering:write'] }), 201);
    const changed = await request(t, { headers: { 'x-api-key': writer.key } }, 'PUT', '/api/v1/numbering/series/vendor_payment', { padding: 3 }, { 'if-match': etag });
    expect(changed.statusCode, changed.body).toBe(200);
    const none = await ok<{ key: string }>(request(t, owner, 'POST', '/api/v1/api-keys', { name: 'no numbers', permissions: ['identity.tenant.read'] }), 201);
    expect((await request(t, { headers: { 'x-api-key': none.key } }, 'GET', '/api/v1/numbering/series')).statusCode).toBe(403);
  });
});

describe('route fuzzer over the numbering routes', () => {
  it('answers every malformed request with a 4xx problem document and writes nothing', async () => {
    const routes = fuzzableRoutes(t.routes).filter((r) => r.url.startsWith('/api/v1/numbering/'));
    expect(routes.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'GET /api/v1/numbering/series',
      'GET /api/v1/numbering/series/:documentType',
      'GET /api/v1/numbering/series/:documentType/preview',
      'PUT /api/v1/numbering/series/:documentType',
    ]);
    const failures: string[] = [];
    let probes = 0;
    for (const route of routes) {
      const before = await rowCounts(t.testDb.ownerUrl);
      for (const probe of probesFor(route, owner.headers)) {
        probes += 1;
        const verdict = judge(probe, await t.app.inject(probe.request));
        if (verdict) failures.push(`${route.method} ${route.url} [${probe.name}]: ${verdict}`);
      }
      const changed = changedTables(before, await rowCounts(t.testDb.ownerUrl));
      if (changed.length > 0) failures.push(`${route.method} ${route.url}: malformed requests wrote rows to ${changed.join(', ')}`);
    }
    expect(failures).toEqual([]);
    expect(probes).toBeGreaterThan(5);
  });
});

describe('cross-tenant probe over the numbering routes', () => {
  it("tenant B reads and changes only its own series: A's settings, counters and previews stay as they were", async () => {
    const a = await t.signUp();
    const b = await t.signUp();
    await ok(updateSeries(t, a, 'invoice', { prefix: 'A/{FY}/', nextNumber: 40, date: '2026-06-01' }));
    expect(await draw(t, a, 'invoice', '2026-06-01')).toBe('A/2026-27/0040');
    const aViews = async () => [
      (await request(t, a, 'GET', '/api/v1/numbering/series')).body,
      (await request(t, a, 'GET', '/api/v1/numbering/series/invoice?date=2026-06-01')).body,
      (await request(t, a, 'GET', '/api/v1/numbering/series/invoice/preview?date=2026-06-01')).body,
    ];
    const seenBefore = await aViews();
    const before = await rowCounts(t.testDb.ownerUrl);

    // B sees the defaults, not A's series.
    const bList = await ok<{ items: SeriesJson[] }>(request(t, b, 'GET', '/api/v1/numbering/series'));
    expect(bList.items.find((i) => i.documentType === 'invoice')).toMatchObject({ format: 'INV/{FY}/{SEQ:4}', nextNumber: 1, drawn: 0 });
    expect(await ok(request(t, b, 'GET', '/api/v1/numbering/series/invoice/preview?date=2026-06-01'))).toMatchObject({ number: 'INV/2026-27/0001' });
    // B's writes with A's ETag and A's document type change B's series only.
    const bPut = await request(t, b, 'PUT', '/api/v1/numbering/series/invoice', { prefix: 'B/{FY}/', nextNumber: 7, date: '2026-06-01' }, { 'if-match': '"v2"' });
    expect(bPut.statusCode).toBe(412); // B's own series is at v1
    await ok(request(t, b, 'PUT', '/api/v1/numbering/series/invoice', { prefix: 'B/{FY}/', nextNumber: 7, date: '2026-06-01' }, { 'if-match': '"v1"' }));
    expect(await draw(t, b, 'invoice', '2026-06-01')).toBe('B/2026-27/0007');

    expect(await aViews()).toEqual(seenBefore);
    expect(await draw(t, a, 'invoice', '2026-06-01')).toBe('A/2026-27/0041');
    // Only B's rows were added (its series, counter, settings and audit); A's rows are what they were.
    const changed = changedTables(before, await rowCounts(t.testDb.ownerUrl));
    expect(changed.every((name) => /^(numbering|platform)\./.test(name))).toBe(true);
  });
});

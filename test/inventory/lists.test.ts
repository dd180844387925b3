import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/platform/http/pagination.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { fuzzableRoutes, judge, probesFor } from '../support/route-fuzzer.js';
import type { SignedUp } from '../support/factories.js';
import { issue, ok, problem, product, receive, request, setUpTenant } from './helpers.js';

/**
 * The lists the stock screens read: transfers and count sheets (filters, keyset pages), the
 * product's stock ledger in a date range (running totals carried from before the range), and the
 * catalog's name and SKU on stock, reorder, transfer and count answers.
 */
let t: TestApp;
let owner: SignedUp;
let a: string;
let b: string;
let c: string;
let tea: string;
let rice: string;

interface TransferJson {
  id: string;
  status: string;
  fromStoreId: string;
  toStoreId: string;
  dispatchDate: string;
  value: string;
  lines: { productId: string; quantity: string; value: string; productName?: string; sku?: string }[];
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
interface CountSummary {
  id: string;
  storeId: string;
  status: string;
  date: string;
  lineCount: number;
  countedCount: number;
  version: number;
}

const transfer = (from: string, to: string, date: string, mode: 'direct' | 'dispatch', productId: string, quantity = '1') =>
  ok<TransferJson>(request(t, owner, 'POST', '/api/v1/stores/transfer', { fromStoreId: from, toStoreId: to, date, mode, lines: [{ productId, quantity }] }), 201);

/** Every page of a list, following nextCursor with the given page size. */
async function allPages<T>(url: string, limit: number): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const page: Page<T> = await ok<Page<T>>(request(t, owner, 'GET', `${url}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`));
    pages.push(page.items);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 50);
  return pages;
}

beforeAll(async () => {
  t = await createTestApp();
  ({ owner, storeIds: [a = '', b = '', c = ''] } = await setUpTenant(t, 3));
  tea = await product(t, owner, 'TEA-1', { name: 'Masala tea' });
  rice = await product(t, owner, 'RICE-5', { name: 'Basmati rice 5 kg' });
  await ok(receive(t, owner, a, [{ productId: tea, quantity: '20', unitCost: '10' }, { productId: rice, quantity: '10', unitCost: '450' }], '2026-05-01'), 201);
});
afterAll(async () => t?.close());

describe('GET /api/v1/stock/transfers', () => {
  let t1: TransferJson;
  let t2: TransferJson;
  let t3: TransferJson;
  let t4: TransferJson;

  beforeAll(async () => {
    t1 = await transfer(a, b, '2026-05-02', 'direct', tea);
    t2 = await transfer(a, b, '2026-05-03', 'dispatch', tea, '2');
    t3 = await transfer(a, c, '2026-05-03', 'dispatch', rice);
    t4 = await transfer(b, c, '2026-05-10', 'direct', tea);
  });

  it('lists newest dispatch first with the lines named from the catalog', async () => {
    const page = await ok<Page<TransferJson>>(request(t, owner, 'GET', '/api/v1/stock/transfers'));
    // Same dispatch date: the larger id (created later) first.
    const sameDay = [t2, t3].sort((x, y) => (x.id < y.id ? 1 : -1)).map((x) => x.id);
    expect(page.items.map((x) => x.id)).toEqual([t4.id, ...sameDay, t1.id]);
    expect(page.nextCursor).toBeNull();
    const second = page.items.find((x) => x.id === t2.id)!;
    expect(second).toMatchObject({ status: 'in_transit', fromStoreId: a, toStoreId: b, dispatchDate: '2026-05-03', value: '20.00' });
    expect(second.lines).toEqual([{ productId: tea, quantity: '2', value: '20.00', productName: 'Masala tea', sku: 'TEA-1' }]);
    // One transfer read alone is named too.
    const one = await ok<TransferJson>(request(t, owner, 'GET', `/api/v1/stock/transfers/${t3.id}`));
    expect(one.lines[0]).toMatchObject({ productName: 'Basmati rice 5 kg', sku: 'RICE-5', value: '450.00' });
  });

  it('filters by status, by store on either side and by dispatch date range', async () => {
    const ids = async (query: string) => (await ok<Page<TransferJson>>(request(t, owner, 'GET', `/api/v1/stock/transfers?${query}`))).items.map((x) => x.id).sort();
    expect(await ids('status=in_transit')).toEqual([t2.id, t3.id].sort());
    expect(await ids('status=received')).toEqual([t1.id, t4.id].sort());
    expect(await ids(`storeId=${c}`)).toEqual([t3.id, t4.id].sort());
    expect(await ids(`storeId=${b}&status=in_transit`)).toEqual([t2.id]);
    expect(await ids('from=2026-05-03&to=2026-05-03')).toEqual([t2.id, t3.id].sort());
    expect(await ids('from=2026-05-04')).toEqual([t4.id]);
    expect(await ids('to=2026-05-02')).toEqual([t1.id]);
    // Receiving moves a transfer from one status to the other.
    await ok(request(t, owner, 'POST', `/api/v1/stock/transfers/${t2.id}/receive`, { date: '2026-05-04' }));
    expect(await ids('status=in_transit')).toEqual([t3.id]);
  });

  it('pages with keyset cursors: every transfer once, in order', async () => {
    const pages = await allPages<TransferJson>('/api/v1/stock/transfers', 1);
    expect(pages.map((p) => p.length)).toEqual([1, 1, 1, 1]);
    const all = (await ok<Page<TransferJson>>(request(t, owner, 'GET', '/api/v1/stock/transfers'))).items.map((x) => x.id);
    expect(pages.flat().map((x) => x.id)).toEqual(all);
    const filtered = await allPages<TransferJson>(`/api/v1/stock/transfers?storeId=${c}`, 1);
    expect(filtered.flat().map((x) => x.id).sort()).toEqual([t3.id, t4.id].sort());
  });

  it('refuses a forged cursor and bad filters with a problem, never a 500', async () => {
    for (const cursor of [encodeCursor({ k: '2026-02-30', id: t1.id }), encodeCursor({ k: 7, id: t1.id }), encodeCursor({ k: '2026-05-01', id: 'x' }), 'not-a-cursor']) {
      const r = await request(t, owner, 'GET', `/api/v1/stock/transfers?cursor=${cursor}`);
      expect([r.statusCode, problem(r).code]).toEqual([400, 'REQUEST.INVALID_CURSOR']);
    }
    const badStatus = await request(t, owner, 'GET', '/api/v1/stock/transfers?status=lost');
    expect(badStatus.statusCode).toBe(400);
    expect(problem(badStatus).errors?.[0]?.path).toMatch(/status/);
    expect((await request(t, owner, 'GET', '/api/v1/stock/transfers?from=2026-02-30')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/stock/counts', () => {
  let first: string;
  let second: string;
  let other: string;

  beforeAll(async () => {
    first = (await ok<{ id: string }>(request(t, owner, 'POST', '/api/v1/stock/counts', { storeId: a, date: '2026-05-20' }), 201)).id;
    second = (await ok<{ id: string }>(request(t, owner, 'POST', '/api/v1/stock/counts', { storeId: a, date: '2026-05-31', productIds: [tea] }), 201)).id;
    other = (await ok<{ id: string }>(request(t, owner, 'POST', '/api/v1/stock/counts', { storeId: c, date: '2026-05-25' }), 201)).id;
  });

  it('lists count sheets newest first, with how many lines are counted', async () => {
    await ok(request(t, owner, 'PUT', `/api/v1/stock/counts/${first}/lines`, { lines: [{ productId: tea, counted: '17' }] }, { 'if-match': '"v1"' }));
    const page = await ok<Page<CountSummary>>(request(t, owner, 'GET', '/api/v1/stock/counts'));
    expect(page.items.map((x) => x.id)).toEqual([second, other, first]);
    expect(page.items.find((x) => x.id === first)).toMatchObject({ storeId: a, status: 'open', date: '2026-05-20', lineCount: 2, countedCount: 1, version: 2 });
    expect(page.items.find((x) => x.id === second)).toMatchObject({ lineCount: 1, countedCount: 0 });
    expect(page.items[0]).not.toHaveProperty('lines');
  });

  it('filters by store and status; posting moves a sheet to posted', async () => {
    const ids = async (query: string) => (await ok<Page<CountSummary>>(request(t, owner, 'GET', `/api/v1/stock/counts?${query}`))).items.map((x) => x.id);
    expect(await ids(`storeId=${c}`)).toEqual([other]);
    expect(await ids(`storeId=${a}`)).toEqual([second, first]);
    expect(await ids('status=posted')).toEqual([]);
    await ok(request(t, owner, 'PUT', `/api/v1/stock/counts/${second}/lines`, { lines: [{ productId: tea, counted: '15' }] }, { 'if-match': '"v1"' }));
    await ok(request(t, owner, 'POST', `/api/v1/stock/counts/${second}/post`));
    expect(await ids('status=posted')).toEqual([second]);
    expect(await ids(`status=open&storeId=${a}`)).toEqual([first]);
    const pages = await allPages<CountSummary>('/api/v1/stock/counts', 2);
    expect(pages.map((p) => p.length)).toEqual([2, 1]);
    expect(pages.flat().map((x) => x.id)).toEqual([second, other, first]);
    expect((await request(t, owner, 'GET', '/api/v1/stock/counts?status=draft')).statusCode).toBe(400);
  });

  it('reads a sheet with names and the unit cost that values each difference', async () => {
    const sheet = await ok<{ lines: { productId: string; expected: string; counted: string | null; difference: string | null; unitCost: string; productName: string; sku: string }[] }>(
      request(t, owner, 'GET', `/api/v1/stock/counts/${first}`),
    );
    const teaLine = sheet.lines.find((l) => l.productId === tea)!;
    expect(teaLine).toMatchObject({ productName: 'Masala tea', sku: 'TEA-1', counted: '17', unitCost: '10' });
    expect(sheet.lines.find((l) => l.productId === rice)).toMatchObject({ productName: 'Basmati rice 5 kg', counted: null, difference: null, unitCost: '450' });
  });

  it('two clients enter counts on one sheet: the second, with the same version, gets 412 and changes nothing', async () => {
    const sheet = await ok<{ id: string; version: number }>(request(t, owner, 'POST', '/api/v1/stock/counts', { storeId: b, date: '2026-05-26', productIds: [tea] }), 201);
    const line = (counted: string) => request(t, owner, 'PUT', `/api/v1/stock/counts/${sheet.id}/lines`, { lines: [{ productId: tea, counted }] }, { 'if-match': `"v${sheet.version}"` });
    const results = await Promise.all([line('1'), line('2')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    const won = results.find((r) => r.statusCode === 200)!.json() as { lines: { counted: string }[] };
    const now = await ok<{ lines: { counted: string }[]; version: number }>(request(t, owner, 'GET', `/api/v1/stock/counts/${sheet.id}`));
    expect(now.version).toBe(sheet.version + 1);
    expect(now.lines[0]!.counted).toBe(won.lines[0]!.counted);
  });
});

describe('stock, reorder levels and the stock ledger for the screens', () => {
  it('names products on stock and reorder answers', async () => {
    const stock = await ok<Page<{ productId: string; productName: string; sku: string; quantity: string; value: string }>>(request(t, owner, 'GET', `/api/v1/stock?storeId=${a}`));
    expect(stock.items.find((x) => x.productId === rice)).toMatchObject({ productName: 'Basmati rice 5 kg', sku: 'RICE-5', quantity: '9', value: '4050.00' });
    await ok(request(t, owner, 'PUT', '/api/v1/stock/reorder-levels', { storeId: a, productId: rice, level: '12' }));
    const low = await ok<{ items: { productId: string; productName: string; low: boolean }[] }>(request(t, owner, 'GET', `/api/v1/stock/reorder-levels?lowOnly=true&storeId=${a}`));
    expect(low.items).toEqual([expect.objectContaining({ productId: rice, productName: 'Basmati rice 5 kg', sku: 'RICE-5', low: true, level: '12', quantity: '9' })]);
  });

  it("filters a product's stock ledger by date and carries the running totals from before the range", async () => {
    const p = await product(t, owner, 'LEDGER-DATES');
    await ok(receive(t, owner, a, [{ productId: p, quantity: '10', unitCost: '3' }], '2026-06-01'), 201);
    await ok(issue(t, owner, a, [{ productId: p, quantity: '4' }], '2026-06-05'), 201);
    await ok(receive(t, owner, a, [{ productId: p, quantity: '2', unitCost: '3' }], '2026-06-09'), 201);
    type Line = { kind: string; date: string; quantity: string; runningQuantity: string; runningValue: string };
    const all = await ok<Page<Line>>(request(t, owner, 'GET', `/api/v1/products/${p}/stock-ledger`));
    expect(all.items.map((l) => [l.date, l.runningQuantity])).toEqual([
      ['2026-06-01', '10'],
      ['2026-06-05', '6'],
      ['2026-06-09', '8'],
    ]);
    const ranged = await ok<Page<Line>>(request(t, owner, 'GET', `/api/v1/products/${p}/stock-ledger?from=2026-06-02&to=2026-06-06`));
    expect(ranged.items.map((l) => [l.kind, l.date, l.quantity, l.runningQuantity, l.runningValue])).toEqual([['issue', '2026-06-05', '-4', '6', '18.00']]);
    expect((await ok<Page<Line>>(request(t, owner, 'GET', `/api/v1/products/${p}/stock-ledger?from=2026-06-06&storeId=${b}`))).items).toEqual([]);
    const backwards = await request(t, owner, 'GET', `/api/v1/products/${p}/stock-ledger?from=2026-06-09&to=2026-06-01`);
    expect([backwards.statusCode, problem(backwards).code]).toEqual([400, 'INVENTORY.INVALID_PERIOD']);
  });
});

describe('the lists are per tenant', () => {
  it("another tenant's lists are empty", async () => {
    const { owner: intruder } = await setUpTenant(t, 1);
    expect((await ok<Page<unknown>>(request(t, intruder, 'GET', '/api/v1/stock/transfers'))).items).toEqual([]);
    expect((await ok<Page<unknown>>(request(t, intruder, 'GET', `/api/v1/stock/transfers?storeId=${a}`))).items).toEqual([]);
    expect((await ok<Page<unknown>>(request(t, intruder, 'GET', '/api/v1/stock/counts'))).items).toEqual([]);
    expect((await ok<Page<unknown>>(request(t, intruder, 'GET', `/api/v1/stock/counts?storeId=${a}`))).items).toEqual([]);
  });
});

describe('route fuzzer over the new lists', () => {
  it('answers every malformed request to the lists and the dated stock ledger with a 4xx problem', async () => {
    const routes = fuzzableRoutes(t.routes).filter((r) => r.method === 'GET' && ['/api/v1/stock/transfers', '/api/v1/stock/counts', '/api/v1/products/:id/stock-ledger'].includes(r.url));
    expect(routes).toHaveLength(3);
    const failures: string[] = [];
    let probes = 0;
    for (const route of routes) {
      for (const probe of probesFor(route, owner.headers)) {
        probes += 1;
        const verdict = judge(probe, await t.app.inject(probe.request));
        if (verdict) failures.push(`${route.url} [${probe.name}]: ${verdict}`);
      }
    }
    expect(failures).toEqual([]);
    expect(probes).toBeGreaterThan(5);
  });
});

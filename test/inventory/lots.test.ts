import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { ledgerInventory, ok, problem, product, request, setUpTenant, stockOf, stockValue, type DocJson } from './helpers.js';

let t: TestApp;
let owner: SignedUp;
let store: string;
let other: string;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ owner, storeIds: [store = '', other = ''] } = await setUpTenant(t, 2));
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => t?.close());

type Lot = { lot: string; quantity: string; expiresOn?: string | null };
type Line = { productId: string; quantity: string; unitCost?: string; lots?: Lot[]; serials?: string[] };
type TrackedDoc = DocJson & { moves: (DocJson['moves'][number] & { lots?: { lot: string; quantity: string; expiresOn: string | null }[]; serials?: string[] })[] };

const post = (url: string, body: object) => request(t, owner, 'POST', url, body);
const receipt = (storeId: string, lines: Line[], date = '2026-06-01') => post('/api/v1/stock/receipts', { storeId, date, lines });
const issueOf = (storeId: string, lines: Line[], date = '2026-06-10') => post('/api/v1/stock/issues', { storeId, date, lines });

async function tracked(sku: string, mode: 'batch' | 'serial', requiresExpiry = false): Promise<string> {
  const id = await product(t, owner, sku);
  const view = await ok<{ mode: string; version: number }>(
    request(t, owner, 'PUT', `/api/v1/products/${id}/tracking`, { mode, ...(mode === 'batch' && { requiresExpiry }) }, { 'if-match': '"v1"' }),
  );
  expect(view).toMatchObject({ mode, version: 2 });
  return id;
}

const lotsOf = async (productId: string, query = '') =>
  (await ok<{ items: { lot: string; storeId: string; quantity: string; expiresOn: string | null }[] }>(request(t, owner, 'GET', `/api/v1/products/${productId}/lots${query}`))).items;
const serialsOf = async (productId: string, query = '') =>
  (await ok<{ items: { serial: string; status: string; storeId: string | null }[] }>(request(t, owner, 'GET', `/api/v1/products/${productId}/serials${query}`))).items;

/** Every lot-tracked balance equals the sum of its lots (the invariant the module keeps). */
async function lotsMatchBalances(): Promise<void> {
  const { rows } = await adminQuery(
    t.testDb.ownerUrl,
    `select b.store_id, b.product_id, b.quantity::text as q, coalesce((select sum(l.quantity) from inventory.lot_balances l where l.tenant_id = b.tenant_id and l.store_id = b.store_id and l.product_id = b.product_id), 0)::text as lots,
            (select count(*) from inventory.serials s where s.tenant_id = b.tenant_id and s.store_id = b.store_id and s.product_id = b.product_id and s.status = 'in_stock')::text as serials, t.mode
     from inventory.balances b join inventory.product_tracking t on t.tenant_id = b.tenant_id and t.product_id = b.product_id
     where b.tenant_id = $1 and t.mode <> 'none'`,
    [owner.tenantId],
  );
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows as { q: string; lots: string; serials: string; mode: string }[]) {
    expect(Number(r.mode === 'batch' ? r.lots : r.serials)).toBe(Number(r.q));
  }
}

describe('tracking setting', () => {
  it('is none by default, shown on stock answers, and cannot change mode while there is stock', async () => {
    const id = await product(t, owner, 'TRACK-1');
    expect(await ok(request(t, owner, 'GET', `/api/v1/products/${id}/tracking`))).toEqual({ productId: id, mode: 'none', requiresExpiry: false, version: 1 });
    await ok(receipt(store, [{ productId: id, quantity: '1', unitCost: '1' }]), 201);
    const stock = await ok<{ items: { tracking?: string }[] }>(request(t, owner, 'GET', `/api/v1/stock?productId=${id}`));
    expect(stock.items[0]!.tracking).toBe('none');
    const locked = await request(t, owner, 'PUT', `/api/v1/products/${id}/tracking`, { mode: 'batch' }, { 'if-match': '"v1"' });
    expect(locked.statusCode).toBe(409);
    expect(problem(locked).code).toBe('INVENTORY.TRACKING_LOCKED');
    // Stale If-Match is refused; without stock the mode can change.
    const other = await product(t, owner, 'TRACK-2');
    expect((await request(t, owner, 'PUT', `/api/v1/products/${other}/tracking`, { mode: 'serial' }, { 'if-match': '"v7"' })).statusCode).toBe(412);
    await ok(request(t, owner, 'PUT', `/api/v1/products/${other}/tracking`, { mode: 'serial' }, { 'if-match': '"v1"' }));
    await ok(receipt(store, [{ productId: other, quantity: '1', unitCost: '1', serials: ['S-TRACK-1'] }]), 201);
    const stock2 = await ok<{ items: { tracking?: string }[] }>(request(t, owner, 'GET', `/api/v1/stock?productId=${other}`));
    expect(stock2.items[0]!.tracking).toBe('serial');
    // requiresExpiry only with batch
    const third = await product(t, owner, 'TRACK-3');
    const bad = await request(t, owner, 'PUT', `/api/v1/products/${third}/tracking`, { mode: 'serial', requiresExpiry: true }, { 'if-match': '"v1"' });
    expect(bad.statusCode).toBe(422);
  });
});

describe('batch / lot tracking', () => {
  it('receives two lots, then issues first expiry first out across lots (value from the FIFO engine)', async () => {
    const milk = await tracked('MILK', 'batch', true);
    // The later-expiring lot is received first: FEFO must not follow the receipt order.
    const r1 = await ok<TrackedDoc>(receipt(store, [{ productId: milk, quantity: '10', unitCost: '2.00', lots: [{ lot: 'L-LATE', quantity: '10', expiresOn: '2026-09-30' }] }], '2026-06-01'), 201);
    expect(r1.moves[0]!.lots).toEqual([{ lot: 'L-LATE', quantity: '10', expiresOn: '2026-09-30' }]);
    await ok(receipt(store, [{ productId: milk, quantity: '5', unitCost: '3.00', lots: [{ lot: 'L-EARLY', quantity: '5', expiresOn: '2026-07-15' }] }], '2026-06-02'), 201);
    const out = await ok<TrackedDoc>(issueOf(store, [{ productId: milk, quantity: '7' }]), 201);
    expect(out.moves[0]!.lots).toEqual([
      { lot: 'L-EARLY', quantity: '5', expiresOn: '2026-07-15' },
      { lot: 'L-LATE', quantity: '2', expiresOn: '2026-09-30' },
    ]);
    // Valuation is the FIFO engine's, by receipt order: 7 from the first layer at 2.00.
    expect(out.moves[0]!.value).toBe('-14.00');
    expect(await lotsOf(milk)).toEqual([expect.objectContaining({ lot: 'L-LATE', storeId: store, quantity: '8', expiresOn: '2026-09-30' })]);
    expect(await lotsOf(milk, '?includeEmpty=true')).toHaveLength(2);
    expect(await stockOf(t, owner, store, milk)).toMatchObject({ quantity: '8' });
    // Traceability: the issue's move is linked to both lots.
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select l.code, ml.quantity::text as q from inventory.move_lots ml join inventory.lots l on l.tenant_id = ml.tenant_id and l.id = ml.lot_id where ml.move_id = $1 order by l.code`, [out.moves[0]!.id]);
    expect(rows).toEqual([{ code: 'L-EARLY', q: '5' }, { code: 'L-LATE', q: '2' }]);
    const ledger = await ok<{ items: { kind: string; lots?: { lot: string; quantity: string }[] }[] }>(request(t, owner, 'GET', `/api/v1/products/${milk}/stock-ledger`));
    expect(ledger.items.map((x) => [x.kind, x.lots?.map((l) => `${l.lot}:${l.quantity}`).join(',')])).toEqual([
      ['receipt', 'L-LATE:10'],
      ['receipt', 'L-EARLY:5'],
      ['issue', 'L-EARLY:5,L-LATE:2'],
    ]);
    expect(await ledgerInventory(t, owner.tenantId)).toBe(await stockValue(t, owner.tenantId));
    await lotsMatchBalances();
  });

  it('oldest lot first on equal expiry; a named lot is taken as named; over-issuing a lot is refused', async () => {
    const flour = await tracked('FLOUR', 'batch');
    await ok(receipt(store, [{ productId: flour, quantity: '4', unitCost: '1', lots: [{ lot: 'B-OLD', quantity: '4' }] }], '2026-06-01'), 201);
    await ok(receipt(store, [{ productId: flour, quantity: '4', unitCost: '1', lots: [{ lot: 'A-NEW', quantity: '4' }] }], '2026-06-02'), 201);
    const out = await ok<TrackedDoc>(issueOf(store, [{ productId: flour, quantity: '5' }]), 201);
    expect(out.moves[0]!.lots!.map((l) => [l.lot, l.quantity])).toEqual([
      ['B-OLD', '4'],
      ['A-NEW', '1'],
    ]);
    const named = await ok<TrackedDoc>(issueOf(store, [{ productId: flour, quantity: '1', lots: [{ lot: 'A-NEW', quantity: '1' }] }]), 201);
    expect(named.moves[0]!.lots!.map((l) => l.lot)).toEqual(['A-NEW']);
    const before = await rowCounts(t.testDb.ownerUrl);
    const over = await issueOf(store, [{ productId: flour, quantity: '1', lots: [{ lot: 'B-OLD', quantity: '1' }] }]);
    expect(over.statusCode).toBe(422);
    expect(problem(over)).toMatchObject({ code: 'INVENTORY.INSUFFICIENT_LOT_STOCK', errors: [{ path: 'body.lines[0].lots[0].quantity' }] });
    const unknown = await issueOf(store, [{ productId: flour, quantity: '1', lots: [{ lot: 'NOPE', quantity: '1' }] }]);
    expect(problem(unknown)).toMatchObject({ code: 'INVENTORY.LOT_NOT_FOUND', errors: [{ path: 'body.lines[0].lots[0].lot' }] });
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
    await lotsMatchBalances();
  });

  it('refuses receipts without lots, lots not adding up, missing or conflicting expiry; lots on untracked products', async () => {
    const cheese = await tracked('CHEESE', 'batch', true);
    const plain = await product(t, owner, 'PLAIN');
    const before = await rowCounts(t.testDb.ownerUrl);
    const cases: [Line, string, string][] = [
      [{ productId: cheese, quantity: '2', unitCost: '1' }, 'INVENTORY.LOTS_REQUIRED', 'body.lines[0].lots'],
      [{ productId: cheese, quantity: '2', unitCost: '1', lots: [{ lot: 'C1', quantity: '1', expiresOn: '2027-01-01' }] }, 'INVENTORY.LOT_QUANTITY_MISMATCH', 'body.lines[0].lots'],
      [{ productId: cheese, quantity: '2', unitCost: '1', lots: [{ lot: 'C1', quantity: '2' }] }, 'INVENTORY.LOT_EXPIRY_REQUIRED', 'body.lines[0].lots[0].expiresOn'],
      [
        { productId: cheese, quantity: '2', unitCost: '1', lots: [{ lot: 'C1', quantity: '1', expiresOn: '2027-01-01' }, { lot: 'C1', quantity: '1', expiresOn: '2027-01-01' }] },
        'INVENTORY.DUPLICATE_LOT',
        'body.lines[0].lots[1].lot',
      ],
      [{ productId: plain, quantity: '2', unitCost: '1', lots: [{ lot: 'P1', quantity: '2' }] }, 'INVENTORY.TRACKING_MISMATCH', 'body.lines[0].lots'],
      [{ productId: cheese, quantity: '1', unitCost: '1', serials: ['X'] }, 'INVENTORY.TRACKING_MISMATCH', 'body.lines[0].serials'],
    ];
    for (const [line, code, path] of cases) {
      const r = await receipt(store, [line]);
      expect(r.statusCode, r.body).toBe(422);
      expect(problem(r)).toMatchObject({ code, errors: [{ path }] });
    }
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
    await ok(receipt(store, [{ productId: cheese, quantity: '1', unitCost: '1', lots: [{ lot: 'C1', quantity: '1', expiresOn: '2027-01-01' }] }]), 201);
    // The same lot again: without a date it keeps its expiry; with another date it is refused.
    await ok(receipt(store, [{ productId: cheese, quantity: '1', unitCost: '1', lots: [{ lot: 'C1', quantity: '1' }] }]), 201);
    const conflict = await receipt(store, [{ productId: cheese, quantity: '1', unitCost: '1', lots: [{ lot: 'C1', quantity: '1', expiresOn: '2027-02-01' }] }]);
    expect(problem(conflict)).toMatchObject({ code: 'INVENTORY.LOT_EXPIRY_MISMATCH', errors: [{ path: 'body.lines[0].lots[0].expiresOn' }] });
    expect(await lotsOf(cheese)).toEqual([expect.objectContaining({ lot: 'C1', quantity: '2', expiresOn: '2027-01-01' })]);
  });

  it('transfers move the lots with the goods (direct and dispatched), and the expiring report lists them', async () => {
    const yog = await tracked('YOGURT', 'batch', true);
    await ok(receipt(store, [{ productId: yog, quantity: '6', unitCost: '1', lots: [{ lot: 'Y1', quantity: '2', expiresOn: '2026-06-20' }, { lot: 'Y2', quantity: '4', expiresOn: '2026-08-01' }] }]), 201);
    const direct = await ok<{ lines: { lots?: { lot: string; quantity: string }[] }[] }>(
      post('/api/v1/stores/transfer', { fromStoreId: store, toStoreId: other, date: '2026-06-05', lines: [{ productId: yog, quantity: '3' }] }),
      201,
    );
    expect(direct.lines[0]!.lots!.map((l) => [l.lot, l.quantity])).toEqual([
      ['Y1', '2'],
      ['Y2', '1'],
    ]);
    const dispatched = await ok<{ id: string; lines: { lots?: { lot: string; quantity: string }[] }[] }>(
      post('/api/v1/stores/transfer', { fromStoreId: store, toStoreId: other, date: '2026-06-05', mode: 'dispatch', lines: [{ productId: yog, quantity: '2', lots: [{ lot: 'Y2', quantity: '2' }] }] }),
      201,
    );
    expect(dispatched.lines[0]!.lots!.map((l) => l.lot)).toEqual(['Y2']);
    // In transit: the mode cannot change now.
    expect((await request(t, owner, 'PUT', `/api/v1/products/${yog}/tracking`, { mode: 'none' }, { 'if-match': '"v2"' })).statusCode).toBe(409);
    await ok(post(`/api/v1/stock/transfers/${dispatched.id}/receive`, { date: '2026-06-06' }));
    const byStore = (await lotsOf(yog)).map((l) => [l.lot, l.storeId === store ? 'A' : 'B', l.quantity]).sort();
    expect(byStore).toEqual([
      ['Y1', 'B', '2'],
      ['Y2', 'A', '1'],
      ['Y2', 'B', '3'],
    ]);
    expect((await lotsOf(yog, `?storeId=${other}&expiringBefore=2026-07-01`)).map((l) => l.lot)).toEqual(['Y1']);
    const report = await ok<{ before: string; items: { productId: string; lot: string; storeId: string; quantity: string; sku?: string }[] }>(request(t, owner, 'GET', '/api/v1/stock/expiring?before=2026-07-01'));
    expect(report.items.filter((i) => i.productId === yog)).toEqual([expect.objectContaining({ lot: 'Y1', storeId: other, quantity: '2', sku: 'YOGURT', expiresOn: '2026-06-20' })]);
    expect(report.items.every((i) => i.quantity !== '0')).toBe(true);
    expect(await ledgerInventory(t, owner.tenantId)).toBe(await stockValue(t, owner.tenantId));
    await lotsMatchBalances();
  });

  it('adjustments per lot: increase names the lot, decrease takes FEFO or the named lot', async () => {
    const oil = await tracked('OIL', 'batch');
    const adjust = (quantity: string, lots?: Lot[]) => post('/api/v1/stock/adjustments', { storeId: store, date: '2026-06-03', reason: 'found', lines: [{ productId: oil, quantity, unitCost: quantity.startsWith('-') ? undefined : '1', ...(lots && { lots }) }] });
    expect(problem(await adjust('2')).code).toBe('INVENTORY.LOTS_REQUIRED');
    await ok(adjust('2', [{ lot: 'O1', quantity: '2', expiresOn: '2026-12-01' }]), 201);
    await ok(adjust('3', [{ lot: 'O2', quantity: '3', expiresOn: '2026-11-01' }]), 201);
    const down = await ok<TrackedDoc>(adjust('-1'), 201);
    expect(down.moves[0]!.lots!.map((l) => l.lot)).toEqual(['O2']);
    await ok(adjust('-2', [{ lot: 'O1', quantity: '2' }]), 201);
    expect((await lotsOf(oil)).map((l) => [l.lot, l.quantity])).toEqual([['O2', '2']]);
    await lotsMatchBalances();
  });
});

describe('serial numbers', () => {
  it('receives, issues and transfers serials; lists them in stock and out', async () => {
    const phone = await tracked('PHONE', 'serial');
    const r = await ok<TrackedDoc>(receipt(store, [{ productId: phone, quantity: '3', unitCost: '100', serials: ['SN-1', 'SN-2', 'SN-3'] }]), 201);
    expect(r.moves[0]!.serials).toEqual(['SN-1', 'SN-2', 'SN-3']);
    const out = await ok<TrackedDoc>(issueOf(store, [{ productId: phone, quantity: '1', serials: ['SN-2'] }]), 201);
    expect(out.moves[0]!.serials).toEqual(['SN-2']);
    expect(out.moves[0]!.value).toBe('-100.00');
    await ok(post('/api/v1/stores/transfer', { fromStoreId: store, toStoreId: other, date: '2026-06-11', lines: [{ productId: phone, quantity: '1', serials: ['SN-3'] }] }), 201);
    expect(await serialsOf(phone)).toEqual([
      { serial: 'SN-1', status: 'in_stock', storeId: store },
      { serial: 'SN-2', status: 'out', storeId: null },
      { serial: 'SN-3', status: 'in_stock', storeId: other },
    ]);
    expect((await serialsOf(phone, `?status=in_stock&storeId=${other}`)).map((s) => s.serial)).toEqual(['SN-3']);
    const trail = await ok<{ items: { kind: string; serials?: string[] }[] }>(request(t, owner, 'GET', `/api/v1/products/${phone}/stock-ledger`));
    expect(trail.items.map((x) => [x.kind, x.serials])).toEqual([
      ['receipt', ['SN-1', 'SN-2', 'SN-3']],
      ['issue', ['SN-2']],
      ['transfer_out', ['SN-3']],
      ['transfer_in', ['SN-3']],
    ]);
    // Paged by serial.
    const page = await ok<{ items: { serial: string }[]; nextCursor: string | null }>(request(t, owner, 'GET', `/api/v1/products/${phone}/serials?limit=2`));
    expect(page.items.map((s) => s.serial)).toEqual(['SN-1', 'SN-2']);
    const next = await ok<{ items: { serial: string }[]; nextCursor: string | null }>(request(t, owner, 'GET', `/api/v1/products/${phone}/serials?limit=2&cursor=${page.nextCursor}`));
    expect(next).toEqual({ items: [expect.objectContaining({ serial: 'SN-3' })], nextCursor: null });
    // A dispatched transfer: in transit, then in the destination.
    const sent = await ok<{ id: string; lines: { serials?: string[] }[] }>(post('/api/v1/stores/transfer', { fromStoreId: store, toStoreId: other, date: '2026-06-12', mode: 'dispatch', lines: [{ productId: phone, quantity: '1', serials: ['SN-1'] }] }), 201);
    expect(sent.lines[0]!.serials).toEqual(['SN-1']);
    expect((await serialsOf(phone, '?status=in_transit')).map((s) => s.serial)).toEqual(['SN-1']);
    await ok(post(`/api/v1/stock/transfers/${sent.id}/receive`, { date: '2026-06-13' }));
    expect((await serialsOf(phone, `?status=in_stock&storeId=${other}`)).map((s) => s.serial)).toEqual(['SN-1', 'SN-3']);
    // A returned unit (out) may be received again.
    await ok(receipt(store, [{ productId: phone, quantity: '1', unitCost: '100', serials: ['SN-2'] }]), 201);
    expect(await ledgerInventory(t, owner.tenantId)).toBe(await stockValue(t, owner.tenantId));
    await lotsMatchBalances();
  });

  it('refuses duplicate serials, serials not in stock, and counts that do not match', async () => {
    const laptop = await tracked('LAPTOP', 'serial');
    await ok(receipt(store, [{ productId: laptop, quantity: '2', unitCost: '500', serials: ['L-1', 'L-2'] }]), 201);
    const before = await rowCounts(t.testDb.ownerUrl);
    const again = await receipt(other, [{ productId: laptop, quantity: '1', unitCost: '500', serials: ['L-2'] }]);
    expect(again.statusCode).toBe(409);
    expect(problem(again)).toMatchObject({ code: 'INVENTORY.SERIAL_EXISTS', errors: [{ path: 'body.lines[0].serials[0]' }] });
    const twice = await receipt(store, [{ productId: laptop, quantity: '2', unitCost: '500', serials: ['L-9', 'L-9'] }]);
    expect(problem(twice)).toMatchObject({ code: 'INVENTORY.SERIAL_COUNT_MISMATCH', errors: [{ path: 'body.lines[0].serials[1]' }] });
    const short = await receipt(store, [{ productId: laptop, quantity: '2', unitCost: '500', serials: ['L-9'] }]);
    expect(problem(short)).toMatchObject({ code: 'INVENTORY.SERIAL_COUNT_MISMATCH', errors: [{ path: 'body.lines[0].serials' }] });
    const fraction = await receipt(store, [{ productId: laptop, quantity: '1.5', unitCost: '500', serials: ['L-9'] }]);
    expect(problem(fraction).code).toBe('INVENTORY.SERIAL_COUNT_MISMATCH');
    const none = await receipt(store, [{ productId: laptop, quantity: '1', unitCost: '500' }]);
    expect(problem(none)).toMatchObject({ code: 'INVENTORY.SERIALS_REQUIRED', errors: [{ path: 'body.lines[0].serials' }] });
    // Issuing a serial that is not in stock (unknown, or in another store) is refused; so is an issue without serials.
    const unknown = await issueOf(store, [{ productId: laptop, quantity: '1', serials: ['L-404'] }]);
    expect(problem(unknown)).toMatchObject({ code: 'INVENTORY.SERIAL_NOT_IN_STOCK', errors: [{ path: 'body.lines[0].serials[0]' }] });
    const elsewhere = await post('/api/v1/stores/transfer', { fromStoreId: other, toStoreId: store, date: '2026-06-11', lines: [{ productId: laptop, quantity: '1', serials: ['L-1'] }] });
    expect(elsewhere.statusCode).toBe(422);
    expect(problem(await issueOf(store, [{ productId: laptop, quantity: '1' }])).code).toBe('INVENTORY.SERIALS_REQUIRED');
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
    await ok(issueOf(store, [{ productId: laptop, quantity: '1', serials: ['L-1'] }]), 201);
    const issuedTwice = await issueOf(store, [{ productId: laptop, quantity: '1', serials: ['L-1'] }]);
    expect(problem(issuedTwice).code).toBe('INVENTORY.SERIAL_NOT_IN_STOCK');
  });

  it('two concurrent issues of the last serial: exactly one succeeds', async () => {
    const issueOverHttp = (productId: string, serial: string) =>
      fetch(`${base}/api/v1/stock/issues`, {
        method: 'POST',
        headers: { ...owner.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ storeId: store, date: '2026-06-20', lines: [{ productId, quantity: '1', serials: [serial] }] }),
      });
    for (const round of [1, 2, 3]) {
      const watch = await tracked(`WATCH-${round}`, 'serial');
      // Two units, both clients after the same one: the second must find it gone.
      await ok(receipt(store, [{ productId: watch, quantity: '2', unitCost: '50', serials: [`W${round}-A`, `W${round}-B`] }]), 201);
      const responses = await Promise.all([issueOverHttp(watch, `W${round}-A`), issueOverHttp(watch, `W${round}-A`)]);
      expect(responses.map((r) => r.status).sort()).toEqual([201, 422]);
      expect(await responses.find((r) => r.status === 422)!.json()).toMatchObject({ code: 'INVENTORY.SERIAL_NOT_IN_STOCK' });
      // The last unit: two clients, one serial, one unit.
      const last = await Promise.all([issueOverHttp(watch, `W${round}-B`), issueOverHttp(watch, `W${round}-B`)]);
      expect(last.map((r) => r.status).sort()).toEqual([201, 422]);
      expect(await stockOf(t, owner, store, watch)).toBeNull();
      expect(await serialsOf(watch, '?status=in_stock')).toEqual([]);
    }
    expect(await ledgerInventory(t, owner.tenantId)).toBe(await stockValue(t, owner.tenantId));
  });

  it('parallel FEFO issues of a lot-tracked product never take more than its lots hold', async () => {
    const egg = await tracked('EGGS', 'batch');
    await ok(receipt(store, [{ productId: egg, quantity: '5', unitCost: '1', lots: [{ lot: 'E1', quantity: '2', expiresOn: '2026-07-01' }, { lot: 'E2', quantity: '3', expiresOn: '2026-08-01' }] }]), 201);
    const issueOverHttp = () =>
      fetch(`${base}/api/v1/stock/issues`, {
        method: 'POST',
        headers: { ...owner.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ storeId: store, date: '2026-06-20', lines: [{ productId: egg, quantity: '1' }] }),
      });
    const responses = await Promise.all(Array.from({ length: 8 }, issueOverHttp));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(5);
    expect(responses.filter((r) => r.status === 422)).toHaveLength(3);
    expect(await lotsOf(egg, '?includeEmpty=true')).toEqual([expect.objectContaining({ lot: 'E1', quantity: '0' }), expect.objectContaining({ lot: 'E2', quantity: '0' })]);
    expect(await stockOf(t, owner, store, egg)).toBeNull();
    await lotsMatchBalances();
  });

  it('two concurrent receipts of the same new serial into two stores: exactly one succeeds', async () => {
    const cam = await tracked('CAMERA', 'serial');
    const receiveOverHttp = (storeId: string) =>
      fetch(`${base}/api/v1/stock/receipts`, {
        method: 'POST',
        headers: { ...owner.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ storeId, date: '2026-06-20', lines: [{ productId: cam, quantity: '1', unitCost: '10', serials: ['CAM-1'] }] }),
      });
    const responses = await Promise.all([receiveOverHttp(store), receiveOverHttp(other)]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await serialsOf(cam)).toHaveLength(1);
    await lotsMatchBalances();
  });
});

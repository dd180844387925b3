import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { crossTenantProbe } from '../support/cross-tenant-probe.js';
import type { SignedUp } from '../support/factories.js';
import { ledgerInventory, ok, problem, product, request, setUpTenant, stockOf, stockValue } from './helpers.js';

let t: TestApp;
let owner: SignedUp;
let store: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ owner, storeIds: [store = ''] } = await setUpTenant(t, 1));
});
afterAll(async () => t?.close());

const post = (url: string, body: object, who = owner) => request(t, who, 'POST', url, body);

async function tracked(who: SignedUp, sku: string, mode: 'batch' | 'serial'): Promise<string> {
  const id = await product(t, who, sku);
  await ok(request(t, who, 'PUT', `/api/v1/products/${id}/tracking`, { mode }, { 'if-match': '"v1"' }));
  return id;
}

const lotsOf = async (productId: string) =>
  (await ok<{ items: { lot: string; quantity: string; expiresOn: string | null }[] }>(request(t, owner, 'GET', `/api/v1/products/${productId}/lots`))).items.map((l) => [l.lot, l.quantity]).sort();

describe('stock counts per lot and serial', () => {
  it('a count per lot writes the differences of each lot (out for the short ones, in for the over / new ones)', async () => {
    const rice = await tracked(owner, 'RICE', 'batch');
    await ok(post('/api/v1/stock/receipts', { storeId: store, date: '2026-06-01', lines: [{ productId: rice, quantity: '10', unitCost: '2', lots: [{ lot: 'R1', quantity: '6' }, { lot: 'R2', quantity: '4' }] }] }), 201);
    const sheet = await ok<{ id: string; version: number }>(post('/api/v1/stock/counts', { storeId: store, date: '2026-06-30', productIds: [rice] }), 201);
    const enter = (lines: object[], version: number) => request(t, owner, 'PUT', `/api/v1/stock/counts/${sheet.id}/lines`, { lines }, { 'if-match': `"v${version}"` });
    const mismatch = await enter([{ productId: rice, counted: '9', lots: [{ lot: 'R1', counted: '5' }] }], sheet.version);
    expect(problem(mismatch)).toMatchObject({ code: 'INVENTORY.LOT_QUANTITY_MISMATCH', errors: [{ path: 'body.lines[0].lots' }] });
    // R1: 6 → 5 (one short), R2: 4 → 0 (missing), R3: new with 4.
    const entered = await ok<{ version: number; lines: { lots?: unknown[] }[] }>(enter([{ productId: rice, counted: '9', lots: [{ lot: 'R1', counted: '5' }, { lot: 'R3', counted: '4', expiresOn: '2027-01-31' }] }], sheet.version));
    expect(entered.lines[0]!.lots).toHaveLength(2);
    const posted = await ok<{ adjustments: number; entryId: string | null }>(post(`/api/v1/stock/counts/${sheet.id}/post`, {}));
    expect(posted.adjustments).toBe(2);
    expect(await lotsOf(rice)).toEqual([
      ['R1', '5'],
      ['R3', '4'],
    ]);
    expect(await stockOf(t, owner, store, rice)).toMatchObject({ quantity: '9' });
    expect(await ledgerInventory(t, owner.tenantId)).toBe(await stockValue(t, owner.tenantId));
  });

  it('a count of serials takes the missing ones out and brings the found ones in; without lots a lot-tracked count decreases FEFO', async () => {
    const tab = await tracked(owner, 'TABLET', 'serial');
    await ok(post('/api/v1/stock/receipts', { storeId: store, date: '2026-06-01', lines: [{ productId: tab, quantity: '3', unitCost: '10', serials: ['T1', 'T2', 'T3'] }] }), 201);
    const sheet = await ok<{ id: string; version: number }>(post('/api/v1/stock/counts', { storeId: store, date: '2026-06-30', productIds: [tab] }), 201);
    await ok(request(t, owner, 'PUT', `/api/v1/stock/counts/${sheet.id}/lines`, { lines: [{ productId: tab, counted: '3', serials: ['T1', 'T3', 'T9'] }] }, { 'if-match': `"v${sheet.version}"` }));
    await ok(post(`/api/v1/stock/counts/${sheet.id}/post`, {}));
    const serials = await ok<{ items: { serial: string; status: string }[] }>(request(t, owner, 'GET', `/api/v1/products/${tab}/serials`));
    expect(serials.items.map((s) => [s.serial, s.status])).toEqual([
      ['T1', 'in_stock'],
      ['T2', 'out'],
      ['T3', 'in_stock'],
      ['T9', 'in_stock'],
    ]);

    const salt = await tracked(owner, 'SALT', 'batch');
    await ok(post('/api/v1/stock/receipts', { storeId: store, date: '2026-06-01', lines: [{ productId: salt, quantity: '4', unitCost: '1', lots: [{ lot: 'S-LATE', quantity: '2', expiresOn: '2027-05-01' }, { lot: 'S-SOON', quantity: '2', expiresOn: '2026-12-01' }] }] }), 201);
    const plain = await ok<{ id: string; version: number }>(post('/api/v1/stock/counts', { storeId: store, date: '2026-06-30', productIds: [salt] }), 201);
    await ok(request(t, owner, 'PUT', `/api/v1/stock/counts/${plain.id}/lines`, { lines: [{ productId: salt, counted: '3' }] }, { 'if-match': `"v${plain.version}"` }));
    await ok(post(`/api/v1/stock/counts/${plain.id}/post`, {}));
    expect(await lotsOf(salt)).toEqual([
      ['S-LATE', '2'],
      ['S-SOON', '1'],
    ]);
  });
});

describe('untracked products', () => {
  it('behave as before: no lots, no serials, nothing written to the lot tables', async () => {
    const nail = await product(t, owner, 'NAIL');
    const r = await ok<{ moves: Record<string, unknown>[] }>(post('/api/v1/stock/receipts', { storeId: store, date: '2026-06-01', lines: [{ productId: nail, quantity: '5', unitCost: '1' }] }), 201);
    expect(r.moves[0]).not.toHaveProperty('lots');
    expect(r.moves[0]).not.toHaveProperty('serials');
    await ok(post('/api/v1/stock/issues', { storeId: store, date: '2026-06-02', lines: [{ productId: nail, quantity: '5' }] }), 201);
    expect(await lotsOf(nail)).toEqual([]);
    const serials = await ok<{ items: unknown[] }>(request(t, owner, 'GET', `/api/v1/products/${nail}/serials`));
    expect(serials.items).toEqual([]);
  });
});

describe('cross-tenant probe over lots and serials', () => {
  it("tenant B can neither see nor change A's tracking, lots or serials, nor see them in the expiring report", async () => {
    const b = (await setUpTenant(t, 1)).owner;
    const lotted = await tracked(owner, 'PROBE-LOT', 'batch');
    const serial = await tracked(owner, 'PROBE-SN', 'serial');
    await ok(
      post('/api/v1/stock/receipts', {
        storeId: store,
        date: '2026-06-01',
        lines: [
          { productId: lotted, quantity: '1', unitCost: '1', lots: [{ lot: 'P1', quantity: '1', expiresOn: '2026-07-01' }] },
          { productId: serial, quantity: '1', unitCost: '1', serials: ['PSN-1'] },
        ],
      }),
      201,
    );
    const report = await crossTenantProbe(t, owner, b, [
      { url: `/api/v1/products/${lotted}/tracking`, bodies: { PUT: { mode: 'none' } } },
      `/api/v1/products/${lotted}/lots`,
      `/api/v1/products/${serial}/serials`,
    ]);
    expect(report.failures).toEqual([]);
    expect(report.calls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GET \/api\/v1\/products\/[^/]+\/tracking -> 404$/),
        expect.stringMatching(/^PUT \/api\/v1\/products\/[^/]+\/tracking -> 404$/),
        expect.stringMatching(/^GET \/api\/v1\/products\/[^/]+\/lots -> 404$/),
        expect.stringMatching(/^GET \/api\/v1\/products\/[^/]+\/serials -> 404$/),
      ]),
    );
    expect((await ok<{ items: unknown[] }>(request(t, b, 'GET', '/api/v1/stock/expiring?before=2030-01-01'))).items).toEqual([]);
    expect((await ok<{ items: unknown[] }>(request(t, owner, 'GET', '/api/v1/stock/expiring?before=2030-01-01'))).items.length).toBeGreaterThan(0);
    // B cannot issue A's serial or lot from its own store either.
    const bStore = ((await ok<{ items: { id: string }[] }>(request(t, b, 'GET', '/api/v1/stores'))).items[0]!).id;
    const steal = await post('/api/v1/stock/issues', { storeId: bStore, date: '2026-06-02', lines: [{ productId: serial, quantity: '1', serials: ['PSN-1'] }] }, b);
    expect(problem(steal).code).toBe('INVENTORY.PRODUCT_NOT_FOUND');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { crossTenantProbe, type ProbeTarget } from '../support/cross-tenant-probe.js';
import type { SignedUp } from '../support/factories.js';
import { ok, product, receive, request, setUpTenant } from './helpers.js';

let t: TestApp;
let a: SignedUp;
let b: SignedUp;
let targets: ProbeTarget[];
let aStore: string;
let aProduct: string;
let bStore: string;

beforeAll(async () => {
  t = await createTestApp();
  let stores: string[];
  ({ owner: a, storeIds: stores } = await setUpTenant(t));
  ({ owner: b, storeIds: [bStore = ''] } = await setUpTenant(t, 1));
  aStore = stores[0]!;
  aProduct = await product(t, a, 'A-STOCK');
  await ok(receive(t, a, aStore, [{ productId: aProduct, quantity: '5', unitCost: '2' }]), 201);
  const transfer = await ok<{ id: string }>(request(t, a, 'POST', '/api/v1/stores/transfer', { fromStoreId: aStore, toStoreId: stores[1], date: '2026-06-02', mode: 'dispatch', lines: [{ productId: aProduct, quantity: '1' }] }), 201);
  const count = await ok<{ id: string }>(request(t, a, 'POST', '/api/v1/stock/counts', { storeId: aStore, date: '2026-06-30' }), 201);
  targets = [
    `/api/v1/products/${aProduct}/stock-ledger`,
    `/api/v1/stores/${aStore}/summary`,
    { url: `/api/v1/stock/transfers/${transfer.id}`, bodies: { 'POST /api/v1/stock/transfers/:id/receive': { date: '2026-06-03' } } },
    `/api/v1/stock/counts/${count.id}`,
    { url: `/api/v1/stock/counts/${count.id}/lines`, bodies: { PUT: { lines: [{ productId: aProduct, counted: '0' }] } } },
  ];
});
afterAll(async () => t?.close());

describe('cross-tenant probe over inventory', () => {
  it("tenant B can neither see nor change A's stock ledger, store summary, transfers or counts", async () => {
    const report = await crossTenantProbe(t, a, b, targets);
    expect(report.failures).toEqual([]);
    expect(report.calls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GET \/api\/v1\/products\/[^/]+\/stock-ledger -> 404$/),
        expect.stringMatching(/^GET \/api\/v1\/stores\/[^/]+\/summary -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/stock\/transfers\/[^/]+\/receive -> 404$/),
        expect.stringMatching(/^PUT \/api\/v1\/stock\/counts\/[^/]+\/lines -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/stock\/counts\/[^/]+\/post -> 404$/),
      ]),
    );
  });

  it("B cannot move stock in A's store or of A's product, and sees none of A's stock", async () => {
    const intoA = await receive(t, b, aStore, [{ productId: aProduct, quantity: '1', unitCost: '1' }]);
    expect(intoA.statusCode).toBe(422);
    const aProductInB = await receive(t, b, bStore, [{ productId: aProduct, quantity: '1', unitCost: '1' }]);
    expect((aProductInB.json() as { code: string }).code).toBe('INVENTORY.PRODUCT_NOT_FOUND');
    expect((await ok<{ items: unknown[] }>(request(t, b, 'GET', '/api/v1/stock'))).items).toEqual([]);
    expect((await ok<{ items: unknown[] }>(request(t, a, 'GET', '/api/v1/stock'))).items).toHaveLength(1);
    // The lists: B sees none of A's transfers or count sheets, even filtering by A's store.
    for (const url of ['/api/v1/stock/transfers', `/api/v1/stock/transfers?storeId=${aStore}`, '/api/v1/stock/counts', `/api/v1/stock/counts?storeId=${aStore}`]) {
      expect((await ok<{ items: unknown[] }>(request(t, b, 'GET', url))).items, url).toEqual([]);
      expect((await ok<{ items: unknown[] }>(request(t, a, 'GET', url))).items, url).toHaveLength(1);
    }
  });
});

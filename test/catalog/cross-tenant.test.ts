import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { crossTenantProbe, type ProbeTarget } from '../support/cross-tenant-probe.js';
import type { SignedUp } from '../support/factories.js';
import { createProduct, createVendor, ok, request } from './helpers.js';

let t: TestApp;
let a: SignedUp;
let b: SignedUp;
let targets: ProbeTarget[];

beforeAll(async () => {
  t = await createTestApp();
  a = await t.signUp({ tenantName: 'Tenant A' });
  b = await t.signUp({ tenantName: 'Tenant B' });
  await createProduct(t, b, { sku: 'B-OWN', name: 'B own' }); // B's own catalog exists (units seeded)
  const category = await ok<{ id: string }>(request(t, a, 'POST', '/api/v1/categories', { name: 'A category' }), 201);
  const product = await createProduct(t, a, { sku: 'A-1', name: 'A product', categoryId: category.id, salePrice: '5' });
  await ok(request(t, a, 'PUT', `/api/v1/products/${product.id}/units`, { units: [{ unit: 'box', factor: '10' }] }));
  const supplier = await ok<{ id: string }>(request(t, a, 'POST', `/api/v1/products/${product.id}/suppliers`, { vendorId: await createVendor(t, a, 'A vendor') }), 201);
  const list = await ok<{ id: string }>(request(t, a, 'POST', '/api/v1/price-lists', { name: 'A prices' }), 201);
  await ok(request(t, a, 'PUT', `/api/v1/price-lists/${list.id}/items`, { items: [{ productId: product.id, price: '4' }] }));
  const units = await ok<{ items: { id: string; code: string }[] }>(request(t, a, 'GET', '/api/v1/units'));
  const unit = units.items.find((u) => u.code === 'box')!;
  targets = [
    { url: `/api/v1/products/${product.id}`, bodies: { PUT: { name: 'Hijacked' }, 'PUT /api/v1/products/:id/units': { units: [] }, 'POST /api/v1/products/:id/suppliers': { vendorId: await createVendor(t, b, 'B vendor') } } },
    `/api/v1/products/${product.id}/price`,
    { url: `/api/v1/products/${product.id}/units`, bodies: { PUT: { units: [] } } },
    `/api/v1/products/${product.id}/suppliers`,
    { url: `/api/v1/products/${product.id}/suppliers/${supplier.id}`, bodies: { PUT: { leadTimeDays: 1 } } },
    { url: `/api/v1/categories/${category.id}`, bodies: { PUT: { name: 'Hijacked' } } },
    { url: `/api/v1/price-lists/${list.id}`, bodies: { PUT: { name: 'Hijacked' }, 'PUT /api/v1/price-lists/:id/items': { items: [] } } },
    { url: `/api/v1/price-lists/${list.id}/items`, bodies: { PUT: { items: [] } } },
    { url: `/api/v1/units/${unit.id}`, bodies: { PUT: { name: 'Hijacked' } } },
  ];
});
afterAll(async () => t?.close());

describe('cross-tenant probe over the catalog', () => {
  it("tenant B can neither see nor change any of tenant A's products, units, suppliers, categories or price lists", async () => {
    const report = await crossTenantProbe(t, a, b, targets);
    expect(report.failures).toEqual([]);
    expect(report.calls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GET \/api\/v1\/products\/[^/]+ -> 404$/),
        expect.stringMatching(/^PUT \/api\/v1\/products\/[^/]+ -> 404$/),
        expect.stringMatching(/^DELETE \/api\/v1\/products\/[^/]+ -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/products\/[^/]+\/archive -> 404$/),
        expect.stringMatching(/^PUT \/api\/v1\/products\/[^/]+\/units -> 404$/),
        expect.stringMatching(/^POST \/api\/v1\/products\/[^/]+\/suppliers -> 404$/),
        expect.stringMatching(/^GET \/api\/v1\/products\/[^/]+\/price -> 404$/),
        expect.stringMatching(/^PUT \/api\/v1\/products\/[^/]+\/suppliers\/[^/]+ -> 404$/),
        expect.stringMatching(/^DELETE \/api\/v1\/products\/[^/]+\/suppliers\/[^/]+ -> 404$/),
        expect.stringMatching(/^PUT \/api\/v1\/categories\/[^/]+ -> 404$/),
        expect.stringMatching(/^DELETE \/api\/v1\/categories\/[^/]+ -> 404$/),
        expect.stringMatching(/^PUT \/api\/v1\/price-lists\/[^/]+\/items -> 404$/),
        expect.stringMatching(/^DELETE \/api\/v1\/price-lists\/[^/]+ -> 404$/),
        expect.stringMatching(/^PUT \/api\/v1\/units\/[^/]+ -> 404$/),
      ]),
    );
  });

  it("B's own lists do not show A's catalog", async () => {
    const products = await ok<{ items: { sku: string }[] }>(request(t, b, 'GET', '/api/v1/products?q=A-'));
    expect(products.items).toEqual([]);
    const lists = await ok<{ items: unknown[] }>(request(t, b, 'GET', '/api/v1/price-lists'));
    expect(lists.items).toEqual([]);
    const categories = await ok<{ items: unknown[] }>(request(t, b, 'GET', '/api/v1/categories'));
    expect(categories.items).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { catalogCounts, createProduct, createVendor, ok, request } from './helpers.js';

let t: TestApp;
let owner: SignedUp;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
  await ok(request(t, owner, 'GET', '/api/v1/units'));
});
afterAll(async () => t?.close());

describe('concurrent writes', () => {
  it('two clients creating the same SKU at once: one 201, one 409 CATALOG.SKU_TAKEN', async () => {
    for (let round = 0; round < 5; round += 1) {
      const before = await catalogCounts(t);
      const body = (n: number) => ({ type: 'goods', sku: `race-${round}`, name: `Racer ${n}`, baseUnit: 'pcs' });
      const answers = await Promise.all([request(t, owner, 'POST', '/api/v1/products', body(1)), request(t, owner, 'POST', '/api/v1/products', { ...body(2), sku: `RACE-${round}` })]);
      expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      expect((answers.find((r) => r.statusCode === 409)!.json() as { code: string }).code).toBe('CATALOG.SKU_TAKEN');
      const after = await catalogCounts(t);
      expect([after.products - before.products, after.events - before.events, after.audits - before.audits]).toEqual([1, 1, 1]);
    }
  });

  it('two updates with the same If-Match: one 200, one 412', async () => {
    const p = await createProduct(t, owner, { sku: 'CONTESTED', name: 'Contested' });
    const answers = await Promise.all(
      ['Left', 'Right'].map((name) => request(t, owner, 'PUT', `/api/v1/products/${p.id}`, { name }, { 'if-match': '"v1"' })),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    const winner = answers.find((r) => r.statusCode === 200)!.json() as { name: string };
    expect(await ok(request(t, owner, 'GET', `/api/v1/products/${p.id}`))).toMatchObject({ name: winner.name, version: 2 });
  });

  it('two moves that together would close a cycle: the second sees the first and is refused', async () => {
    const a = await ok<{ id: string }>(request(t, owner, 'POST', '/api/v1/categories', { name: 'A' }), 201);
    const b = await ok<{ id: string }>(request(t, owner, 'POST', '/api/v1/categories', { name: 'B' }), 201);
    const answers = await Promise.all([
      request(t, owner, 'PUT', `/api/v1/categories/${a.id}`, { parentId: b.id }, { 'if-match': '"v1"' }),
      request(t, owner, 'PUT', `/api/v1/categories/${b.id}`, { parentId: a.id }, { 'if-match': '"v1"' }),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 422]);
    const tree = await ok<{ items: { id: string; children: unknown[] }[] }>(request(t, owner, 'GET', '/api/v1/categories/tree'));
    expect(tree.items).toHaveLength(1);
  });

  it('two suppliers made preferred at once leave exactly one preferred', async () => {
    const p = await createProduct(t, owner, { sku: 'PREF', name: 'Preferred race' });
    const vendors = [await createVendor(t, owner, 'First Vendor'), await createVendor(t, owner, 'Second Vendor')];
    const answers = await Promise.all(vendors.map((vendorId) => request(t, owner, 'POST', `/api/v1/products/${p.id}/suppliers`, { vendorId, preferred: true })));
    expect(answers.every((r) => r.statusCode === 201 || r.statusCode === 409)).toBe(true);
    const list = await ok<{ items: { preferred: boolean }[] }>(request(t, owner, 'GET', `/api/v1/products/${p.id}/suppliers`));
    expect(list.items.filter((s) => s.preferred)).toHaveLength(1);
  });

  it('replays a create sent twice with the same Idempotency-Key instead of making two products', async () => {
    const before = await catalogCounts(t);
    const send = () => request(t, owner, 'POST', '/api/v1/products', { type: 'goods', sku: 'ONCE', name: 'Once', baseUnit: 'pcs' }, { 'idempotency-key': 'catalog-once-1' });
    const [first, second] = await Promise.all([send(), send()]);
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.json()).toEqual(first.json());
    expect((await catalogCounts(t)).products - before.products).toBe(1);
  });
});

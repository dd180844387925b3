import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { ledgerInventory, ok, product, receive, setUpTenant, stockOf, stockValue } from './helpers.js';

let t: TestApp;
let owner: SignedUp;
let store: string;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ owner, storeIds: [store = ''] } = await setUpTenant(t, 1));
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => t?.close());

const issueOverHttp = (productId: string) =>
  fetch(`${base}/api/v1/stock/issues`, {
    method: 'POST',
    headers: { ...owner.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ storeId: store, date: '2026-06-02', lines: [{ productId, quantity: '1' }] }),
  });

describe('concurrent issues', () => {
  it('two parallel HTTP issues of the last unit: exactly one succeeds, the other is refused with 0 available', async () => {
    for (const round of [1, 2, 3]) {
      const productId = await product(t, owner, `LAST-${round}`);
      await ok(receive(t, owner, store, [{ productId, quantity: '1', unitCost: '9.99' }]), 201);
      const responses = await Promise.all([issueOverHttp(productId), issueOverHttp(productId)]);
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 422]);
      const refused = responses.find((r) => r.status === 422)!;
      expect(await refused.json()).toMatchObject({ code: 'INVENTORY.INSUFFICIENT_STOCK', available: '0' });
      expect(await stockOf(t, owner, store, productId)).toBeNull();
    }
    expect(await ledgerInventory(t, owner.tenantId)).toBe(await stockValue(t, owner.tenantId));
  });

  it('ten parallel issues of one unit each against five in stock: five succeed, stock ends at zero', async () => {
    const productId = await product(t, owner, 'FIVE');
    await ok(receive(t, owner, store, [{ productId, quantity: '5', unitCost: '3' }]), 201);
    const responses = await Promise.all(Array.from({ length: 10 }, () => issueOverHttp(productId)));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(5);
    expect(responses.filter((r) => r.status === 422)).toHaveLength(5);
    expect(await stockOf(t, owner, store, productId)).toBeNull();
    expect(await ledgerInventory(t, owner.tenantId)).toBe(await stockValue(t, owner.tenantId));
  });
});

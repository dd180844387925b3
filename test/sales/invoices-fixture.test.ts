import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { setUpSales, stockOf, trialBalance, type SalesFixture } from './helpers.js';

let t: TestApp;
let f: SalesFixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t, { stores: 2 });
});
afterAll(async () => t?.close());

describe('the shared sales fixture', () => {
  it('sets up an Indian tenant with GSTIN, stores, customers and opening stock', async () => {
    expect(f.storeIds).toHaveLength(2);
    expect((await stockOf(t, f.owner, f.storeId, f.products.laptop)).quantity).toBe('100');
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
  });
});

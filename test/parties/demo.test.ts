import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogModule, type CatalogApi } from '../../src/modules/catalog/index.js';
import type { IdentityApi } from '../../src/modules/identity/index.js';
import { partiesModule, type PartiesApi } from '../../src/modules/parties/index.js';
import { gstinProblem } from '../../src/kernel/gstin.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('demo customers, vendors and catalog', () => {
  it('gives Sharma Traders customers and vendors with valid GSTINs and a catalog with HSN codes, idempotently', async () => {
    const demo = await t.context.modules.get<IdentityApi>('identity').ensureDemoTenant();
    const run = async () => {
      await partiesModule.demo!(t.context, { tenantId: demo.tenantId, userId: demo.userId });
      await catalogModule.demo!(t.context, { tenantId: demo.tenantId, userId: demo.userId });
    };
    await run();
    await run();

    const parties = t.context.modules.get<PartiesApi>('parties').service;
    const customers = await parties.list(demo.tenantId, { kind: 'customer', sort: 'name', limit: 100 });
    const vendors = await parties.list(demo.tenantId, { kind: 'vendor', sort: 'name', limit: 100 });
    expect(customers.map((c) => c.display_name)).toEqual(['Anjali Desai', 'Kapoor & Sons', 'Mehta Retail']);
    expect(vendors.map((v) => v.display_name)).toEqual(['Bharat Packaging', 'Gupta Wholesale']);
    for (const party of [...customers, ...vendors]) if (party.gstin) expect(gstinProblem(party.gstin)).toBeNull();
    expect(customers.find((c) => c.display_name === 'Mehta Retail')).toMatchObject({ gst_state_code: '24', credit_limit: '250000.000000', payment_terms_days: 30 });

    const products = await t.context.modules.get<CatalogApi>('catalog').service.listProducts(demo.tenantId, { sort: 'sku', descending: false, limit: 100 });
    expect(products).toHaveLength(7);
    expect(products.every((p) => p.hsn_sac !== null)).toBe(true);
    expect(products.filter((p) => p.track_inventory).map((p) => p.sku)).toEqual(['BOTTLE-1L', 'CARTON-M', 'OIL-15', 'RICE-25', 'SOAP-12', 'TEA-1']);
  });
});

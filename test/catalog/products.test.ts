import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { covers, permissionsOf } from '../../src/modules/identity/domain/roles.js';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { auditActions, catalogCounts, createProduct, createVendor, eventsOf, ok, problem, request, type ProductJson } from './helpers.js';

let t: TestApp;
let owner: SignedUp;
let other: SignedUp;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
  other = await t.signUp({ countryCode: 'US', baseCurrency: 'USD', timezone: 'America/New_York' });
});
afterAll(async () => t?.close());

describe('units of measure', () => {
  it('seeds the common units on first use, adds more, renames and archives them', async () => {
    const { items } = await ok<{ items: { id: string; code: string; version: number }[] }>(request(t, owner, 'GET', '/api/v1/units'));
    expect(items.map((u) => u.code)).toEqual(['box', 'cm', 'day', 'dozen', 'g', 'hour', 'kg', 'l', 'm', 'ml', 'month', 'nos', 'pack', 'pcs']);
    const again = await ok<{ items: unknown[] }>(request(t, owner, 'GET', '/api/v1/units'));
    expect(again.items).toHaveLength(14);
    const carton = await ok<{ id: string; code: string }>(request(t, owner, 'POST', '/api/v1/units', { code: 'ctn', name: 'Carton' }), 201);
    const dup = await request(t, owner, 'POST', '/api/v1/units', { code: 'ctn', name: 'Carton again' });
    expect([dup.statusCode, problem(dup).code]).toEqual([409, 'CATALOG.UNIT_CODE_TAKEN']);
    const upper = await request(t, owner, 'POST', '/api/v1/units', { code: 'CTN', name: 'Carton' });
    expect(upper.statusCode).toBe(400);
    const renamed = await ok(request(t, owner, 'PUT', `/api/v1/units/${carton.id}`, { name: 'Carton (export)' }, { 'if-match': '"v1"' }));
    expect(renamed).toMatchObject({ code: 'ctn', name: 'Carton (export)', version: 2 });
    await ok(request(t, owner, 'PUT', `/api/v1/units/${carton.id}`, { status: 'archived' }, { 'if-match': '"v2"' }));
    const onArchived = await request(t, owner, 'POST', '/api/v1/products', { type: 'goods', sku: 'CTN-1', name: 'X', baseUnit: 'ctn' });
    expect(onArchived.statusCode).toBe(422);
    expect(problem(onArchived).errors).toEqual([{ path: 'body.baseUnit', message: 'the unit is archived' }]);
  });
});

describe('products and services', () => {
  it('creates a product in the tenant currency with an ETag, an event and an audit record', async () => {
    const before = await catalogCounts(t);
    const product = await createProduct(t, owner, {
      sku: 'PEN-BLUE',
      barcode: '8901234567890',
      name: 'Blue pen',
      hsnSac: '96081019',
      gstRate: '18',
      cessRate: '0',
      salePrice: '10.00',
      purchasePrice: '6.125',
      tags: ['stationery', 'fast-moving'],
    });
    expect(product).toMatchObject({
      type: 'goods',
      sku: 'PEN-BLUE',
      baseUnit: 'pcs',
      currency: 'INR',
      trackInventory: true,
      tax: { gstRate: '18', cessRate: '0', category: null },
      salePrice: '10.00',
      purchasePrice: '6.125',
      status: 'active',
      version: 1,
    });
    const read = await request(t, owner, 'GET', `/api/v1/products/${product.id}`);
    expect(read.headers.etag).toBe('"v1"');
    expect(read.json()).toEqual(product);
    const after = await catalogCounts(t);
    expect([after.products - before.products, after.events - before.events, after.audits - before.audits]).toEqual([1, 1, 1]);
    expect(await eventsOf(t, owner.tenantId, 'product.created')).toEqual([expect.objectContaining({ id: product.id, sku: 'PEN-BLUE' })]);
    expect(await auditActions(t, owner.tenantId, product.id)).toEqual(['product.created']);
  });

  it('creates a service with a SAC code and a tax category; services never track stock', async () => {
    const service = await createProduct(t, owner, { type: 'service', sku: 'SVC-INSTALL', name: 'Installation', baseUnit: 'hour', hsnSac: '998714', taxCategory: 'gst_18', salePrice: '500' });
    expect(service).toMatchObject({ type: 'service', trackInventory: false, hsnSac: '998714', tax: { gstRate: null, category: 'gst_18' } });
    const tracked = await request(t, owner, 'POST', '/api/v1/products', { type: 'service', sku: 'SVC-2', name: 'X', baseUnit: 'hour', trackInventory: true });
    expect(problem(tracked).errors).toEqual([{ path: 'body.trackInventory', message: 'services carry no stock' }]);
  });

  it('keeps SKUs unique per tenant regardless of case, but not across tenants', async () => {
    const dup = await request(t, owner, 'POST', '/api/v1/products', { type: 'goods', sku: 'pen-blue', name: 'Dup', baseUnit: 'pcs' });
    expect(dup.statusCode).toBe(409);
    expect(problem(dup)).toMatchObject({ code: 'CATALOG.SKU_TAKEN', errors: [{ path: 'body.sku', message: 'already used' }] });
    await createProduct(t, other, { sku: 'PEN-BLUE', name: 'Blue pen (US)' });
    const barcode = await request(t, owner, 'POST', '/api/v1/products', { type: 'goods', sku: 'PEN-RED', name: 'Red', baseUnit: 'pcs', barcode: '8901234567890' });
    expect([barcode.statusCode, problem(barcode).code]).toEqual([409, 'CATALOG.BARCODE_TAKEN']);
  });

  it('rejects bad barcodes, HSN/SAC codes, units and categories with 422 and field paths, writing nothing', async () => {
    const before = await catalogCounts(t);
    const cases: [Record<string, unknown>, { path: string; message: string }[]][] = [
      [{ barcode: '8901234567891' }, [{ path: 'body.barcode', message: 'EAN-13 check digit should be 0' }]],
      [{ barcode: '036000291453' }, [{ path: 'body.barcode', message: 'UPC-A check digit should be 2' }]],
      [{ hsnSac: '96081' }, [{ path: 'body.hsnSac', message: '4, 6 or 8 digits' }]],
      [{ hsnSac: '998714' }, [{ path: 'body.hsnSac', message: 'codes starting with 99 are SAC codes for services; goods take an HSN code' }]],
      [{ baseUnit: 'bucket' }, [{ path: 'body.baseUnit', message: 'no such unit' }]],
      [{ categoryId: '00000000-0000-4000-8000-000000000000' }, [{ path: 'body.categoryId', message: 'no such category' }]],
      [
        { barcode: '4006381333932', hsnSac: '12' },
        [
          { path: 'body.barcode', message: 'EAN-13 check digit should be 1' },
          { path: 'body.hsnSac', message: '4, 6 or 8 digits' },
        ],
      ],
    ];
    for (const [body, errors] of cases) {
      const r = await request(t, owner, 'POST', '/api/v1/products', { type: 'goods', sku: 'BAD-1', name: 'Bad', baseUnit: 'pcs', ...body });
      expect([JSON.stringify(body), r.statusCode]).toEqual([JSON.stringify(body), 422]);
      expect(problem(r)).toMatchObject({ code: 'CATALOG.INVALID_PRODUCT', errors });
    }
    for (const body of [{ salePrice: '-1' }, { salePrice: 10 }, { salePrice: '1.1234567' }, { gstRate: '101' }, { sku: 'has space' }, { type: 'thing' }, { currency: 'XYZ' }]) {
      const r = await request(t, owner, 'POST', '/api/v1/products', { type: 'goods', sku: 'BAD-1', name: 'Bad', baseUnit: 'pcs', ...body });
      expect([JSON.stringify(body), r.statusCode]).toEqual([JSON.stringify(body), 400]);
    }
    expect(await catalogCounts(t)).toEqual(before);
  });

  it('updates with If-Match, refuses a stale version with 412, and emits product.updated', async () => {
    const p = await createProduct(t, owner, { sku: 'NOTE-A5', name: 'Notebook A5', salePrice: '45' });
    const noMatch = await request(t, owner, 'PUT', `/api/v1/products/${p.id}`, { name: 'Notebook' });
    expect(noMatch.statusCode).toBe(428);
    const updated = await ok<ProductJson>(request(t, owner, 'PUT', `/api/v1/products/${p.id}`, { name: 'Notebook A5 ruled', salePrice: '48.50', barcode: null }, { 'if-match': '"v1"' }));
    expect(updated).toMatchObject({ name: 'Notebook A5 ruled', salePrice: '48.50', version: 2 });
    const stale = await request(t, owner, 'PUT', `/api/v1/products/${p.id}`, { name: 'Other' }, { 'if-match': '"v1"' });
    expect([stale.statusCode, problem(stale).code]).toEqual([412, 'REQUEST.ETAG_MISMATCH']);
    const skuClash = await request(t, owner, 'PUT', `/api/v1/products/${p.id}`, { sku: 'Pen-Blue' }, { 'if-match': '"v2"' });
    expect([skuClash.statusCode, problem(skuClash).code]).toEqual([409, 'CATALOG.SKU_TAKEN']);
    const ownSku = await ok<ProductJson>(request(t, owner, 'PUT', `/api/v1/products/${p.id}`, { sku: 'note-a5' }, { 'if-match': '"v2"' }));
    expect(ownSku.sku).toBe('note-a5');
    expect((await eventsOf(t, owner.tenantId, 'product.updated')).map((e) => e.id)).toEqual([p.id, p.id]);
  });

  it('archives instead of deleting (DELETE and POST …/archive), keeps it readable, and restores it', async () => {
    const p = await createProduct(t, owner, { sku: 'OLD-1', name: 'Discontinued' });
    const archived = await ok<ProductJson>(request(t, owner, 'DELETE', `/api/v1/products/${p.id}`));
    expect(archived).toMatchObject({ status: 'archived', version: 2 });
    expect(await ok<ProductJson>(request(t, owner, 'POST', `/api/v1/products/${p.id}/archive`))).toMatchObject({ status: 'archived', version: 2 });
    expect(await ok<ProductJson>(request(t, owner, 'GET', `/api/v1/products/${p.id}`))).toMatchObject({ status: 'archived' });
    expect(await eventsOf(t, owner.tenantId, 'product.archived')).toEqual([expect.objectContaining({ id: p.id, status: 'archived' })]);
    const restored = await ok<ProductJson>(request(t, owner, 'PUT', `/api/v1/products/${p.id}`, { status: 'active' }, { 'if-match': '"v2"' }));
    expect(restored.status).toBe('active');
    expect(await auditActions(t, owner.tenantId, p.id)).toEqual(['product.created', 'product.archived', 'product.updated']);
  });

  it('answers 404 for an unknown product', async () => {
    const r = await request(t, owner, 'GET', '/api/v1/products/00000000-0000-4000-8000-000000000000');
    expect([r.statusCode, problem(r).code]).toEqual([404, 'CATALOG.PRODUCT_NOT_FOUND']);
  });
});

describe('categories', () => {
  it('builds a tree, moves a subtree, refuses cycles with 422 and deletes only empty categories', async () => {
    const make = (name: string, parentId?: string) => ok<{ id: string; path: string; version: number }>(request(t, owner, 'POST', '/api/v1/categories', { name, ...(parentId && { parentId }) }), 201);
    const office = await make('Office');
    const writing = await make('Writing', office.id);
    const pens = await make('Pens', writing.id);
    const paper = await make('Paper', office.id);
    expect(pens.path).toBe('Office / Writing / Pens');
    const dup = await request(t, owner, 'POST', '/api/v1/categories', { name: 'pens', parentId: writing.id });
    expect([dup.statusCode, problem(dup).code]).toEqual([409, 'CATALOG.CATEGORY_NAME_TAKEN']);

    const cycle = await request(t, owner, 'PUT', `/api/v1/categories/${office.id}`, { parentId: pens.id }, { 'if-match': '"v1"' });
    expect([cycle.statusCode, problem(cycle).code]).toEqual([422, 'CATALOG.CATEGORY_CYCLE']);
    expect(problem(cycle).errors).toEqual([{ path: 'body.parentId', message: 'would put the category under itself' }]);
    const self = await request(t, owner, 'PUT', `/api/v1/categories/${writing.id}`, { parentId: writing.id }, { 'if-match': '"v1"' });
    expect(self.statusCode).toBe(422);

    const moved = await ok<{ path: string }>(request(t, owner, 'PUT', `/api/v1/categories/${writing.id}`, { parentId: paper.id }, { 'if-match': '"v1"' }));
    expect(moved.path).toBe('Office / Paper / Writing');
    expect(await ok<{ path: string }>(request(t, owner, 'GET', `/api/v1/categories/${pens.id}`))).toMatchObject({ path: 'Office / Paper / Writing / Pens' });
    const tree = await ok<{ items: { name: string; children: { name: string; children: { name: string; children: { name: string }[] }[] }[] }[] }>(
      request(t, owner, 'GET', '/api/v1/categories/tree'),
    );
    const officeNode = tree.items.find((n) => n.name === 'Office')!;
    expect(officeNode.children.map((c) => c.name)).toEqual(['Paper']);
    expect(officeNode.children[0]!.children[0]!.children[0]!.name).toBe('Pens');

    const busy = await request(t, owner, 'DELETE', `/api/v1/categories/${writing.id}`);
    expect([busy.statusCode, problem(busy).code]).toEqual([409, 'CATALOG.CATEGORY_IN_USE']);
    const extra = await make('Empty');
    expect((await request(t, owner, 'DELETE', `/api/v1/categories/${extra.id}`)).statusCode).toBe(204);
    expect((await request(t, owner, 'GET', `/api/v1/categories/${extra.id}`)).statusCode).toBe(404);
  });
});

describe('search, filters, sort and pages', () => {
  let cats: Record<string, string>;
  beforeAll(async () => {
    const make = async (name: string, parentId?: string) => (await ok<{ id: string }>(request(t, other, 'POST', '/api/v1/categories', { name, ...(parentId && { parentId }) }), 201)).id;
    const food = await make('Food');
    const dairy = await make('Dairy', food);
    const tools = await make('Tools');
    cats = { food, dairy, tools };
    await createProduct(t, other, { sku: 'MILK-1L', name: 'Milk 1 l', baseUnit: 'l', categoryId: dairy, tags: ['fresh'], barcode: '036000291452', hsnSac: '0401' });
    await createProduct(t, other, { sku: 'RICE-5', name: 'Basmati rice 5 kg', baseUnit: 'kg', categoryId: food, hsnSac: '1006' });
    await createProduct(t, other, { sku: 'HAMMER', name: 'Claw hammer', categoryId: tools, tags: ['fresh'] });
    await createProduct(t, other, { type: 'service', sku: 'REPAIR', name: 'Repair 50% off_today', baseUnit: 'hour', hsnSac: '998719' });
    const old = await createProduct(t, other, { sku: 'OLD-MILK', name: 'Old milk', categoryId: dairy });
    await ok(request(t, other, 'DELETE', `/api/v1/products/${old.id}`));
  });

  const skus = async (query: string) => (await ok<{ items: ProductJson[] }>(request(t, other, 'GET', `/api/v1/products?${query}`))).items.map((p) => p.sku);

  it('searches name, SKU, barcode and HSN/SAC, case-insensitively, with % and _ taken literally', async () => {
    expect(await skus('q=milk&sort=sku')).toEqual(['MILK-1L', 'OLD-MILK']);
    expect(await skus('q=rice')).toEqual(['RICE-5']);
    expect(await skus('q=0360002914')).toEqual(['MILK-1L']);
    expect(await skus('q=1006')).toEqual(['RICE-5']);
    expect(await skus('q=50%25')).toEqual(['REPAIR']);
    expect(await skus('q=_')).toEqual(['REPAIR']);
    expect(await skus('q=nothing-like-this')).toEqual([]);
  });

  it('filters by type, status, tag and category including its descendants', async () => {
    expect(await skus('type=service')).toEqual(['REPAIR']);
    expect(await skus('status=archived')).toEqual(['OLD-MILK']);
    expect(await skus('tag=fresh&sort=sku')).toEqual(['HAMMER', 'MILK-1L']);
    expect(await skus(`categoryId=${cats.food}&sort=sku`)).toEqual(['MILK-1L', 'OLD-MILK', 'RICE-5']);
    expect(await skus(`categoryId=${cats.dairy}&status=active`)).toEqual(['MILK-1L']);
    expect(await skus(`categoryId=${cats.tools}`)).toEqual(['HAMMER']);
  });

  it('sorts both ways and pages with a cursor without gaps or repeats', async () => {
    const all = await skus('sort=sku&limit=200');
    expect(all).toEqual(['HAMMER', 'MILK-1L', 'OLD-MILK', 'PEN-BLUE', 'REPAIR', 'RICE-5']);
    expect(await skus('sort=-sku&limit=200')).toEqual([...all].reverse());
    for (const sort of ['name', '-name', 'sku', '-sku', 'createdAt', '-createdAt', 'updatedAt']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/v1/products?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await ok<{ items: ProductJson[]; nextCursor: string | null }>(request(t, other, 'GET', url));
        seen.push(...page.items.map((p) => p.sku));
        cursor = page.nextCursor;
      } while (cursor);
      expect([sort, seen.length, new Set(seen).size]).toEqual([sort, 6, 6]);
      expect([sort, seen]).toEqual([sort, await skus(`sort=${sort}&limit=200`)]);
    }
    const bad = await request(t, other, 'GET', '/api/v1/products?cursor=bm90LWpzb24');
    expect([bad.statusCode, problem(bad).code]).toEqual([400, 'REQUEST.INVALID_CURSOR']);
  });
});

describe('alternate units and suppliers', () => {
  it('replaces alternate units with exact factors and refuses the base unit, duplicates and unknown units', async () => {
    const rice = await createProduct(t, owner, { sku: 'SUGAR', name: 'Sugar', baseUnit: 'kg', salePrice: '44' });
    const units = await ok(request(t, owner, 'PUT', `/api/v1/products/${rice.id}/units`, { units: [{ unit: 'pack', factor: '0.500' }, { unit: 'g', factor: '0.001' }] }));
    expect(units).toEqual({ baseUnit: 'kg', units: [{ unit: 'g', factor: '0.001' }, { unit: 'pack', factor: '0.5' }] });
    const bad = await request(t, owner, 'PUT', `/api/v1/products/${rice.id}/units`, {
      units: [{ unit: 'kg', factor: '1' }, { unit: 'box', factor: '10' }, { unit: 'box', factor: '20' }, { unit: 'crate', factor: '5' }],
    });
    expect(bad.statusCode).toBe(422);
    expect(problem(bad)).toMatchObject({
      code: 'CATALOG.INVALID_UNITS',
      errors: [
        { path: 'body.units[0].unit', message: 'the base unit is always 1; list only alternate units' },
        { path: 'body.units[2].unit', message: 'listed twice' },
        { path: 'body.units[3].unit', message: 'no such unit' },
      ],
    });
    for (const factor of ['0', '-1', '1e3', '0.0000000001']) {
      const r = await request(t, owner, 'PUT', `/api/v1/products/${rice.id}/units`, { units: [{ unit: 'box', factor }] });
      expect([factor, r.statusCode]).toEqual([factor, 400]);
    }
    expect(await ok(request(t, owner, 'GET', `/api/v1/products/${rice.id}/units`))).toEqual(units);
    const rebase = await request(t, owner, 'PUT', `/api/v1/products/${rice.id}`, { baseUnit: 'g' }, { 'if-match': '"v1"' });
    expect(problem(rebase).errors?.[0]?.path).toBe('body.baseUnit');
  });

  it('adds, updates and removes suppliers with one preferred at a time', async () => {
    const p = await createProduct(t, owner, { sku: 'INK', name: 'Ink bottle' });
    const v1 = await createVendor(t, owner, 'Inkwell Supplies');
    const v2 = await createVendor(t, owner, 'Penman Traders');
    const stranger = await request(t, owner, 'POST', `/api/v1/products/${p.id}/suppliers`, { vendorId: '11111111-1111-4111-8111-111111111111' });
    expect([stranger.statusCode, problem(stranger).code, problem(stranger).errors?.[0]?.path]).toEqual([422, 'CATALOG.VENDOR_NOT_FOUND', 'body.vendorId']);
    const first = await ok<{ id: string; preferred: boolean; lastCost: unknown }>(
      request(t, owner, 'POST', `/api/v1/products/${p.id}/suppliers`, { vendorId: v1, supplierSku: 'V1-INK', leadTimeDays: 7, lastCost: { amount: '12.40', currency: 'INR', date: '2026-05-01' }, preferred: true }),
      201,
    );
    expect(first).toMatchObject({ preferred: true, lastCost: { amount: '12.40', currency: 'INR', date: '2026-05-01' }, leadTimeDays: 7 });
    const dup = await request(t, owner, 'POST', `/api/v1/products/${p.id}/suppliers`, { vendorId: v1 });
    expect([dup.statusCode, problem(dup).code]).toEqual([409, 'CATALOG.SUPPLIER_TAKEN']);
    const second = await ok<{ id: string }>(request(t, owner, 'POST', `/api/v1/products/${p.id}/suppliers`, { vendorId: v2, preferred: true, lastCost: { amount: '0.15', currency: 'USD' } }), 201);
    const list = await ok<{ items: { id: string; preferred: boolean }[] }>(request(t, owner, 'GET', `/api/v1/products/${p.id}/suppliers`));
    expect(list.items.map((s) => [s.id, s.preferred])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);
    const current = await request(t, owner, 'GET', `/api/v1/products/${p.id}/suppliers/${first.id}`);
    const updated = await ok(request(t, owner, 'PUT', `/api/v1/products/${p.id}/suppliers/${first.id}`, { leadTimeDays: 3, lastCost: null }, { 'if-match': current.headers.etag as string }));
    expect(updated).toMatchObject({ leadTimeDays: 3, lastCost: null, supplierSku: 'V1-INK' });
    const badCost = await request(t, owner, 'POST', `/api/v1/products/${p.id}/suppliers`, { vendorId: '33333333-3333-4333-8333-333333333333', lastCost: { amount: '1.00' } });
    expect(badCost.statusCode).toBe(400);
    expect((await request(t, owner, 'DELETE', `/api/v1/products/${p.id}/suppliers/${second.id}`)).statusCode).toBe(204);
    expect((await request(t, owner, 'GET', `/api/v1/products/${p.id}/suppliers/${second.id}`)).statusCode).toBe(404);
    expect(await auditActions(t, owner.tenantId, first.id)).toEqual(['product.supplier_added', 'product.supplier_updated']);
  });
});

describe('permissions', () => {
  it('grants read keys to viewers and every catalog key to accountants and sales', () => {
    const viewer = permissionsOf('viewer');
    expect(['catalog.product.read', 'catalog.pricelist.read'].every((k) => covers(viewer, k))).toBe(true);
    expect(['catalog.product.create', 'catalog.pricelist.manage', 'catalog.category.manage'].some((k) => covers(viewer, k))).toBe(false);
    for (const role of ['accountant', 'sales'] as const) {
      const held = permissionsOf(role);
      for (const key of ['catalog.product.create', 'catalog.product.update', 'catalog.product.archive', 'catalog.pricelist.manage', 'catalog.category.manage']) {
        expect([role, key, covers(held, key)]).toEqual([role, key, true]);
      }
    }
  });

  it('lets an API key with the read aliases read the catalog but not change it', async () => {
    const created = await ok<{ key: string }>(request(t, owner, 'POST', '/api/v1/api-keys', { name: 'reader', permissions: ['products:read', 'price_lists:read'] }), 201);
    const reader = { ...owner, headers: { 'x-api-key': created.key } };
    expect((await request(t, reader, 'GET', '/api/v1/products')).statusCode).toBe(200);
    expect((await request(t, reader, 'GET', '/api/v1/price-lists')).statusCode).toBe(200);
    const write = await request(t, reader, 'POST', '/api/v1/products', { type: 'goods', sku: 'NOPE', name: 'Nope', baseUnit: 'pcs' });
    expect(write.statusCode).toBe(403);
    const writer = await ok<{ key: string }>(request(t, owner, 'POST', '/api/v1/api-keys', { name: 'writer', permissions: ['products:write'] }), 201);
    const w = { ...owner, headers: { 'x-api-key': writer.key } };
    expect((await request(t, w, 'POST', '/api/v1/products', { type: 'goods', sku: 'BY-KEY', name: 'By key', baseUnit: 'pcs' })).statusCode).toBe(201);
    expect((await request(t, w, 'POST', '/api/v1/price-lists', { name: 'Not mine' })).statusCode).toBe(403);
  });
});

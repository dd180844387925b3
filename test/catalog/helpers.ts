import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';

export interface ProductJson {
  id: string;
  sku: string;
  name: string;
  barcode: string | null;
  hsnSac: string | null;
  baseUnit: string;
  categoryId: string | null;
  tags: string[];
  status: string;
  version: number;
  [key: string]: unknown;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export function request(t: TestApp, who: SignedUp, method: Method, url: string, payload?: object, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return t.app.inject({ method, url, headers: { ...who.headers, ...headers }, ...(payload !== undefined && { payload }) });
}

/** The JSON of a response that must have the given status. */
export async function ok<T = Record<string, unknown>>(response: Promise<LightMyRequestResponse> | LightMyRequestResponse, status = 200): Promise<T> {
  const r = await response;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}

export function createProduct(t: TestApp, who: SignedUp, body: Record<string, unknown>): Promise<ProductJson> {
  return ok<ProductJson>(request(t, who, 'POST', '/api/v1/products', { type: 'goods', baseUnit: 'pcs', ...body }), 201);
}

export function problem(response: LightMyRequestResponse): { code: string; errors?: { path: string; message: string }[] } {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  return response.json() as { code: string; errors?: { path: string; message: string }[] };
}

/** Row counts of the catalog's tables and of events and audit records, read as the owner. */
export interface CatalogCounts {
  products: number;
  product_units: number;
  suppliers: number;
  categories: number;
  price_lists: number;
  price_items: number;
  units: number;
  events: number;
  audits: number;
}

export async function catalogCounts(t: TestApp): Promise<CatalogCounts> {
  const { rows } = await adminQuery(
    t.testDb.ownerUrl,
    `select (select count(*) from catalog.products)::int as products, (select count(*) from catalog.product_units)::int as product_units,
            (select count(*) from catalog.product_suppliers)::int as suppliers, (select count(*) from catalog.categories)::int as categories,
            (select count(*) from catalog.price_lists)::int as price_lists, (select count(*) from catalog.price_list_items)::int as price_items,
            (select count(*) from catalog.units)::int as units, (select count(*) from platform.outbox)::int as events,
            (select count(*) from platform.audit_log)::int as audits`,
  );
  return rows[0] as CatalogCounts;
}

export async function eventsOf(t: TestApp, tenantId: string, type: string): Promise<Record<string, unknown>[]> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, `select data from platform.outbox where tenant_id = $1 and type = $2 order by seq`, [tenantId, type]);
  return rows.map((r) => (r as { data: Record<string, unknown> }).data);
}

export async function auditActions(t: TestApp, tenantId: string, entityId: string): Promise<string[]> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, `select action from platform.audit_log where tenant_id = $1 and entity_id = $2 order by seq`, [tenantId, entityId]);
  return rows.map((r) => (r as { action: string }).action);
}

/** A vendor of the parties module (suppliers must be real vendors). */
export async function createVendor(t: TestApp, who: SignedUp, legalName: string): Promise<string> {
  return (await ok<{ id: string }>(request(t, who, 'POST', '/api/v1/vendors', { legalName }), 201)).id;
}

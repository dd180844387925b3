import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export function request(t: TestApp, who: SignedUp, method: Method, url: string, payload?: object, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return t.app.inject({ method, url, headers: { ...who.headers, ...headers }, ...(payload !== undefined && { payload }) });
}

export async function ok<T = Record<string, unknown>>(response: Promise<LightMyRequestResponse> | LightMyRequestResponse, status = 200): Promise<T> {
  const r = await response;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}

export function problem(response: LightMyRequestResponse): { code: string; errors?: { path: string; message: string }[]; available?: string } {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  return response.json() as { code: string; errors?: { path: string; message: string }[] };
}

/** A tenant on the pro plan (several stores) with the small-business chart. */
export async function setUpTenant(t: TestApp, stores = 2): Promise<{ owner: SignedUp; storeIds: string[] }> {
  const owner = await t.signUp();
  await ok(request(t, owner, 'POST', `/api/v1/tenants/${owner.tenantId}/subscription/upgrade`, { plan: 'pro' }));
  await ok(request(t, owner, 'POST', '/api/v1/accounts/apply-template', { template: 'small_business' }));
  const storeIds: string[] = [];
  for (let i = 0; i < stores; i++) storeIds.push((await ok<{ id: string }>(request(t, owner, 'POST', '/api/v1/stores', { name: `Store ${i + 1}` }), 201)).id);
  return { owner, storeIds };
}

export async function product(t: TestApp, who: SignedUp, sku: string, extra: Record<string, unknown> = {}): Promise<string> {
  return (await ok<{ id: string }>(request(t, who, 'POST', '/api/v1/products', { type: 'goods', baseUnit: 'pcs', sku, name: sku, ...extra }), 201)).id;
}

export interface MoveJson {
  id: string;
  kind: string;
  storeId: string;
  productId: string;
  quantity: string;
  value: string;
  unitCost: string;
  correction: string;
  entryId: string | null;
}
export interface DocJson {
  documentId: string;
  entryId: string | null;
  moves: MoveJson[];
}

export const receive = (t: TestApp, who: SignedUp, storeId: string, lines: { productId: string; quantity: string; unitCost: string }[], date = '2026-06-01', extra: object = {}) =>
  request(t, who, 'POST', '/api/v1/stock/receipts', { storeId, date, lines, ...extra });
export const issue = (t: TestApp, who: SignedUp, storeId: string, lines: { productId: string; quantity: string }[], date = '2026-06-02', extra: object = {}) =>
  request(t, who, 'POST', '/api/v1/stock/issues', { storeId, date, lines, ...extra });

export async function stockOf(t: TestApp, who: SignedUp, storeId: string, productId: string): Promise<{ quantity: string; value: string } | null> {
  const page = await ok<{ items: { quantity: string; value: string }[] }>(request(t, who, 'GET', `/api/v1/stock?storeId=${storeId}&productId=${productId}`));
  return page.items[0] ?? null;
}

/** Balance of the inventory-subtype accounts in the ledger (posted lines, base minor units), read as the owner. */
export async function ledgerInventory(t: TestApp, tenantId: string): Promise<bigint> {
  const { rows } = await adminQuery(
    t.testDb.ownerUrl,
    `select coalesce(sum(l.base_debit - l.base_credit), 0)::text as v from ledger.journal_lines l
       join ledger.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
       join ledger.accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
     where l.tenant_id = $1 and e.status = 'posted' and a.subtype = 'inventory'`,
    [tenantId],
  );
  return BigInt((rows[0] as { v: string }).v);
}

/** Sum of stock values (balances) plus value in transit, minor units. */
export async function stockValue(t: TestApp, tenantId: string): Promise<bigint> {
  const { rows } = await adminQuery(
    t.testDb.ownerUrl,
    `select ((select coalesce(sum(value), 0) from inventory.balances where tenant_id = $1)
           + (select coalesce(sum(value), 0) from inventory.transfers where tenant_id = $1 and status = 'in_transit'))::text as v`,
    [tenantId],
  );
  return BigInt((rows[0] as { v: string }).v);
}

export async function eventsOf(t: TestApp, tenantId: string, type: string): Promise<Record<string, unknown>[]> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, `select data from platform.outbox where tenant_id = $1 and type = $2 order by seq`, [tenantId, type]);
  return rows.map((r) => (r as { data: Record<string, unknown> }).data);
}

/**
 * Shared factory for the purchases tests: an Indian tenant (India chart, GSTIN in Maharashtra 27),
 * a store, vendors inside and outside the state, an unregistered and a foreign one, a stock product
 * and a service. Everything goes through the HTTP API; ledger checks read the books as the owner.
 */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** The business's GSTIN (Maharashtra, 27). */
export const BUYER_GSTIN = '27AAPFU0939F1ZV';
/** A registered vendor in Maharashtra (intra-state: CGST + SGST); PAN AAGCG4576J, a company. */
export const LOCAL_GSTIN = '27AAGCG4576J1Z6';
/** A registered vendor in Karnataka (inter-state: IGST). */
export const INTERSTATE_GSTIN = '29AAACI1681G1ZL';

export function request(t: TestApp, who: { headers: Record<string, string> }, method: Method, url: string, payload?: object, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return t.app.inject({ method, url, headers: { ...who.headers, ...headers }, ...(payload !== undefined && { payload }) });
}

export async function ok<T = Record<string, unknown>>(response: Promise<LightMyRequestResponse> | LightMyRequestResponse, status = 200): Promise<T> {
  const r = await response;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}

export interface Problem {
  code: string;
  errors?: { path: string; message: string }[];
  [key: string]: unknown;
}

export function problem(response: LightMyRequestResponse, status?: number): Problem {
  if (status !== undefined) expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  return response.json() as Problem;
}

export interface Fixture {
  owner: SignedUp;
  tenantId: string;
  storeId: string;
  bankAccountId: string;
  vendors: { local: string; interstate: string; unregistered: string; foreign: string };
  products: { laptop: string; service: string };
}

export async function setUpPurchases(t: TestApp, owner?: SignedUp): Promise<Fixture> {
  const who = owner ?? (await t.signUp({ countryCode: 'IN', baseCurrency: 'INR', timezone: 'Asia/Kolkata' }));
  await ok(request(t, who, 'POST', '/api/v1/accounts/apply-template', { template: 'india' }));
  const read = await request(t, who, 'GET', `/api/v1/tenants/${who.tenantId}`);
  await ok(request(t, who, 'PUT', `/api/v1/tenants/${who.tenantId}`, { gstin: BUYER_GSTIN, legalName: 'Kontor Test Traders Pvt Ltd' }, { 'if-match': read.headers.etag as string }));
  const storeId = (await ok<{ id: string }>(request(t, who, 'POST', '/api/v1/stores', { name: 'Main store' }), 201)).id;
  const vendor = async (body: Record<string, unknown>) => (await ok<{ id: string }>(request(t, who, 'POST', '/api/v1/vendors', body), 201)).id;
  const local = await vendor({ legalName: 'Pune Components Pvt Ltd', gstin: LOCAL_GSTIN, pan: 'AAGCG4576J', paymentTermsDays: 30 });
  const interstate = await vendor({ legalName: 'Bengaluru Systems Ltd', gstin: INTERSTATE_GSTIN, pan: 'AAACI1681G', paymentTermsDays: 15 });
  const unregistered = await vendor({ legalName: 'Ravi Transport', registrationType: 'unregistered', billingAddress: { line1: '2 Depot Road', city: 'Pune', stateCode: '27', country: 'IN' } });
  const foreign = await vendor({ legalName: 'Acme Software Inc', registrationType: 'overseas', currency: 'USD', billingAddress: { line1: '1 Main St', city: 'Austin', country: 'US' } });
  const laptop = (await ok<{ id: string }>(request(t, who, 'POST', '/api/v1/products', { type: 'goods', baseUnit: 'pcs', sku: 'LAPTOP', name: 'Laptop', hsnSac: '8471', purchasePrice: '6000.00' }), 201)).id;
  const service = (await ok<{ id: string }>(request(t, who, 'POST', '/api/v1/products', { type: 'service', baseUnit: 'hour', sku: 'REPAIR', name: 'Repair hours', hsnSac: '9987', purchasePrice: '500.00' }), 201)).id;
  return {
    owner: who,
    tenantId: who.tenantId,
    storeId,
    bankAccountId: await accountId(t, who.tenantId, '1120'),
    vendors: { local, interstate, unregistered, foreign },
    products: { laptop, service },
  };
}

export async function accountId(t: TestApp, tenantId: string, code: string): Promise<string> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, `select id from ledger.accounts where tenant_id = $1 and code = $2`, [tenantId, code]);
  if (!rows[0]) throw new Error(`no account ${code}`);
  return (rows[0] as { id: string }).id;
}

/** Posted base balance (debit − credit, minor units) of accounts picked by code, name or subtype, optionally of one party. */
export async function balance(t: TestApp, tenantId: string, pick: { code?: string; name?: string; subtype?: string; partyId?: string } = {}): Promise<bigint> {
  const params: unknown[] = [tenantId];
  const where: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (pick.code !== undefined) add('a.code = ?', pick.code);
  if (pick.name !== undefined) add('lower(a.name) = lower(?)', pick.name);
  if (pick.subtype !== undefined) add('a.subtype = ?', pick.subtype);
  if (pick.partyId !== undefined) add('l.party_id = ?', pick.partyId);
  const { rows } = await adminQuery(
    t.testDb.ownerUrl,
    `select coalesce(sum(l.base_debit - l.base_credit), 0)::text as v from ledger.journal_lines l
       join ledger.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
       join ledger.accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
     where l.tenant_id = $1 and e.status = 'posted' ${where.map((w) => `and ${w}`).join(' ')}`,
    params,
  );
  return BigInt((rows[0] as { v: string }).v);
}

export async function stockOf(t: TestApp, who: SignedUp, storeId: string, productId: string): Promise<{ quantity: string; value: string }> {
  const page = await ok<{ items: { quantity: string; value: string }[] }>(request(t, who, 'GET', `/api/v1/stock?storeId=${storeId}&productId=${productId}`));
  return page.items[0] ?? { quantity: '0', value: '0.00' };
}

export async function eventsOf(t: TestApp, tenantId: string, type: string): Promise<Record<string, unknown>[]> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, `select data from platform.outbox where tenant_id = $1 and type = $2 order by seq`, [tenantId, type]);
  return rows.map((r) => (r as { data: Record<string, unknown> }).data);
}

// ---------------- documents ----------------

export interface OrderJson {
  id: string;
  number: string;
  status: string;
  total: string;
  lines: { id: string; quantity: string; unitPrice: string; receivedQuantity: string; billedQuantity: string }[];
  version: number;
}
export interface ReceiptJson {
  id: string;
  number: string;
  value: string;
  lines: { id: string; orderLineId: string; quantity: string; value: string; billedQuantity: string }[];
}
export interface BillJson {
  id: string;
  number: string;
  status: string;
  subtotal: string;
  cgst: string;
  sgst: string;
  igst: string;
  taxTotal: string;
  total: string;
  payable: string;
  amountPaid: string;
  amountDebited: string;
  amountDue: string;
  dueDate: string;
  supplyType: string | null;
  reverseCharge: boolean;
  tds: { section: string; amount: string; deductionId: string | null } | null;
  entryId: string | null;
  lines: { id: string; kind: string; quantity: string; taxableValue: string; returnedQuantity: string }[];
  version: number;
}
export interface PaymentJson {
  id: string;
  number: string;
  status: string;
  amount: string;
  unapplied: string;
  allocations: { billId: string; amount: string; gainLoss: string }[];
}

/** A confirmed purchase order of `quantity` laptops (at the purchase price unless given). */
export async function confirmedOrder(t: TestApp, f: Fixture, quantity: string, extra: { vendorId?: string; unitPrice?: string; date?: string } = {}): Promise<OrderJson> {
  const order = await ok<OrderJson>(
    request(t, f.owner, 'POST', '/api/v1/purchase-orders', {
      vendorId: extra.vendorId ?? f.vendors.local,
      storeId: f.storeId,
      date: extra.date ?? '2026-07-01',
      expectedDate: '2026-07-10',
      lines: [{ productId: f.products.laptop, quantity, ...(extra.unitPrice && { unitPrice: extra.unitPrice }) }],
    }),
    201,
  );
  return ok<OrderJson>(request(t, f.owner, 'POST', `/api/v1/purchase-orders/${order.id}/confirm`));
}

export function receive(t: TestApp, f: Fixture, order: OrderJson, quantity?: string, date = '2026-07-05') {
  return request(t, f.owner, 'POST', '/api/v1/goods-receipts', { orderId: order.id, date, ...(quantity && { lines: [{ orderLineId: order.lines[0]!.id, quantity }] }) });
}

export async function postedBill(t: TestApp, f: Fixture, body: Record<string, unknown>): Promise<BillJson> {
  const draft = await ok<BillJson>(request(t, f.owner, 'POST', '/api/v1/bills', body), 201);
  return ok<BillJson>(request(t, f.owner, 'POST', `/api/v1/bills/${draft.id}/post`));
}

export function pay(t: TestApp, f: Fixture, vendorId: string, amount: string, allocations: { billId: string; amount: string }[], extra: Record<string, unknown> = {}) {
  return request(t, f.owner, 'POST', '/api/v1/vendor-payments', { vendorId, amount, bankAccountId: f.bankAccountId, date: '2026-07-20', allocations, ...extra });
}

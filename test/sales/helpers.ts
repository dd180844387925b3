/**
 * Shared factory for the sales tests (invoices, orders, payments, recurring): an Indian tenant with
 * the India chart of accounts, a GSTIN in Maharashtra (27), stores, customers inside and outside
 * the state, stock products with HSN codes and opening stock. Everything goes through the HTTP API.
 *
 * Stable API — other sales test files import it:
 *   setUpSales(t, options?) → SalesFixture
 *   request / ok / problem
 *   createCustomer, createStockProduct, createServiceProduct, receiveStock, stockOf
 *   accountId, accountBalance, trialBalance, entryLines, eventsOf, setCreditMode, addRate
 */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** The seller's GSTIN (Maharashtra, state 27). */
export const SELLER_GSTIN = '27AAPFU0939F1ZV';
/** A registered customer in Maharashtra (intra-state: CGST + SGST). */
export const LOCAL_GSTIN = '27AAGCG4576J1Z6';
/** A registered customer in Karnataka (inter-state: IGST). */
export const INTERSTATE_GSTIN = '29AAACI1681G1ZL';
/** Date used for opening stock; documents in tests are dated after it. */
export const OPENING_DATE = '2026-06-01';

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
  status?: number;
  errors?: { path: string; message: string }[];
  [key: string]: unknown;
}

export function problem(response: LightMyRequestResponse): Problem {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  return response.json() as Problem;
}

export interface SalesFixture {
  owner: SignedUp;
  tenantId: string;
  /** The first store (holds the opening stock). */
  storeId: string;
  storeIds: string[];
  customers: {
    /** Registered, GSTIN in Maharashtra (27) like the seller, INR, 30 days terms, email set. */
    local: string;
    /** Registered, GSTIN in Karnataka (29), INR. */
    interstate: string;
    /** Unregistered consumer with a billing address in Maharashtra, INR. */
    consumer: string;
    /** A US customer invoiced in USD (no GSTIN). */
    foreign: string;
  };
  products: {
    /** Stock goods, HSN 8471 (18 %), sale price 1000.00, opening stock `openingQuantity` at 600.00. */
    laptop: string;
    /** Stock goods, HSN 8517 (18 %), sale price 250.00, opening stock `openingQuantity` at 100.00. */
    phone: string;
    /** Service, SAC 9983 (18 %), sale price 500.00, no stock. */
    service: string;
  };
  openingQuantity: string;
}

export interface SalesFixtureOptions {
  /** Number of stores (default 1; more than one upgrades the tenant to the pro plan). */
  stores?: number;
  /** Opening stock of each stock product in the first store (default "100"). */
  openingQuantity?: string;
  /** An existing signed-up owner to set up instead of a new one. */
  owner?: SignedUp;
}

/** Sets the tenant's GSTIN (and so its GST state) through the tenant settings. */
export async function setTenantGstin(t: TestApp, owner: SignedUp, gstin: string): Promise<void> {
  const read = await request(t, owner, 'GET', `/api/v1/tenants/${owner.tenantId}`);
  await ok(request(t, owner, 'PUT', `/api/v1/tenants/${owner.tenantId}`, { gstin, legalName: 'Kontor Test Traders Pvt Ltd' }, { 'if-match': read.headers.etag as string }));
}

export async function createCustomer(t: TestApp, who: SignedUp, body: Record<string, unknown>): Promise<string> {
  return (await ok<{ id: string }>(request(t, who, 'POST', '/api/v1/customers', body), 201)).id;
}

export async function createStockProduct(t: TestApp, who: SignedUp, sku: string, extra: Record<string, unknown> = {}): Promise<string> {
  return (await ok<{ id: string }>(request(t, who, 'POST', '/api/v1/products', { type: 'goods', baseUnit: 'pcs', sku, name: sku, hsnSac: '8471', salePrice: '1000.00', ...extra }), 201)).id;
}

export async function createServiceProduct(t: TestApp, who: SignedUp, sku: string, extra: Record<string, unknown> = {}): Promise<string> {
  return (await ok<{ id: string }>(request(t, who, 'POST', '/api/v1/products', { type: 'service', baseUnit: 'hour', sku, name: sku, hsnSac: '9983', salePrice: '500.00', ...extra }), 201)).id;
}

export async function receiveStock(t: TestApp, who: SignedUp, storeId: string, lines: { productId: string; quantity: string; unitCost: string }[], date = OPENING_DATE): Promise<void> {
  await ok(request(t, who, 'POST', '/api/v1/stock/receipts', { storeId, date, lines }), 201);
}

/** Stock on hand of a product in a store ("0" when none). */
export async function stockOf(t: TestApp, who: SignedUp, storeId: string, productId: string): Promise<{ quantity: string; value: string }> {
  const page = await ok<{ items: { quantity: string; value: string }[] }>(request(t, who, 'GET', `/api/v1/stock?storeId=${storeId}&productId=${productId}`));
  return page.items[0] ?? { quantity: '0', value: '0.00' };
}

/** Switches the parties credit-limit mode (warn | block). */
export async function setCreditMode(t: TestApp, who: SignedUp, mode: 'warn' | 'block'): Promise<void> {
  const read = await request(t, who, 'GET', '/api/v1/parties/settings');
  await ok(request(t, who, 'PUT', '/api/v1/parties/settings', { creditLimitMode: mode }, { 'if-match': read.headers.etag as string }));
}

/** Adds an exchange rate (units of base currency per unit of `currency`). */
export async function addRate(t: TestApp, who: SignedUp, currency: string, date: string, rate: string): Promise<void> {
  await ok(request(t, who, 'PUT', '/api/v1/ledger/rates', { rates: [{ currency, date, rate }] }));
}

/** The id of the tenant's account with this code (India chart: 1130 receivable, 4100 sales, 2151/2152/2153 output GST, 5900 round off). */
export async function accountId(t: TestApp, tenantId: string, code: string): Promise<string> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, `select id from ledger.accounts where tenant_id = $1 and code = $2`, [tenantId, code]);
  if (!rows[0]) throw new Error(`no account ${code}`);
  return (rows[0] as { id: string }).id;
}

/**
 * Posted base-currency balance (debit − credit, minor units) of accounts picked by code or subtype.
 * `{ code: '1130' }`, `{ subtype: 'inventory' }`, `{ subtype: 'cost_of_goods_sold' }`.
 */
export async function accountBalance(t: TestApp, tenantId: string, pick: { code?: string; subtype?: string; partyId?: string }): Promise<bigint> {
  const params: unknown[] = [tenantId];
  const where: string[] = [];
  if (pick.code !== undefined) {
    params.push(pick.code);
    where.push(`a.code = $${params.length}`);
  }
  if (pick.subtype !== undefined) {
    params.push(pick.subtype);
    where.push(`a.subtype = $${params.length}`);
  }
  if (pick.partyId !== undefined) {
    params.push(pick.partyId);
    where.push(`l.party_id = $${params.length}`);
  }
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

/** Σ base debits − Σ base credits over every posted line of the tenant (0n when the books balance). */
export async function trialBalance(t: TestApp, tenantId: string): Promise<bigint> {
  return accountBalance(t, tenantId, {});
}

export interface EntryLine {
  accountCode: string;
  accountName: string;
  currency: string;
  debit: bigint;
  credit: bigint;
  baseDebit: bigint;
  baseCredit: bigint;
  partyId: string | null;
  storeId: string | null;
}

/** The lines of a journal entry, in line order, with their account codes. */
export async function entryLines(t: TestApp, tenantId: string, entryId: string): Promise<EntryLine[]> {
  const { rows } = await adminQuery(
    t.testDb.ownerUrl,
    `select a.code, a.name, l.currency, l.debit::text, l.credit::text, l.base_debit::text, l.base_credit::text, l.party_id, l.store_id
       from ledger.journal_lines l join ledger.accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
      where l.tenant_id = $1 and l.entry_id = $2 order by l.line_no`,
    [tenantId, entryId],
  );
  return (rows as Record<string, string | null>[]).map((r) => ({
    accountCode: r.code!,
    accountName: r.name!,
    currency: String(r.currency).trim(),
    debit: BigInt(r.debit!),
    credit: BigInt(r.credit!),
    baseDebit: BigInt(r.base_debit!),
    baseCredit: BigInt(r.base_credit!),
    partyId: r.party_id ?? null,
    storeId: r.store_id ?? null,
  }));
}

export async function eventsOf(t: TestApp, tenantId: string, type: string): Promise<Record<string, unknown>[]> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, `select data from platform.outbox where tenant_id = $1 and type = $2 order by seq`, [tenantId, type]);
  return rows.map((r) => (r as { data: Record<string, unknown> }).data);
}

/**
 * A ready-to-sell Indian tenant: India chart, GSTIN 27AAPFU0939F1ZV, `stores` stores, four customers,
 * two stock products with opening stock in the first store and one service.
 */
export async function setUpSales(t: TestApp, options: SalesFixtureOptions = {}): Promise<SalesFixture> {
  const owner = options.owner ?? (await t.signUp({ countryCode: 'IN', baseCurrency: 'INR', timezone: 'Asia/Kolkata' }));
  const stores = options.stores ?? 1;
  const openingQuantity = options.openingQuantity ?? '100';
  if (stores > 1) await ok(request(t, owner, 'POST', `/api/v1/tenants/${owner.tenantId}/subscription/upgrade`, { plan: 'pro' }));
  await ok(request(t, owner, 'POST', '/api/v1/accounts/apply-template', { template: 'india' }));
  await setTenantGstin(t, owner, SELLER_GSTIN);
  const storeIds: string[] = [];
  for (let i = 0; i < stores; i++) storeIds.push((await ok<{ id: string }>(request(t, owner, 'POST', '/api/v1/stores', { name: `Store ${i + 1}` }), 201)).id);

  const address = (stateCode: string | null, country = 'IN') => ({ line1: '1 Market Road', city: 'Pune', ...(stateCode && { stateCode }), postalCode: '411001', country });
  const local = await createCustomer(t, owner, {
    legalName: 'Local Buyer Pvt Ltd',
    gstin: LOCAL_GSTIN,
    billingAddress: address('27'),
    contacts: [{ name: 'Asha', email: 'asha@local-buyer.example', primary: true }],
    paymentTermsDays: 30,
  });
  const interstate = await createCustomer(t, owner, { legalName: 'Karnataka Buyer Ltd', gstin: INTERSTATE_GSTIN, billingAddress: { ...address('29'), city: 'Bengaluru' }, paymentTermsDays: 15 });
  const consumer = await createCustomer(t, owner, { legalName: 'Ravi Kumar', billingAddress: address('27') });
  const foreign = await createCustomer(t, owner, { legalName: 'Acme Inc', currency: 'USD', billingAddress: { line1: '1 Main St', city: 'Austin', country: 'US' } });

  const laptop = await createStockProduct(t, owner, 'LAPTOP', { name: 'Laptop', hsnSac: '8471', salePrice: '1000.00' });
  const phone = await createStockProduct(t, owner, 'PHONE', { name: 'Phone', hsnSac: '8517', salePrice: '250.00' });
  const service = await createServiceProduct(t, owner, 'SUPPORT', { name: 'Support hours', hsnSac: '9983', salePrice: '500.00' });
  await receiveStock(t, owner, storeIds[0]!, [
    { productId: laptop, quantity: openingQuantity, unitCost: '600.00' },
    { productId: phone, quantity: openingQuantity, unitCost: '100.00' },
  ]);

  return {
    owner,
    tenantId: owner.tenantId,
    storeId: storeIds[0]!,
    storeIds,
    customers: { local, interstate, consumer, foreign },
    products: { laptop, phone, service },
    openingQuantity,
  };
}

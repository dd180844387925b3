import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { createCustomer, eventsOf, ok, problem, request, setCreditMode, setUpSales, stockOf, type SalesFixture } from './helpers.js';

let t: TestApp;
let f: SalesFixture;
let limited: string;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t);
  limited = await createCustomer(t, f.owner, { legalName: 'Tight Credit Traders', gstin: '27AAGCG4576J1Z6', creditLimit: '1000.00', billingAddress: { line1: 'x', city: 'Pune', stateCode: '27', country: 'IN' } });
});
afterAll(async () => t?.close());

const ZERO = '00000000-0000-4000-8000-000000000000';

/** Sends a request that must be refused with `status`, and proves no table changed. */
async function refused(method: 'POST' | 'PUT', url: string, body: object, status: number, ignore: string[] = []) {
  const before = await rowCounts(t.testDb.ownerUrl);
  const r = await request(t, f.owner, method, url, body);
  expect(r.statusCode, r.body).toBe(status);
  expect(changedTables(before, await rowCounts(t.testDb.ownerUrl)).filter((x) => !ignore.includes(x))).toEqual([]);
  return problem(r);
}

describe('bad input is refused with field paths and nothing written', () => {
  const line = () => ({ productId: f.products.laptop, quantity: '1', storeId: f.storeId });

  it('unknown customer, product and store', async () => {
    expect((await refused('POST', '/api/v1/invoices', { customerId: ZERO, lines: [line()] }, 422)).errors).toEqual([expect.objectContaining({ path: 'body.customerId' })]);
    const p = await refused('POST', '/api/v1/invoices', { customerId: f.customers.local, lines: [line(), { productId: ZERO, quantity: '1' }, { ...line(), storeId: ZERO }], issue: true }, 422);
    expect(p.errors?.map((e) => e.path)).toEqual(['body.lines[1].productId', 'body.lines[2].storeId']);
  });

  it('negative or zero quantity, malformed price, impossible dates, due before date', async () => {
    const neg = await refused('POST', '/api/v1/invoices', { customerId: f.customers.local, lines: [{ ...line(), quantity: '-1' }] }, 400);
    expect(neg.errors?.map((e) => e.path)).toContain('body.lines[0].quantity');
    const zero = await refused('POST', '/api/v1/invoices', { customerId: f.customers.local, lines: [{ ...line(), quantity: '0' }] }, 400);
    expect(zero.errors?.map((e) => e.path)).toContain('body.lines[0].quantity');
    const price = await refused('POST', '/api/v1/invoices', { customerId: f.customers.local, lines: [{ ...line(), unitPrice: '1e3' }] }, 400);
    expect(price.errors?.map((e) => e.path)).toContain('body.lines[0].unitPrice');
    const date = await refused('POST', '/api/v1/invoices', { customerId: f.customers.local, date: '2026-02-30', lines: [line()] }, 400);
    expect(date.errors?.map((e) => e.path)).toContain('body.date');
    const due = await refused('POST', '/api/v1/invoices', { customerId: f.customers.local, date: '2026-06-10', dueDate: '2026-06-01', lines: [line()] }, 422);
    expect(due.errors?.map((e) => e.path)).toEqual(['body.dueDate']);
  });

  it('a stock item without a store, a free-text line without description or price', async () => {
    const p = await refused('POST', '/api/v1/invoices', { customerId: f.customers.local, lines: [{ productId: f.products.laptop, quantity: '1' }, { quantity: '1' }] }, 422);
    expect(p.errors?.map((e) => e.path)).toEqual(['body.lines[0].storeId', 'body.lines[1].description', 'body.lines[1].unitPrice']);
  });

  it('more than the stock on hand: 422 at the line, and the whole issue rolls back', async () => {
    const p = await refused('POST', '/api/v1/invoices', { customerId: f.customers.local, lines: [{ productId: f.products.phone, quantity: '1' }, { ...line(), quantity: '100000' }].map((l) => ({ ...l, storeId: f.storeId })), issue: true }, 422);
    expect(p.code).toBe('INVENTORY.INSUFFICIENT_STOCK');
    expect(p.errors?.[0]?.path).toBe('lines[1].quantity');
  });

  it('unknown fields are refused (strict bodies)', async () => {
    const p = await refused('POST', '/api/v1/invoices', { customerId: f.customers.local, lines: [line()], total: '1.00' }, 400);
    expect(p.code).toBeTruthy();
  });
});

describe('credit limit', () => {
  it('block mode refuses the issue with 422 and writes nothing of the invoice; the draft stays a draft', async () => {
    await setCreditMode(t, f.owner, 'block');
    const draft = await ok<{ id: string; version: number }>(request(t, f.owner, 'POST', '/api/v1/invoices', { customerId: limited, lines: [{ productId: f.products.laptop, quantity: '2', storeId: f.storeId }] }), 201);
    const stock = await stockOf(t, f.owner, f.storeId, f.products.laptop);
    // The refusal is kept on record (customer.credit_limit_exceeded, in its own transaction): only the outbox may change.
    const p = await refused('POST', `/api/v1/invoices/${draft.id}/issue`, {}, 422, ['platform.outbox']);
    expect(p.code).toBe('PARTIES.CREDIT_LIMIT_EXCEEDED');
    expect(await stockOf(t, f.owner, f.storeId, f.products.laptop)).toEqual(stock);
    const after = await ok<{ status: string; number: string | null }>(request(t, f.owner, 'GET', `/api/v1/invoices/${draft.id}`));
    expect(after).toEqual(expect.objectContaining({ status: 'draft', number: null }));
    expect((await eventsOf(t, f.tenantId, 'customer.credit_limit_exceeded')).length).toBeGreaterThan(0);
    // create-and-issue in one call: nothing at all is written.
    await refused('POST', '/api/v1/invoices', { customerId: limited, lines: [{ productId: f.products.laptop, quantity: '2', storeId: f.storeId }], issue: true }, 422, ['platform.outbox']);
  });

  it('warn mode issues the invoice and returns the warning', async () => {
    await setCreditMode(t, f.owner, 'warn');
    const issued = await ok<{ status: string; warnings?: { code: string }[] }>(
      request(t, f.owner, 'POST', '/api/v1/invoices', { customerId: limited, lines: [{ productId: f.products.laptop, quantity: '2', storeId: f.storeId }], issue: true }),
      201,
    );
    expect(issued.status).toBe('issued');
    expect(issued.warnings).toEqual([expect.objectContaining({ code: 'PARTIES.CREDIT_LIMIT_EXCEEDED' })]);
  });
});

describe('permissions', () => {
  it('a viewer reads invoices but cannot create, issue or void them', async () => {
    const r = await request(t, f.owner, 'GET', '/api/v1/invoices');
    expect(r.statusCode).toBe(200);
    const key = await ok<{ token?: string; key?: string; secret?: string }>(request(t, f.owner, 'POST', '/api/v1/api-keys', { name: 'read only', permissions: ['invoices:read'] }), 201);
    const token = key.token ?? key.key ?? key.secret;
    const headers = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/invoices', headers })).statusCode).toBe(200);
    const create = await t.app.inject({ method: 'POST', url: '/api/v1/invoices', headers, payload: { customerId: f.customers.local, lines: [{ productId: f.products.service, quantity: '1' }] } });
    expect(create.statusCode).toBe(403);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { eventsOf, ok, problem, request, setUpSales, stockOf, trialBalance, type SalesFixture } from './helpers.js';

let t: TestApp;
let f: SalesFixture;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t, { openingQuantity: '1000' });
});
afterAll(async () => t?.close());

const body = (extra: object = {}) => ({ customerId: f.customers.local, date: '2026-06-15', lines: [{ productId: f.products.laptop, quantity: '1', storeId: f.storeId }], ...extra });

/** The trailing serial of a number ("INV/2026-27/0007" → 7). */
const serial = (n: string) => Number(/(\d+)$/.exec(n)![1]);

describe('concurrent issues', () => {
  it('20 concurrent create-and-issue calls get 20 distinct, gapless numbers', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => request(t, f.owner, 'POST', '/api/v1/invoices', body({ issue: true }))));
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    const numbers = results.map((r) => (r.json() as { number: string }).number);
    expect(new Set(numbers).size).toBe(20);
    const serials = numbers.map(serial).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 20 }, (_, i) => serials[0]! + i));
    expect((await stockOf(t, f.owner, f.storeId, f.products.laptop)).quantity).toBe('980');
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
  });

  it('two clients issuing the same draft: exactly one succeeds, one posting, one number', async () => {
    const draft = await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/invoices', body()), 201);
    const stockBefore = (await stockOf(t, f.owner, f.storeId, f.products.laptop)).quantity;
    const [a, b] = await Promise.all([request(t, f.owner, 'POST', `/api/v1/invoices/${draft.id}/issue`), request(t, f.owner, 'POST', `/api/v1/invoices/${draft.id}/issue`)]);
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(problem(loser).code).toBe('SALES.INVOICE_ISSUED');
    expect(Number((await stockOf(t, f.owner, f.storeId, f.products.laptop)).quantity)).toBe(Number(stockBefore) - 1);
    const created = (await eventsOf(t, f.tenantId, 'invoice.created')).filter((e) => e.id === draft.id);
    expect(created).toHaveLength(1);
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
  });

  it('two transactions issuing the same draft through the port: the row lock lets exactly one through', async () => {
    const sales = t.context.modules.get<{ invoices: { issue(tx: unknown, inv: unknown, id: string): Promise<{ number: string | null }> } }>('sales');
    const draft = await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/invoices', body()), 201);
    const inv = { actor: { type: 'user' as const, id: f.owner.userId }, tenantId: f.tenantId, requestId: null, ip: null };
    const attempt = () => t.db.withTenant(f.tenantId, (tx) => sales.invoices.issue(tx, inv, draft.id)).then((v) => v.number, (e: { code?: string }) => e.code ?? 'error');
    const outcomes = await Promise.all([attempt(), attempt()]);
    expect(outcomes.filter((o) => o === 'SALES.INVOICE_ISSUED')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'SALES.INVOICE_ISSUED')[0]).toMatch(/\d+$/);
    expect((await eventsOf(t, f.tenantId, 'invoice.created')).filter((e) => e.id === draft.id)).toHaveLength(1);
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
  });

  it('two clients editing the same draft with the same ETag: one wins, the other gets 412', async () => {
    const draft = await ok<{ id: string; version: number }>(request(t, f.owner, 'POST', '/api/v1/invoices', body()), 201);
    const put = (qty: string) => request(t, f.owner, 'PUT', `/api/v1/invoices/${draft.id}`, { ...body(), lines: [{ productId: f.products.laptop, quantity: qty, storeId: f.storeId }] }, { 'if-match': `"v${draft.version}"` });
    const [a, b] = await Promise.all([put('2'), put('3')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
  });
});

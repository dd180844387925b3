import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { createCustomer, createStockProduct, entryLines, ok, problem, receiveStock, request, stockOf, trialBalance } from './helpers.js';

let t: TestApp;
let owner: SignedUp;
let store: string;
let customer: string;
let product: string;
let vat19: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp({ countryCode: 'DE', baseCurrency: 'EUR', timezone: 'Europe/Berlin' });
  await ok(request(t, owner, 'POST', '/api/v1/accounts/apply-template', { template: 'small_business' }));
  store = (await ok<{ id: string }>(request(t, owner, 'POST', '/api/v1/stores', { name: 'Lager' }), 201)).id;
  customer = await createCustomer(t, owner, { legalName: 'Kunde GmbH', billingAddress: { line1: 'Hauptstr. 1', city: 'Berlin', country: 'DE' } });
  product = await createStockProduct(t, owner, 'WIDGET', { hsnSac: null, salePrice: '10.00' });
  await receiveStock(t, owner, store, [{ productId: product, quantity: '10', unitCost: '4.00' }]);
  vat19 = (await ok<{ id: string }>(request(t, owner, 'POST', '/api/v1/tax/rates', { code: 'DE-VAT-19', name: 'USt', percent: '19', jurisdiction: 'DE' }), 201)).id;
});
afterAll(async () => t?.close());

describe('VAT invoices (non-GST tenants)', () => {
  it('taxes lines with their tax rate and posts the VAT to Sales Tax Payable', async () => {
    const issued = await ok<{ id: string; total: string; taxTotal: string; taxEngine: string; entryId: string; taxes: { label: string; amount: string }[] }>(
      request(t, owner, 'POST', '/api/v1/invoices', { customerId: customer, date: '2026-06-10', issue: true, lines: [{ productId: product, quantity: '3', unitPrice: '10.99', storeId: store, taxRateId: vat19 }] }),
      201,
    );
    // 3 × 10.99 = 32.97; VAT 19 % = 6.2643 → 6.26; 39.23 rounded to the whole euro: 39.00
    expect(issued.taxEngine).toBe('vat');
    expect(issued.taxTotal).toBe('6.26');
    expect(issued.taxes).toEqual([expect.objectContaining({ label: 'USt 19%', amount: '6.26' })]);
    expect(issued.total).toBe('39.00');
    const lines = await entryLines(t, owner.tenantId, issued.entryId);
    expect(lines.find((l) => l.accountName === 'Accounts Receivable')).toEqual(expect.objectContaining({ debit: 3900n, currency: 'EUR' }));
    expect(lines.find((l) => l.accountName === 'Sales Tax Payable')).toEqual(expect.objectContaining({ credit: 626n }));
    expect(lines.find((l) => l.accountName === 'Round Off')).toEqual(expect.objectContaining({ debit: 23n }));
    expect((await stockOf(t, owner, store, product)).quantity).toBe('7');
    expect(await trialBalance(t, owner.tenantId)).toBe(0n);
  });

  it('refuses an unknown tax rate at the line', async () => {
    const r = await request(t, owner, 'POST', '/api/v1/invoices', { customerId: customer, lines: [{ productId: product, quantity: '1', storeId: store, taxRateId: '00000000-0000-4000-8000-000000000000' }] });
    expect(r.statusCode).toBe(422);
    expect(problem(r).errors?.map((e) => e.path)).toEqual(['body.lines[0].taxRateId']);
  });
});

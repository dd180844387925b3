import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvoicesService } from '../../src/modules/sales/invoices/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { rowCounts, changedTables } from '../support/row-counts.js';
import { accountBalance, addRate, entryLines, eventsOf, ok, problem, request, setUpSales, stockOf, trialBalance, type SalesFixture } from './helpers.js';

interface Invoice {
  id: string;
  number: string | null;
  status: string;
  total: string;
  subtotal: string;
  taxTotal: string;
  roundOff: string;
  amountDue: string;
  amountPaid: string;
  placeOfSupply: string | null;
  supplyType: string | null;
  currency: string;
  exchangeRate: string;
  entryId: string | null;
  stockEntryId: string | null;
  version: number;
  taxes: { code: string; rate: string; amount: string; taxableValue: string }[];
  lines: { id: string; quantity: string; unitPrice: string; taxableValue: string; taxAmount: string; lineTotal: string; taxComponents: { code: string; amount: string }[] }[];
  warnings?: { code: string }[];
}

let t: TestApp;
let f: SalesFixture;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t, { openingQuantity: '100' });
});
afterAll(async () => t?.close());

const invoiceBody = (customerId: string, lines: object[], extra: object = {}) => ({ customerId, date: '2026-06-10', lines, ...extra });

describe('direct GST invoices', () => {
  it('intra-state: CGST + SGST, receivable/revenue/output tax exactly, stock out with COGS, trial balance zero', async () => {
    const receivableBefore = await accountBalance(t, f.tenantId, { code: '1130' });
    const draft = await ok<Invoice>(
      request(t, f.owner, 'POST', '/api/v1/invoices', invoiceBody(f.customers.local, [
        { productId: f.products.laptop, quantity: '2', storeId: f.storeId },
        { productId: f.products.service, quantity: '3', unitPrice: '500.00', discountPercent: '10' },
      ])),
      201,
    );
    expect(draft.status).toBe('draft');
    expect(draft.number).toBeNull();
    expect(draft.entryId).toBeNull();
    // 2 × 1000 (catalog price) + 3 × 500 − 10 % = 2000 + 1350 = 3350 taxable; 18 % = 603 → 3953.00
    expect(draft.subtotal).toBe('3350.00');
    expect(draft.taxTotal).toBe('603.00');
    expect(draft.total).toBe('3953.00');
    expect(draft.placeOfSupply).toBe('27');
    expect(draft.taxes.map((x) => [x.code, x.rate, x.amount])).toEqual([
      ['cgst', '9', '301.50'],
      ['sgst', '9', '301.50'],
    ]);

    const issued = await ok<Invoice>(request(t, f.owner, 'POST', `/api/v1/invoices/${draft.id}/issue`));
    expect(issued.status).toBe('issued');
    expect(issued.number).toBeTruthy();
    expect(issued.amountDue).toBe('3953.00');

    const lines = await entryLines(t, f.tenantId, issued.entryId!);
    const byCode = (code: string) => lines.filter((l) => l.accountCode === code);
    expect(byCode('1130')).toEqual([expect.objectContaining({ debit: 395300n, credit: 0n, partyId: f.customers.local, currency: 'INR' })]);
    expect(byCode('4100').reduce((s, l) => s + l.credit - l.debit, 0n)).toBe(335000n);
    expect(byCode('2151')).toEqual([expect.objectContaining({ credit: 30150n })]);
    expect(byCode('2152')).toEqual([expect.objectContaining({ credit: 30150n })]);
    expect(byCode('2153')).toEqual([]);
    expect(lines.reduce((s, l) => s + l.baseDebit - l.baseCredit, 0n)).toBe(0n);

    // Stock fell by 2 at 600 each and inventory posted the cost of goods sold.
    expect((await stockOf(t, f.owner, f.storeId, f.products.laptop)).quantity).toBe('98');
    expect(issued.stockEntryId).toBeTruthy();
    const cogs = await entryLines(t, f.tenantId, issued.stockEntryId!);
    expect(cogs.find((l) => l.debit > 0n)).toEqual(expect.objectContaining({ debit: 120000n }));
    expect(await accountBalance(t, f.tenantId, { subtype: 'cost_of_goods_sold' })).toBe(120000n);
    expect((await accountBalance(t, f.tenantId, { code: '1130' })) - receivableBefore).toBe(395300n);
    expect(await trialBalance(t, f.tenantId)).toBe(0n);

    const created = await eventsOf(t, f.tenantId, 'invoice.created');
    expect(created.map((e) => e.id)).toContain(draft.id);
  });

  it('inter-state: IGST only; round-off to the rupee posted', async () => {
    const issued = await ok<Invoice>(
      request(t, f.owner, 'POST', '/api/v1/invoices', { ...invoiceBody(f.customers.interstate, [{ productId: f.products.phone, quantity: '3', unitPrice: '99.99', storeId: f.storeId }]), issue: true }),
      201,
    );
    expect(issued.status).toBe('issued');
    expect(issued.placeOfSupply).toBe('29');
    expect(issued.supplyType).toBe('inter_state');
    // 3 × 99.99 = 299.97; IGST 18 % = 53.99 (53.9946); 353.96 → rounded 354.00 (+0.04)
    expect(issued.subtotal).toBe('299.97');
    expect(issued.taxes.map((x) => [x.code, x.amount])).toEqual([['igst', '53.99']]);
    expect(issued.roundOff).toBe('0.04');
    expect(issued.total).toBe('354.00');
    const lines = await entryLines(t, f.tenantId, issued.entryId!);
    expect(lines.find((l) => l.accountCode === '1130')).toEqual(expect.objectContaining({ debit: 35400n, partyId: f.customers.interstate }));
    expect(lines.find((l) => l.accountCode === '2153')).toEqual(expect.objectContaining({ credit: 5399n }));
    expect(lines.find((l) => l.accountCode === '5900')).toEqual(expect.objectContaining({ credit: 4n }));
    expect(lines.filter((l) => l.accountCode === '2151' || l.accountCode === '2152')).toEqual([]);
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
  });

  it('a price from a tax-inclusive price list: GST is backed out of it', async () => {
    const list = await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/price-lists', { name: 'Retail MRP', taxInclusive: true }), 201);
    await ok(request(t, f.owner, 'PUT', `/api/v1/price-lists/${list.id}/items`, { items: [{ productId: f.products.phone, price: '295.00' }] }));
    const draft = await ok<Invoice>(request(t, f.owner, 'POST', '/api/v1/invoices', invoiceBody(f.customers.consumer, [{ productId: f.products.phone, quantity: '2', storeId: f.storeId }])), 201);
    // 2 × 295.00 inclusive of 18 % = 500.00 taxable + 90.00 GST.
    expect(draft.lines[0]!.unitPrice).toBe('295.00');
    expect(draft.subtotal).toBe('500.00');
    expect(draft.taxTotal).toBe('90.00');
    expect(draft.total).toBe('590.00');
    expect((await request(t, f.owner, 'DELETE', `/api/v1/invoices/${draft.id}`)).statusCode).toBe(204);
    await ok(request(t, f.owner, 'DELETE', `/api/v1/price-lists/${list.id}`));
  });

  it('foreign currency: USD invoice, receivable in USD, base amounts at the ledger rate', async () => {
    await addRate(t, f.owner, 'USD', '2026-06-01', '83.50');
    const issued = await ok<Invoice>(
      request(t, f.owner, 'POST', '/api/v1/invoices', { ...invoiceBody(f.customers.foreign, [{ productId: f.products.service, quantity: '2', unitPrice: '150.25' }]), issue: true }),
      201,
    );
    expect(issued.currency).toBe('USD');
    expect(issued.exchangeRate).toBe('83.5');
    expect(issued.supplyType).toBe('export');
    expect(issued.total).toBe('301.00'); // 300.50 rounded to the whole unit
    const lines = await entryLines(t, f.tenantId, issued.entryId!);
    const receivable = lines.find((l) => l.accountCode === '1130')!;
    expect(receivable).toEqual(expect.objectContaining({ currency: 'USD', debit: 30100n, baseDebit: 2513350n, partyId: f.customers.foreign }));
    const revenue = lines.find((l) => l.accountCode === '4100')!;
    expect(revenue).toEqual(expect.objectContaining({ currency: 'USD', credit: 30050n, baseCredit: 2509175n }));
    expect(lines.reduce((s, l) => s + l.baseDebit - l.baseCredit, 0n)).toBe(0n);
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
  });

  it('a foreign-currency invoice without a rate is refused and writes nothing', async () => {
    const before = await rowCounts(t.testDb.ownerUrl);
    const r = await request(t, f.owner, 'POST', '/api/v1/invoices', { ...invoiceBody(f.customers.foreign, [{ productId: f.products.service, quantity: '1', unitPrice: '1.00' }], { currency: 'EUR' }), issue: true });
    expect(r.statusCode).toBe(422);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });
});

describe('immutability, delete and void', () => {
  it('an issued invoice refuses PUT and DELETE with 409 SALES.INVOICE_ISSUED; a draft can be changed (If-Match) and deleted', async () => {
    const draft = await ok<Invoice>(request(t, f.owner, 'POST', '/api/v1/invoices', invoiceBody(f.customers.local, [{ productId: f.products.service, quantity: '1' }])), 201);
    const stale = await request(t, f.owner, 'PUT', `/api/v1/invoices/${draft.id}`, invoiceBody(f.customers.local, [{ productId: f.products.service, quantity: '2' }]), { 'if-match': '"v99"' });
    expect(stale.statusCode).toBe(412);
    const changed = await ok<Invoice>(request(t, f.owner, 'PUT', `/api/v1/invoices/${draft.id}`, invoiceBody(f.customers.local, [{ productId: f.products.service, quantity: '2' }]), { 'if-match': `"v${draft.version}"` }));
    expect(changed.lines[0]!.quantity).toBe('2');
    expect(changed.total).toBe('1180.00');
    expect((await request(t, f.owner, 'POST', `/api/v1/invoices/${draft.id}/issue`, undefined, { 'if-match': `"v${draft.version}"` })).statusCode).toBe(412);
    const issued = await ok<Invoice>(request(t, f.owner, 'POST', `/api/v1/invoices/${draft.id}/issue`, undefined, { 'if-match': `"v${changed.version}"` }));
    const put = await request(t, f.owner, 'PUT', `/api/v1/invoices/${draft.id}`, invoiceBody(f.customers.local, [{ productId: f.products.service, quantity: '3' }]), { 'if-match': `"v${issued.version}"` });
    expect(put.statusCode).toBe(409);
    expect(problem(put).code).toBe('SALES.INVOICE_ISSUED');
    const del = await request(t, f.owner, 'DELETE', `/api/v1/invoices/${draft.id}`);
    expect(del.statusCode).toBe(409);
    expect(problem(del).code).toBe('SALES.INVOICE_ISSUED');
    const again = await request(t, f.owner, 'POST', `/api/v1/invoices/${draft.id}/issue`);
    expect(again.statusCode).toBe(409);

    const other = await ok<Invoice>(request(t, f.owner, 'POST', '/api/v1/invoices', invoiceBody(f.customers.local, [{ productId: f.products.service, quantity: '1' }])), 201);
    expect((await request(t, f.owner, 'DELETE', `/api/v1/invoices/${other.id}`)).statusCode).toBe(204);
    expect((await request(t, f.owner, 'GET', `/api/v1/invoices/${other.id}`)).statusCode).toBe(404);
  });

  it('void reverses every posting: account balances and stock back to before', async () => {
    const balances = async () => ({
      receivable: await accountBalance(t, f.tenantId, { code: '1130' }),
      revenue: await accountBalance(t, f.tenantId, { code: '4100' }),
      cgst: await accountBalance(t, f.tenantId, { code: '2151' }),
      sgst: await accountBalance(t, f.tenantId, { code: '2152' }),
      cogs: await accountBalance(t, f.tenantId, { subtype: 'cost_of_goods_sold' }),
      inventory: await accountBalance(t, f.tenantId, { subtype: 'inventory' }),
      stock: (await stockOf(t, f.owner, f.storeId, f.products.laptop)).quantity,
      stockValue: (await stockOf(t, f.owner, f.storeId, f.products.laptop)).value,
    });
    const before = await balances();
    const issued = await ok<Invoice>(
      request(t, f.owner, 'POST', '/api/v1/invoices', { ...invoiceBody(f.customers.local, [{ productId: f.products.laptop, quantity: '5', storeId: f.storeId }]), issue: true }),
      201,
    );
    const during = await balances();
    expect(during.stock).not.toBe(before.stock);
    expect(during.receivable).not.toBe(before.receivable);
    const voided = await ok<Invoice>(request(t, f.owner, 'POST', `/api/v1/invoices/${issued.id}/void`, {}));
    expect(voided.status).toBe('void');
    expect(voided.amountDue).toBe('0.00');
    expect(await balances()).toEqual(before);
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
    const again = await request(t, f.owner, 'POST', `/api/v1/invoices/${issued.id}/void`, {});
    expect(problem(again).code).toBe('SALES.INVOICE_VOID');
  });

  it('void is refused (409) when a settlement is applied', async () => {
    const sales = t.context.modules.get<{ invoices: InvoicesService }>('sales');
    const issued = await ok<Invoice>(request(t, f.owner, 'POST', '/api/v1/invoices', { ...invoiceBody(f.customers.local, [{ productId: f.products.service, quantity: '1' }]), issue: true }), 201);
    const inv = { actor: { type: 'user' as const, id: f.owner.userId }, tenantId: f.tenantId, requestId: null, ip: null };
    await t.db.withTenant(f.tenantId, async (tx) => {
      await sales.invoices.lockOpen(tx, f.tenantId, issued.id);
      await sales.invoices.applySettlement(tx, inv, issued.id, '100.00');
    });
    const r = await request(t, f.owner, 'POST', `/api/v1/invoices/${issued.id}/void`, {});
    expect(r.statusCode).toBe(409);
    expect(problem(r).code).toBe('SALES.INVOICE_SETTLED');
  });
});

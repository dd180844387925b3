import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { accountId, createCustomer, ok, problem, request, setUpSales, type SalesFixture } from '../sales/helpers.js';
import { draftInvoice, issuedInvoice } from '../sales/payments-helpers.js';
import { adjust, refund, spend, topUp, walletAccount, walletUrl, type CustomerWalletJson } from './wallets-helpers.js';

let t: TestApp;
let f: SalesFixture;
let bank: string;
let salesAccount: string;
let rent: string;
let customer: string;
let vendor: string;
let suspended: string;
let invoiceId: string;
let othersInvoice: string;
let draftId: string;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t);
  bank = await accountId(t, f.tenantId, '1120');
  salesAccount = await accountId(t, f.tenantId, '4100');
  rent = await accountId(t, f.tenantId, '5200');
  customer = f.customers.consumer;
  vendor = (await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/vendors', { legalName: 'Only A Vendor' }), 201)).id;
  suspended = await createCustomer(t, f.owner, { legalName: 'Suspended Buyer' });
  await ok(request(t, f.owner, 'POST', `/api/v1/parties/${suspended}/suspend`));
  await ok(topUp(t, f.owner, customer, { amount: '100.00', depositAccountId: bank }), 201);
  invoiceId = (await issuedInvoice(t, f.owner, customer, f.products.service, { date: '2026-07-01', unitPrice: '50.00' })).id; // 59.00
  othersInvoice = (await issuedInvoice(t, f.owner, f.customers.local, f.products.service, { date: '2026-07-01' })).id;
  draftId = (await draftInvoice(t, f.owner, customer, f.products.service, { date: '2026-07-01' })).id;
});
afterAll(async () => t?.close());

/** Sends a request that must be refused with `status`, `code` and an error at `path`, and must write nothing. */
async function refused(send: () => Promise<LightMyRequestResponse>, status: number, code: string | null, path: string): Promise<void> {
  const before = await rowCounts(t.testDb.ownerUrl);
  const r = await send();
  expect(r.statusCode, r.body).toBe(status);
  const body = problem(r);
  if (code !== null) expect(body.code).toBe(code);
  expect(body.errors?.map((e) => e.path), r.body).toContain(path);
  expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
}

describe('bad wallet requests are refused with field paths and write nothing', () => {
  it('more than the balance: 409 BANKING.WALLET_INSUFFICIENT_BALANCE, for every way out of the wallet', async () => {
    await refused(() => spend(t, f.owner, customer, { amount: '100.01', accountId: salesAccount }), 409, 'BANKING.WALLET_INSUFFICIENT_BALANCE', 'body.amount');
    await refused(() => refund(t, f.owner, customer, { direction: 'from_wallet', amount: '150.00', accountId: bank }), 409, 'BANKING.WALLET_INSUFFICIENT_BALANCE', 'body.amount');
    await refused(() => adjust(t, f.owner, customer, { amount: '-100.01', accountId: rent, reason: 'Too much' }), 409, 'BANKING.WALLET_INSUFFICIENT_BALANCE', 'body.amount');
    // A customer without a wallet has nothing to spend: no wallet row is left behind.
    await refused(() => spend(t, f.owner, f.customers.interstate, { amount: '1.00', accountId: salesAccount }), 409, 'BANKING.WALLET_INSUFFICIENT_BALANCE', 'body.amount');
    const r = await spend(t, f.owner, customer, { amount: '100.01', accountId: salesAccount });
    expect(problem(r)).toMatchObject({ available: '100.00', currency: 'INR' });
  });

  it('unknown customer, vendor-only party, suspended customer', async () => {
    await refused(() => topUp(t, f.owner, '0190a000-0000-7000-8000-0000000000aa', { amount: '1.00', depositAccountId: bank }), 404, 'BANKING.WALLET_CUSTOMER_NOT_FOUND', 'params.id');
    await refused(() => topUp(t, f.owner, vendor, { amount: '1.00', depositAccountId: bank }), 422, 'BANKING.WALLET_NOT_A_CUSTOMER', 'params.id');
    await refused(() => topUp(t, f.owner, suspended, { amount: '1.00', depositAccountId: bank }), 422, 'BANKING.WALLET_CUSTOMER_INACTIVE', 'params.id');
    expect((await request(t, f.owner, 'GET', walletUrl(vendor))).statusCode).toBe(404);
    expect((await request(t, f.owner, 'GET', walletUrl('0190a000-0000-7000-8000-0000000000aa'))).statusCode).toBe(404);
    // A customer without movements reads as an empty wallet.
    expect(await ok<CustomerWalletJson>(request(t, f.owner, 'GET', walletUrl(suspended)))).toMatchObject({ balance: '0.00', wallet: null, statement: { items: [] } });
  });

  it('zero, negative and over-precise amounts', async () => {
    for (const amount of ['0', '0.00', '-5.00']) {
      await refused(() => topUp(t, f.owner, customer, { amount, depositAccountId: bank }), 400, null, 'body.amount');
      await refused(() => spend(t, f.owner, customer, { amount, accountId: salesAccount }), 400, null, 'body.amount');
      await refused(() => refund(t, f.owner, customer, { direction: 'to_wallet', amount, accountId: salesAccount }), 400, null, 'body.amount');
    }
    await refused(() => topUp(t, f.owner, customer, { amount: '1.005', depositAccountId: bank }), 400, 'MONEY.EXCESS_PRECISION', 'body.amount');
    await refused(() => topUp(t, f.owner, customer, { amount: 12, depositAccountId: bank }), 400, null, 'body.amount');
    await refused(() => adjust(t, f.owner, customer, { amount: '0.00', accountId: rent, reason: 'Nothing' }), 400, 'BANKING.WALLET_AMOUNT_ZERO', 'body.amount');
    await refused(() => adjust(t, f.owner, customer, { amount: '1.00', accountId: rent }), 400, null, 'body.reason');
  });

  it('a deposit account that is not a bank or cash account, unknown, a group, or the wallet account itself', async () => {
    await refused(() => topUp(t, f.owner, customer, { amount: '1.00', depositAccountId: salesAccount }), 422, 'BANKING.WALLET_INVALID_ACCOUNT', 'body.depositAccountId');
    await refused(() => topUp(t, f.owner, customer, { amount: '1.00', depositAccountId: '0190a000-0000-7000-8000-0000000000bb' }), 422, 'BANKING.WALLET_INVALID_ACCOUNT', 'body.depositAccountId');
    await refused(() => topUp(t, f.owner, customer, { amount: '1.00', depositAccountId: 'not-a-uuid' }), 400, null, 'body.depositAccountId');
    const group = await accountId(t, f.tenantId, '1100');
    await refused(() => topUp(t, f.owner, customer, { amount: '1.00', depositAccountId: group }), 422, 'BANKING.WALLET_INVALID_ACCOUNT', 'body.depositAccountId');
    await refused(() => refund(t, f.owner, customer, { direction: 'from_wallet', amount: '1.00', accountId: salesAccount }), 422, 'BANKING.WALLET_INVALID_ACCOUNT', 'body.accountId');
    await refused(() => spend(t, f.owner, customer, { amount: '1.00', accountId: rent }), 422, 'BANKING.WALLET_INVALID_ACCOUNT', 'body.accountId');
    const wallets = (await walletAccount(t, f.tenantId))!.id;
    await refused(() => refund(t, f.owner, customer, { direction: 'to_wallet', amount: '1.00', accountId: wallets }), 422, 'BANKING.WALLET_INVALID_ACCOUNT', 'body.accountId');
  });

  it('spends against an invoice that is unknown, not open, another customer\'s, or for more than is due', async () => {
    await refused(() => spend(t, f.owner, customer, { amount: '1.00', invoiceId: '0190a000-0000-7000-8000-0000000000cc' }), 422, 'BANKING.WALLET_INVOICE_NOT_FOUND', 'body.invoiceId');
    await refused(() => spend(t, f.owner, customer, { amount: '1.00', invoiceId: draftId }), 409, 'SALES.INVOICE_NOT_OPEN', 'body.invoiceId');
    await refused(() => spend(t, f.owner, customer, { amount: '1.00', invoiceId: othersInvoice }), 422, 'BANKING.WALLET_INVOICE_OTHER_CUSTOMER', 'body.invoiceId');
    await refused(() => spend(t, f.owner, customer, { amount: '59.01', invoiceId }), 409, 'BANKING.WALLET_OVERPAYMENT', 'body.amount');
    await refused(() => spend(t, f.owner, customer, { amount: '1.00', invoiceId, date: '2026-06-30' }), 422, 'BANKING.WALLET_DATE_BEFORE_INVOICE', 'body.date');
    await refused(() => spend(t, f.owner, customer, { amount: '1.00', invoiceId, accountId: salesAccount }), 400, null, 'body.accountId');
    await refused(() => spend(t, f.owner, customer, { amount: '1.00' }), 400, null, 'body.invoiceId');
  });

  it('malformed fields: unknown keys, bad dates, a base-currency rate other than 1', async () => {
    await refused(() => topUp(t, f.owner, customer, { amount: '1.00', depositAccountId: bank, extra: true }), 400, null, 'body');
    await refused(() => topUp(t, f.owner, customer, { amount: '1.00', depositAccountId: bank, date: '2026-02-30' }), 400, null, 'body.date');
    await refused(() => topUp(t, f.owner, customer, { amount: '1.00', depositAccountId: bank, exchangeRate: '2' }), 400, 'BANKING.WALLET_INVALID_EXCHANGE_RATE', 'body.exchangeRate');
    await refused(() => refund(t, f.owner, customer, { direction: 'sideways', amount: '1.00', accountId: bank }), 400, null, 'body.direction');
  });

  it('left the wallet exactly as the one top-up made it', async () => {
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select count(*)::int as n from banking.wallet_movements where tenant_id = $1`, [f.tenantId]);
    expect(rows[0]).toEqual({ n: 1 });
    expect((await ok<CustomerWalletJson>(request(t, f.owner, 'GET', walletUrl(customer)))).balance).toBe('100.00');
  });

  it('the database refuses a negative balance and any change to a recorded movement', async () => {
    await expect(adminQuery(t.testDb.ownerUrl, `update banking.wallets set balance = -1 where tenant_id = $1`, [f.tenantId])).rejects.toThrow(/wallets_balance_not_negative/);
    await expect(adminQuery(t.testDb.ownerUrl, `update banking.wallet_movements set amount = 1 where tenant_id = $1`, [f.tenantId])).rejects.toThrow(/immutable/);
    await expect(adminQuery(t.testDb.ownerUrl, `delete from banking.wallet_movements where tenant_id = $1`, [f.tenantId])).rejects.toThrow(/immutable/);
  });
});

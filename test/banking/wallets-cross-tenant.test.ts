import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { crossTenantProbe } from '../support/cross-tenant-probe.js';
import { accountId, ok, problem, request, setUpSales, type SalesFixture } from '../sales/helpers.js';
import { issuedInvoice } from '../sales/payments-helpers.js';
import { spend, topUp, walletRows, walletUrl, type CustomerWalletJson, type WalletJson } from './wallets-helpers.js';

let t: TestApp;
let a: SalesFixture;
let b: SalesFixture;
let aBank: string;
let aSales: string;
let bBank: string;
let bSales: string;
let aInvoice: string;

beforeAll(async () => {
  t = await createTestApp();
  a = await setUpSales(t);
  b = await setUpSales(t);
  aBank = await accountId(t, a.tenantId, '1120');
  aSales = await accountId(t, a.tenantId, '4100');
  bBank = await accountId(t, b.tenantId, '1120');
  bSales = await accountId(t, b.tenantId, '4100');
  await ok(topUp(t, a.owner, a.customers.consumer, { amount: '500.00', depositAccountId: aBank }), 201);
  await ok(spend(t, a.owner, a.customers.consumer, { amount: '20.00', accountId: aSales }), 201);
  aInvoice = (await issuedInvoice(t, a.owner, a.customers.consumer, a.products.service, { date: '2026-07-01' })).id;
  await ok(topUp(t, b.owner, b.customers.consumer, { amount: '7.00', depositAccountId: bBank }), 201);
});
afterAll(async () => t?.close());

describe('cross-tenant probe over the wallet routes', () => {
  it("tenant B can neither read nor move A's wallet, whatever body it sends", async () => {
    const customer = a.customers.consumer;
    // B's own accounts in the bodies: the request passes validation and reaches the tenant check.
    const report = await crossTenantProbe(
      t,
      a.owner,
      b.owner,
      [
        walletUrl(customer),
        {
          url: `/api/v1/customers/${customer}`,
          bodies: {
            'POST /api/v1/customers/:id/wallet/top-up': { amount: '1.00', depositAccountId: bBank, date: '2026-07-05' },
            'POST /api/v1/customers/:id/wallet/spend': { amount: '1.00', accountId: bSales, date: '2026-07-05' },
            'POST /api/v1/customers/:id/wallet/refund': { direction: 'from_wallet', amount: '1.00', accountId: bBank, date: '2026-07-05' },
            'POST /api/v1/customers/:id/wallet/adjust': { amount: '-1.00', accountId: bSales, reason: 'Probe', date: '2026-07-05' },
          },
        },
      ],
      { methods: ['GET'] },
    );
    expect(report.failures).toEqual([]);
    for (const action of ['top-up', 'spend', 'refund', 'adjust']) {
      expect(report.calls).toContainEqual(expect.stringMatching(new RegExp(`^POST /api/v1/customers/[^/]+/wallet/${action} -> 404$`)));
    }
    expect(report.calls).toContainEqual(expect.stringMatching(/^GET \/api\/v1\/customers\/[^/]+\/wallet -> 404$/));
  });

  it("B cannot spend its wallet against A's invoice, nor deposit into A's bank account, and lists only its own wallets", async () => {
    const customer = b.customers.consumer;
    const intoA = await spend(t, b.owner, customer, { amount: '1.00', invoiceId: aInvoice });
    expect(intoA.statusCode).toBe(422);
    expect(problem(intoA).code).toBe('BANKING.WALLET_INVOICE_NOT_FOUND');
    const aAccount = await topUp(t, b.owner, customer, { amount: '1.00', depositAccountId: aBank });
    expect(aAccount.statusCode).toBe(422);
    expect(problem(aAccount)).toMatchObject({ code: 'BANKING.WALLET_INVALID_ACCOUNT', errors: [{ path: 'body.depositAccountId' }] });
    expect((await walletRows(t, b.tenantId, customer)).balance).toBe(700n);

    const bList = await ok<{ items: WalletJson[]; totals: unknown[] }>(request(t, b.owner, 'GET', `/api/v1/wallets?customerId=${a.customers.consumer}`));
    expect(bList).toMatchObject({ items: [], totals: [] });
    const bAll = await ok<{ items: WalletJson[] }>(request(t, b.owner, 'GET', '/api/v1/wallets'));
    expect(bAll.items.map((w) => w.customerId)).toEqual([customer]);
    expect((await ok<CustomerWalletJson>(request(t, a.owner, 'GET', walletUrl(a.customers.consumer)))).balance).toBe('480.00');
  });
});

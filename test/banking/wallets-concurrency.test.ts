import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { accountId, ok, problem, setUpSales, trialBalance, type SalesFixture } from '../sales/helpers.js';
import { invoiceNow, issuedInvoice } from '../sales/payments-helpers.js';
import { spend, topUp, walletAccountBalance, walletRows, type MovementResultJson } from './wallets-helpers.js';

let t: TestApp;
let f: SalesFixture;
let bank: string;
let sales: string;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t);
  bank = await accountId(t, f.tenantId, '1120');
  sales = await accountId(t, f.tenantId, '4100');
});
afterAll(async () => t?.close());

describe('concurrent wallet movements', () => {
  it('two first top-ups at once in a fresh tenant add one Customer Wallets account, not two', async () => {
    const results = await Promise.all([
      topUp(t, f.owner, f.customers.local, { amount: '10.00', depositAccountId: bank }),
      topUp(t, f.owner, f.customers.interstate, { amount: '10.00', depositAccountId: bank }),
    ]);
    expect(results.map((r) => r.statusCode)).toEqual([201, 201]);
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select count(*)::int as n from ledger.accounts where tenant_id = $1 and name = 'Customer Wallet Balances'`, [f.tenantId]);
    expect(rows[0]).toEqual({ n: 1 });
    const [a, b] = results.map((r) => r.json() as MovementResultJson);
    expect(a!.wallet.accountId).toBe(b!.wallet.accountId);
  });

  it('50 spends that together exceed the balance: the balance ends ≥ 0 and every accepted spend is in the ledger', async () => {
    const customer = f.customers.consumer;
    await ok(topUp(t, f.owner, customer, { amount: '1000.00', depositAccountId: bank }), 201);
    // 50 × 30.00 = 1500.00 against 1000.00: exactly 33 fit (990.00).
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => spend(t, f.owner, customer, { amount: '30.00', accountId: sales, reference: `POS-${i}` })),
    );
    const accepted = responses.filter((r) => r.statusCode === 201);
    const refused = responses.filter((r) => r.statusCode !== 201);
    expect(accepted).toHaveLength(33);
    expect(refused).toHaveLength(17);
    for (const r of refused) {
      expect(r.statusCode, r.body).toBe(409);
      expect(problem(r).code).toBe('BANKING.WALLET_INSUFFICIENT_BALANCE');
    }

    const stored = await walletRows(t, f.tenantId, customer);
    expect(stored.balance).toBe(1000n);
    const spends = stored.movements.filter((m) => m.kind === 'spend');
    expect(spends).toHaveLength(33);
    expect(spends.reduce((s, m) => s - m.amount, 0n)).toBe(99000n);
    // The running balance never dipped below zero and steps down by each spend, in order.
    let running = 0n;
    for (const m of stored.movements) {
      running += m.amount;
      expect(m.balanceAfter).toBe(running);
      expect(m.balanceAfter >= 0n).toBe(true);
    }

    // Every accepted spend is one posted ledger entry of the banking module, with its own movement.
    const acceptedIds = accepted.map((r) => (r.json() as MovementResultJson).movement.entryId).sort();
    expect(acceptedIds).toEqual(spends.map((m) => m.entryId).sort());
    const { rows } = await adminQuery(
      t.testDb.ownerUrl,
      `select count(*)::int as n, coalesce(sum(l.credit), 0)::text as credited
         from ledger.journal_entries e join ledger.journal_lines l on l.tenant_id = e.tenant_id and l.entry_id = e.id
        where e.tenant_id = $1 and e.id = any($2::uuid[]) and e.status = 'posted' and l.account_id = $3`,
      [f.tenantId, acceptedIds, sales],
    );
    expect(rows[0]).toEqual({ n: 33, credited: '99000' });
    expect(await walletAccountBalance(t, f.tenantId, customer)).toBe(1000n);
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
  });

  it('concurrent spends against one invoice never settle more than is due', async () => {
    const customer = f.customers.local;
    await ok(topUp(t, f.owner, customer, { amount: '2000.00', depositAccountId: bank }), 201);
    const invoice = await issuedInvoice(t, f.owner, customer, f.products.service, { date: '2026-07-01' }); // 590.00
    const responses = await Promise.all(Array.from({ length: 10 }, () => spend(t, f.owner, customer, { amount: '100.00', invoiceId: invoice.id })));
    const accepted = responses.filter((r) => r.statusCode === 201);
    expect(accepted).toHaveLength(5);
    for (const r of responses.filter((x) => x.statusCode !== 201)) expect(problem(r).code).toBe('BANKING.WALLET_OVERPAYMENT');
    const after = await invoiceNow(t, f.owner, invoice.id);
    expect(after).toMatchObject({ status: 'partly_paid', amountPaid: '500.00', amountDue: '90.00' });
    expect((await walletRows(t, f.tenantId, customer)).balance).toBe(201000n - 50000n);
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
  });

  it('two clients, one wallet, both sending If-Match for the version they read: one wins, the other gets 412', async () => {
    const customer = f.customers.interstate;
    const read = (await ok<MovementResultJson>(topUp(t, f.owner, customer, { amount: '50.00', depositAccountId: bank }), 201)).wallet.version;
    const [x, y] = await Promise.all([
      spend(t, f.owner, customer, { amount: '10.00', accountId: sales }, { 'if-match': `"v${read}"` }),
      spend(t, f.owner, customer, { amount: '10.00', accountId: sales }, { 'if-match': `"v${read}"` }),
    ]);
    expect([x!.statusCode, y!.statusCode].sort()).toEqual([201, 412]);
    expect((await walletRows(t, f.tenantId, customer)).balance).toBe(5000n);
  });
});

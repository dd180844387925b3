import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { accountId, entryLines, eventsOf, ok, problem, request, setUpSales, trialBalance, type SalesFixture } from '../sales/helpers.js';
import { member } from '../sales/orders-helpers.js';
import { invoiceNow, issuedInvoice } from '../sales/payments-helpers.js';
import {
  adjust,
  bankingEntries,
  refund,
  spend,
  topUp,
  walletAccount,
  walletAccountBalance,
  walletRows,
  walletUrl,
  type CustomerWalletJson,
  type MovementResultJson,
  type WalletJson,
} from './wallets-helpers.js';

let t: TestApp;
let f: SalesFixture;
let bank: string;
let cash: string;
let sales: string;
let otherIncome: string;
let receivable: string;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t, { stores: 2 }); // the pro plan: room for the members below
  bank = await accountId(t, f.tenantId, '1120');
  cash = await accountId(t, f.tenantId, '1110');
  sales = await accountId(t, f.tenantId, '4100');
  otherIncome = await accountId(t, f.tenantId, '4200');
  receivable = await accountId(t, f.tenantId, '1130');
});
afterAll(async () => t?.close());

describe('a customer wallet through its life', () => {
  let customer: string;
  let invoiceId: string;

  it('tops up: Dr bank / Cr "Customer Wallet Balances" (the India chart\'s 2130, not Customer Advances) with the customer as party', async () => {
    customer = f.customers.consumer;
    expect(await walletAccount(t, f.tenantId)).toMatchObject({ code: '2130' });
    const r = await ok<MovementResultJson>(topUp(t, f.owner, customer, { amount: '1000.00', depositAccountId: bank, reference: 'UPI-1' }), 201);
    expect(r.movement).toMatchObject({ kind: 'top_up', amount: '1000.00', balanceAfter: '1000.00', currency: 'INR', date: '2026-07-01', counterAccountId: bank, reference: 'UPI-1' });
    expect(r.wallet).toMatchObject({ customerId: customer, balance: '1000.00', movements: 1, version: 2, lastMovementDate: '2026-07-01' });

    const account = await walletAccount(t, f.tenantId);
    expect(account).toMatchObject({ subtype: 'customer_wallet' });
    expect(r.wallet.accountId).toBe(account!.id);
    // The template's "Customer Wallet Balances" and sales' "Customer Advances" share the subtype; wallets use the former, once.
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select name from ledger.accounts where tenant_id = $1 and subtype = 'customer_wallet' order by code`, [f.tenantId]);
    expect((rows as { name: string }[]).filter((x) => x.name === 'Customer Wallet Balances')).toHaveLength(1);

    const lines = await entryLines(t, f.tenantId, r.movement.entryId);
    expect(lines.map((l) => [l.accountCode, l.debit, l.credit, l.partyId])).toEqual([
      ['1120', 100000n, 0n, null],
      [account!.code, 0n, 100000n, customer],
    ]);
    const { rows: entries } = await adminQuery(t.testDb.ownerUrl, `select source_module, source_id from ledger.journal_entries where tenant_id = $1 and id = $2`, [f.tenantId, r.movement.entryId]);
    expect(entries[0]).toEqual({ source_module: 'banking', source_id: r.movement.id });
    expect(await eventsOf(t, f.tenantId, 'wallet.topped_up')).toEqual([expect.objectContaining({ id: r.movement.id, amount: '1000.00', balance: '1000.00' })]);
  });

  it('spends against an invoice: Dr Customer Wallets / Cr receivable, the invoice partly paid, then paid', async () => {
    const invoice = await issuedInvoice(t, f.owner, customer, f.products.service, { date: '2026-07-01' });
    invoiceId = invoice.id;
    expect(invoice.total).toBe('590.00');

    const first = await ok<MovementResultJson>(spend(t, f.owner, customer, { amount: '300.00', invoiceId }), 201);
    expect(first.movement).toMatchObject({ kind: 'spend', amount: '-300.00', balanceAfter: '700.00', invoiceId, counterAccountId: receivable });
    expect(first.invoice).toMatchObject({ id: invoiceId, status: 'partly_paid', amountPaid: '300.00', amountDue: '290.00' });
    const lines = await entryLines(t, f.tenantId, first.movement.entryId);
    expect(lines.map((l) => [l.accountName, l.debit, l.credit, l.partyId])).toEqual([
      ['Customer Wallet Balances', 30000n, 0n, customer],
      ['Accounts Receivable', 0n, 30000n, customer],
    ]);

    const second = await ok<MovementResultJson>(spend(t, f.owner, customer, { amount: '290.00', invoiceId }), 201);
    expect(second.invoice).toMatchObject({ status: 'paid', amountDue: '0.00' });
    expect((await invoiceNow(t, f.owner, invoiceId)).status).toBe('paid');
    expect(second.wallet.balance).toBe('410.00');
    expect(await eventsOf(t, f.tenantId, 'wallet.spent')).toHaveLength(2);
    expect(await eventsOf(t, f.tenantId, 'invoice.paid')).toEqual(expect.arrayContaining([expect.objectContaining({ invoiceId })]));

    // A paid invoice takes no more: the invoices port refuses it, pointing at the invoice.
    const again = await spend(t, f.owner, customer, { amount: '1.00', invoiceId });
    expect(again.statusCode).toBe(409);
    expect(problem(again)).toMatchObject({ code: 'SALES.INVOICE_NOT_OPEN', errors: [expect.objectContaining({ path: 'body.invoiceId' })] });
  });

  it('spends at checkout against a revenue account, and refunds into and out of the wallet', async () => {
    const checkout = await ok<MovementResultJson>(spend(t, f.owner, customer, { amount: '100.00', accountId: sales, reference: 'POS-1' }), 201);
    expect(checkout.movement).toMatchObject({ kind: 'spend', amount: '-100.00', balanceAfter: '310.00', invoiceId: null, counterAccountId: sales });
    expect((await entryLines(t, f.tenantId, checkout.movement.entryId)).map((l) => [l.accountCode, l.debit, l.credit])).toEqual([
      [(await walletAccount(t, f.tenantId))!.code, 10000n, 0n],
      ['4100', 0n, 10000n],
    ]);

    const credit = await ok<MovementResultJson>(refund(t, f.owner, customer, { direction: 'to_wallet', amount: '50.00', accountId: sales, reason: 'Returned item' }), 201);
    expect(credit.movement).toMatchObject({ kind: 'refund_in', amount: '50.00', balanceAfter: '360.00', reason: 'Returned item' });
    expect((await entryLines(t, f.tenantId, credit.movement.entryId)).map((l) => [l.accountCode, l.debit, l.credit])).toEqual([
      ['4100', 5000n, 0n],
      [(await walletAccount(t, f.tenantId))!.code, 0n, 5000n],
    ]);

    const out = await ok<MovementResultJson>(refund(t, f.owner, customer, { direction: 'from_wallet', amount: '60.00', accountId: cash }), 201);
    expect(out.movement).toMatchObject({ kind: 'refund_out', amount: '-60.00', balanceAfter: '300.00' });
    expect((await entryLines(t, f.tenantId, out.movement.entryId)).map((l) => [l.accountCode, l.debit, l.credit])).toEqual([
      [(await walletAccount(t, f.tenantId))!.code, 6000n, 0n],
      ['1110', 0n, 6000n],
    ]);
    expect(await eventsOf(t, f.tenantId, 'wallet.refunded')).toHaveLength(2);
  });

  it('shows a statement with the running balance, in cursor pages, and the ledger agrees', async () => {
    const all = await ok<CustomerWalletJson>(request(t, f.owner, 'GET', walletUrl(customer)));
    expect(all).toMatchObject({ customerId: customer, customerName: 'Ravi Kumar', currency: 'INR', balance: '300.00', ledgerBalance: '300.00' });
    expect(all.statement.openingBalance).toBe('0.00');
    expect(all.statement.items.map((m) => [m.kind, m.amount, m.balanceAfter])).toEqual([
      ['top_up', '1000.00', '1000.00'],
      ['spend', '-300.00', '700.00'],
      ['spend', '-290.00', '410.00'],
      ['spend', '-100.00', '310.00'],
      ['refund_in', '50.00', '360.00'],
      ['refund_out', '-60.00', '300.00'],
    ]);
    expect(all.statement.nextCursor).toBeNull();

    const first = await ok<CustomerWalletJson>(request(t, f.owner, 'GET', `${walletUrl(customer)}?limit=4`));
    expect(first.statement.items.map((m) => m.balanceAfter)).toEqual(['1000.00', '700.00', '410.00', '310.00']);
    expect(first.statement.nextCursor).not.toBeNull();
    const second = await ok<CustomerWalletJson>(request(t, f.owner, 'GET', `${walletUrl(customer)}?limit=4&cursor=${first.statement.nextCursor}`));
    expect(second.statement.openingBalance).toBe('310.00');
    expect(second.statement.items.map((m) => m.balanceAfter)).toEqual(['360.00', '300.00']);
    expect(second.statement.nextCursor).toBeNull();
    const bad = await request(t, f.owner, 'GET', `${walletUrl(customer)}?cursor=bm90LWEtc2Vx`);
    expect(bad.statusCode).toBe(400);
    expect(problem(bad).code).toBe('REQUEST.INVALID_CURSOR');

    expect(await trialBalance(t, f.tenantId)).toBe(0n);
    expect(await walletAccountBalance(t, f.tenantId, customer)).toBe(30000n);
    const stored = await walletRows(t, f.tenantId, customer);
    expect(stored.balance).toBe(30000n);
    expect(stored.movements.reduce((s, m) => s + m.amount, 0n)).toBe(30000n);
    expect(await bankingEntries(t, f.tenantId)).toBe(6);
  });

  it('lists wallets with balances and totals per currency', async () => {
    await ok(topUp(t, f.owner, f.customers.local, { amount: '25.50', depositAccountId: bank }), 201);
    const list = await ok<{ items: WalletJson[]; nextCursor: string | null; totals: { currency: string; balance: string; wallets: number }[] }>(request(t, f.owner, 'GET', '/api/v1/wallets?limit=1'));
    expect(list.items).toHaveLength(1);
    expect(list.totals).toEqual([{ currency: 'INR', balance: '325.50', wallets: 2 }]);
    const next = await ok<{ items: WalletJson[]; nextCursor: string | null }>(request(t, f.owner, 'GET', `/api/v1/wallets?limit=1&cursor=${list.nextCursor}`));
    expect(next.items).toHaveLength(1);
    expect(next.nextCursor).toBeNull();
    expect(new Set([...list.items, ...next.items].map((w) => w.customerId))).toEqual(new Set([customer, f.customers.local]));
    const one = await ok<{ items: WalletJson[] }>(request(t, f.owner, 'GET', `/api/v1/wallets?customerId=${f.customers.local}`));
    expect(one.items.map((w) => [w.balance, (w as WalletJson & { customerName: string }).customerName])).toEqual([['25.50', 'Local Buyer Pvt Ltd']]);
  });

  it('adjusts only with banking.wallet.adjust, with a reason, audited', async () => {
    const viewer = await member(t, f.owner, 'viewer');
    expect((await ok<CustomerWalletJson>(request(t, viewer, 'GET', walletUrl(customer)))).balance).toBe('300.00');
    expect((await topUp(t, viewer, customer, { amount: '1.00', depositAccountId: bank })).statusCode).toBe(403);
    const seller = await member(t, f.owner, 'sales');
    expect((await spend(t, seller, customer, { amount: '1.00', accountId: sales })).statusCode).toBe(403);

    const role = await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/roles', { name: 'Wallet clerk', permissions: ['wallets:read', 'banking.wallet.manage'] }), 201);
    const clerkRole = await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/roles', { name: 'Wallet supervisor', permissions: ['banking.wallet.adjust'] }), 201);
    const clerk = await memberWithRole(role.id);
    const supervisor = await memberWithRole(clerkRole.id);
    const before = await walletRows(t, f.tenantId, customer);
    const refused = await adjust(t, clerk, customer, { amount: '-20.00', accountId: otherIncome, reason: 'Goodwill' });
    expect(refused.statusCode).toBe(403);
    expect((await walletRows(t, f.tenantId, customer)).movements).toHaveLength(before.movements.length);

    const done = await ok<MovementResultJson>(adjust(t, supervisor, customer, { amount: '-20.00', accountId: otherIncome, reason: 'Goodwill correction' }), 201);
    expect(done.movement).toMatchObject({ kind: 'adjustment', amount: '-20.00', balanceAfter: '280.00', reason: 'Goodwill correction' });
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select action, after from platform.audit_log where tenant_id = $1 and entity_type = 'wallet' and action = 'wallet.adjustment'`, [f.tenantId]);
    expect(rows).toHaveLength(1);
    expect((rows[0] as { after: { movement: { reason: string } } }).after.movement.reason).toBe('Goodwill correction');
    // The clerk still tops up and reads.
    await ok(topUp(t, clerk, customer, { amount: '20.00', depositAccountId: bank, date: '2026-07-05' }), 201);
    expect(await walletAccountBalance(t, f.tenantId, customer)).toBe(30000n);
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
  });

  it('replays a movement sent twice with one Idempotency-Key, and honours If-Match', async () => {
    const key = { 'idempotency-key': 'wallet-top-up-1' };
    const first = await topUp(t, f.owner, customer, { amount: '5.00', depositAccountId: bank, date: '2026-07-05' }, key);
    const second = await topUp(t, f.owner, customer, { amount: '5.00', depositAccountId: bank, date: '2026-07-05' }, key);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    const stored = await walletRows(t, f.tenantId, customer);
    expect(stored.movements.filter((m) => m.amount === 500n)).toHaveLength(1);

    const version = (first.json() as MovementResultJson).wallet.version;
    const stale = await topUp(t, f.owner, customer, { amount: '5.00', depositAccountId: bank, date: '2026-07-05' }, { 'if-match': `"v${version - 1}"` });
    expect(stale.statusCode).toBe(412);
    const fresh = await topUp(t, f.owner, customer, { amount: '5.00', depositAccountId: bank, date: '2026-07-05' }, { 'if-match': `"v${version}"` });
    expect(fresh.statusCode).toBe(201);
  });

  it('records movements in date order: an earlier date than the last movement is refused', async () => {
    const before = await walletRows(t, f.tenantId, customer);
    const r = await topUp(t, f.owner, customer, { amount: '5.00', depositAccountId: bank, date: '2026-06-30' });
    expect(r.statusCode).toBe(422);
    expect(problem(r)).toMatchObject({ code: 'BANKING.WALLET_DATE_BEFORE_LAST_MOVEMENT', errors: [{ path: 'body.date' }] });
    expect((await walletRows(t, f.tenantId, customer)).movements).toHaveLength(before.movements.length);
  });
});

describe('wallets in a foreign currency', () => {
  it('holds a USD wallet next to the INR one; lines carry the base value at the rate', async () => {
    const customer = f.customers.foreign;
    const r = await ok<MovementResultJson>(topUp(t, f.owner, customer, { amount: '10.00', depositAccountId: bank, exchangeRate: '83.5' }), 201);
    expect(r.wallet).toMatchObject({ currency: 'USD', balance: '10.00' });
    const lines = await entryLines(t, f.tenantId, r.movement.entryId);
    expect(lines.map((l) => [l.currency, l.debit, l.credit, l.baseDebit, l.baseCredit])).toEqual([
      ['USD', 1000n, 0n, 83500n, 0n],
      ['USD', 0n, 1000n, 0n, 83500n],
    ]);
    const inr = await ok<MovementResultJson>(topUp(t, f.owner, customer, { amount: '100.00', currency: 'INR', depositAccountId: bank }), 201);
    expect(inr.wallet.id).not.toBe(r.wallet.id);
    expect((await ok<CustomerWalletJson>(request(t, f.owner, 'GET', walletUrl(customer)))).balance).toBe('10.00');
    expect((await ok<CustomerWalletJson>(request(t, f.owner, 'GET', `${walletUrl(customer)}?currency=INR`))).balance).toBe('100.00');
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
  });
});

async function memberWithRole(roleId: string): Promise<{ headers: Record<string, string> }> {
  const { identityOf, login, uniqueEmail } = await import('../identity/helpers.js');
  const email = uniqueEmail('wallet');
  const password = 'a perfectly fine passphrase';
  const { id } = await identityOf(t).service.registerUser({ email, name: 'Wallet user', password });
  await t.db.withTenant(f.tenantId, (tx) => tx.insertInto('identity.memberships').values({ tenant_id: f.tenantId, user_id: id, role: 'custom', custom_role_id: roleId }).execute());
  return { headers: (await login(t, email, password, { tenantId: f.tenantId })).headers };
}

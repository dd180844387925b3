import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { accountBalance, setUpSales, type SalesFixture } from './helpers.js';
import { bankAccount, invoiceNow, issuedInvoice, major, minor } from './payments-helpers.js';

let t: TestApp;
let f: SalesFixture;
let bank: string;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t);
  bank = await bankAccount(t, f.owner);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => t?.close());

const post = (url: string, body: object) =>
  fetch(`${base}${url}`, { method: 'POST', headers: { ...f.owner.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function paymentsOf(invoiceId: string): Promise<number> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, `select count(*)::int as n from sales.payment_allocations where tenant_id = $1 and invoice_id = $2`, [f.tenantId, invoiceId]);
  return (rows[0] as { n: number }).n;
}

describe('concurrent payments', () => {
  it('two parallel HTTP payments that together exceed the balance: one succeeds, the other is refused with 409 and writes nothing', async () => {
    for (const round of [1, 2, 3]) {
      const invoice = await issuedInvoice(t, f.owner, f.customers.consumer, f.products.service, { quantity: String(round) });
      const share = major((minor(invoice.total) * 6n) / 10n); // 60 % each
      const responses = await Promise.all([
        post(`/api/v1/invoices/${invoice.id}/payment`, { amount: share, date: '2026-07-10', depositAccountId: bank, mode: 'upi' }),
        post(`/api/v1/invoices/${invoice.id}/payment`, { amount: share, date: '2026-07-10', depositAccountId: bank, mode: 'cash' }),
      ]);
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
      const refused = responses.find((r) => r.status === 409)!;
      expect(await refused.json()).toMatchObject({ code: 'SALES.ALLOCATION_EXCEEDS_DUE', errors: [{ path: 'body.amount' }] });
      const after = await invoiceNow(t, f.owner, invoice.id);
      expect(after).toMatchObject({ status: 'partly_paid', amountPaid: share });
      expect(minor(after.amountPaid) <= minor(after.total)).toBe(true);
      expect(await paymentsOf(invoice.id)).toBe(1);
    }
    expect(await accountBalance(t, f.tenantId, {})).toBe(0n);
  });

  it('payments over the same invoices listed in opposite orders neither deadlock nor over-pay', async () => {
    const x = await issuedInvoice(t, f.owner, f.customers.local, f.products.service);
    const y = await issuedInvoice(t, f.owner, f.customers.local, f.products.service);
    const half = (total: string) => major(minor(total) / 2n + 100n); // a little more than half
    const body = (first: typeof x, second: typeof y) => ({
      customerId: f.customers.local,
      amount: major(minor(half(first.total)) + minor(half(second.total))),
      date: '2026-07-10',
      depositAccountId: bank,
      mode: 'bank_transfer',
      allocations: [
        { invoiceId: first.id, amount: half(first.total) },
        { invoiceId: second.id, amount: half(second.total) },
      ],
    });
    const responses = await Promise.all([post('/api/v1/payments', body(x, y)), post('/api/v1/payments', body(y, x)), post('/api/v1/payments', body(x, y))]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    for (const inv of [x, y]) {
      const now = await invoiceNow(t, f.owner, inv.id);
      expect(now.amountPaid).toBe(half(inv.total));
      expect(await paymentsOf(inv.id)).toBe(1);
    }
    const receivable = await accountBalance(t, f.tenantId, { code: '1130', partyId: f.customers.local });
    expect(receivable).toBe(minor(x.total) + minor(y.total) - minor(half(x.total)) - minor(half(y.total)));
  });

  it('two parallel applications of one advance that together exceed it: one applies, the other is refused with 409', async () => {
    const customer = f.customers.interstate;
    const payment = (await (await post('/api/v1/payments', { customerId: customer, amount: '100.00', date: '2026-07-10', depositAccountId: bank, mode: 'cheque' })).json()) as { id: string };
    const x = await issuedInvoice(t, f.owner, customer, f.products.service, { date: '2026-07-11' });
    const y = await issuedInvoice(t, f.owner, customer, f.products.service, { date: '2026-07-11' });
    const apply = (invoiceId: string) => post(`/api/v1/payments/${payment.id}/apply`, { date: '2026-07-12', allocations: [{ invoiceId, amount: '70.00' }] });
    const responses = await Promise.all([apply(x.id), apply(y.id), post(`/api/v1/customers/${customer}/advances/apply`, { date: '2026-07-12', allocations: [{ invoiceId: x.id, amount: '70.00' }] })]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select unapplied::text as u from sales.payments where tenant_id = $1 and id = $2`, [f.tenantId, payment.id]);
    expect((rows[0] as { u: string }).u).toBe('3000');
    const paid = [await invoiceNow(t, f.owner, x.id), await invoiceNow(t, f.owner, y.id)].map((i) => i.amountPaid).sort();
    expect(paid).toEqual(['0.00', '70.00']);
    expect(await accountBalance(t, f.tenantId, { subtype: 'customer_wallet', partyId: customer })).toBe(-3000n);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { accountBalance, accountId, addRate, entryLines, eventsOf, ok, problem, request, setUpSales, trialBalance, type SalesFixture } from './helpers.js';
import { bankAccount, draftInvoice, getPayment, invoiceNow, issuedInvoice, major, minor, payInvoice, paymentRows, recordPayment, type PaymentJson } from './payments-helpers.js';

let t: TestApp;
let f: SalesFixture;
let owner: SignedUp;
let bank: string;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t);
  owner = f.owner;
  bank = await bankAccount(t, owner);
});
afterAll(async () => t?.close());

const receivableOf = (customerId: string) => accountBalance(t, f.tenantId, { code: '1130', partyId: customerId });
const advancesOf = (customerId: string) => accountBalance(t, f.tenantId, { subtype: 'customer_wallet', partyId: customerId });

/** The books balance: over every posted line, and in the ledger's own trial balance (from its rollups). */
async function expectBooksBalance(): Promise<void> {
  expect(await trialBalance(t, f.tenantId)).toBe(0n);
  const report = await ok<{ balanced: boolean; totals: { debit: string; credit: string } }>(request(t, owner, 'GET', '/api/v1/reports/trial-balance?asOf=2026-12-31'));
  expect(report.balanced).toBe(true);
  expect(report.totals.debit).toBe(report.totals.credit);
}

/** A fresh customer, so balances per customer start at zero in every test. */
async function newCustomer(name: string, extra: Record<string, unknown> = {}): Promise<string> {
  return (await ok<{ id: string }>(request(t, owner, 'POST', '/api/v1/customers', { legalName: name, billingAddress: { line1: '1 Road', city: 'Pune', stateCode: '27', postalCode: '411001', country: 'IN' }, ...extra }), 201)).id;
}

describe('partial payments', () => {
  it('two partial payments against one invoice: partly paid, then paid; the customer owes nothing and the books balance', async () => {
    const customer = await newCustomer('Partial Payer');
    const invoice = await issuedInvoice(t, owner, customer, f.products.service, { quantity: '2' });
    const total = minor(invoice.total);
    expect(await receivableOf(customer)).toBe(total);
    const first = major(total / 3n);
    const rest = major(total - total / 3n);

    const p1 = await ok<PaymentJson>(payInvoice(t, owner, invoice.id, { amount: first, depositAccountId: bank, reference: 'NEFT-1' }), 201);
    expect(p1).toMatchObject({ customerId: customer, currency: 'INR', amount: first, allocated: first, advance: '0.00', status: 'posted' });
    expect(p1.number).toBeTruthy();
    expect(await invoiceNow(t, owner, invoice.id)).toMatchObject({ status: 'partly_paid', amountPaid: first, amountDue: rest });
    expect(await receivableOf(customer)).toBe(total - total / 3n);

    const p2 = await ok<PaymentJson>(payInvoice(t, owner, invoice.id, { amount: rest, depositAccountId: bank, mode: 'upi', date: '2026-07-12' }), 201);
    expect(p2.number).not.toBe(p1.number);
    expect(await invoiceNow(t, owner, invoice.id)).toMatchObject({ status: 'paid', amountPaid: invoice.total, amountDue: '0.00' });
    expect(await receivableOf(customer)).toBe(0n);
    await expectBooksBalance();

    // The entry: Dr bank / Cr receivable with the customer as party.
    const lines = await entryLines(t, f.tenantId, p2.entryId);
    expect(lines.map((l) => [l.accountCode, l.debit, l.credit, l.partyId])).toEqual([
      ['1120', minor(rest), 0n, null],
      ['1130', 0n, minor(rest), customer],
    ]);
    const received = (await eventsOf(t, f.tenantId, 'payment.received')).filter((e) => e.customerId === customer);
    expect(received.map((e) => e.id)).toEqual([p1.id, p2.id]);
    expect((await eventsOf(t, f.tenantId, 'invoice.paid')).filter((e) => e.invoiceId === invoice.id)).toHaveLength(1);
    const page = await ok<{ items: PaymentJson[] }>(request(t, owner, 'GET', `/api/v1/payments?customerId=${customer}`));
    expect(page.items.map((p) => p.id)).toEqual([p2.id, p1.id]);
  });

  it('paying more than is due against one invoice is refused (409) unless the excess is kept as an advance', async () => {
    const customer = await newCustomer('Over Payer');
    const invoice = await issuedInvoice(t, owner, customer, f.products.service);
    const over = major(minor(invoice.total) + 1000n);
    const before = await rowCounts(t.testDb.ownerUrl);
    const refused = await payInvoice(t, owner, invoice.id, { amount: over, depositAccountId: bank });
    expect(refused.statusCode).toBe(409);
    expect(problem(refused)).toMatchObject({ code: 'SALES.ALLOCATION_EXCEEDS_DUE', amountDue: invoice.total });
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);

    const kept = await ok<PaymentJson>(payInvoice(t, owner, invoice.id, { amount: over, depositAccountId: bank, excessAsAdvance: true }), 201);
    expect(kept).toMatchObject({ allocated: invoice.total, advance: '10.00', unapplied: '10.00' });
    expect(await advancesOf(customer)).toBe(-1000n);
    expect(await receivableOf(customer)).toBe(0n);
  });
});

describe('one payment over several invoices, advances', () => {
  it('settles three invoices, keeps the over-payment as an advance, and applies it later to a new invoice', async () => {
    const customer = await newCustomer('Three Invoices');
    const invoices = [];
    for (const quantity of ['1', '2', '3']) invoices.push(await issuedInvoice(t, owner, customer, f.products.service, { quantity }));
    const totals = invoices.map((i) => minor(i.total));
    const sum = totals.reduce((s, v) => s + v, 0n);
    const payment = await ok<PaymentJson>(
      recordPayment(t, owner, {
        customerId: customer,
        amount: major(sum + 25000n),
        depositAccountId: bank,
        allocations: invoices.map((i) => ({ invoiceId: i.id, amount: i.total })),
      }),
      201,
    );
    expect(payment).toMatchObject({ allocated: major(sum), advance: '250.00', unapplied: '250.00' });
    for (const i of invoices) expect((await invoiceNow(t, owner, i.id)).status).toBe('paid');
    expect(await receivableOf(customer)).toBe(0n);
    expect(await advancesOf(customer)).toBe(-25000n);
    expect(await ok(request(t, owner, 'GET', `/api/v1/customers/${customer}/advances`))).toEqual({
      customerId: customer,
      totals: [{ currency: 'INR', amount: '250.00' }],
      items: [{ paymentId: payment.id, number: payment.number, date: '2026-07-10', currency: 'INR', advance: '250.00', unapplied: '250.00' }],
    });

    // A new invoice, later: the advance pays part of it.
    const later = await issuedInvoice(t, owner, customer, f.products.service, { date: '2026-07-20' });
    const applied = await ok<PaymentJson>(request(t, owner, 'POST', `/api/v1/payments/${payment.id}/apply`, { date: '2026-07-21', allocations: [{ invoiceId: later.id, amount: '250.00' }] }));
    expect(applied.unapplied).toBe('0.00');
    const application = applied.allocations.find((a) => a.applicationId !== null)!;
    expect(application).toMatchObject({ invoiceId: later.id, amount: '250.00', status: 'active' });
    expect(application.entryId).not.toBe(payment.entryId);
    expect((await entryLines(t, f.tenantId, application.entryId)).map((l) => [l.accountCode, l.debit, l.credit, l.partyId])).toEqual([
      ['2170', 25000n, 0n, customer],
      ['1130', 0n, 25000n, customer],
    ]);
    expect(await invoiceNow(t, owner, later.id)).toMatchObject({ status: 'partly_paid', amountPaid: '250.00' });
    expect(await advancesOf(customer)).toBe(0n);
    expect(await receivableOf(customer)).toBe(minor(later.total) - 25000n);
    expect((await ok<{ totals: unknown[] }>(request(t, owner, 'GET', `/api/v1/customers/${customer}/advances`))).totals).toEqual([]);

    // Nothing left to apply: 409 and nothing written.
    const again = await request(t, owner, 'POST', `/api/v1/payments/${payment.id}/apply`, { allocations: [{ invoiceId: later.id, amount: '1.00' }] });
    expect(again.statusCode).toBe(409);
    expect(problem(again).code).toBe('SALES.ADVANCE_EXCEEDED');
    await expectBooksBalance();
  });

  it("applies a customer's advances oldest first across payments through /customers/:id/advances/apply", async () => {
    const customer = await newCustomer('Advance Spreader');
    const older = await ok<PaymentJson>(recordPayment(t, owner, { customerId: customer, amount: '100.00', depositAccountId: bank, date: '2026-07-02' }), 201);
    const newer = await ok<PaymentJson>(recordPayment(t, owner, { customerId: customer, amount: '1000.00', depositAccountId: bank, date: '2026-07-03', mode: 'cash' }), 201);
    expect(older).toMatchObject({ allocated: '0.00', advance: '100.00' });
    const invoice = await issuedInvoice(t, owner, customer, f.products.service, { date: '2026-07-04' });
    const result = await ok<{ payments: PaymentJson[]; advances: { totals: { amount: string }[] } }>(
      request(t, owner, 'POST', `/api/v1/customers/${customer}/advances/apply`, { date: '2026-07-05', allocations: [{ invoiceId: invoice.id, amount: '300.00' }] }),
    );
    expect(result.payments.map((p) => [p.id, p.unapplied])).toEqual([
      [older.id, '0.00'],
      [newer.id, '800.00'],
    ]);
    expect(result.advances.totals).toEqual([{ currency: 'INR', amount: '800.00' }]);
    expect(await invoiceNow(t, owner, invoice.id)).toMatchObject({ amountPaid: '300.00' });
    expect(await advancesOf(customer)).toBe(-80000n);
    const tooMuch = await request(t, owner, 'POST', `/api/v1/customers/${customer}/advances/apply`, { allocations: [{ invoiceId: invoice.id, amount: '800.01' }] });
    expect(tooMuch.statusCode).toBe(409);
  });
});

describe('write-offs', () => {
  it('writes off a small difference (Dr write-off / Cr receivable) and refuses one above the limit', async () => {
    const settings = await request(t, owner, 'GET', '/api/v1/payments/settings');
    expect(settings.json()).toMatchObject({ writeOffLimit: '10', baseCurrency: 'INR' });
    await ok(request(t, owner, 'PUT', '/api/v1/payments/settings', { writeOffLimit: '2.00' }, { 'if-match': settings.headers.etag as string }));

    const customer = await newCustomer('Short Payer');
    const invoice = await issuedInvoice(t, owner, customer, f.products.service);
    const writeOffBefore = await accountBalance(t, f.tenantId, { code: '5950' });

    const before = await rowCounts(t.testDb.ownerUrl);
    const tooBig = await payInvoice(t, owner, invoice.id, { amount: major(minor(invoice.total) - 300n), depositAccountId: bank, writeOff: '3.00' });
    expect(tooBig.statusCode).toBe(422);
    expect(problem(tooBig)).toMatchObject({ code: 'SALES.WRITE_OFF_TOO_LARGE', errors: [{ path: 'body.writeOff' }] });
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);

    const paid = await ok<PaymentJson>(payInvoice(t, owner, invoice.id, { amount: major(minor(invoice.total) - 150n), depositAccountId: bank, writeOff: '1.50' }), 201);
    expect(paid).toMatchObject({ writtenOff: '1.50' });
    expect(await invoiceNow(t, owner, invoice.id)).toMatchObject({ status: 'paid', amountDue: '0.00' });
    expect(await receivableOf(customer)).toBe(0n);
    expect((await accountBalance(t, f.tenantId, { code: '5950' })) - writeOffBefore).toBe(150n);
    await expectBooksBalance();
  });
});

describe('foreign currency', () => {
  it('a USD invoice booked at 83.00 and paid at 84.50: the realised gain is posted exactly, the receivable clears in USD and INR', async () => {
    await addRate(t, owner, 'USD', '2026-07-01', '83.00');
    await addRate(t, owner, 'USD', '2026-07-15', '84.50');
    const customer = f.customers.foreign;
    const invoice = await issuedInvoice(t, owner, customer, f.products.service, { date: '2026-07-01', currency: 'USD', unitPrice: '1000.00' });
    expect(invoice.currency).toBe('USD');
    const total = minor(invoice.total);
    const booked = await receivableOf(customer);
    expect(booked).toBe((total * 8300n) / 100n);
    const fxBefore = await accountBalance(t, f.tenantId, { code: '4300' });

    // Two partial payments: one at the invoice's rate (no difference), one at 84.50.
    const half = total / 2n;
    const p1 = await ok<PaymentJson>(payInvoice(t, owner, invoice.id, { amount: major(half), depositAccountId: bank, date: '2026-07-01' }), 201);
    expect(p1).toMatchObject({ currency: 'USD', exchangeRate: '83' });
    expect(p1.allocations[0]!.exchangeGainLoss).toBe('0.00');
    const p2 = await ok<PaymentJson>(payInvoice(t, owner, invoice.id, { amount: major(total - half), depositAccountId: bank, date: '2026-07-15' }), 201);
    const gain = ((total - half) * 150n) / 100n; // 1.50 INR per USD
    expect(minor(p2.allocations[0]!.exchangeGainLoss)).toBe(gain);
    expect((await accountBalance(t, f.tenantId, { code: '4300' })) - fxBefore).toBe(-gain);
    expect(await receivableOf(customer)).toBe(0n);
    // The receivable is also clear in USD: debit − credit of the customer's USD lines.
    const usd = (await entryLines(t, f.tenantId, p2.entryId)).filter((l) => l.currency === 'USD' && l.accountCode === '1130');
    expect(usd.reduce((s, l) => s + l.credit - l.debit, 0n)).toBe(total - half);
    expect(await invoiceNow(t, owner, invoice.id)).toMatchObject({ status: 'paid' });
    await expectBooksBalance();

    // A payment in USD at a rate given in the request.
    const other = await issuedInvoice(t, owner, customer, f.products.service, { date: '2026-07-01', currency: 'USD', unitPrice: '100.00' });
    const loss = await ok<PaymentJson>(payInvoice(t, owner, other.id, { amount: other.total, depositAccountId: bank, date: '2026-07-16', exchangeRate: '82.75' }), 201);
    expect(minor(loss.allocations[0]!.exchangeGainLoss)).toBe(-(minor(other.total) * 25n) / 100n);
    expect(await receivableOf(customer)).toBe(0n);
  });
});

describe('reversal', () => {
  it('reverses a payment with an applied advance and a write-off: invoices, receivable, advances and bank are back exactly', async () => {
    const customer = await newCustomer('Reversed Payer');
    const a = await issuedInvoice(t, owner, customer, f.products.service);
    const b = await issuedInvoice(t, owner, customer, f.products.service, { quantity: '2' });
    const bankBefore = await accountBalance(t, f.tenantId, { code: '1120' });
    const receivableBefore = await receivableOf(customer);
    const payment = await ok<PaymentJson>(
      recordPayment(t, owner, {
        customerId: customer,
        amount: major(minor(a.total) - 100n + 5000n),
        depositAccountId: bank,
        bankCharges: '5.00',
        allocations: [{ invoiceId: a.id, amount: major(minor(a.total) - 100n), writeOff: '1.00' }],
      }),
      201,
    );
    await ok(request(t, owner, 'POST', `/api/v1/payments/${payment.id}/apply`, { date: '2026-07-11', allocations: [{ invoiceId: b.id, amount: '50.00' }] }));
    expect(await invoiceNow(t, owner, a.id)).toMatchObject({ status: 'paid' });
    expect(await invoiceNow(t, owner, b.id)).toMatchObject({ status: 'partly_paid' });

    const early = await request(t, owner, 'POST', `/api/v1/payments/${payment.id}/reverse`, { date: '2026-07-09' });
    expect(problem(early)).toMatchObject({ code: 'SALES.DATE_BEFORE_PAYMENT', errors: [{ path: 'body.date' }] });
    const current = await request(t, owner, 'GET', `/api/v1/payments/${payment.id}`);
    const stale = await request(t, owner, 'POST', `/api/v1/payments/${payment.id}/reverse`, { reason: 'cheque bounced' }, { 'if-match': '"v1"' });
    expect(stale.statusCode).toBe(412);
    const reversed = await ok<PaymentJson>(
      request(t, owner, 'POST', `/api/v1/payments/${payment.id}/reverse`, { date: '2026-07-12', reason: 'cheque bounced' }, { 'if-match': current.headers.etag as string }),
    );
    expect(reversed).toMatchObject({ status: 'reversed', unapplied: '0.00', reversal: { date: '2026-07-12', reason: 'cheque bounced' } });
    expect(reversed.allocations.every((x) => x.status === 'reversed')).toBe(true);
    expect(await invoiceNow(t, owner, a.id)).toMatchObject({ status: 'issued', amountPaid: '0.00', amountDue: a.total });
    expect(await invoiceNow(t, owner, b.id)).toMatchObject({ status: 'issued', amountPaid: '0.00', amountDue: b.total });
    expect(await receivableOf(customer)).toBe(receivableBefore);
    expect(await advancesOf(customer)).toBe(0n);
    expect(await accountBalance(t, f.tenantId, { code: '1120' })).toBe(bankBefore);
    await expectBooksBalance();
    expect((await eventsOf(t, f.tenantId, 'payment.reversed')).map((e) => e.id)).toContain(payment.id);
    const { rows } = await import('../support/db.js').then(({ adminQuery }) =>
      adminQuery(t.testDb.ownerUrl, `select action from platform.audit_log where tenant_id = $1 and entity_id = $2 order by seq`, [f.tenantId, payment.id]),
    );
    expect(rows.map((r) => (r as { action: string }).action)).toEqual(['payment.recorded', 'payment.applied', 'payment.reversed']);

    const twice = await request(t, owner, 'POST', `/api/v1/payments/${payment.id}/reverse`, {});
    expect(twice.statusCode).toBe(409);
    expect(problem(twice).code).toBe('SALES.PAYMENT_REVERSED');
    const page = await ok<{ items: PaymentJson[] }>(request(t, owner, 'GET', `/api/v1/payments?customerId=${customer}&status=reversed`));
    expect(page.items.map((p) => p.id)).toEqual([payment.id]);
  });
});

describe('bad input', () => {
  it('is refused with 4xx and field paths, and writes nothing', async () => {
    const customer = await newCustomer('Bad Input');
    const someoneElse = await newCustomer('Someone Else');
    const mine = await issuedInvoice(t, owner, customer, f.products.service);
    const theirs = await issuedInvoice(t, owner, someoneElse, f.products.service);
    const draft = await draftInvoice(t, owner, customer, f.products.service);
    const voided = await issuedInvoice(t, owner, customer, f.products.service);
    await ok(request(t, owner, 'POST', `/api/v1/invoices/${voided.id}/void`, { reason: 'wrong customer' }));
    const sales = await accountId(t, f.tenantId, '4100');
    const pay = (body: Record<string, unknown>) => recordPayment(t, owner, { customerId: customer, amount: '100.00', depositAccountId: bank, ...body });
    const cases: [string, () => ReturnType<typeof pay>, number, string, string][] = [
      ['amount 0', () => pay({ amount: '0' }), 400, 'REQUEST.VALIDATION_FAILED', 'body.amount'],
      ['negative amount', () => pay({ amount: '-5.00' }), 400, '', 'body.amount'],
      ['too many decimals', () => pay({ amount: '1.005' }), 400, 'MONEY.EXCESS_PRECISION', 'body.amount'],
      ['allocations above the payment', () => pay({ allocations: [{ invoiceId: mine.id, amount: '100.01' }] }), 422, 'SALES.ALLOCATIONS_EXCEED_PAYMENT', 'body.allocations'],
      ['unknown invoice', () => pay({ allocations: [{ invoiceId: '01900000-0000-7000-8000-000000000000', amount: '1.00' }] }), 422, 'SALES.INVOICE_NOT_FOUND', 'body.allocations[0].invoiceId'],
      ["another customer's invoice", () => pay({ allocations: [{ invoiceId: theirs.id, amount: '1.00' }] }), 422, 'SALES.INVOICE_OTHER_CUSTOMER', 'body.allocations[0].invoiceId'],
      ['a draft invoice', () => pay({ allocations: [{ invoiceId: draft.id, amount: '1.00' }] }), 409, 'SALES.INVOICE_NOT_OPEN', 'body.allocations[0].invoiceId'],
      ['a void invoice', () => pay({ allocations: [{ invoiceId: voided.id, amount: '1.00' }] }), 409, 'SALES.INVOICE_NOT_OPEN', 'body.allocations[0].invoiceId'],
      ['a non-bank deposit account', () => pay({ depositAccountId: sales }), 422, 'SALES.INVALID_DEPOSIT_ACCOUNT', 'body.depositAccountId'],
      ['an unknown deposit account', () => pay({ depositAccountId: '01900000-0000-7000-8000-000000000001' }), 422, 'SALES.INVALID_DEPOSIT_ACCOUNT', 'body.depositAccountId'],
      ['unknown customer', () => pay({ customerId: '01900000-0000-7000-8000-000000000002' }), 422, 'SALES.CUSTOMER_NOT_FOUND', 'body.customerId'],
      ['an invoice twice', () => pay({ allocations: [{ invoiceId: mine.id, amount: '1.00' }, { invoiceId: mine.id, amount: '1.00' }] }), 422, 'SALES.DUPLICATE_ALLOCATION', 'body.allocations[1].invoiceId'],
      ['bank charges not below the amount', () => pay({ bankCharges: '100.00' }), 422, 'SALES.BANK_CHARGES_TOO_LARGE', 'body.bankCharges'],
      ['an unknown mode', () => pay({ mode: 'barter' }), 400, '', 'body.mode'],
      ['a rate for a base-currency payment', () => pay({ exchangeRate: '2' }), 400, 'SALES.INVALID_EXCHANGE_RATE', 'body.exchangeRate'],
      ['a draft invoice through its payment route', () => payInvoice(t, owner, draft.id, { amount: '1.00', depositAccountId: bank }), 409, 'SALES.INVOICE_NOT_OPEN', 'params.id'],
    ];
    const before = await rowCounts(t.testDb.ownerUrl);
    for (const [name, call, status, code, path] of cases) {
      const r = await call();
      expect(r.statusCode, `${name}: ${r.body}`).toBe(status);
      const p = problem(r);
      if (code) expect(p.code, name).toBe(code);
      expect(
        (p.errors ?? []).map((e) => e.path),
        name,
      ).toContain(path);
    }
    const unknownInvoice = await payInvoice(t, owner, '01900000-0000-7000-8000-000000000003', { amount: '1.00', depositAccountId: bank });
    expect(unknownInvoice.statusCode).toBe(404);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('answers 404 for unknown payments and customers', async () => {
    const id = '01900000-0000-7000-8000-000000000009';
    expect((await request(t, owner, 'GET', `/api/v1/payments/${id}`)).statusCode).toBe(404);
    expect((await request(t, owner, 'POST', `/api/v1/payments/${id}/reverse`, {})).statusCode).toBe(404);
    expect((await request(t, owner, 'POST', `/api/v1/payments/${id}/apply`, { allocations: [{ invoiceId: id, amount: '1.00' }] })).statusCode).toBe(404);
    expect((await request(t, owner, 'GET', `/api/v1/customers/${id}/advances`)).statusCode).toBe(404);
  });
});

describe('Idempotency-Key', () => {
  it('a repeated POST with the same key records one payment and replays the answer', async () => {
    const customer = await newCustomer('Idempotent Payer');
    const invoice = await issuedInvoice(t, owner, customer, f.products.service);
    const rowsBefore = await paymentRows(t, f.tenantId);
    const headers = { 'idempotency-key': `pay-${customer}` };
    const first = await payInvoice(t, owner, invoice.id, { amount: '10.00', depositAccountId: bank }, headers);
    const second = await payInvoice(t, owner, invoice.id, { amount: '10.00', depositAccountId: bank }, headers);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json().id).toBe(first.json().id);
    expect(await paymentRows(t, f.tenantId)).toBe(rowsBefore + 1);
    expect(await invoiceNow(t, owner, invoice.id)).toMatchObject({ amountPaid: '10.00' });
    const reused = await recordPayment(t, owner, { customerId: customer, amount: '11.00', depositAccountId: bank }, headers);
    expect(reused.statusCode).toBe(422);
    expect((await getPayment(t, owner, first.json().id)).amount).toBe('10.00');
  });
});

describe('permissions', () => {
  it('payments:read reads payments but records none; payments:write records and reverses', async () => {
    const key = async (permissions: string[]) =>
      (await ok<{ key: string }>(request(t, owner, 'POST', '/api/v1/api-keys', { name: `payments ${permissions.join(' ')}`, permissions }), 201)).key;
    const reader = { headers: { 'x-api-key': await key(['payments:read']) } };
    const writer = { headers: { 'x-api-key': await key(['payments:write', 'payments:read']) } };
    const customer = await newCustomer('Key Payer');
    const body = { customerId: customer, amount: '5.00', date: '2026-07-10', depositAccountId: bank, mode: 'cash' };
    expect((await request(t, reader, 'GET', '/api/v1/payments')).statusCode).toBe(200);
    expect((await request(t, reader, 'GET', `/api/v1/customers/${customer}/advances`)).statusCode).toBe(200);
    expect((await request(t, reader, 'POST', '/api/v1/payments', body)).statusCode).toBe(403);
    const recorded = await ok<PaymentJson>(request(t, writer, 'POST', '/api/v1/payments', body), 201);
    expect((await request(t, reader, 'POST', `/api/v1/payments/${recorded.id}/reverse`, {})).statusCode).toBe(403);
    expect((await ok<PaymentJson>(request(t, writer, 'POST', `/api/v1/payments/${recorded.id}/reverse`, {}))).status).toBe('reversed');
  });
});

describe('list', () => {
  it('pages newest first with a cursor and filters by customer, dates and status', async () => {
    const customer = await newCustomer('Listed Payer');
    const ids: string[] = [];
    for (const date of ['2026-08-01', '2026-08-02', '2026-08-03']) {
      ids.push((await ok<PaymentJson>(recordPayment(t, owner, { customerId: customer, amount: '1.00', depositAccountId: bank, date }), 201)).id);
    }
    const first = await ok<{ items: PaymentJson[]; nextCursor: string | null }>(request(t, owner, 'GET', `/api/v1/payments?customerId=${customer}&limit=2`));
    expect(first.items.map((p) => p.id)).toEqual([ids[2], ids[1]]);
    const second = await ok<{ items: PaymentJson[]; nextCursor: string | null }>(request(t, owner, 'GET', `/api/v1/payments?customerId=${customer}&limit=2&cursor=${first.nextCursor}`));
    expect(second).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    const ranged = await ok<{ items: PaymentJson[] }>(request(t, owner, 'GET', `/api/v1/payments?customerId=${customer}&from=2026-08-02&to=2026-08-02`));
    expect(ranged.items.map((p) => p.id)).toEqual([ids[1]]);
    expect((await ok<{ items: PaymentJson[] }>(request(t, owner, 'GET', `/api/v1/payments?customerId=${customer}&status=reversed`))).items).toEqual([]);
    const bad = await request(t, owner, 'GET', '/api/v1/payments?cursor=bm9wZQ');
    expect(problem(bad)).toMatchObject({ code: 'REQUEST.INVALID_CURSOR', errors: [{ path: 'querystring.cursor' }] });
  });
});

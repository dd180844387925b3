import { Decimal } from 'decimal.js';
import { AppError, newId, now, type Invocation } from '../../../kernel/index.js';
import { convertMinor, formatMoney, parseMoney, roundToMinor } from '../../../kernel/money.js';
import { auditFromInvocation, recordAudit } from '../../../platform/audit/index.js';
import type { Tx } from '../../../platform/db/index.js';
import { appendEvents } from '../../../platform/events/index.js';
import { staleVersion } from '../../../platform/http/index.js';
import { realisedFxGainLoss, type LineInput } from '../../ledger/index.js';
import type { InvoiceSnapshot, InvoicesPort } from '../contracts.js';
import type { SalesDeps } from '../deps.js';
import * as errors from '../domain/payment-errors.js';
import {
  checkAllocations,
  duplicateAllocations,
  planApplication,
  planPayment,
  spreadOverAdvances,
  type AccountRole,
  type AllocationInput,
  type InvoiceForPayment,
  type PaymentMode,
  type PlannedAllocation,
  type PlannedLine,
} from '../domain/payment.js';
import { paymentAccounts } from './accounts.js';
import * as repo from './repo.js';
import { advancesView, paymentView, settingsView, type PaymentView } from './views.js';

const today = () => now().toISOString().slice(0, 10);

/** A payment to record, amounts as JSON carries them (decimal strings in the payment currency). */
export interface RecordPaymentInput {
  customerId: string;
  amount: string;
  currency?: string | undefined;
  date: string;
  depositAccountId: string;
  mode: PaymentMode;
  reference?: string | null | undefined;
  memo?: string | null | undefined;
  bankCharges?: string | undefined;
  exchangeRate?: string | undefined;
  allocations: { invoiceId: string; amount: string; writeOff?: string | undefined }[];
}

interface Context {
  tx: Tx;
  inv: Invocation;
  baseCurrency: string;
}

/** Where the caller said what (paths of the request body), so errors point at the right field. */
interface Paths {
  amount: string;
  allocation: (i: number) => string;
  /** An unknown invoice named in the URL is a 404, one in the body a 422. */
  invoiceInUrl: boolean;
}

const BODY_PATHS: Paths = { amount: 'body.amount', allocation: (i) => `body.allocations[${i}]`, invoiceInUrl: false };

/**
 * Payments received: record (with allocations to invoices, the rest kept as a customer advance,
 * write-offs, bank charges and realised exchange differences), apply advances later, reverse.
 * Every use case is one transaction: the ledger entry, the invoices' settlements (through the
 * invoices port), the payment rows, audit and events commit together or not at all.
 */
export class PaymentsService {
  constructor(
    private readonly deps: SalesDeps,
    private readonly invoices: InvoicesPort,
  ) {}

  private baseCurrencyOf(tenantId: string): Promise<string> {
    return this.deps.identity().baseCurrencyOf(tenantId);
  }

  /** A tenant transaction whose ledger refusals (also those raised at commit) surface as AppErrors. */
  private run<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.deps.ledger().service.run(tenantId, fn);
  }

  // ---------------- settings ----------------

  async getSettings(tenantId: string) {
    const baseCurrency = await this.baseCurrencyOf(tenantId);
    return settingsView(await this.run(tenantId, (tx) => repo.settings(tx, tenantId)), baseCurrency);
  }

  async updateSettings(inv: Invocation, expected: number, writeOffLimit: string) {
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    return this.run(inv.tenantId, async (tx) => {
      const before = await repo.lockSettings(tx, inv.tenantId);
      if (before.version !== expected) throw staleVersion(before.version);
      const after = await repo.updateSettings(tx, expected, writeOffLimit);
      if (!after) throw staleVersion(before.version + 1);
      await recordAudit(tx, auditFromInvocation(inv, 'payment.settings.updated', 'payment_settings', inv.tenantId, settingsView(before, baseCurrency), settingsView(after, baseCurrency)));
      return settingsView(after, baseCurrency);
    });
  }

  // ---------------- recording ----------------

  /** POST /payments: a payment over any number of invoices of one customer. */
  async record(inv: Invocation, input: RecordPaymentInput): Promise<PaymentView> {
    const customer = await this.customer(inv.tenantId, input.customerId, 'body.customerId');
    const currency = input.currency ?? customer.currency;
    await this.depositAccount(inv.tenantId, input.depositAccountId, currency);
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    return this.run(inv.tenantId, (tx) => this.recordIn({ tx, inv, baseCurrency }, { ...input, currency }, BODY_PATHS));
  }

  /** POST /invoices/:id/payment: a payment against one invoice (seed 001). */
  async recordForInvoice(
    inv: Invocation,
    invoiceId: string,
    input: Omit<RecordPaymentInput, 'customerId' | 'currency' | 'allocations'> & { writeOff?: string | undefined; excessAsAdvance?: boolean | undefined },
  ): Promise<PaymentView> {
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    // The invoice decides customer and currency; it is read (not locked) first to check the deposit account outside the transaction.
    const invoice = await this.run(inv.tenantId, (tx) => this.invoices.get(tx, inv.tenantId, invoiceId));
    await this.depositAccount(inv.tenantId, input.depositAccountId, invoice.currency);
    return this.run(inv.tenantId, async (tx) => {
      let amount = input.amount;
      if (input.excessAsAdvance) {
        // Settle at most what is due now (under the invoice's lock); the rest becomes an advance.
        const locked = await this.lockInvoices(tx, inv.tenantId, [{ invoiceId, path: 'body' }], true, baseCurrency);
        const due = locked.get(invoiceId)!.invoice.due;
        const paid = parseMoney(input.amount, invoice.currency, { path: 'body.amount' });
        const writeOff = input.writeOff ? parseMoney(input.writeOff, invoice.currency, { path: 'body.writeOff' }) : 0n;
        if (paid + writeOff > due && due - writeOff > 0n) amount = formatMoney(due - writeOff, invoice.currency);
      }
      const allocations = [{ invoiceId, amount, writeOff: input.writeOff }];
      return this.recordIn(
        { tx, inv, baseCurrency },
        { ...input, customerId: invoice.customerId, currency: invoice.currency, allocations },
        { amount: 'body.amount', allocation: () => 'body', invoiceInUrl: true },
      );
    });
  }

  /** Records a payment in the caller's transaction (the caller has checked the customer and the deposit account, as `record` does). */
  async recordIn(ctx: Context, input: RecordPaymentInput & { currency: string }, paths: Paths = BODY_PATHS): Promise<PaymentView> {
    const { tx, inv, baseCurrency } = ctx;
    const currency = input.currency;
    const amount = parseMoney(input.amount, currency, { path: paths.amount, nonNegative: true });
    if (amount <= 0n) throw errors.notPositive(paths.amount);
    const bankCharges = input.bankCharges ? parseMoney(input.bankCharges, currency, { path: 'body.bankCharges', nonNegative: true }) : 0n;
    if (bankCharges >= amount) throw errors.chargesTooLarge('body.bankCharges');
    const requests: AllocationInput[] = input.allocations.map((a, i) => {
      const path = paths.allocation(i);
      return {
        invoiceId: a.invoiceId,
        amount: parseMoney(a.amount, currency, { path: `${path}.amount`, nonNegative: true }),
        writeOff: a.writeOff ? parseMoney(a.writeOff, currency, { path: `${path}.writeOff`, nonNegative: true }) : 0n,
        path,
      };
    });
    duplicateAllocations(requests);

    // Lock every invoice (sorted by id: concurrent payments never deadlock), then decide.
    const invoices = await this.lockInvoices(tx, inv.tenantId, requests, paths.invoiceInUrl, baseCurrency);
    const rate = await this.rateOf(tx, inv.tenantId, currency, baseCurrency, input.date, input.exchangeRate);
    const settings = await repo.settings(tx, inv.tenantId);
    checkAllocations({
      customerId: input.customerId,
      currency,
      baseCurrency,
      available: amount,
      source: 'payment',
      availablePath: requests.length === 1 && paths.invoiceInUrl ? paths.amount : 'body.allocations',
      allocations: requests,
      invoices: new Map([...invoices].map(([id, x]) => [id, x.invoice])),
      writeOffLimit: roundToMinor(settings.write_off_limit, baseCurrency, 'down'),
      toBase: (minor) => toBaseAt(minor, currency, baseCurrency, rate),
    });

    const plan = planPayment({
      currency,
      baseCurrency,
      customerId: input.customerId,
      rate,
      amount,
      bankCharges,
      allocations: requests.map((r) => ({ invoice: invoices.get(r.invoiceId)!.invoice, amount: r.amount, writeOff: r.writeOff })),
      settledBaseOf: this.settledBaseOf(invoices, rate, baseCurrency),
      fxTags,
    });

    const id = newId();
    const number = await this.deps.numbering().next(tx, inv.tenantId, 'payment_received', input.date);
    const entryId = await this.post(ctx, {
      sourceId: id,
      date: input.date,
      memo: `Payment ${number} received`,
      reference: input.reference ?? number,
      lines: plan.lines,
      depositAccountId: input.depositAccountId,
    });
    const createdBy = inv.actor.type === 'user' ? inv.actor.id : null;
    await repo.insertPayment(tx, {
      tenant_id: inv.tenantId,
      id,
      number,
      customer_id: input.customerId,
      payment_date: input.date,
      currency,
      amount: amount.toString(),
      bank_charges: bankCharges.toString(),
      exchange_rate: rate,
      deposit_account_id: input.depositAccountId,
      mode: input.mode,
      reference: input.reference ?? null,
      memo: input.memo ?? null,
      advance: plan.advance.toString(),
      advance_base: plan.advanceBase.toString(),
      unapplied: plan.advance.toString(),
      entry_id: entryId,
      created_by: createdBy,
    });
    await repo.insertAllocations(tx, allocationRows(inv, id, null, entryId, input.date, plan.allocations, invoices));
    await this.settle(tx, inv, plan.allocations, invoices);

    const view = await this.view(tx, id, baseCurrency);
    await recordAudit(tx, auditFromInvocation(inv, 'payment.recorded', 'payment', id, null, view));
    // Seed 002's PaymentReceived is published as `payment.received` (event names are noun.verb_past).
    await appendEvents(tx, [{ type: 'payment.received', tenantId: inv.tenantId, actor: inv.actor, data: view }]);
    return view;
  }

  // ---------------- advances ----------------

  /** POST /payments/:id/apply: applies (part of) a payment's unapplied advance to invoices. */
  async apply(inv: Invocation, paymentId: string, expected: number | null, body: { date?: string | undefined; allocations: { invoiceId: string; amount: string }[] }): Promise<PaymentView> {
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    return this.run(inv.tenantId, async (tx) => {
      const payment = await repo.findPayment(tx, paymentId, true);
      if (!payment) throw errors.paymentNotFound();
      if (expected !== null && payment.version !== expected) throw staleVersion(payment.version);
      if (payment.status !== 'posted') throw errors.paymentReversed();
      const date = body.date ?? today();
      if (date < payment.payment_date) throw errors.dateBeforePayment('body.date');
      const requests: AllocationInput[] = body.allocations.map((a, i) => ({
        invoiceId: a.invoiceId,
        amount: parseMoney(a.amount, payment.currency, { path: `body.allocations[${i}].amount`, nonNegative: true }),
        writeOff: 0n,
        path: `body.allocations[${i}]`,
      }));
      duplicateAllocations(requests);
      const invoices = await this.lockInvoices(tx, inv.tenantId, requests, false, baseCurrency);
      this.checkAgainstAdvance(payment, requests, invoices, baseCurrency, BigInt(payment.unapplied), 'body.allocations');
      await this.applyFrom({ tx, inv, baseCurrency }, payment, date, requests, invoices);
      return this.view(tx, paymentId, baseCurrency);
    });
  }

  /** POST /customers/:id/advances/apply: applies the customer's advances, oldest first, to invoices. */
  async applyCustomerAdvances(inv: Invocation, customerId: string, body: { date?: string | undefined; allocations: { invoiceId: string; amount: string }[] }) {
    await this.customer(inv.tenantId, customerId, null);
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    return this.run(inv.tenantId, async (tx) => {
      const date = body.date ?? today();
      const provisional = body.allocations.map((a, i) => ({ invoiceId: a.invoiceId, path: `body.allocations[${i}]` }));
      duplicateAllocations(provisional);
      // Lock order everywhere: payments before invoices. The currency comes from the invoices, so
      // read them first (unlocked), lock the advances, then lock the invoices.
      const first = await this.readInvoice(tx, inv.tenantId, provisional[0]!.invoiceId, `${provisional[0]!.path}.invoiceId`);
      const currency = first.currency;
      const advances = (await repo.lockAdvances(tx, customerId, currency)).filter((p) => p.payment_date <= date);
      if (advances.length === 0) throw errors.nothingToApply();
      const requests: AllocationInput[] = body.allocations.map((a, i) => ({
        invoiceId: a.invoiceId,
        amount: parseMoney(a.amount, currency, { path: `body.allocations[${i}].amount`, nonNegative: true }),
        writeOff: 0n,
        path: `body.allocations[${i}]`,
      }));
      const invoices = await this.lockInvoices(tx, inv.tenantId, requests, false, baseCurrency);
      const total = advances.reduce((s, p) => s + BigInt(p.unapplied), 0n);
      this.checkAgainstAdvance(advances[0]!, requests, invoices, baseCurrency, total, 'body.allocations');
      const spread = spreadOverAdvances(
        advances.map((p) => ({ id: p.id, unapplied: BigInt(p.unapplied), payment: p })),
        requests,
        (v) => formatMoney(v, currency),
      );
      for (const part of spread) {
        const asRequests = part.allocations.map((a) => ({ ...a, writeOff: 0n, path: requests.find((r) => r.invoiceId === a.invoiceId)!.path }));
        await this.applyFrom({ tx, inv, baseCurrency }, part.advance.payment, date, asRequests, invoices);
      }
      const ids = spread.map((s) => s.advance.id);
      const rows = await Promise.all(ids.map((id) => repo.findPayment(tx, id)));
      const allocations = await repo.allocationsOf(tx, ids);
      return {
        customerId,
        payments: rows.map((p) => paymentView(p!, allocations, baseCurrency)),
        advances: advancesView(customerId, await repo.advancesOf(tx, customerId)),
      };
    });
  }

  async advances(tenantId: string, customerId: string) {
    await this.customer(tenantId, customerId, null);
    return advancesView(customerId, await this.run(tenantId, (tx) => repo.advancesOf(tx, customerId)));
  }

  private checkAgainstAdvance(
    payment: repo.PaymentRow,
    requests: AllocationInput[],
    invoices: Map<string, LockedInvoice>,
    baseCurrency: string,
    available: bigint,
    path: string,
  ): void {
    checkAllocations({
      customerId: payment.customer_id,
      currency: payment.currency,
      baseCurrency,
      available,
      source: 'advance',
      availablePath: path,
      allocations: requests,
      invoices: new Map([...invoices].map(([id, x]) => [id, x.invoice])),
      writeOffLimit: 0n,
      toBase: (minor) => toBaseAt(minor, payment.currency, baseCurrency, payment.exchange_rate),
    });
  }

  /** One application of a payment's advance: its own ledger entry (Dr advances / Cr receivable), allocations, settlements. */
  private async applyFrom(ctx: Context, payment: repo.PaymentRow, date: string, requests: AllocationInput[], invoices: Map<string, LockedInvoice>): Promise<void> {
    const { tx, inv, baseCurrency } = ctx;
    const rate = new Decimal(payment.exchange_rate).toFixed();
    const plan = planApplication({
      currency: payment.currency,
      baseCurrency,
      customerId: payment.customer_id,
      rate,
      advance: BigInt(payment.advance),
      advanceBase: BigInt(payment.advance_base),
      unapplied: BigInt(payment.unapplied),
      allocations: requests.map((r) => ({ invoice: invoices.get(r.invoiceId)!.invoice, amount: r.amount })),
      settledBaseOf: this.settledBaseOf(invoices, rate, baseCurrency),
      fxTags,
    });
    const applicationId = newId();
    const entryId = await this.post(ctx, {
      sourceId: applicationId,
      date,
      memo: `Advance from payment ${payment.number} applied`,
      reference: payment.number,
      lines: plan.lines,
      depositAccountId: payment.deposit_account_id,
    });
    await repo.insertAllocations(tx, allocationRows(inv, payment.id, applicationId, entryId, date, plan.allocations, invoices));
    const used = plan.allocations.reduce((s, a) => s + a.amount, 0n);
    await repo.setUnapplied(tx, payment.id, BigInt(payment.unapplied) - used);
    await this.settle(tx, inv, plan.allocations, invoices);
    // Later applications in the same request see what is left (and the invoices' new amounts due).
    payment.unapplied = (BigInt(payment.unapplied) - used).toString();
    const data = {
      paymentId: payment.id,
      number: payment.number,
      customerId: payment.customer_id,
      applicationId,
      entryId,
      date,
      currency: payment.currency,
      allocations: plan.allocations.map((a) => ({ invoiceId: a.invoiceId, amount: formatMoney(a.amount, payment.currency), exchangeGainLoss: formatMoney(a.gainLoss, baseCurrency) })),
      unapplied: formatMoney(BigInt(payment.unapplied), payment.currency),
    };
    await recordAudit(tx, auditFromInvocation(inv, 'payment.applied', 'payment', payment.id, null, data));
    await appendEvents(tx, [{ type: 'payment.applied', tenantId: inv.tenantId, actor: inv.actor, data }]);
  }

  // ---------------- reversal ----------------

  /**
   * POST /payments/:id/reverse: reverses the payment's entry and the entries of every application
   * of its advance, takes back every settlement (the invoices go back to issued / partly paid),
   * and marks the payment reversed. Audited.
   */
  async reverse(inv: Invocation, paymentId: string, expected: number | null, body: { date?: string | undefined; reason?: string | null | undefined }): Promise<PaymentView> {
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    return this.run(inv.tenantId, async (tx) => {
      const payment = await repo.findPayment(tx, paymentId, true);
      if (!payment) throw errors.paymentNotFound();
      if (expected !== null && payment.version !== expected) throw staleVersion(payment.version);
      if (payment.status !== 'posted') throw errors.paymentReversed();
      const date = body.date ?? today();
      if (date < payment.payment_date) throw errors.dateBeforePayment('body.date');
      const before = await this.view(tx, paymentId, baseCurrency);
      const active = (await repo.allocationsOf(tx, [paymentId])).filter((a) => a.status === 'active');

      // Settlements first, invoices in id order (the lock order of every payment use case).
      const perInvoice = new Map<string, bigint>();
      for (const a of active) perInvoice.set(a.invoice_id, (perInvoice.get(a.invoice_id) ?? 0n) + BigInt(a.amount) + BigInt(a.write_off));
      for (const invoiceId of [...perInvoice.keys()].sort()) {
        await this.invoices.applySettlement(tx, inv, invoiceId, formatMoney(-perInvoice.get(invoiceId)!, payment.currency));
      }

      const ledger = this.deps.ledger();
      const memo = `Reversal of payment ${payment.number}${body.reason ? `: ${body.reason}` : ''}`;
      const applications = [...new Set(active.filter((a) => a.application_id !== null).map((a) => a.entry_id))];
      for (const entryId of applications) await ledger.reverse(tx, inv.tenantId, entryId, { date, memo });
      const reversalEntryId = await ledger.reverse(tx, inv.tenantId, payment.entry_id, { date, memo });

      await repo.markAllocationsReversed(tx, paymentId);
      await repo.markReversed(tx, paymentId, { reversalEntryId, date, reason: body.reason ?? null });
      const view = await this.view(tx, paymentId, baseCurrency);
      await recordAudit(tx, auditFromInvocation(inv, 'payment.reversed', 'payment', paymentId, before, view));
      await appendEvents(tx, [{ type: 'payment.reversed', tenantId: inv.tenantId, actor: inv.actor, data: view }]);
      return view;
    });
  }

  // ---------------- reads ----------------

  async get(tenantId: string, id: string): Promise<PaymentView> {
    const baseCurrency = await this.baseCurrencyOf(tenantId);
    return this.run(tenantId, async (tx) => {
      if (!(await repo.findPayment(tx, id))) throw errors.paymentNotFound();
      return this.view(tx, id, baseCurrency);
    });
  }

  async list(tenantId: string, filter: repo.PaymentFilter): Promise<{ rows: repo.PaymentRow[]; items: PaymentView[] }> {
    const baseCurrency = await this.baseCurrencyOf(tenantId);
    return this.run(tenantId, async (tx) => {
      const rows = await repo.listPayments(tx, { ...filter, limit: filter.limit + 1 });
      const page = rows.slice(0, filter.limit);
      const allocations = await repo.allocationsOf(tx, page.map((r) => r.id));
      return { rows, items: page.map((r) => paymentView(r, allocations, baseCurrency)) };
    });
  }

  // ---------------- helpers ----------------

  private async view(tx: Tx, id: string, baseCurrency: string): Promise<PaymentView> {
    const row = await repo.findPayment(tx, id);
    if (!row) throw errors.paymentNotFound();
    return paymentView(row, await repo.allocationsOf(tx, [id]), baseCurrency);
  }

  /** The customer (through the parties module): 422 with `path` when named in the body, 404 when in the URL (path null). */
  private async customer(tenantId: string, id: string, path: string | null) {
    try {
      return await this.deps.parties().service.get(tenantId, 'customer', id);
    } catch (error) {
      if (error instanceof AppError && error.kind === 'not_found') throw path === null ? errors.customerUnknown() : errors.customerNotFound(path);
      throw error;
    }
  }

  /** The deposit account must be an active, postable bank or cash account in the payment or the base currency. */
  private async depositAccount(tenantId: string, accountId: string, currency: string): Promise<void> {
    const path = 'body.depositAccountId';
    let account;
    try {
      account = await this.deps.ledger().service.getAccount(tenantId, accountId);
    } catch (error) {
      if (error instanceof AppError && error.kind === 'not_found') throw errors.invalidDepositAccount(path, 'no such account');
      throw error;
    }
    if (account.type !== 'asset' || (account.subtype !== 'bank' && account.subtype !== 'cash')) throw errors.invalidDepositAccount(path, 'not a bank or cash account');
    if (account.status !== 'active') throw errors.invalidDepositAccount(path, 'the account is archived');
    if (account.is_group) throw errors.invalidDepositAccount(path, 'a group account takes no lines');
    const baseCurrency = await this.baseCurrencyOf(tenantId);
    if (account.currency !== currency && account.currency !== baseCurrency) throw errors.invalidDepositAccount(path, `a ${account.currency} account cannot take ${currency}`);
  }

  private async readInvoice(tx: Tx, tenantId: string, invoiceId: string, path: string): Promise<InvoiceSnapshot> {
    try {
      return await this.invoices.get(tx, tenantId, invoiceId);
    } catch (error) {
      if (error instanceof AppError && error.kind === 'not_found') throw errors.invoiceUnknown(path);
      throw error;
    }
  }

  /** Locks the invoices in id order through the invoices port; errors name the allocation they came from. */
  private async lockInvoices(tx: Tx, tenantId: string, requests: readonly { invoiceId: string; path: string }[], inUrl: boolean, baseCurrency: string): Promise<Map<string, LockedInvoice>> {
    const out = new Map<string, LockedInvoice>();
    const sorted = [...requests].sort((a, b) => (a.invoiceId < b.invoiceId ? -1 : a.invoiceId > b.invoiceId ? 1 : 0));
    for (const r of sorted) {
      if (out.has(r.invoiceId)) continue;
      const path = inUrl ? 'params.id' : `${r.path}.invoiceId`;
      let snapshot: InvoiceSnapshot;
      try {
        snapshot = await this.invoices.lockOpen(tx, tenantId, r.invoiceId);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.kind === 'not_found') throw inUrl ? error : errors.invoiceUnknown(path);
        throw new AppError(error.kind, error.code, error.message, { errors: [{ path, message: error.message }], extra: error.extra, cause: error });
      }
      out.set(r.invoiceId, { snapshot, invoice: forPayment(snapshot), invoiceBase: snapshot.currency === baseCurrency ? undefined : await this.bookedBase(tx, snapshot) });
    }
    return out;
  }

  /**
   * What a foreign-currency invoice booked on the receivable in base currency, read from its ledger
   * entry (the customer's debit lines in the invoice currency); undefined when that is not the
   * invoice total (then the realised-FX rule takes total × rate).
   */
  private async bookedBase(tx: Tx, s: InvoiceSnapshot): Promise<bigint | undefined> {
    if (s.entryId === null) return undefined;
    const entry = await this.deps.ledger().service.entryIn(tx, s.entryId);
    if (entry.baseCurrency === s.currency) return undefined;
    const lines = entry.lines.filter((l) => l.currency === s.currency && l.partyId === s.customerId && parseMoney(l.debit, s.currency) > 0n);
    const amount = lines.reduce((sum, l) => sum + parseMoney(l.debit, s.currency), 0n);
    if (lines.length === 0 || amount !== parseMoney(s.total, s.currency)) return undefined;
    return lines.reduce((sum, l) => sum + parseMoney(l.baseDebit, entry.baseCurrency), 0n);
  }

  /** The payment's rate: 1 in base currency; the given one or the ledger's rate on the date otherwise. */
  private async rateOf(tx: Tx, tenantId: string, currency: string, baseCurrency: string, date: string, given: string | undefined): Promise<string> {
    if (currency === baseCurrency) {
      if (given !== undefined && !new Decimal(given).eq(1)) {
        throw new AppError('validation', 'SALES.INVALID_EXCHANGE_RATE', 'A payment in the base currency has the rate 1', { errors: [{ path: 'body.exchangeRate', message: 'must be 1 (or left out)' }] });
      }
      return '1';
    }
    if (given !== undefined) {
      if (!new Decimal(given).gt(0)) throw new AppError('validation', 'SALES.INVALID_EXCHANGE_RATE', 'Exchange rates are positive', { errors: [{ path: 'body.exchangeRate', message: 'must be more than 0' }] });
      return new Decimal(given).toFixed();
    }
    try {
      return new Decimal((await this.deps.ledger().rates.rateOn(tx, tenantId, currency, date)).rate).toFixed();
    } catch (error) {
      if (error instanceof AppError) {
        throw new AppError(error.kind, error.code, `${error.message}; send exchangeRate or add the rate`, { errors: [{ path: 'body.exchangeRate', message: `no ${currency} rate on or before ${date}` }], extra: error.extra });
      }
      throw error;
    }
  }

  /** What a settlement clears of an invoice's receivable as booked, by the ledger's realised-FX rule. */
  private settledBaseOf(invoices: Map<string, LockedInvoice>, paymentRate: string, baseCurrency: string) {
    return (invoice: InvoiceForPayment, settled: bigint): bigint => {
      if (invoice.currency === baseCurrency) return settled;
      const locked = invoices.get(invoice.id)!;
      return realisedFxGainLoss({
        invoiceAmount: invoice.total,
        invoiceRate: invoice.rate,
        paymentAmount: settled,
        paymentRate,
        currency: invoice.currency,
        baseCurrency,
        previouslyPaid: invoice.paid,
        ...(locked.invoiceBase !== undefined && { invoiceBase: locked.invoiceBase }),
      }).settledBase;
    };
  }

  /** Posts the planned lines as one entry (source: sales / the payment or application id). */
  private async post(ctx: Context, e: { sourceId: string; date: string; memo: string; reference: string; lines: PlannedLine[]; depositAccountId: string }): Promise<string> {
    const roles = new Set<AccountRole>(e.lines.map((l) => l.role));
    const accounts = await paymentAccounts(ctx.tx, ctx.inv, ctx.baseCurrency, e.depositAccountId, roles);
    const lines: LineInput[] = e.lines.map((l) => ({
      accountId: accounts[l.role],
      currency: l.currency,
      ...(l.debit !== undefined ? { debit: l.debit } : { credit: l.credit ?? 0n }),
      ...(l.currency !== ctx.baseCurrency && { baseAmount: l.baseAmount }),
      memo: l.memo,
      partyId: l.partyId,
      tags: l.tags,
    }));
    const posted = await this.deps.ledger().post(ctx.tx, {
      tenantId: ctx.inv.tenantId,
      date: e.date,
      memo: e.memo,
      reference: e.reference.slice(0, 100),
      source: { module: 'sales', id: e.sourceId },
      lines,
      actor: ctx.inv.actor,
    });
    return posted.entryId;
  }

  /** Records each allocation on its invoice (the port moves its status and emits invoice.paid). */
  private async settle(tx: Tx, inv: Invocation, allocations: readonly PlannedAllocation[], invoices: Map<string, LockedInvoice>): Promise<void> {
    const sorted = [...allocations].sort((a, b) => (a.invoiceId < b.invoiceId ? -1 : 1));
    for (const a of sorted) {
      const locked = invoices.get(a.invoiceId)!;
      const settled = a.amount + a.writeOff;
      const after = await this.invoices.applySettlement(tx, inv, a.invoiceId, formatMoney(settled, locked.invoice.currency));
      // Several applications in one request (customer advances) settle the same invoice again.
      locked.snapshot = after;
      locked.invoice = forPayment(after);
    }
  }
}

interface LockedInvoice {
  snapshot: InvoiceSnapshot;
  invoice: InvoiceForPayment;
  /** The receivable the invoice booked in base currency (when not amount × rate). */
  invoiceBase?: bigint;
}

function forPayment(s: InvoiceSnapshot): InvoiceForPayment {
  return {
    id: s.id,
    number: s.number,
    customerId: s.customerId,
    currency: s.currency,
    total: parseMoney(s.total, s.currency),
    paid: parseMoney(s.amountPaid, s.currency),
    due: parseMoney(s.amountDue, s.currency),
    rate: s.exchangeRate,
  };
}

function toBaseAt(minor: bigint, currency: string, baseCurrency: string, rate: string): bigint {
  if (currency === baseCurrency || minor === 0n) return minor;
  return convertMinor(minor, currency, baseCurrency, rate, 'half_up');
}

/** The ledger's tags for base-only exchange-difference lines of a currency's balances (as its helper gives them). */
const fxTags = (currency: string) => realisedFxGainLoss({ invoiceAmount: 1n, invoiceRate: '1', paymentAmount: 1n, paymentRate: '1', currency, baseCurrency: currency }).tags;

function allocationRows(inv: Invocation, paymentId: string, applicationId: string | null, entryId: string, date: string, planned: readonly PlannedAllocation[], invoices: Map<string, LockedInvoice>): repo.NewAllocation[] {
  return planned.map((a) => ({
    tenant_id: inv.tenantId,
    id: newId(),
    payment_id: paymentId,
    application_id: applicationId,
    invoice_id: a.invoiceId,
    invoice_number: invoices.get(a.invoiceId)?.snapshot.number ?? null,
    amount: a.amount.toString(),
    write_off: a.writeOff.toString(),
    value_base: a.valueBase.toString(),
    settled_base: a.settledBase.toString(),
    gain_loss: a.gainLoss.toString(),
    applied_date: date,
    entry_id: entryId,
    created_by: inv.actor.type === 'user' ? inv.actor.id : null,
  }));
}

import { AppError, newId, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { realisedFxGainLoss } from '../ledger/index.js';
import { resolvePurchaseAccounts, type PurchaseAccounts } from './accounts.js';
import { activeVendor, checkAccount, rateOn, today } from './common.js';
import type { PurchasesDeps } from './deps.js';
import { fromMinor, settledStatus, toMinor } from './domain/amounts.js';
import * as errors from './domain/errors.js';
import { baseOf, Book } from './posting.js';
import * as repo from './repo.js';
import type { PaymentBody } from './schemas.js';
import { billView, paymentView, type PaymentView } from './views.js';

const billUnknown = (path: string) => new AppError('unprocessable', 'PURCHASES.BILL_NOT_FOUND', 'No such bill', { errors: [{ path, message: 'no such bill' }] });

export class PaymentsService {
  constructor(private readonly deps: PurchasesDeps) {}

  /**
   * Pays a vendor: Dr Accounts Payable [vendor] for each bill settled (with the realised exchange
   * difference of a foreign bill), Dr Vendor Advances for what is not applied, Cr the bank account.
   * The bills are locked in id order and never paid beyond what is due, however many payments race.
   */
  async create(inv: Invocation, body: PaymentBody): Promise<PaymentView> {
    const vendor = await activeVendor(this.deps, inv.tenantId, body.vendorId);
    await checkAccount(this.deps, inv.tenantId, body.bankAccountId, 'body.bankAccountId', ['asset'], 'asset (bank or cash)');
    const baseCurrency = await this.deps.identity().baseCurrencyOf(inv.tenantId);
    const currency = body.currency ?? vendor.currency;
    const seen = new Set<string>();
    body.allocations.forEach((a, i) => {
      if (seen.has(a.billId)) throw errors.duplicateBill(`body.allocations[${i}].billId`);
      seen.add(a.billId);
    });
    const amount = toMinor(body.amount, currency);
    const allocated = body.allocations.reduce((s, a) => s + toMinor(a.amount, currency), 0n);
    if (allocated > amount) throw errors.allocationExceedsPayment();
    const date = body.date ?? today();

    return this.deps.db.withTenant(inv.tenantId, async (tx) => {
      const bills = await repo.lockBills(tx, body.allocations.map((a) => a.billId));
      const rate = await rateOn(this.deps, tx, inv.tenantId, currency, date);
      const a = await resolvePurchaseAccounts(tx, inv, baseCurrency);
      const book = new Book();
      let bankBase = 0n;
      const id = newId();
      const { allocations, settled, base } = this.allocate(book, a, { vendorId: vendor.id, currency, baseCurrency, rate, paymentId: id }, bills, body.allocations);
      bankBase += base;
      const unapplied = amount - allocated;
      if (unapplied > 0n) {
        const base = baseOf(unapplied, currency, baseCurrency, rate);
        book.add(a.vendorAdvances, currency, unapplied, base, { partyId: vendor.id, memo: 'Advance to vendor' });
        bankBase += base;
      }
      book.add(body.bankAccountId, currency, -amount, -bankBase);
      const number = await this.deps.numbering().next(tx, inv.tenantId, 'vendor_payment', date);
      const entry = await this.deps.ledger().post(tx, {
        tenantId: inv.tenantId,
        date,
        memo: `Payment ${number} to ${vendor.display_name}`,
        reference: body.reference ?? number,
        source: { module: 'purchases', id },
        lines: book.lines(baseCurrency),
        actor: inv.actor,
      });
      await repo.insertPayment(
        tx,
        {
          tenant_id: inv.tenantId,
          id,
          number,
          vendor_id: vendor.id,
          payment_date: date,
          currency,
          amount: fromMinor(amount, currency),
          unapplied: fromMinor(unapplied, currency),
          bank_account_id: body.bankAccountId,
          exchange_rate: rate,
          reference: body.reference ?? null,
          notes: body.notes ?? null,
          entry_id: entry.entryId,
        },
        allocations,
      );
      for (const s of settled) {
        await repo.setBillSettlement(tx, s.bill.id, fromMinor(s.paid, currency), s.bill.amount_debited, s.status);
        if (s.status === 'paid') await this.paidEvent(tx, inv, s.bill.id);
      }
      const view = await this.viewIn(tx, id, baseCurrency);
      await recordAudit(tx, auditFromInvocation(inv, 'vendor_payment.made', 'vendor_payment', id, null, view));
      await appendEvent(tx, { type: 'vendor_payment.made', tenantId: inv.tenantId, actor: inv.actor, data: view });
      return view;
    });
  }

  /**
   * Books Dr Accounts Payable [vendor] for each allocation (with the realised exchange difference
   * of a foreign bill at the payment's rate) against bills already locked; checks each bill is the
   * vendor's, in the currency, posted and not paid beyond what is due. Returns the allocation rows,
   * the bills' new settlement and the base value booked (what the other side must carry).
   */
  private allocate(
    book: Book,
    a: PurchaseAccounts,
    p: { vendorId: string; currency: string; baseCurrency: string; rate: string; paymentId: string },
    bills: ReadonlyMap<string, repo.BillRow>,
    wanted: readonly { billId: string; amount: string }[],
  ) {
    const { currency, baseCurrency } = p;
    let base = 0n;
    const allocations: repo.AllocationRow[] = [];
    const settled: { bill: repo.BillRow; paid: bigint; status: repo.BillStatus }[] = [];
    for (const [i, alloc] of wanted.entries()) {
      const at = `body.allocations[${i}]`;
      const bill = bills.get(alloc.billId);
      if (!bill) throw billUnknown(`${at}.billId`);
      if (bill.vendor_id !== p.vendorId) throw errors.wrongVendor(`${at}.billId`);
      if (bill.currency !== currency) throw errors.currencyMismatch(`${at}.billId`);
      if (bill.status !== 'posted' && bill.status !== 'partly_paid') throw errors.billNotPosted(bill.status);
      const payable = toMinor(bill.payable, currency);
      const before = toMinor(bill.amount_paid, currency) + toMinor(bill.amount_debited, currency);
      const pay = toMinor(alloc.amount, currency);
      if (before + pay > payable) throw errors.overpayment(`${at}.amount`, fromMinor(payable - before, currency));
      let gainLoss = 0n;
      if (currency === baseCurrency) {
        book.add(a.payable, currency, pay, pay, { partyId: p.vendorId });
        base += pay;
      } else {
        const fx = realisedFxGainLoss({
          invoiceAmount: payable,
          invoiceRate: bill.exchange_rate,
          invoiceBase: BigInt(bill.total_base),
          paymentAmount: pay,
          paymentRate: p.rate,
          previouslyPaid: before,
          currency,
          baseCurrency,
          side: 'payable',
        });
        book.add(a.payable, currency, pay, fx.paymentBase, { partyId: p.vendorId });
        base += fx.paymentBase;
        if (fx.adjustment && fx.line) {
          const adj = fx.adjustment.debit ?? -fx.adjustment.credit;
          book.add(a.payable, baseCurrency, adj, adj, { partyId: p.vendorId, tags: fx.tags, memo: 'Realised exchange difference' });
          book.add(a.fxGainLoss, baseCurrency, -adj, -adj, { memo: 'Realised exchange difference' });
        }
        gainLoss = fx.gainLoss;
      }
      allocations.push({ payment_id: p.paymentId, bill_id: bill.id, amount: fromMinor(pay, currency), gain_loss: gainLoss.toString() });
      settled.push({ bill, paid: toMinor(bill.amount_paid, currency) + pay, status: settledStatus(payable, before + pay) });
    }
    return { allocations, settled, base };
  }

  /**
   * Applies what a payment left unapplied (an advance to the vendor) to bills: Dr Accounts Payable
   * [vendor] / Cr Vendor Advances [vendor], with the realised exchange difference of foreign bills
   * at the payment's rate. The payment and the bills are locked; never beyond the advance or a bill.
   */
  async apply(inv: Invocation, id: string, body: { date?: string | undefined; allocations: { billId: string; amount: string }[] }): Promise<PaymentView> {
    const baseCurrency = await this.deps.identity().baseCurrencyOf(inv.tenantId);
    return this.deps.db.withTenant(inv.tenantId, async (tx) => {
      const payment = await repo.findPayment(tx, id, true);
      if (!payment) throw errors.paymentNotFound();
      if (payment.status !== 'posted') throw errors.paymentReversed();
      const cur = payment.currency;
      const seen = new Set<string>();
      body.allocations.forEach((x, i) => {
        if (seen.has(x.billId)) throw errors.duplicateBill(`body.allocations[${i}].billId`);
        seen.add(x.billId);
      });
      const applying = body.allocations.reduce((s, x) => s + toMinor(x.amount, cur), 0n);
      const left = toMinor(payment.unapplied, cur);
      if (applying > left) {
        throw new AppError('unprocessable', 'PURCHASES.ADVANCE_EXCEEDED', `Only ${fromMinor(left, cur)} of the payment is unapplied`, {
          errors: [{ path: 'body.allocations', message: `more than the ${fromMinor(left, cur)} unapplied` }],
          extra: { unapplied: fromMinor(left, cur) },
        });
      }
      const bills = await repo.lockBills(tx, body.allocations.map((x) => x.billId));
      const a = await resolvePurchaseAccounts(tx, inv, baseCurrency);
      const book = new Book();
      const { allocations, settled, base } = this.allocate(book, a, { vendorId: payment.vendor_id, currency: cur, baseCurrency, rate: payment.exchange_rate, paymentId: id }, bills, body.allocations);
      book.add(a.vendorAdvances, cur, -applying, -base, { partyId: payment.vendor_id, memo: 'Advance applied' });
      const before = paymentView(payment, await repo.allocationsOf(tx, [id]), baseCurrency);
      const entry = await this.deps.ledger().post(tx, {
        tenantId: inv.tenantId,
        date: body.date ?? today(),
        memo: `Advance ${payment.number} applied to bills`,
        reference: payment.number,
        source: { module: 'purchases', id: `${id}/apply/${payment.version}` },
        lines: book.lines(baseCurrency),
        actor: inv.actor,
      });
      await repo.applyPayment(tx, id, fromMinor(left - applying, cur), entry.entryId, allocations);
      for (const x of settled) {
        await repo.setBillSettlement(tx, x.bill.id, fromMinor(x.paid, cur), x.bill.amount_debited, x.status);
        if (x.status === 'paid') await this.paidEvent(tx, inv, x.bill.id);
      }
      const view = await this.viewIn(tx, id, baseCurrency);
      await recordAudit(tx, auditFromInvocation(inv, 'vendor_payment.applied', 'vendor_payment', id, before, view));
      await appendEvent(tx, { type: 'vendor_payment.applied', tenantId: inv.tenantId, actor: inv.actor, data: view });
      return view;
    });
  }

  private async paidEvent(tx: Tx, inv: Invocation, billId: string): Promise<void> {
    const bill = await repo.findBill(tx, billId);
    const view = billView(bill!, await repo.billLines(tx, [billId]));
    await appendEvent(tx, { type: 'bill.paid', tenantId: inv.tenantId, actor: inv.actor, data: view });
  }

  /** Reverses a payment: its entry reversed, the bills it settled open again. */
  async reverse(inv: Invocation, id: string, options: { date?: string | undefined }): Promise<PaymentView> {
    const baseCurrency = await this.deps.identity().baseCurrencyOf(inv.tenantId);
    return this.deps.db.withTenant(inv.tenantId, async (tx) => {
      const payment = await repo.findPayment(tx, id, true);
      if (!payment) throw errors.paymentNotFound();
      if (payment.status !== 'posted') throw errors.paymentReversed();
      const allocations = await repo.allocationsOf(tx, [id]);
      const bills = await repo.lockBills(tx, allocations.map((a) => a.bill_id));
      const before = paymentView(payment, allocations, baseCurrency);
      const date = options.date ?? today();
      // Advances applied later are undone first, then the payment itself.
      for (const applied of payment.applied_entry_ids) await this.deps.ledger().reverse(tx, inv.tenantId, applied, { date, memo: `Reversal of payment ${payment.number} (advance applied)` });
      const reversal = payment.entry_id ? await this.deps.ledger().reverse(tx, inv.tenantId, payment.entry_id, { date, memo: `Reversal of payment ${payment.number}` }) : null;
      for (const a of allocations) {
        const bill = bills.get(a.bill_id)!;
        const cur = bill.currency;
        const paid = toMinor(bill.amount_paid, cur) - toMinor(a.amount, cur);
        const status = bill.status === 'void' ? 'void' : settledStatus(toMinor(bill.payable, cur), paid + toMinor(bill.amount_debited, cur));
        await repo.setBillSettlement(tx, bill.id, fromMinor(paid, cur), bill.amount_debited, status);
      }
      await repo.markPaymentReversed(tx, id, reversal);
      const view = await this.viewIn(tx, id, baseCurrency);
      await recordAudit(tx, auditFromInvocation(inv, 'vendor_payment.reversed', 'vendor_payment', id, before, view));
      await appendEvent(tx, { type: 'vendor_payment.reversed', tenantId: inv.tenantId, actor: inv.actor, data: view });
      return view;
    });
  }

  async viewIn(tx: Tx, id: string, baseCurrency: string): Promise<PaymentView> {
    const row = await repo.findPayment(tx, id);
    if (!row) throw errors.paymentNotFound();
    return paymentView(row, await repo.allocationsOf(tx, [id]), baseCurrency);
  }

  async get(tenantId: string, id: string): Promise<PaymentView> {
    const baseCurrency = await this.deps.identity().baseCurrencyOf(tenantId);
    return this.deps.db.withTenant(tenantId, (tx) => this.viewIn(tx, id, baseCurrency));
  }

  async list(tenantId: string, filter: repo.ListFilter) {
    const baseCurrency = await this.deps.identity().baseCurrencyOf(tenantId);
    return this.deps.db.withTenant(tenantId, async (tx) => {
      const rows = await repo.listPayments(tx, { ...filter, limit: filter.limit + 1 });
      const allocations = await repo.allocationsOf(tx, rows.map((r) => r.id));
      return { rows, items: rows.slice(0, filter.limit).map((r) => paymentView(r, allocations.filter((a) => a.payment_id === r.id), baseCurrency)) };
    });
  }
}


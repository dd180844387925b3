import { Decimal } from 'decimal.js';
import { AppError, newId, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import type { MoveRequest } from '../inventory/index.js';
import { resolvePurchaseAccounts } from './accounts.js';
import { claimsInputCredit, taxAtRates, today } from './common.js';
import type { PurchasesDeps } from './deps.js';
import { fromMinor, lineAmount, qty, settledStatus, toMinor } from './domain/amounts.js';
import * as errors from './domain/errors.js';
import { baseOf, Book } from './posting.js';
import * as repo from './repo.js';
import type { DebitNoteBody } from './schemas.js';
import { billView, debitNoteView, type DebitNoteView } from './views.js';

const billUnknown = () => new AppError('unprocessable', 'PURCHASES.BILL_NOT_FOUND', 'No such bill', { errors: [{ path: 'body.billId', message: 'no such bill' }] });

export class DebitNotesService {
  constructor(private readonly deps: PurchasesDeps) {}

  /**
   * A debit note to the vendor against a posted bill: goods sent back (issued from the store at
   * their stock cost through inventory) and/or a price reduction, with the input tax reversed.
   * Dr Accounts Payable [vendor] / Cr Purchase Price Differences or the line's expense account /
   * Cr Input CGST/SGST/IGST/Cess; the returned stock's cost clears through Stock Received Not Billed.
   */
  async create(inv: Invocation, body: DebitNoteBody): Promise<DebitNoteView> {
    const baseCurrency = await this.deps.identity().baseCurrencyOf(inv.tenantId);
    const claims = claimsInputCredit(await this.deps.identity().service.getTenant(inv.tenantId));
    return this.deps.db.withTenant(inv.tenantId, async (tx) => {
      const bill = await repo.findBill(tx, body.billId, true);
      if (!bill) throw billUnknown();
      if (bill.status !== 'posted' && bill.status !== 'partly_paid' && bill.status !== 'paid') throw errors.billNotPosted(bill.status);
      const cur = bill.currency;
      const rate = bill.exchange_rate;
      const billLines = new Map((await repo.billLines(tx, [bill.id])).map((l) => [l.id, l]));
      const a = await resolvePurchaseAccounts(tx, inv, baseCurrency);
      const book = new Book();
      let apBase = 0n;
      const credit = (accountId: string, minor: bigint) => {
        const base = baseOf(minor, cur, baseCurrency, rate);
        apBase += base;
        book.add(accountId, cur, -minor, -base);
      };
      const moves: MoveRequest[] = [];
      const noteLines: repo.DebitNoteLine[] = [];
      const taken = new Map<string, { quantity: Decimal; value: bigint }>();
      const totals = { subtotal: 0n, cgst: 0n, sgst: 0n, igst: 0n, cess: 0n, charged: 0n };
      for (const [i, l] of body.lines.entries()) {
        const at = `body.lines[${i}]`;
        const line = billLines.get(l.billLineId);
        if (!line) throw errors.debitLineUnknown(`${at}.billLineId`);
        if ((l.quantity === undefined) === (l.amount === undefined)) throw errors.invalidLines([{ path: at, message: 'give either quantity (goods returned) or amount (price reduction)' }]);
        const before = taken.get(line.id) ?? { quantity: new Decimal(line.returned_quantity), value: toMinor(line.debited_value, cur) };
        let taxable: bigint;
        let returned = new Decimal(0);
        if (l.quantity !== undefined) {
          if (line.kind !== 'receipt' || !line.product_id || !line.store_id) throw errors.returnNotStocked(`${at}.quantity`);
          returned = new Decimal(l.quantity);
          const open = new Decimal(line.quantity).sub(before.quantity);
          if (returned.gt(open)) throw errors.debitExceedsBill(`${at}.quantity`, qty(open));
          taxable = lineAmount(returned, line.unit_price, cur);
          moves.push({ storeId: line.store_id, productId: line.product_id, kind: 'issue', direction: 'out', quantity: returned, counterAccountId: a.received, path: at });
        } else {
          taxable = toMinor(l.amount!, cur);
        }
        const open = toMinor(line.taxable_value, cur) - before.value;
        if (taxable > open) throw errors.debitExceedsBill(l.amount !== undefined ? `${at}.amount` : `${at}.quantity`, fromMinor(open, cur));
        taken.set(line.id, { quantity: before.quantity.add(returned), value: before.value + taxable });
        const tax = taxAtRates(taxable, line);
        totals.subtotal += taxable;
        totals.cgst += tax.cgst;
        totals.sgst += tax.sgst;
        totals.igst += tax.igst;
        totals.cess += tax.cess;
        // Without input tax credit the tax was part of the cost: it comes back off the same account.
        const costTax = claims || bill.reverse_charge ? 0n : tax.cgst + tax.sgst + tax.igst + tax.cess;
        credit(line.kind === 'receipt' ? a.priceDifference : (line.account_id ?? a.purchases), taxable + costTax);
        noteLines.push({
          billLineId: line.id,
          quantity: l.quantity === undefined ? null : qty(l.quantity),
          taxableValue: fromMinor(taxable, cur),
          cgst: fromMinor(tax.cgst, cur),
          sgst: fromMinor(tax.sgst, cur),
          igst: fromMinor(tax.igst, cur),
          cess: fromMinor(tax.cess, cur),
          returnValue: '0',
        });
      }
      const taxTotal = totals.cgst + totals.sgst + totals.igst + totals.cess;
      for (const [amount, input, output] of [
        [totals.cgst, a.inputCgst, a.outputCgst],
        [totals.sgst, a.inputSgst, a.outputSgst],
        [totals.igst, a.inputIgst, a.outputIgst],
        [totals.cess, a.inputCess, a.outputCess],
      ] as const) {
        if (amount === 0n || (!claims && !bill.reverse_charge)) continue;
        if (bill.reverse_charge) {
          book.add(output, cur, amount, baseOf(amount, cur, baseCurrency, rate));
          book.add(claims ? input : a.purchases, cur, -amount, -baseOf(amount, cur, baseCurrency, rate));
        } else credit(input, amount);
      }
      const total = totals.subtotal + (bill.reverse_charge ? 0n : taxTotal);
      const due = toMinor(bill.payable, cur) - toMinor(bill.amount_paid, cur) - toMinor(bill.amount_debited, cur);
      if (total > due) {
        throw new AppError('unprocessable', 'PURCHASES.DEBIT_EXCEEDS_DUE', `Only ${fromMinor(due, cur)} of the bill is still due`, { errors: [{ path: 'body.lines', message: `more than the ${fromMinor(due, cur)} due` }], extra: { due: fromMinor(due, cur) } });
      }

      const id = newId();
      const date = body.date ?? today();
      const number = await this.deps.numbering().next(tx, inv.tenantId, 'vendor_debit_note', date);
      let returnValue = 0n;
      let stockEntryId: string | null = null;
      if (moves.length > 0) {
        // Stock goes back at its cost: Dr Stock Received Not Billed / Cr Inventory, cleared below.
        const posted = await this.deps.inventory().post(tx, inv, { documentType: 'issue', documentId: id, date, memo: `Return to vendor ${number}`, source: { module: 'purchases', id }, moves });
        stockEntryId = posted.entryId;
        posted.moves.forEach((m, k) => {
          const value = -BigInt(m.value);
          noteLines[Number(/\[(\d+)\]$/.exec(moves[k]!.path)![1])]!.returnValue = fromMinor(value, baseCurrency);
          returnValue += value;
        });
        book.add(a.received, baseCurrency, -returnValue, -returnValue);
        book.add(a.priceDifference, baseCurrency, returnValue, returnValue);
      }
      book.add(a.payable, cur, total, apBase, { partyId: bill.vendor_id, memo: `Debit note ${number}` });
      const entry = await this.deps.ledger().post(tx, {
        tenantId: inv.tenantId,
        date,
        memo: `Debit note ${number} on bill ${bill.number}: ${body.reason}`,
        reference: number,
        source: { module: 'purchases', id },
        lines: book.lines(baseCurrency),
        actor: inv.actor,
      });
      await repo.insertDebitNote(tx, {
        tenant_id: inv.tenantId,
        id,
        number,
        bill_id: bill.id,
        vendor_id: bill.vendor_id,
        note_date: date,
        currency: cur,
        reason: body.reason,
        subtotal: fromMinor(totals.subtotal, cur),
        cgst: fromMinor(totals.cgst, cur),
        sgst: fromMinor(totals.sgst, cur),
        igst: fromMinor(totals.igst, cur),
        cess: fromMinor(totals.cess, cur),
        total: fromMinor(total, cur),
        return_value: returnValue.toString(),
        lines: noteLines,
        entry_id: entry.entryId,
        stock_entry_id: stockEntryId,
      });
      for (const [lineId, t] of taken) {
        const line = billLines.get(lineId)!;
        await repo.addBillLineDebited(tx, lineId, t.quantity.sub(line.returned_quantity).toFixed(), fromMinor(t.value - toMinor(line.debited_value, cur), cur));
      }
      const debited = toMinor(bill.amount_debited, cur) + total;
      const status = settledStatus(toMinor(bill.payable, cur), toMinor(bill.amount_paid, cur) + debited);
      await repo.setBillSettlement(tx, bill.id, bill.amount_paid, fromMinor(debited, cur), status);
      if (status === 'paid') {
        const settled = await repo.findBill(tx, bill.id);
        await appendEvent(tx, { type: 'bill.paid', tenantId: inv.tenantId, actor: inv.actor, data: billView(settled!, await repo.billLines(tx, [bill.id])) });
      }
      const view = await this.viewIn(tx, id, baseCurrency);
      await recordAudit(tx, auditFromInvocation(inv, 'vendor_debit_note.created', 'vendor_debit_note', id, null, view));
      await appendEvent(tx, { type: 'vendor_debit_note.created', tenantId: inv.tenantId, actor: inv.actor, data: view });
      return view;
    });
  }

  async viewIn(tx: Tx, id: string, baseCurrency: string): Promise<DebitNoteView> {
    const row = await repo.findDebitNote(tx, id);
    if (!row) throw errors.debitNoteNotFound();
    return debitNoteView(row, baseCurrency);
  }

  async get(tenantId: string, id: string): Promise<DebitNoteView> {
    const baseCurrency = await this.deps.identity().baseCurrencyOf(tenantId);
    return this.deps.db.withTenant(tenantId, (tx) => this.viewIn(tx, id, baseCurrency));
  }

  async list(tenantId: string, filter: repo.ListFilter) {
    const baseCurrency = await this.deps.identity().baseCurrencyOf(tenantId);
    return this.deps.db.withTenant(tenantId, async (tx) => {
      const rows = await repo.listDebitNotes(tx, { ...filter, limit: filter.limit + 1 });
      return { rows, items: rows.slice(0, filter.limit).map((r) => debitNoteView(r, baseCurrency)) };
    });
  }
}

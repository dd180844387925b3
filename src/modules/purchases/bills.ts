import { Decimal } from 'decimal.js';
import { AppError, newId, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { staleVersion } from '../../platform/http/index.js';
import { resolvePurchaseAccounts } from './accounts.js';
import { activeProducts, activeVendor, checkAccount, claimsInputCredit, purchaseTax, rateOn, today, vendorOf, type Product, type Tenant, type Vendor } from './common.js';
import type { PurchasesDeps } from './deps.js';
import { addDays, fromMinor, prorate, qty, toMinor } from './domain/amounts.js';
import * as errors from './domain/errors.js';
import { baseOf, Book, recordTdsIn } from './posting.js';
import * as repo from './repo.js';
import type { BillBody } from './schemas.js';
import { billView, type BillView } from './views.js';

interface Prepared {
  vendor: Vendor;
  tenant: Tenant;
  currency: string;
  products: Map<string, Product>;
  baseCurrency: string;
}

interface DraftLine {
  kind: 'receipt' | 'order' | 'expense';
  receipt_line_id: string | null;
  order_line_id: string | null;
  product_id: string | null;
  store_id: string | null;
  account_id: string | null;
  description: string;
  hsn: string | null;
  quantity: string;
  unit_price: string;
  gst_rate: string | null;
  path: string;
}

const pgCode = (error: unknown) => (error as { code?: string; constraint?: string } | null) ?? {};

export class BillsService {
  constructor(private readonly deps: PurchasesDeps) {}

  private async prepare(inv: Invocation, body: BillBody): Promise<Prepared> {
    const vendor = await activeVendor(this.deps, inv.tenantId, body.vendorId);
    if (!body.lines?.length && !body.goodsReceiptIds?.length) throw errors.invalidLines([{ path: 'body.lines', message: 'give lines or goodsReceiptIds' }]);
    const lines = body.lines ?? [];
    const products = await activeProducts(
      this.deps,
      inv.tenantId,
      lines.flatMap((l, i) => (l.productId && !l.receiptLineId && !l.orderLineId ? [{ productId: l.productId, path: `body.lines[${i}].productId` }] : [])),
    );
    for (const [i, l] of lines.entries()) {
      if (l.accountId) await checkAccount(this.deps, inv.tenantId, l.accountId, `body.lines[${i}].accountId`, ['expense', 'asset'], 'expense or asset');
    }
    const baseCurrency = await this.deps.identity().baseCurrencyOf(inv.tenantId);
    const currency = body.currency ?? vendor.currency;
    if (body.tds) {
      if (currency !== baseCurrency) throw errors.tdsNeedsBaseCurrency();
      try {
        this.deps.tax().tds.compute({ section: body.tds.section, rateKey: body.tds.rateKey, date: body.date ?? body.vendorBillDate, amount: '0', pan: vendor.pan });
      } catch (error) {
        if (error instanceof AppError) throw new AppError(error.kind, error.code, error.message, { errors: error.errors.map((e) => ({ ...e, path: `body.tds.${e.path}` })) });
        throw error;
      }
    }
    return { vendor, tenant: await this.deps.identity().service.getTenant(inv.tenantId), currency, products, baseCurrency };
  }

  /** The bill's lines from receipts, order lines and expense lines, checked against what is left to bill. */
  private async resolveLines(tx: Tx, body: BillBody, p: Prepared): Promise<DraftLine[]> {
    const out: DraftLine[] = [];
    const given = body.lines ?? [];
    if (body.orderId) {
      const order = await repo.findOrder(tx, body.orderId);
      if (!order) throw new AppError('unprocessable', 'PURCHASES.ORDER_NOT_FOUND', 'No such purchase order', { errors: [{ path: 'body.orderId', message: 'no such purchase order' }] });
      if (order.vendor_id !== p.vendor.id) throw errors.wrongVendor('body.orderId');
    }
    const receiptIds = body.goodsReceiptIds ?? [];
    const fromReceipts = await repo.receiptLines(tx, receiptIds);
    for (const [i, id] of receiptIds.entries()) {
      const r = await repo.findReceipt(tx, id);
      if (!r) throw new AppError('unprocessable', 'PURCHASES.RECEIPT_NOT_FOUND', 'No such goods receipt', { errors: [{ path: `body.goodsReceiptIds[${i}]`, message: 'no such goods receipt' }] });
      if (r.vendor_id !== p.vendor.id) throw errors.wrongVendor(`body.goodsReceiptIds[${i}]`);
      if (r.currency !== p.currency) throw errors.currencyMismatch(`body.goodsReceiptIds[${i}]`);
    }
    const receiptLineIds = [...fromReceipts.map((l) => l.id), ...given.flatMap((l) => (l.receiptLineId ? [l.receiptLineId] : []))];
    const rLines = await repo.receiptLinesById(tx, receiptLineIds);
    const oLines = await repo.orderLinesById(tx, [...[...rLines.values()].map((l) => l.order_line_id), ...given.flatMap((l) => (l.orderLineId ? [l.orderLineId] : []))]);
    const orders = new Map<string, repo.OrderRow>();
    const orderOf = async (id: string) => {
      if (!orders.has(id)) orders.set(id, (await repo.findOrder(tx, id))!);
      return orders.get(id)!;
    };
    const explicit = new Set(given.flatMap((l) => (l.receiptLineId ? [l.receiptLineId] : [])));
    for (const rl of fromReceipts) {
      const open = new Decimal(rl.quantity).sub(rl.billed_quantity);
      if (open.lte(0) || explicit.has(rl.id)) continue;
      const ol = oLines.get(rl.order_line_id)!;
      const receipt = rLines.get(rl.id)!;
      out.push({ kind: 'receipt', receipt_line_id: rl.id, order_line_id: ol.id, product_id: rl.product_id, store_id: receipt.store_id, account_id: null, description: ol.description, hsn: ol.hsn, quantity: open.toFixed(), unit_price: rl.unit_price, gst_rate: ol.gst_rate, path: `body.goodsReceiptIds[${receiptIds.indexOf(receipt.receipt_id)}]` });
    }
    for (const [i, l] of given.entries()) {
      const at = `body.lines[${i}]`;
      if (l.receiptLineId) {
        const rl = rLines.get(l.receiptLineId);
        if (!rl) throw new AppError('unprocessable', 'PURCHASES.RECEIPT_NOT_FOUND', 'No such goods receipt line', { errors: [{ path: `${at}.receiptLineId`, message: 'no such goods receipt line' }] });
        if (rl.vendor_id !== p.vendor.id) throw errors.wrongVendor(`${at}.receiptLineId`);
        if (rl.currency !== p.currency) throw errors.currencyMismatch(`${at}.receiptLineId`);
        const ol = oLines.get(rl.order_line_id)!;
        out.push({
          kind: 'receipt',
          receipt_line_id: rl.id,
          order_line_id: ol.id,
          product_id: rl.product_id,
          store_id: rl.store_id,
          account_id: null,
          description: l.description ?? ol.description,
          hsn: l.hsn ?? ol.hsn,
          quantity: qty(l.quantity ?? new Decimal(rl.quantity).sub(rl.billed_quantity)),
          unit_price: l.unitPrice ?? rl.unit_price,
          gst_rate: l.gstRate ?? ol.gst_rate,
          path: at,
        });
      } else if (l.orderLineId) {
        const ol = oLines.get(l.orderLineId);
        const order = ol ? await orderOf(ol.order_id) : undefined;
        if (!ol || !order) throw errors.lineNotOnOrder(`${at}.orderLineId`);
        if (order.vendor_id !== p.vendor.id) throw errors.wrongVendor(`${at}.orderLineId`);
        if (order.currency !== p.currency) throw errors.currencyMismatch(`${at}.orderLineId`);
        if (order.status === 'draft' || order.status === 'cancelled') throw errors.orderNotOpen(order.status);
        if (ol.stocked) throw new AppError('unprocessable', 'PURCHASES.BILL_STOCK_BY_RECEIPT', 'Stocked lines are billed through their goods-receipt lines', { errors: [{ path: `${at}.orderLineId`, message: 'bill the goods-receipt line instead' }] });
        out.push({
          kind: 'order',
          receipt_line_id: null,
          order_line_id: ol.id,
          product_id: ol.product_id,
          store_id: null,
          account_id: l.accountId ?? ol.account_id,
          description: l.description ?? ol.description,
          hsn: l.hsn ?? ol.hsn,
          quantity: qty(l.quantity ?? Decimal.max(new Decimal(ol.quantity).sub(ol.billed_quantity), 0)),
          unit_price: l.unitPrice ?? ol.unit_price,
          gst_rate: l.gstRate ?? ol.gst_rate,
          path: at,
        });
      } else {
        const product = l.productId ? p.products.get(l.productId) : undefined;
        const issues = [];
        if (!l.description && !product) issues.push({ path: `${at}.description`, message: 'an expense line needs a description or a product' });
        if (l.unitPrice === undefined) issues.push({ path: `${at}.unitPrice`, message: 'an expense line needs a price' });
        if (issues.length > 0) throw errors.invalidLines(issues);
        out.push({
          kind: 'expense',
          receipt_line_id: null,
          order_line_id: null,
          product_id: product?.id ?? null,
          store_id: null,
          account_id: l.accountId ?? null,
          description: l.description ?? product!.name,
          hsn: l.hsn ?? product?.hsn_sac ?? null,
          quantity: qty(l.quantity ?? '1'),
          unit_price: l.unitPrice!,
          gst_rate: l.gstRate ?? product?.gst_rate ?? null,
          path: at,
        });
      }
    }
    if (out.length === 0) throw errors.invalidLines([{ path: 'body.goodsReceiptIds', message: 'nothing is left to bill on these receipts' }]);
    this.checkOpen(out, rLines, oLines);
    return out;
  }

  /** No line bills more than was received (receipt lines) or ordered (order lines), lines of this bill together. */
  private checkOpen(lines: readonly DraftLine[], rLines: ReadonlyMap<string, repo.ReceiptLineRow>, oLines: ReadonlyMap<string, repo.OrderLineRow>): void {
    const taken = new Map<string, Decimal>();
    for (const l of lines) {
      if (l.kind === 'receipt') {
        const rl = rLines.get(l.receipt_line_id!)!;
        const sum = (taken.get(rl.id) ?? new Decimal(0)).add(l.quantity);
        const open = new Decimal(rl.quantity).sub(rl.billed_quantity);
        if (sum.gt(open)) throw errors.billExceedsReceipt(`${l.path}.quantity`, qty(Decimal.max(open.sub(sum.sub(l.quantity)), 0)));
        taken.set(rl.id, sum);
      } else if (l.kind === 'order') {
        const ol = oLines.get(l.order_line_id!)!;
        const sum = (taken.get(ol.id) ?? new Decimal(0)).add(l.quantity);
        const open = new Decimal(ol.quantity).sub(ol.billed_quantity);
        if (sum.gt(open)) throw errors.billExceedsOrder(`${l.path}.quantity`, qty(Decimal.max(open.sub(sum.sub(l.quantity)), 0)));
        taken.set(ol.id, sum);
      }
    }
  }

  private async compute(tx: Tx, inv: Invocation, id: string, number: string, body: BillBody, p: Prepared) {
    const draft = await this.resolveLines(tx, body, p);
    const date = body.date ?? body.vendorBillDate;
    const tax = await purchaseTax(
      this.deps,
      tx,
      { tenant: p.tenant, vendor: p.vendor, currency: p.currency, date, placeOfSupply: body.placeOfSupply, reverseCharge: body.reverseCharge ?? false },
      draft.map((l) => ({ hsn: l.hsn, quantity: l.quantity, unitPrice: l.unit_price, gstRate: l.gst_rate, path: l.path })),
    );
    const rate = await rateOn(this.deps, tx, inv.tenantId, p.currency, date);
    const fmt = (m: bigint) => fromMinor(m, p.currency);
    const values: repo.BillValues = {
      tenant_id: inv.tenantId,
      id,
      number,
      vendor_id: p.vendor.id,
      vendor_bill_number: body.vendorBillNumber,
      vendor_bill_date: body.vendorBillDate,
      bill_date: date,
      due_date: body.dueDate ?? addDays(date, p.vendor.payment_terms_days ?? 0),
      status: 'draft',
      order_id: body.orderId ?? null,
      currency: p.currency,
      exchange_rate: rate,
      place_of_supply: tax.placeOfSupply,
      supply_type: tax.supplyType,
      reverse_charge: body.reverseCharge ?? false,
      tds_section: body.tds?.section ?? null,
      tds_rate_key: body.tds?.rateKey ?? null,
      subtotal: fmt(tax.subtotal),
      cgst: fmt(tax.cgst),
      sgst: fmt(tax.sgst),
      igst: fmt(tax.igst),
      cess: fmt(tax.cess),
      tax_total: fmt(tax.taxTotal),
      round_off: '0',
      total: fmt(tax.total),
      tds_amount: '0',
      payable: fmt(tax.total),
      notes: body.notes ?? null,
    };
    const lines: repo.BillLineValues[] = draft.map((l, i) => {
      const t = tax.lines[i]!;
      return {
        id: newId(),
        line_no: i + 1,
        kind: l.kind,
        receipt_line_id: l.receipt_line_id,
        order_line_id: l.order_line_id,
        product_id: l.product_id,
        store_id: l.store_id,
        account_id: l.account_id,
        description: l.description,
        hsn: l.hsn,
        quantity: l.quantity,
        unit_price: l.unit_price,
        taxable_value: fmt(t.taxable),
        gst_rate: t.gstRate,
        cgst_rate: t.cgstRate,
        sgst_rate: t.sgstRate,
        igst_rate: t.igstRate,
        cess_percent: t.cessPercent,
        cgst: fmt(t.cgst),
        sgst: fmt(t.sgst),
        igst: fmt(t.igst),
        cess: fmt(t.cess),
        total: fmt(t.total),
      };
    });
    return { values, lines };
  }

  async create(inv: Invocation, body: BillBody): Promise<BillView> {
    const p = await this.prepare(inv, body);
    return this.write(async (tx) => {
      const id = newId();
      const number = await this.deps.numbering().next(tx, inv.tenantId, 'bill', body.date ?? body.vendorBillDate);
      const { values, lines } = await this.compute(tx, inv, id, number, body, p);
      await repo.insertBill(tx, values);
      await repo.insertBillLines(tx, inv.tenantId, id, lines);
      const view = await this.viewIn(tx, id);
      await recordAudit(tx, auditFromInvocation(inv, 'bill.created', 'bill', id, null, view));
      await appendEvent(tx, { type: 'bill.created', tenantId: inv.tenantId, actor: inv.actor, data: view });
      return view;
    }, inv.tenantId);
  }

  async update(inv: Invocation, id: string, expected: number, body: BillBody): Promise<BillView> {
    const current = await this.get(inv.tenantId, id);
    if (current.status !== 'draft') throw errors.billNotDraft(current.status);
    const p = await this.prepare(inv, body);
    return this.write(async (tx) => {
      const before = await this.locked(tx, id, expected);
      if (before.status !== 'draft') throw errors.billNotDraft(before.status);
      const beforeView = billView(before, await repo.billLines(tx, [id]));
      const { values, lines } = await this.compute(tx, inv, id, before.number, body, p);
      await repo.replaceBill(tx, values);
      await repo.insertBillLines(tx, inv.tenantId, id, lines);
      const view = await this.viewIn(tx, id);
      await recordAudit(tx, auditFromInvocation(inv, 'bill.updated', 'bill', id, beforeView, view));
      return view;
    }, inv.tenantId);
  }

  /**
   * Posts a draft bill in one transaction: Dr Stock Received Not Billed at the receipt cost of the
   * billed goods (the price difference to Purchase Price Differences), Dr the expense accounts,
   * Dr Input CGST/SGST/IGST/Cess (reverse charge: also Cr the output tax), Cr Accounts Payable
   * [vendor]; then the TDS deduction through the tax module (Dr Accounts Payable / Cr TDS Payable).
   */
  async post(inv: Invocation, id: string, expected: number | null): Promise<BillView> {
    const current = await this.get(inv.tenantId, id);
    const vendor = await vendorOf(this.deps, inv.tenantId, current.vendorId);
    const baseCurrency = await this.deps.identity().baseCurrencyOf(inv.tenantId);
    const credit = claimsInputCredit(await this.deps.identity().service.getTenant(inv.tenantId));
    return this.write(async (tx) => {
      const bill = await this.locked(tx, id, expected);
      if (bill.status !== 'draft') throw errors.billNotDraft(bill.status);
      const lines = await repo.billLines(tx, [id]);
      const rLines = await repo.receiptLinesById(tx, lines.flatMap((l) => (l.receipt_line_id ? [l.receipt_line_id] : [])), true);
      const oLines = await repo.orderLinesById(tx, lines.flatMap((l) => (l.order_line_id ? [l.order_line_id] : [])), true);
      this.checkOpen(
        lines.map((l) => ({ ...l, path: `lines[${l.line_no - 1}]` })),
        rLines,
        oLines,
      );
      const a = await resolvePurchaseAccounts(tx, inv, baseCurrency);
      const cur = bill.currency;
      const rate = bill.exchange_rate;
      const book = new Book();
      let totalBase = 0n;
      const debit = (accountId: string, minor: bigint, memo: string | null = null) => {
        const base = baseOf(minor, cur, baseCurrency, rate);
        totalBase += base;
        book.add(accountId, cur, minor, base, { memo });
      };
      const grniTaken = new Map<string, { quantity: Decimal; value: bigint }>();
      const grniOf = new Map<string, bigint>();
      for (const l of lines) {
        // Without input tax credit, the tax the vendor charges is part of the line's cost.
        const charged = bill.reverse_charge ? 0n : toMinor(l.cgst, cur) + toMinor(l.sgst, cur) + toMinor(l.igst, cur) + toMinor(l.cess, cur);
        const taxable = toMinor(l.taxable_value, cur) + (credit ? 0n : charged);
        if (l.kind === 'receipt') {
          const rl = rLines.get(l.receipt_line_id!)!;
          const before = grniTaken.get(rl.id) ?? { quantity: new Decimal(rl.billed_quantity), value: BigInt(rl.billed_value) };
          const grni = prorate(BigInt(rl.value), rl.quantity, before.quantity, l.quantity, before.value);
          grniTaken.set(rl.id, { quantity: before.quantity.add(l.quantity), value: before.value + grni });
          grniOf.set(l.id, grni);
          debit(a.priceDifference, taxable, l.description);
          book.add(a.received, baseCurrency, grni, grni);
          book.add(a.priceDifference, baseCurrency, -grni, -grni);
        } else {
          debit(l.account_id ?? a.purchases, taxable, l.description);
        }
      }
      const taxes: [bigint, string, string][] = [
        [toMinor(bill.cgst, cur), a.inputCgst, a.outputCgst],
        [toMinor(bill.sgst, cur), a.inputSgst, a.outputSgst],
        [toMinor(bill.igst, cur), a.inputIgst, a.outputIgst],
        [toMinor(bill.cess, cur), a.inputCess, a.outputCess],
      ];
      for (const [amount, input, output] of taxes) {
        if (amount === 0n || (!credit && !bill.reverse_charge)) continue;
        if (bill.reverse_charge) {
          // Reverse charge: the business pays the tax itself and takes the credit.
          book.add(credit ? input : a.purchases, cur, amount, baseOf(amount, cur, baseCurrency, rate));
          book.add(output, cur, -amount, -baseOf(amount, cur, baseCurrency, rate));
        } else debit(input, amount);
      }
      const total = toMinor(bill.total, cur);
      book.add(a.payable, cur, -total, -totalBase, { partyId: bill.vendor_id, memo: `Bill ${bill.vendor_bill_number}` });
      const entryLines = book.lines(baseCurrency);
      const entry =
        entryLines.length >= 2
          ? await this.deps.ledger().post(tx, {
              tenantId: inv.tenantId,
              date: bill.bill_date,
              memo: `Bill ${bill.number} from ${vendor?.display_name ?? 'vendor'} (${bill.vendor_bill_number})`,
              reference: bill.number,
              source: { module: 'purchases', id: bill.id },
              lines: entryLines,
              actor: inv.actor,
            })
          : null;

      let tdsAmount = 0n;
      let deductionId: string | null = null;
      if (bill.tds_section) {
        const { row } = await recordTdsIn(this.deps.tax().tds.service, tx, inv, {
          partyId: bill.vendor_id,
          section: bill.tds_section,
          rateKey: bill.tds_rate_key ?? undefined,
          date: bill.bill_date,
          amount: fromMinor(toMinor(bill.subtotal, cur), cur),
          pan: vendor?.pan ?? null,
          reference: bill.number,
        });
        deductionId = row.id;
        tdsAmount = toMinor(row.deduction, cur);
      }

      for (const l of lines) {
        if (l.kind === 'receipt') {
          await repo.addReceiptLineBilled(tx, l.receipt_line_id!, l.quantity, grniOf.get(l.id)!);
          await repo.setBillLineGrni(tx, l.id, grniOf.get(l.id)!);
        }
        if (l.order_line_id) await repo.addOrderLineQuantities(tx, l.order_line_id, '0', l.quantity);
      }
      await repo.markBillPosted(tx, id, { entryId: entry?.entryId ?? null, deductionId, tdsAmount: fromMinor(tdsAmount, cur), payable: fromMinor(total - tdsAmount, cur), totalBase });
      await this.deps.identity().plans.consume(tx, inv.tenantId, 'documents_per_month');
      const view = await this.viewIn(tx, id);
      await recordAudit(tx, auditFromInvocation(inv, 'bill.posted', 'bill', id, billView(bill, lines), view));
      await appendEvent(tx, { type: 'bill.posted', tenantId: inv.tenantId, actor: inv.actor, data: view });
      return view;
    }, inv.tenantId);
  }

  /**
   * Voids a bill. A posted one (nothing paid or debited on it) has its entry reversed, its TDS
   * deduction's posting undone (Dr TDS Payable / Cr Accounts Payable) and its receipt and order
   * lines open for billing again.
   */
  async void(inv: Invocation, id: string, expected: number | null, options: { date?: string | undefined; reason?: string | undefined }): Promise<BillView> {
    await this.get(inv.tenantId, id);
    const baseCurrency = await this.deps.identity().baseCurrencyOf(inv.tenantId);
    return this.write(async (tx) => {
      const bill = await this.locked(tx, id, expected);
      if (bill.status === 'void') throw errors.billNotPosted('void');
      if (!new Decimal(bill.amount_paid).isZero() || !new Decimal(bill.amount_debited).isZero()) throw errors.billHasPayments();
      const lines = await repo.billLines(tx, [id]);
      const reversals: string[] = [];
      if (bill.status !== 'draft') {
        const date = options.date ?? today();
        const memo = `Void of bill ${bill.number}${options.reason ? `: ${options.reason}` : ''}`;
        if (bill.entry_id) reversals.push(await this.deps.ledger().reverse(tx, inv.tenantId, bill.entry_id, { date, memo }));
        const tds = toMinor(bill.tds_amount, bill.currency);
        if (tds > 0n) {
          const a = await resolvePurchaseAccounts(tx, inv, baseCurrency);
          const posted = await this.deps.ledger().post(tx, {
            tenantId: inv.tenantId,
            date,
            memo: `${memo} (TDS u/s ${bill.tds_section})`,
            reference: bill.number,
            source: { module: 'purchases', id: `${bill.id}/tds-void` },
            actor: inv.actor,
            lines: [
              { accountId: a.tdsPayable, debit: tds, currency: baseCurrency, partyId: bill.vendor_id },
              { accountId: a.payable, credit: tds, currency: baseCurrency, partyId: bill.vendor_id },
            ],
          });
          reversals.push(posted.entryId);
        }
        await repo.receiptLinesById(tx, lines.flatMap((l) => (l.receipt_line_id ? [l.receipt_line_id] : [])), true);
        for (const l of lines) {
          if (l.kind === 'receipt') await repo.addReceiptLineBilled(tx, l.receipt_line_id!, new Decimal(l.quantity).neg().toFixed(), -BigInt(l.grni_value));
          if (l.order_line_id) await repo.addOrderLineQuantities(tx, l.order_line_id, '0', new Decimal(l.quantity).neg().toFixed());
        }
      }
      await repo.markBillVoid(tx, id, reversals);
      const view = await this.viewIn(tx, id);
      await recordAudit(tx, auditFromInvocation(inv, 'bill.voided', 'bill', id, billView(bill, lines), view));
      await appendEvent(tx, { type: 'bill.voided', tenantId: inv.tenantId, actor: inv.actor, data: { id, number: bill.number, vendorId: bill.vendor_id, reversalEntryIds: reversals } });
      return view;
    }, inv.tenantId);
  }

  private async write<T>(fn: (tx: Tx) => Promise<T>, tenantId: string): Promise<T> {
    try {
      return await this.deps.db.withTenant(tenantId, fn);
    } catch (error) {
      const pg = pgCode(error);
      if (pg.code === '23505' && pg.constraint === 'bills_vendor_number') throw errors.duplicateVendorBill();
      throw error;
    }
  }

  private async locked(tx: Tx, id: string, expected: number | null): Promise<repo.BillRow> {
    const row = await repo.findBill(tx, id, true);
    if (!row) throw errors.billNotFound();
    if (expected !== null && row.version !== expected) throw staleVersion(row.version);
    return row;
  }

  async viewIn(tx: Tx, id: string): Promise<BillView> {
    const row = await repo.findBill(tx, id);
    if (!row) throw errors.billNotFound();
    return billView(row, await repo.billLines(tx, [id]));
  }

  async get(tenantId: string, id: string): Promise<BillView> {
    return this.deps.db.withTenant(tenantId, (tx) => this.viewIn(tx, id));
  }

  async list(tenantId: string, filter: repo.ListFilter) {
    return this.deps.db.withTenant(tenantId, async (tx) => {
      const rows = await repo.listBills(tx, { ...filter, limit: filter.limit + 1 });
      const lines = await repo.billLines(tx, rows.map((r) => r.id));
      return { rows, items: rows.slice(0, filter.limit).map((r) => billView(r, lines.filter((l) => l.bill_id === r.id))) };
    });
  }
}

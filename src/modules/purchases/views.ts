import { Decimal } from 'decimal.js';
import { fromMinor, money, qty } from './domain/amounts.js';
import type * as repo from './repo.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function orderView(o: repo.OrderRow, lines: readonly repo.OrderLineRow[]) {
  const m = (v: string) => money(v, o.currency);
  return {
    id: o.id,
    number: o.number,
    vendorId: o.vendor_id,
    status: o.status,
    date: o.order_date,
    expectedDate: o.expected_date,
    storeId: o.store_id,
    currency: o.currency,
    reference: o.reference,
    notes: o.notes,
    subtotal: m(o.subtotal),
    taxTotal: m(o.tax_total),
    total: m(o.total),
    taxes: o.taxes,
    lines: lines.map((l) => ({
      id: l.id,
      lineNo: l.line_no,
      productId: l.product_id,
      stocked: l.stocked,
      description: l.description,
      hsn: l.hsn,
      unit: l.unit,
      quantity: qty(l.quantity),
      unitPrice: new Decimal(l.unit_price).toFixed(),
      gstRate: l.gst_rate === null ? null : qty(l.gst_rate),
      accountId: l.account_id,
      amount: m(l.amount),
      receivedQuantity: qty(l.received_quantity),
      billedQuantity: qty(l.billed_quantity),
    })),
    version: o.version,
    createdAt: iso(o.created_at),
  };
}
export type OrderView = ReturnType<typeof orderView>;

export function receiptView(r: repo.ReceiptRow, lines: readonly repo.ReceiptLineRow[], baseCurrency: string) {
  return {
    id: r.id,
    number: r.number,
    orderId: r.order_id,
    vendorId: r.vendor_id,
    storeId: r.store_id,
    date: r.receipt_date,
    currency: r.currency,
    exchangeRate: new Decimal(r.exchange_rate).toFixed(),
    value: fromMinor(BigInt(r.value), baseCurrency),
    entryId: r.entry_id,
    notes: r.notes,
    lines: lines.map((l) => ({
      id: l.id,
      lineNo: l.line_no,
      orderLineId: l.order_line_id,
      productId: l.product_id,
      quantity: qty(l.quantity),
      unitPrice: new Decimal(l.unit_price).toFixed(),
      value: fromMinor(BigInt(l.value), baseCurrency),
      billedQuantity: qty(l.billed_quantity),
    })),
    createdAt: iso(r.created_at),
  };
}
export type ReceiptView = ReturnType<typeof receiptView>;

export function billView(b: repo.BillRow, lines: readonly repo.BillLineRow[]) {
  const m = (v: string | Decimal) => money(v, b.currency);
  const due = b.status === 'draft' || b.status === 'void' ? new Decimal(0) : new Decimal(b.payable).sub(b.amount_paid).sub(b.amount_debited);
  return {
    id: b.id,
    number: b.number,
    vendorId: b.vendor_id,
    vendorBillNumber: b.vendor_bill_number,
    vendorBillDate: b.vendor_bill_date,
    date: b.bill_date,
    dueDate: b.due_date,
    status: b.status,
    orderId: b.order_id,
    currency: b.currency,
    exchangeRate: new Decimal(b.exchange_rate).toFixed(),
    placeOfSupply: b.place_of_supply,
    supplyType: b.supply_type,
    reverseCharge: b.reverse_charge,
    tds: b.tds_section === null ? null : { section: b.tds_section, rateKey: b.tds_rate_key, amount: m(b.tds_amount), deductionId: b.tds_deduction_id },
    subtotal: m(b.subtotal),
    cgst: m(b.cgst),
    sgst: m(b.sgst),
    igst: m(b.igst),
    cess: m(b.cess),
    taxTotal: m(b.tax_total),
    total: m(b.total),
    payable: m(b.payable),
    amountPaid: m(b.amount_paid),
    amountDebited: m(b.amount_debited),
    amountDue: m(due),
    entryId: b.entry_id,
    notes: b.notes,
    lines: lines.map((l) => ({
      id: l.id,
      lineNo: l.line_no,
      kind: l.kind,
      receiptLineId: l.receipt_line_id,
      orderLineId: l.order_line_id,
      productId: l.product_id,
      accountId: l.account_id,
      description: l.description,
      hsn: l.hsn,
      quantity: qty(l.quantity),
      unitPrice: new Decimal(l.unit_price).toFixed(),
      taxableValue: m(l.taxable_value),
      gstRate: qty(l.gst_rate),
      cgst: m(l.cgst),
      sgst: m(l.sgst),
      igst: m(l.igst),
      cess: m(l.cess),
      total: m(l.total),
      returnedQuantity: qty(l.returned_quantity),
    })),
    version: b.version,
    createdAt: iso(b.created_at),
  };
}
export type BillView = ReturnType<typeof billView>;

export function paymentView(p: repo.PaymentRow, allocations: readonly repo.AllocationRow[], baseCurrency: string) {
  return {
    id: p.id,
    number: p.number,
    vendorId: p.vendor_id,
    date: p.payment_date,
    currency: p.currency,
    amount: money(p.amount, p.currency),
    unapplied: money(p.unapplied, p.currency),
    bankAccountId: p.bank_account_id,
    exchangeRate: new Decimal(p.exchange_rate).toFixed(),
    status: p.status,
    reference: p.reference,
    notes: p.notes,
    entryId: p.entry_id,
    reversalEntryId: p.reversal_entry_id,
    allocations: allocations.map((a) => ({ billId: a.bill_id, amount: money(a.amount, p.currency), gainLoss: fromMinor(BigInt(a.gain_loss), baseCurrency) })),
    version: p.version,
    createdAt: iso(p.created_at),
  };
}
export type PaymentView = ReturnType<typeof paymentView>;

export function debitNoteView(d: repo.DebitNoteRow, baseCurrency: string) {
  const m = (v: string) => money(v, d.currency);
  return {
    id: d.id,
    number: d.number,
    billId: d.bill_id,
    vendorId: d.vendor_id,
    date: d.note_date,
    currency: d.currency,
    reason: d.reason,
    subtotal: m(d.subtotal),
    cgst: m(d.cgst),
    sgst: m(d.sgst),
    igst: m(d.igst),
    cess: m(d.cess),
    total: m(d.total),
    returnValue: fromMinor(BigInt(d.return_value), baseCurrency),
    entryId: d.entry_id,
    lines: d.lines,
    createdAt: iso(d.created_at),
  };
}
export type DebitNoteView = ReturnType<typeof debitNoteView>;

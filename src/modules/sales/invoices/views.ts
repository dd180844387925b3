import { Decimal } from 'decimal.js';
import { currencyExponent, formatMoney } from '../../../kernel/money.js';
import type { InvoiceLineSnapshot, InvoiceSnapshot } from '../contracts.js';
import { isOverdue, type TaxComponent, type TaxRow } from '../domain/invoice.js';
import type { BuyerSnapshot } from './print.js';
import type { CreditLineRow, CreditNoteRow, InvoiceRow, LineRow } from './repo.js';

export interface InvoiceLineView extends InvoiceLineSnapshot {
  lineNo: number;
  hsn: string | null;
  unit: string | null;
  discountPercent: string;
  discount: string;
  taxableValue: string;
  taxRate: string;
  taxComponents: TaxComponent[];
  taxAmount: string;
  lineTotal: string;
  taxRateId: string | null;
  taxGroupId: string | null;
}

export interface InvoiceView extends InvoiceSnapshot {
  kind: 'invoice' | 'debit_note';
  originalInvoiceId: string | null;
  buyer: BuyerSnapshot;
  taxEngine: 'gst' | 'vat';
  placeOfSupply: string | null;
  supplyType: string | null;
  reverseCharge: boolean;
  reference: string | null;
  notes: string | null;
  terms: string | null;
  reason: string | null;
  subtotal: string;
  discountTotal: string;
  taxTotal: string;
  taxes: TaxRow[];
  roundOff: string;
  stockEntryId: string | null;
  voidEntryId: string | null;
  issuedAt: string | null;
  voidedAt: string | null;
  sentAt: string | null;
  createdAt: string;
  updatedAt: string;
  lines: InvoiceLineView[];
}

/** Amounts with the currency's decimals ("1180.00"). */
function amount(value: string, currency: string): string {
  return new Decimal(value).toFixed(currencyExponent(currency));
}

export function lineView(l: LineRow, currency: string): InvoiceLineView {
  return {
    id: l.id,
    lineNo: l.line_no,
    productId: l.product_id,
    description: l.description,
    hsn: l.hsn,
    quantity: l.quantity,
    unit: l.unit,
    unitPrice: new Decimal(l.unit_price).toFixed(Math.max(2, new Decimal(l.unit_price).decimalPlaces())),
    discountPercent: l.discount_percent,
    discount: amount(l.discount, currency),
    taxableValue: amount(l.taxable_value, currency),
    taxRate: l.tax_rate,
    taxComponents: l.tax_components,
    taxAmount: amount(l.tax_amount, currency),
    lineTotal: amount(l.line_total, currency),
    taxRateId: l.tax_rate_id,
    taxGroupId: l.tax_group_id,
    storeId: l.store_id,
    orderLineId: l.order_line_id,
    deliveryLineId: l.delivery_line_id,
  };
}

export function invoiceView(r: InvoiceRow, lines: readonly LineRow[], today: string): InvoiceView {
  const due = BigInt(r.total_minor) - BigInt(r.amount_paid_minor);
  return {
    id: r.id,
    kind: r.kind,
    originalInvoiceId: r.original_invoice_id,
    number: r.number,
    status: r.status,
    overdue: isOverdue(r.status, r.due_date, today),
    customerId: r.customer_id,
    customerName: r.customer_name,
    buyer: r.buyer,
    currency: r.currency,
    exchangeRate: r.exchange_rate,
    date: r.invoice_date,
    dueDate: r.due_date,
    taxEngine: r.tax_engine,
    placeOfSupply: r.place_of_supply,
    supplyType: r.supply_type,
    reverseCharge: r.reverse_charge,
    reference: r.reference,
    notes: r.notes,
    terms: r.terms,
    reason: r.reason,
    salesOrderId: r.sales_order_id,
    subtotal: amount(r.subtotal, r.currency),
    discountTotal: amount(r.discount_total, r.currency),
    taxTotal: amount(r.tax_total, r.currency),
    taxes: r.taxes,
    roundOff: amount(r.round_off, r.currency),
    total: formatMoney(BigInt(r.total_minor), r.currency),
    amountPaid: formatMoney(BigInt(r.amount_paid_minor), r.currency),
    amountDue: formatMoney(r.status === 'void' || r.status === 'draft' ? (r.status === 'draft' ? BigInt(r.total_minor) : 0n) : due, r.currency),
    version: r.version,
    entryId: r.entry_id,
    stockEntryId: r.stock_entry_id,
    voidEntryId: r.void_entry_id,
    issuedAt: r.issued_at?.toISOString() ?? null,
    voidedAt: r.voided_at?.toISOString() ?? null,
    sentAt: r.sent_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    lines: lines.filter((l) => l.invoice_id === r.id).map((l) => lineView(l, r.currency)),
  };
}

export interface CreditNoteLineView {
  id: string;
  lineNo: number;
  invoiceLineId: string;
  productId: string | null;
  description: string;
  hsn: string | null;
  quantity: string;
  unit: string | null;
  unitPrice: string;
  taxableValue: string;
  taxRate: string;
  taxComponents: TaxComponent[];
  taxAmount: string;
  lineTotal: string;
  returnedToStock: boolean;
}

export interface CreditNoteView {
  id: string;
  number: string;
  invoiceId: string;
  customerId: string;
  currency: string;
  exchangeRate: string;
  date: string;
  reason: string | null;
  subtotal: string;
  taxTotal: string;
  taxes: TaxRow[];
  total: string;
  applied: string;
  unapplied: string;
  returnStoreId: string | null;
  entryId: string;
  stockEntryId: string | null;
  version: number;
  createdAt: string;
  lines: CreditNoteLineView[];
}

export function creditNoteView(r: CreditNoteRow, lines: readonly CreditLineRow[]): CreditNoteView {
  return {
    id: r.id,
    number: r.number,
    invoiceId: r.invoice_id,
    customerId: r.customer_id,
    currency: r.currency,
    exchangeRate: r.exchange_rate,
    date: r.note_date,
    reason: r.reason,
    subtotal: amount(r.subtotal, r.currency),
    taxTotal: amount(r.tax_total, r.currency),
    taxes: r.taxes,
    total: formatMoney(BigInt(r.total_minor), r.currency),
    applied: amount(r.applied, r.currency),
    unapplied: amount(r.unapplied, r.currency),
    returnStoreId: r.return_store_id,
    entryId: r.entry_id,
    stockEntryId: r.stock_entry_id,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    lines: lines
      .filter((l) => l.credit_note_id === r.id)
      .map((l) => ({
        id: l.id,
        lineNo: l.line_no,
        invoiceLineId: l.invoice_line_id,
        productId: l.product_id,
        description: l.description,
        hsn: l.hsn,
        quantity: l.quantity,
        unit: l.unit,
        unitPrice: new Decimal(l.unit_price).toFixed(Math.max(2, new Decimal(l.unit_price).decimalPlaces())),
        taxableValue: amount(l.taxable_value, r.currency),
        taxRate: l.tax_rate,
        taxComponents: l.tax_components,
        taxAmount: amount(l.tax_amount, r.currency),
        lineTotal: amount(l.line_total, r.currency),
        returnedToStock: l.returned_to_stock,
      })),
  };
}

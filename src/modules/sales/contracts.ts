import type { Invocation } from '../../kernel/index.js';
import type { Tx } from '../../platform/db/index.js';

/**
 * What the sales areas promise each other. The invoices area implements `InvoicesPort`; orders
 * (invoice from an order or from delivery notes), payments (settling invoices) and recurring
 * (generate, issue, send, remind) use only this.
 *
 * Amounts are decimal strings in the invoice currency ("1180.00"); quantities decimal strings.
 */

/** Stored status. "Overdue" is not a status: it is `overdue: true` on an open invoice past its due date. */
export type InvoiceStatus = 'draft' | 'issued' | 'partly_paid' | 'paid' | 'void';

export interface InvoiceLineDraft {
  productId?: string | null;
  /** Default: the product's name. Required without a product. */
  description?: string | null;
  /** Default: the product's HSN/SAC. */
  hsn?: string | null;
  quantity: string;
  /** Default: the product's base unit. */
  unit?: string | null;
  /** Default: `catalog.priceFor` (price lists for the customer's group and currency). */
  unitPrice?: string | null;
  discountPercent?: string | null;
  /** Store the goods leave from (stock products invoiced without a delivery note). */
  storeId?: string | null;
  /** The sales-order line this invoices (for fulfilment tracking). */
  orderLineId?: string | null;
  /** The delivery-note line that already issued the stock: the invoice must not issue it again. */
  deliveryLineId?: string | null;
  /** VAT/sales-tax tenants: the tax rate or tax group of the line (GST tenants: from the HSN/SAC). */
  taxRateId?: string | null;
  taxGroupId?: string | null;
}

export interface InvoiceDraftInput {
  customerId: string;
  /** ISO date; default today. */
  date?: string | null;
  /** Default: date + the customer's payment terms. */
  dueDate?: string | null;
  /** Default: the customer's currency. */
  currency?: string | null;
  placeOfSupply?: string | null;
  reference?: string | null;
  notes?: string | null;
  terms?: string | null;
  salesOrderId?: string | null;
  lines: InvoiceLineDraft[];
}

export interface InvoiceLineSnapshot {
  id: string;
  productId: string | null;
  description: string;
  quantity: string;
  unitPrice: string;
  storeId: string | null;
  orderLineId: string | null;
  deliveryLineId: string | null;
}

export interface InvoiceSnapshot {
  id: string;
  /** Null while draft: numbers are drawn when the invoice is issued. */
  number: string | null;
  status: InvoiceStatus;
  overdue: boolean;
  customerId: string;
  customerName: string;
  currency: string;
  /** Base-currency value of one unit of the invoice currency on the invoice date ("1" for base). */
  exchangeRate: string;
  date: string;
  dueDate: string;
  total: string;
  /** Payments, credit notes, applied advances and write-offs so far. */
  amountPaid: string;
  amountDue: string;
  version: number;
  salesOrderId: string | null;
  /** The ledger entry the issue posted (null while draft). */
  entryId: string | null;
  lines: InvoiceLineSnapshot[];
  /** `invoice`, or `debit_note` for a debit note (an invoice linked to the one it adds to). */
  kind?: 'invoice' | 'debit_note';
  /** Set by `issue` when the credit check warned (warn mode): the invoice was issued all the same. */
  warnings?: { code: string; message: string }[];
}

export interface InvoicesPort {
  /** A draft invoice (no number, nothing posted). Validates customer, products, stores; 4xx with field paths. */
  createDraft(tx: Tx, inv: Invocation, input: InvoiceDraftInput): Promise<InvoiceSnapshot>;
  /**
   * Issues a draft: draws the number, credit-checks, meters `documents_per_month`, posts receivable
   * (partyId = customer), revenue and each tax component, issues stock for lines without a
   * delivery line, emits `invoice.created` / `InvoiceCreated`. All in the caller's transaction.
   */
  issue(tx: Tx, inv: Invocation, invoiceId: string): Promise<InvoiceSnapshot>;
  get(tx: Tx, tenantId: string, invoiceId: string): Promise<InvoiceSnapshot>;
  /** Locks the invoice row (FOR UPDATE) and returns it; 404 when absent, 409 SALES.INVOICE_NOT_OPEN unless issued/partly paid. */
  lockOpen(tx: Tx, tenantId: string, invoiceId: string): Promise<InvoiceSnapshot>;
  /**
   * Records `amount` (positive: settled; negative: a settlement taken back, e.g. a reversed payment)
   * against a locked invoice: moves issued ↔ partly_paid ↔ paid, refuses to go above the total
   * (409 SALES.OVERPAYMENT) or below zero, emits `invoice.paid` when it reaches paid. Posts nothing:
   * the caller posts its own ledger entry.
   */
  applySettlement(tx: Tx, inv: Invocation, invoiceId: string, amount: string): Promise<InvoiceSnapshot>;
  /** Issued and partly paid invoices, oldest due first. */
  listOpen(tx: Tx, tenantId: string, filter: { customerId?: string; dueOnOrBefore?: string }): Promise<InvoiceSnapshot[]>;
  /** Ordered quantity invoiced so far per sales-order line (non-void invoices, drafts included). */
  invoicedQuantities(tx: Tx, tenantId: string, orderLineIds: string[]): Promise<Map<string, string>>;
  /** The invoice PDF (own transaction). */
  pdf(tenantId: string, invoiceId: string): Promise<{ filename: string; content: Buffer }>;
  /** Emails the PDF through the mail port and emits `invoice.sent` (own transaction). */
  send(inv: Invocation, invoiceId: string, options?: { to?: string[]; cc?: string[]; message?: string | null }): Promise<void>;
}

/** A party as printed on a document. */
export interface PrintableParty {
  name: string;
  /** Address lines, already formatted (street, city + PIN, state, country). */
  address?: string[];
  gstin?: string | null;
  pan?: string | null;
  /** e.g. "Karnataka" and "29". */
  stateName?: string | null;
  stateCode?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** One line of a printed document. Amounts are decimal strings in the document currency. */
export interface PrintableLine {
  description: string;
  hsn?: string | null;
  quantity: string;
  unit?: string | null;
  unitPrice: string;
  /** Discount amount on the line, if any. */
  discount?: string | null;
  taxableValue: string;
  /** Total GST/VAT rate on the line in percent ("18"). */
  taxRate?: string | null;
  taxAmount?: string | null;
  /** Taxable value + tax. */
  amount: string;
}

/** A row of the tax breakdown, e.g. `{ label: 'CGST 9%', taxableValue: '1000.00', amount: '90.00' }`. */
export interface PrintableTaxRow {
  label: string;
  taxableValue?: string | null;
  amount: string;
}

/** HSN-wise summary row (GST invoices). */
export interface PrintableHsnRow {
  hsn: string;
  taxableValue: string;
  /** e.g. [{ label: 'CGST 9%', amount: '90.00' }, …] */
  taxes: PrintableTaxRow[];
  totalTax: string;
}

/**
 * Everything a quotation, order, delivery note, invoice, credit note or purchase order prints.
 * The renderer only lays out: every amount arrives computed and formatted as a decimal string.
 */
export interface PrintableDocument {
  /** "Tax Invoice", "Quotation", "Credit Note", "Purchase Order", "Delivery Challan", … */
  title: string;
  number: string;
  /** ISO dates. */
  date: string;
  dueDate?: string | null;
  validUntil?: string | null;
  /** Extra header fields: order number, place of supply, reverse charge, original invoice, … */
  references?: { label: string; value: string }[];
  seller: PrintableParty & { logo?: Buffer | null };
  buyer: PrintableParty;
  buyerLabel?: string;
  shipTo?: PrintableParty | null;
  /** ISO 4217; INR prints with ₹ and Indian digit grouping. */
  currency: string;
  lines: PrintableLine[];
  subtotal: string;
  /** Document-level discount, if any. */
  discount?: string | null;
  taxes: PrintableTaxRow[];
  hsnSummary?: PrintableHsnRow[] | null;
  roundOff?: string | null;
  total: string;
  amountPaid?: string | null;
  amountDue?: string | null;
  /** Printed under the total; computed from `total` and `currency` when absent. */
  amountInWords?: string | null;
  notes?: string | null;
  terms?: string | null;
  /** INR invoices: a UPI QR (upi://pay?pa=…&pn=…&am=…&cu=INR&tn=…) printed next to the totals. */
  upi?: { vpa: string; payeeName: string; amount: string; note?: string | null } | null;
  /** Bank details or other payment instructions. */
  paymentDetails?: string[] | null;
  footer?: string | null;
  /** "Original for recipient", "Duplicate for transporter", … */
  copyLabel?: string | null;
}

/** A customer (or vendor) statement: opening balance, dated rows with running balance, closing. */
export interface PrintableStatement {
  title: string;
  seller: PrintableParty & { logo?: Buffer | null };
  party: PrintableParty;
  currency: string;
  from: string;
  to: string;
  openingBalance: string;
  rows: { date: string; reference: string; description: string; debit: string | null; credit: string | null; balance: string }[];
  closingBalance: string;
  /** Ageing of what is open, e.g. [{ label: 'Current', amount }, { label: '1–30 days', amount }, …]. */
  ageing?: { label: string; amount: string }[] | null;
  footer?: string | null;
}

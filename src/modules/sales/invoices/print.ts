import { Decimal } from 'decimal.js';
import { GST_STATE_NAMES } from '../../../kernel/gstin.js';
import type { PrintableDocument, PrintableHsnRow, PrintableParty } from '../../../platform/pdf/index.js';
import type { TaxComponent, TaxRow } from '../domain/invoice.js';

/** The buyer as the invoice keeps it (taken from the customer when the invoice was written). */
export interface BuyerSnapshot {
  name: string;
  address?: string[];
  gstin?: string | null;
  stateCode?: string | null;
  country?: string | null;
  email?: string | null;
  phone?: string | null;
  /** The customer's own currency (for the credit check). */
  currency?: string | null;
}

export interface PrintSeller {
  name: string;
  gstin: string | null;
  stateCode: string | null;
  address?: string[];
}

export interface PrintSettings {
  upiVpa: string | null;
  upiPayeeName: string | null;
  footer: string | null;
}

export interface PrintLine {
  description: string;
  hsn: string | null;
  quantity: string;
  unit: string | null;
  unitPrice: string;
  discount: string;
  taxableValue: string;
  taxRate: string;
  taxAmount: string;
  lineTotal: string;
  components: TaxComponent[];
}

export interface PrintInvoice {
  kind: 'invoice' | 'debit_note' | 'credit_note';
  number: string | null;
  status: string;
  date: string;
  dueDate: string | null;
  currency: string;
  taxEngine: 'gst' | 'vat';
  placeOfSupply: string | null;
  reverseCharge: boolean;
  reference: string | null;
  originalNumber: string | null;
  buyer: BuyerSnapshot;
  lines: PrintLine[];
  subtotal: string;
  discountTotal: string;
  taxes: TaxRow[];
  roundOff: string;
  total: string;
  amountPaid: string | null;
  amountDue: string | null;
  notes: string | null;
  terms: string | null;
}

const stateName = (code: string | null | undefined) => (code ? (GST_STATE_NAMES[code] ?? null) : null);

function party(p: { name: string; address?: string[] | undefined; gstin?: string | null | undefined; stateCode?: string | null | undefined; email?: string | null | undefined; phone?: string | null | undefined }): PrintableParty {
  return {
    name: p.name,
    ...(p.address && p.address.length > 0 && { address: p.address }),
    gstin: p.gstin ?? null,
    stateCode: p.stateCode ?? null,
    stateName: stateName(p.stateCode),
    email: p.email ?? null,
    phone: p.phone ?? null,
  };
}

const TITLES = { gst: { invoice: 'Tax Invoice', debit_note: 'Debit Note', credit_note: 'Credit Note' }, vat: { invoice: 'Invoice', debit_note: 'Debit Note', credit_note: 'Credit Note' } } as const;

/** HSN-wise summary: taxable value and each tax per HSN/SAC code (GST invoices). */
export function hsnSummary(lines: readonly PrintLine[]): PrintableHsnRow[] {
  const rows = new Map<string, { taxable: Decimal; taxes: Map<string, Decimal>; total: Decimal }>();
  for (const l of lines) {
    const key = l.hsn ?? '—';
    const row = rows.get(key) ?? { taxable: new Decimal(0), taxes: new Map<string, Decimal>(), total: new Decimal(0) };
    row.taxable = row.taxable.add(l.taxableValue);
    for (const c of l.components) {
      if (new Decimal(c.amount).isZero()) continue;
      row.taxes.set(c.label, (row.taxes.get(c.label) ?? new Decimal(0)).add(c.amount));
      row.total = row.total.add(c.amount);
    }
    rows.set(key, row);
  }
  return [...rows].map(([hsn, r]) => ({
    hsn,
    taxableValue: r.taxable.toFixed(2),
    taxes: [...r.taxes].map(([label, amount]) => ({ label, amount: amount.toFixed(2) })),
    totalTax: r.total.toFixed(2),
  }));
}

/**
 * The printable form of an invoice, debit note or credit note: everything computed and formatted,
 * GST fields (GSTIN, place of supply, HSN summary) for GST documents, and a UPI QR for open INR
 * invoices when the tenant set a UPI id.
 */
export function printableInvoice(doc: PrintInvoice, seller: PrintSeller, settings: PrintSettings): PrintableDocument {
  const gst = doc.taxEngine === 'gst';
  const references: { label: string; value: string }[] = [];
  if (gst && doc.placeOfSupply) references.push({ label: 'Place of supply', value: `${stateName(doc.placeOfSupply) ?? doc.placeOfSupply} (${doc.placeOfSupply})` });
  if (gst) references.push({ label: 'Reverse charge', value: doc.reverseCharge ? 'Yes' : 'No' });
  if (doc.originalNumber) references.push({ label: doc.kind === 'credit_note' ? 'Against invoice' : 'Original invoice', value: doc.originalNumber });
  if (doc.reference) references.push({ label: 'Reference', value: doc.reference });
  const due = doc.amountDue === null ? null : new Decimal(doc.amountDue);
  const upi =
    doc.currency === 'INR' && doc.kind !== 'credit_note' && settings.upiVpa && due !== null && due.gt(0) && doc.status !== 'void' && doc.status !== 'draft'
      ? { vpa: settings.upiVpa, payeeName: settings.upiPayeeName ?? seller.name, amount: due.toFixed(2), note: doc.number ? `Invoice ${doc.number}` : null }
      : null;
  return {
    title: TITLES[doc.taxEngine][doc.kind],
    number: doc.number ?? 'DRAFT',
    date: doc.date,
    dueDate: doc.dueDate,
    references,
    seller: { ...party({ name: seller.name, address: seller.address, gstin: seller.gstin, stateCode: seller.stateCode }) },
    buyer: party(doc.buyer),
    buyerLabel: 'Bill to',
    currency: doc.currency,
    lines: doc.lines.map((l) => ({
      description: l.description,
      hsn: l.hsn,
      quantity: l.quantity,
      unit: l.unit,
      unitPrice: l.unitPrice,
      discount: new Decimal(l.discount).isZero() ? null : l.discount,
      taxableValue: l.taxableValue,
      taxRate: l.taxRate,
      taxAmount: l.taxAmount,
      amount: l.lineTotal,
    })),
    subtotal: doc.subtotal,
    discount: new Decimal(doc.discountTotal).isZero() ? null : doc.discountTotal,
    taxes: doc.taxes.map((t) => ({ label: t.label, taxableValue: t.taxableValue, amount: t.amount })),
    hsnSummary: gst ? hsnSummary(doc.lines) : null,
    roundOff: new Decimal(doc.roundOff).isZero() ? null : doc.roundOff,
    total: doc.total,
    amountPaid: doc.amountPaid,
    amountDue: doc.amountDue,
    notes: doc.notes,
    terms: doc.terms,
    upi,
    footer: settings.footer,
    copyLabel: doc.status === 'void' ? 'VOID' : doc.status === 'draft' ? 'DRAFT — not a tax invoice' : 'Original for recipient',
  };
}

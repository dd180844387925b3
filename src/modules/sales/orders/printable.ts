import { Decimal } from 'decimal.js';
import { currencyExponent } from '../../../kernel/money.js';
import type { PrintableDocument, PrintableLine, PrintableParty } from '../../../platform/pdf/index.js';
import type { DeliveryView, OrderView, QuotationView } from './views.js';

/** The business and the customer as printed. */
export interface PrintParties {
  seller: PrintableParty;
  buyer: PrintableParty;
}

type Line = { description: string; hsn: string | null; quantity: string; unit: string | null; unitPrice: string; discount: string; taxableValue: string; taxRate: string | null; tax: string; amount: string };

const printLine = (l: Line): PrintableLine => ({
  description: l.description,
  hsn: l.hsn,
  quantity: l.quantity,
  unit: l.unit,
  unitPrice: l.unitPrice,
  discount: l.discount === '0' || /^0(\.0+)?$/.test(l.discount) ? null : l.discount,
  taxableValue: l.taxableValue,
  taxRate: l.taxRate,
  taxAmount: l.tax,
  amount: l.amount,
});

/** A quotation as the PDF renderer takes it. */
export function quotationPrintable(q: QuotationView, parties: PrintParties): PrintableDocument {
  return {
    title: 'Quotation',
    number: q.number ?? `DRAFT-${q.id.slice(-8)}`,
    date: q.date,
    validUntil: q.validUntil,
    references: [
      ...(q.revision > 1 ? [{ label: 'Revision', value: String(q.revision) }] : []),
      ...(q.reference ? [{ label: 'Reference', value: q.reference }] : []),
      ...(q.placeOfSupply ? [{ label: 'Place of supply', value: q.placeOfSupply }] : []),
    ],
    seller: parties.seller,
    buyer: parties.buyer,
    buyerLabel: 'Quotation for',
    currency: q.currency,
    lines: q.lines.map(printLine),
    subtotal: q.totals.subtotal,
    discount: /^0(\.0+)?$/.test(q.totals.discount) ? null : q.totals.discount,
    taxes: q.totals.taxes,
    roundOff: /^-?0(\.0+)?$/.test(q.totals.roundOff) ? null : q.totals.roundOff,
    total: q.totals.total,
    notes: q.notes,
    terms: q.terms,
  };
}

/** A sales order as the PDF renderer takes it. */
export function orderPrintable(o: OrderView, parties: PrintParties, quotationNumber: string | null): PrintableDocument {
  return {
    title: 'Sales Order',
    number: o.number ?? `DRAFT-${o.id.slice(-8)}`,
    date: o.date,
    dueDate: o.expectedDate,
    references: [
      ...(quotationNumber ? [{ label: 'Quotation', value: quotationNumber }] : []),
      ...(o.reference ? [{ label: 'Reference', value: o.reference }] : []),
      ...(o.placeOfSupply ? [{ label: 'Place of supply', value: o.placeOfSupply }] : []),
    ],
    seller: parties.seller,
    buyer: parties.buyer,
    buyerLabel: 'Order from',
    currency: o.currency,
    lines: o.lines.map(printLine),
    subtotal: o.totals.subtotal,
    discount: /^0(\.0+)?$/.test(o.totals.discount) ? null : o.totals.discount,
    taxes: o.totals.taxes,
    roundOff: /^-?0(\.0+)?$/.test(o.totals.roundOff) ? null : o.totals.roundOff,
    total: o.totals.total,
    notes: o.notes,
    terms: o.terms,
  };
}

/**
 * A delivery note (delivery challan) as the PDF renderer takes it: the goods and quantities that
 * left, valued at the order's prices for the quantities delivered.
 */
export function deliveryPrintable(d: DeliveryView, order: OrderView, parties: PrintParties): PrintableDocument {
  const byId = new Map(order.lines.map((l) => [l.id, l]));
  const exp = currencyExponent(order.currency);
  let total = new Decimal(0);
  const lines: PrintableLine[] = d.lines.map((l) => {
    const o = byId.get(l.orderLineId);
    const share = o ? new Decimal(l.quantity).div(o.ordered) : new Decimal(0);
    const taxable = o ? new Decimal(o.taxableValue).mul(share).toDecimalPlaces(exp, Decimal.ROUND_HALF_UP) : new Decimal(0);
    const tax = o ? new Decimal(o.tax).mul(share).toDecimalPlaces(exp, Decimal.ROUND_HALF_UP) : new Decimal(0);
    total = total.add(taxable).add(tax);
    return {
      description: l.description,
      hsn: o?.hsn ?? null,
      quantity: l.quantity,
      unit: o?.unit ?? null,
      unitPrice: o?.unitPrice ?? '0',
      taxableValue: taxable.toFixed(exp),
      taxRate: o?.taxRate ?? null,
      taxAmount: tax.toFixed(exp),
      amount: taxable.add(tax).toFixed(exp),
    };
  });
  const taxable = lines.reduce((s, l) => s.add(l.taxableValue), new Decimal(0));
  return {
    title: 'Delivery Challan',
    number: d.number,
    date: d.date,
    references: [
      { label: 'Sales order', value: d.salesOrderNumber ?? d.salesOrderId },
      ...(d.returns.length > 0 ? [{ label: 'Returns', value: d.returns.map((r) => `${r.date}: ${r.lines.map((x) => x.quantity).join(', ')}`).join('; ') }] : []),
    ],
    seller: parties.seller,
    buyer: parties.buyer,
    buyerLabel: 'Deliver to',
    currency: order.currency,
    lines,
    subtotal: taxable.toFixed(exp),
    taxes: [{ label: 'Tax', taxableValue: taxable.toFixed(exp), amount: total.sub(taxable).toFixed(exp) }],
    total: total.toFixed(exp),
    notes: d.memo,
  };
}

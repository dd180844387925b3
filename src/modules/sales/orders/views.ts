import { Decimal } from 'decimal.js';
import { currencyExponent } from '../../../kernel/money.js';
import { effectiveStatus } from '../domain/quotation.js';
import { deliverable, invoiceable, orderStatus, type LineFulfilment } from '../domain/order.js';
import type { PricedLine } from './pricing.js';
import type * as repo from './repo.js';

const iso = (d: Date | string | null) => (d === null ? null : d instanceof Date ? d.toISOString() : new Date(d).toISOString());
const dec = (s: string) => new Decimal(s).toFixed();

export function lineView(l: PricedLine) {
  return {
    id: l.id,
    productId: l.productId,
    description: l.description,
    hsn: l.hsn,
    quantity: l.quantity,
    unit: l.unit,
    unitPrice: l.unitPrice,
    discountPercent: l.discountPercent,
    discount: l.discount,
    taxableValue: l.taxableValue,
    taxRate: l.taxRate,
    tax: l.tax,
    amount: l.amount,
    priceSource: l.priceSource,
  };
}

function quotationCore(r: repo.QuotationRow, today: string) {
  return {
    id: r.id,
    number: r.number,
    status: effectiveStatus(r.status, r.valid_until, today),
    revision: r.revision,
    customerId: r.customer_id,
    customerName: r.customer_name,
    currency: r.currency,
    date: r.quote_date,
    validUntil: r.valid_until,
    placeOfSupply: r.place_of_supply,
    reference: r.reference,
    terms: r.terms,
    notes: r.notes,
    lines: r.lines.map(lineView),
    totals: r.totals,
    approvalRequired: r.approval_reasons.length > 0,
    approvalReasons: r.approval_reasons,
  };
}

export type QuotationView = ReturnType<typeof quotationView>;

export function quotationView(r: repo.QuotationRow, today: string) {
  return {
    ...quotationCore(r, today),
    decision: r.decided_at === null && r.decided_by === null ? null : { by: r.decided_by, at: iso(r.decided_at), reason: r.decision_reason },
    salesOrderId: r.sales_order_id,
    createdBy: r.created_by,
    editedBy: r.edited_by,
    version: r.version,
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
  };
}

export function revisionView(r: repo.QuotationRow, current: boolean, createdAt: Date | string, today: string) {
  return { revision: r.revision, current, createdAt: iso(createdAt)!, quotation: quotationCore(r, today) };
}

export function rulesView(r: repo.RulesRow) {
  return { maxDiscountPercent: r.max_discount_percent === null ? null : dec(r.max_discount_percent), maxTotal: r.max_total === null ? null : dec(r.max_total), version: r.version };
}

export function fulfilmentOf(l: repo.OrderLineRow, invoiced: string): LineFulfilment {
  return { ordered: l.quantity, delivered: l.delivered, returned: l.returned, invoiced, invoicedDirect: l.invoiced_direct, stocked: l.stocked };
}

export function pricedOf(l: repo.OrderLineRow, currency: string): PricedLine {
  const exp = currencyExponent(currency);
  const money = (s: string) => new Decimal(s).toFixed(exp);
  return {
    id: l.id,
    productId: l.product_id,
    stocked: l.stocked,
    description: l.description,
    hsn: l.hsn,
    quantity: dec(l.quantity),
    unit: l.unit,
    unitPrice: dec(l.unit_price),
    discountPercent: dec(l.discount_percent),
    discount: money(l.discount),
    taxableValue: money(l.taxable_value),
    taxRate: l.tax_rate,
    tax: money(l.tax),
    amount: money(l.amount),
    priceSource: 'order',
    taxRateId: l.tax_rate_id,
    taxGroupId: l.tax_group_id,
    storeId: l.store_id,
  };
}

export function orderView(
  o: repo.OrderRow,
  lines: repo.OrderLineRow[],
  invoiced: Map<string, string>,
  reservations: repo.ReservationRow[],
  deliveryNoteIds: string[],
) {
  const fulfil = lines.map((l) => fulfilmentOf(l, invoiced.get(l.id) ?? '0'));
  const reserved = new Map<string, Decimal>();
  for (const r of reservations) if (r.status === 'open') reserved.set(r.order_line_id, (reserved.get(r.order_line_id) ?? new Decimal(0)).add(r.quantity));
  return {
    id: o.id,
    number: o.number,
    status: orderStatus(o.status, fulfil),
    customerId: o.customer_id,
    customerName: o.customer_name,
    currency: o.currency,
    date: o.order_date,
    expectedDate: o.expected_date,
    storeId: o.store_id,
    reserveStock: o.reserve_stock,
    placeOfSupply: o.place_of_supply,
    reference: o.reference,
    terms: o.terms,
    notes: o.notes,
    quotationId: o.quotation_id,
    lines: lines.map((l, i) => {
      const f = fulfil[i]!;
      return {
        ...lineView(pricedOf(l, o.currency)),
        storeId: l.store_id,
        stocked: l.stocked,
        ordered: dec(l.quantity),
        delivered: dec(l.delivered),
        returned: dec(l.returned),
        invoiced: dec(f.invoiced),
        toDeliver: l.stocked ? deliverable(f).toFixed() : '0',
        toInvoice: invoiceable(f).toFixed(),
        reserved: (reserved.get(l.id) ?? new Decimal(0)).toFixed(),
      };
    }),
    totals: o.totals,
    creditWarning: o.credit_warning,
    deliveryNoteIds,
    version: o.version,
    createdAt: iso(o.created_at)!,
    updatedAt: iso(o.updated_at)!,
  };
}
export type OrderView = ReturnType<typeof orderView>;

/** Minor units of the base currency → decimal string. */
export function moneyOf(minor: string | bigint, currency: string): string {
  const exp = currencyExponent(currency);
  return new Decimal(minor.toString()).div(new Decimal(10).pow(exp)).toFixed(exp);
}

export function deliveryView(d: repo.DeliveryRow, lines: repo.DeliveryLineRow[], returns: repo.ReturnRow[], orderNumber: string | null, baseCurrency: string) {
  return {
    id: d.id,
    number: d.number,
    salesOrderId: d.order_id,
    salesOrderNumber: orderNumber,
    customerId: d.customer_id,
    customerName: d.customer_name,
    date: d.delivery_date,
    memo: d.memo,
    entryId: d.entry_id,
    lines: lines.map((l) => ({
      id: l.id,
      orderLineId: l.order_line_id,
      productId: l.product_id,
      storeId: l.store_id,
      description: l.description,
      quantity: dec(l.quantity),
      returned: dec(l.returned),
      invoiced: dec(l.invoiced),
      cost: moneyOf(l.cost, baseCurrency),
      returnedCost: moneyOf(l.returned_cost, baseCurrency),
    })),
    returns: returns.map((r) => ({
      id: r.id,
      date: r.return_date,
      reason: r.reason,
      entryId: r.entry_id,
      lines: r.lines.map((l) => ({ deliveryLineId: l.deliveryLineId, quantity: l.quantity, cost: moneyOf(l.cost, baseCurrency) })),
    })),
    version: d.version,
    createdAt: iso(d.created_at)!,
  };
}
export type DeliveryView = ReturnType<typeof deliveryView>;

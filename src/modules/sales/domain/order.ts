import { Decimal } from 'decimal.js';

/** Stored order statuses; the fulfilment statuses in between are derived from the lines. */
export type StoredOrderStatus = 'draft' | 'confirmed' | 'closed' | 'cancelled';
export type OrderStatus = StoredOrderStatus | 'partially_delivered' | 'delivered' | 'partially_invoiced' | 'invoiced';

export interface LineFulfilment {
  ordered: string;
  /** Net of returns. */
  delivered: string;
  returned: string;
  invoiced: string;
  /** Invoiced with the invoice issuing the stock (no delivery note): counts as delivered for what is left to deliver. */
  invoicedDirect: string;
  /** Stocked goods are delivered through delivery notes; services and unstocked items need no delivery. */
  stocked: boolean;
}

/** What can still be delivered on a line: ordered − delivered − issued by an invoice directly. */
export function deliverable(line: Pick<LineFulfilment, 'ordered' | 'delivered' | 'invoicedDirect'>): Decimal {
  return Decimal.max(0, new Decimal(line.ordered).sub(line.delivered).sub(line.invoicedDirect));
}

/** What can still be invoiced on a line. */
export function invoiceable(line: Pick<LineFulfilment, 'ordered' | 'invoiced'>): Decimal {
  return Decimal.max(0, new Decimal(line.ordered).sub(line.invoiced));
}

/**
 * The status of a confirmed order from its lines: invoicing dominates delivery; an order fully
 * invoiced and fully delivered is closed. Draft, cancelled and closed orders keep their stored status.
 */
export function orderStatus(stored: StoredOrderStatus, lines: readonly LineFulfilment[]): OrderStatus {
  if (stored !== 'confirmed' || lines.length === 0) return stored;
  const invoicedAll = lines.every((l) => invoiceable(l).isZero());
  const invoicedSome = lines.some((l) => new Decimal(l.invoiced).gt(0));
  const goods = lines.filter((l) => l.stocked);
  const deliveredAll = goods.every((l) => deliverable(l).isZero());
  const deliveredSome = goods.some((l) => new Decimal(l.delivered).gt(0) || new Decimal(l.invoicedDirect).gt(0));
  if (invoicedAll) return deliveredAll ? 'closed' : 'invoiced';
  if (invoicedSome) return 'partially_invoiced';
  if (goods.length > 0 && deliveredAll) return 'delivered';
  if (deliveredSome) return 'partially_delivered';
  return 'confirmed';
}

/** A confirmed order can be cancelled only while nothing was delivered or invoiced. */
export function canCancel(stored: StoredOrderStatus, lines: readonly LineFulfilment[]): boolean {
  if (stored === 'draft') return true;
  if (stored !== 'confirmed') return false;
  return lines.every((l) => new Decimal(l.delivered).isZero() && new Decimal(l.invoiced).isZero() && new Decimal(l.invoicedDirect).isZero());
}

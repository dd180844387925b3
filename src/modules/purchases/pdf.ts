import type { PrintableDocument, PrintableParty } from '../../platform/pdf/index.js';
import type { Tenant, Vendor } from './common.js';
import type { OrderView } from './views.js';

function addressLines(a: Record<string, unknown> | null | undefined): string[] {
  if (!a) return [];
  const s = (k: string): string | null => {
    const v = a[k];
    return typeof v === 'string' && v !== '' ? v : null;
  };
  return [s('line1'), s('line2'), [s('city'), s('postalCode')].filter(Boolean).join(' ') || null, s('stateCode'), s('country')].filter((x): x is string => x !== null);
}

/**
 * A purchase order as the PDF renderer prints it: the business orders (buyer) from the vendor
 * (seller), amounts already formatted in the order currency.
 */
export function orderPrintable(order: OrderView, vendor: Vendor | null, tenant: Tenant, store: { name: string } | null): PrintableDocument {
  const seller: PrintableParty = {
    name: vendor?.display_name ?? 'Unknown vendor',
    address: addressLines(vendor?.billing_address as Record<string, unknown> | null | undefined),
    gstin: vendor?.gstin ?? null,
    pan: vendor?.pan ?? null,
    stateCode: vendor?.gst_state_code ?? vendor?.gstin?.slice(0, 2) ?? null,
  };
  const buyer: PrintableParty = {
    name: tenant.legal_name ?? tenant.name,
    gstin: tenant.gstin,
    stateCode: tenant.state_code ?? tenant.gstin?.slice(0, 2) ?? null,
  };
  const references = [
    ...(order.expectedDate ? [{ label: 'Expected delivery', value: order.expectedDate }] : []),
    ...(store ? [{ label: 'Deliver to', value: store.name }] : []),
    ...(order.reference ? [{ label: 'Reference', value: order.reference }] : []),
  ];
  return {
    title: 'Purchase Order',
    number: order.number,
    date: order.date,
    references,
    seller,
    buyer,
    buyerLabel: 'Ordered by',
    currency: order.currency,
    lines: order.lines.map((l) => ({
      description: l.description,
      hsn: l.hsn,
      quantity: l.quantity,
      unit: l.unit,
      unitPrice: l.unitPrice,
      taxableValue: l.amount,
      taxRate: l.gstRate,
      amount: l.amount,
    })),
    subtotal: order.subtotal,
    taxes: order.taxes,
    total: order.total,
    notes: order.notes,
    copyLabel: order.status === 'draft' ? 'Draft' : null,
  };
}

/**
 * Quotations, sales orders, delivery notes and the approvals inbox: API calls and query
 * definitions. Keys start with `orders` so any action (approve, convert, deliver, invoice, return)
 * reloads every one of these screens at once; invoicing also invalidates `sales` (the invoice
 * screens) and delivering `inventory` (stock screens).
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { session } from '../../api/session';

type Json<P extends keyof paths, M extends 'get' | 'post' | 'put', S extends number> = paths[P][M] extends { responses: { [K in S]: { content: { 'application/json': infer T } } } } ? T : never;
type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;
type Body<P extends keyof paths, M extends 'post' | 'put'> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } } ? NonNullable<B> : never;

export type Quotation = Json<'/api/v1/quotations/{id}', 'get', 200>;
export type QuotationLine = Quotation['lines'][number];
export type Revision = Json<'/api/v1/quotations/{id}/revisions', 'get', 200>['items'][number];
export type QuotationBody = Body<'/api/v1/quotations', 'post'>;
export type QuotationLineBody = QuotationBody['lines'][number];
export type ApprovalRules = Json<'/api/v1/sales/approval-rules', 'get', 200>;
export type SalesOrder = Json<'/api/v1/sales-orders/{id}', 'get', 200>;
export type OrderLine = SalesOrder['lines'][number];
export type DeliveryNote = Json<'/api/v1/delivery-notes/{id}', 'get', 200>;
export type DeliveryBody = Body<'/api/v1/delivery-notes', 'post'>;
export type InvoiceResult = Json<'/api/v1/sales-orders/{id}/invoice', 'post', 201>;
export type QuotationStatus = NonNullable<Query<'/api/v1/quotations'>['status']>;
export type Totals = Quotation['totals'];

/** `If-Match` for a resource read at `version` (the server's ETag is `"v<version>"`). */
export const ifMatch = (version: number) => ({ 'If-Match': `"v${version}"` });

/** After any change: every quotation, order, delivery and approvals screen reloads. */
export const invalidateOrders = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: ['orders'] });
/** After a delivery, a return or an invoice: stock and invoice screens reload too. */
export async function invalidateChain(queryClient: QueryClient): Promise<void> {
  await Promise.all([invalidateOrders(queryClient), queryClient.invalidateQueries({ queryKey: ['inventory'] }), queryClient.invalidateQueries({ queryKey: ['sales'] })]);
}

export const quotationsQuery = (query: Omit<Query<'/api/v1/quotations'>, 'limit'>) =>
  queryOptions({
    queryKey: ['orders', 'quotations', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/quotations', { params: { query: { limit: 50, ...query } } })),
  });

export const quotationQuery = (id: string) =>
  queryOptions({
    queryKey: ['orders', 'quotations', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/quotations/{id}', { params: { path: { id } } })),
  });

export const revisionsQuery = (id: string) =>
  queryOptions({
    queryKey: ['orders', 'quotations', id, 'revisions'],
    queryFn: async () => unwrap(await api.GET('/api/v1/quotations/{id}/revisions', { params: { path: { id } } })).items,
  });

export const approvalsQuery = (query: { cursor?: string }) =>
  queryOptions({
    queryKey: ['orders', 'approvals', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/sales/approvals', { params: { query: { limit: 50, ...query } } })),
  });

export const approvalRulesQuery = queryOptions({
  queryKey: ['orders', 'approval-rules'],
  queryFn: async () => unwrap(await api.GET('/api/v1/sales/approval-rules')),
});

export const ordersQuery = (query: Omit<Query<'/api/v1/sales-orders'>, 'limit'>) =>
  queryOptions({
    queryKey: ['orders', 'sales-orders', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/sales-orders', { params: { query: { limit: 50, ...query } } })),
  });

export const orderQuery = (id: string) =>
  queryOptions({
    queryKey: ['orders', 'sales-orders', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/sales-orders/{id}', { params: { path: { id } } })),
  });

export const deliveriesQuery = (query: Omit<Query<'/api/v1/delivery-notes'>, 'limit'>) =>
  queryOptions({
    queryKey: ['orders', 'deliveries', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/delivery-notes', { params: { query: { limit: 50, ...query } } })),
  });

export const deliveryQuery = (id: string) =>
  queryOptions({
    queryKey: ['orders', 'deliveries', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/delivery-notes/{id}', { params: { path: { id } } })),
  });

/**
 * The invoices and payments of an order (the chain's tail): the customer's invoices that name the
 * order, and the customer's payments with an allocation to one of them. Keyed under `sales` too,
 * so recording a payment on the invoice screen refreshes the chain.
 */
export const orderChainQuery = (order: { id: string; customerId: string }) =>
  queryOptions({
    queryKey: ['sales', 'orders-chain', order.id],
    queryFn: async () => {
      const invoices = unwrap(await api.GET('/api/v1/invoices', { params: { query: { customerId: order.customerId, limit: 100 } } })).items.filter((i) => i.salesOrderId === order.id);
      const ids = new Set(invoices.map((i) => i.id));
      const payments = ids.size
        ? unwrap(await api.GET('/api/v1/payments', { params: { query: { customerId: order.customerId, limit: 100 } } })).items.filter((p) => p.allocations.some((a) => ids.has(a.invoiceId)))
        : [];
      return { invoices, payments };
    },
  });

/**
 * Fetches a PDF with the session's token (a plain link cannot send it) and opens it in a new tab;
 * a blocked pop-up falls back to a download.
 */
export async function openPdf(path: string): Promise<void> {
  const response = await session.fetch(new Request(path, { headers: { accept: 'application/pdf' } }));
  if (!response.ok || !(response.headers.get('content-type') ?? '').startsWith('application/pdf')) throw new Error(`The PDF could not be loaded (${response.status})`);
  const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'document.pdf';
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const QUOTATION_STATUSES: { value: QuotationStatus; label: string; color: string }[] = [
  { value: 'draft', label: 'Draft', color: 'gray' },
  { value: 'pending_approval', label: 'Pending approval', color: 'orange' },
  { value: 'approved', label: 'Approved', color: 'teal' },
  { value: 'rejected', label: 'Rejected', color: 'red' },
  { value: 'sent', label: 'Sent', color: 'blue' },
  { value: 'accepted', label: 'Accepted', color: 'green' },
  { value: 'declined', label: 'Declined', color: 'red' },
  { value: 'expired', label: 'Expired', color: 'gray' },
  { value: 'converted', label: 'Converted', color: 'violet' },
];

export const ORDER_STATUSES: { value: string; label: string; color: string }[] = [
  { value: 'draft', label: 'Draft', color: 'gray' },
  { value: 'confirmed', label: 'Confirmed', color: 'blue' },
  { value: 'partially_delivered', label: 'Partly delivered', color: 'orange' },
  { value: 'delivered', label: 'Delivered', color: 'teal' },
  { value: 'partially_invoiced', label: 'Partly invoiced', color: 'orange' },
  { value: 'invoiced', label: 'Invoiced', color: 'green' },
  { value: 'closed', label: 'Closed', color: 'gray' },
  { value: 'cancelled', label: 'Cancelled', color: 'red' },
];

export const INVOICE_STATUSES: Record<string, string> = { draft: 'Draft', issued: 'Issued', partly_paid: 'Partly paid', paid: 'Paid', void: 'Void' };

/** Whether a decimal string is zero ("0", "0.000"). */
export const isZero = (s: string) => /^-?0*(\.0*)?$/.test(s);
/** Whether a string is a positive quantity the server takes (up to 6 decimals). */
export const isQuantity = (s: string) => /^[0-9]{1,12}(\.[0-9]{1,6})?$/.test(s.trim()) && !isZero(s.trim());

/**
 * The sales screens' API calls and query definitions: invoices, credit and debit notes, payments
 * received, the sales settings. Keys start with `sales` so recording a payment or issuing an
 * invoice invalidates every sales screen at once (lists, details, the customer's open invoices).
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../api/client';
import { session } from '../../api/session';
import type { paths } from '../../api/schema';

type Json<P extends keyof paths, M extends 'get' | 'post' | 'put', S extends number> = paths[P][M] extends { responses: { [K in S]: { content: { 'application/json': infer T } } } } ? T : never;
type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;
type Body<P extends keyof paths, M extends 'post' | 'put'> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } } ? NonNullable<B> : never;

export type Invoice = Json<'/api/v1/invoices/{id}', 'get', 200>;
export type InvoiceLine = Invoice['lines'][number];
export type InvoiceStatus = Invoice['status'];
export type InvoiceBody = Body<'/api/v1/invoices', 'post'>;
export type InvoiceLineBody = InvoiceBody['lines'][number];
export type CreditNote = Json<'/api/v1/credit-notes/{id}', 'get', 200>;
export type Payment = Json<'/api/v1/payments/{id}', 'get', 200>;
export type PaymentMode = Payment['mode'];
export type InvoicePaymentBody = Body<'/api/v1/invoices/{id}/payment', 'post'>;
export type RecordPaymentBody = Body<'/api/v1/payments', 'post'>;
export type SalesSettings = Json<'/api/v1/sales/settings', 'get', 200>;
export type Advances = Json<'/api/v1/customers/{id}/advances', 'get', 200>;
export type InvoiceListQuery = Omit<Query<'/api/v1/invoices'>, 'limit'>;
export type PaymentListQuery = Omit<Query<'/api/v1/payments'>, 'limit'>;

/** `If-Match` for a resource read at `version` (the server's ETag is `"v<version>"`). */
export const ifMatch = (version: number) => ({ 'If-Match': `"v${version}"` });

/** After any sales change: every sales screen reloads what it shows (and the stock and books it moved). */
export async function invalidateSales(queryClient: QueryClient): Promise<void> {
  await Promise.all(['sales', 'inventory', 'ledger', 'reports', 'parties'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
}

export const invoicesQuery = (query: InvoiceListQuery, limit = 50) =>
  queryOptions({
    queryKey: ['sales', 'invoices', 'list', query, limit],
    queryFn: async () => unwrap(await api.GET('/api/v1/invoices', { params: { query: { limit, ...query } } })),
  });

/** An invoice or a debit note (a debit note is an invoice of kind `debit_note`, served under its own path). */
export const invoiceQuery = (id: string) =>
  queryOptions({
    queryKey: ['sales', 'invoices', id],
    queryFn: async (): Promise<Invoice> => {
      try {
        return unwrap(await api.GET('/api/v1/invoices/{id}', { params: { path: { id } } }));
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 404) throw error;
        return unwrap(await api.GET('/api/v1/debit-notes/{id}', { params: { path: { id } } }));
      }
    },
  });

/** Where the document's PDF is. */
export const pdfPath = (invoice: Pick<Invoice, 'id' | 'kind'>) => (invoice.kind === 'debit_note' ? `/api/v1/debit-notes/${invoice.id}/pdf` : `/api/v1/invoices/${invoice.id}/pdf`);

export const creditNotesQuery = (query: Omit<Query<'/api/v1/credit-notes'>, 'limit'>) =>
  queryOptions({
    queryKey: ['sales', 'credit-notes', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/credit-notes', { params: { query: { limit: 100, ...query } } })),
  });

export const debitNotesQuery = (query: Omit<Query<'/api/v1/debit-notes'>, 'limit'>) =>
  queryOptions({
    queryKey: ['sales', 'debit-notes', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/debit-notes', { params: { query: { limit: 100, ...query } } })),
  });

export const paymentsQuery = (query: PaymentListQuery, limit = 50) =>
  queryOptions({
    queryKey: ['sales', 'payments', 'list', query, limit],
    queryFn: async () => unwrap(await api.GET('/api/v1/payments', { params: { query: { limit, ...query } } })),
  });

export const paymentQuery = (id: string) =>
  queryOptions({
    queryKey: ['sales', 'payments', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/payments/{id}', { params: { path: { id } } })),
  });

export const advancesQuery = (customerId: string) =>
  queryOptions({
    queryKey: ['sales', 'advances', customerId],
    queryFn: async () => unwrap(await api.GET('/api/v1/customers/{id}/advances', { params: { path: { id: customerId } } })),
  });

export const salesSettingsQuery = queryOptions({
  queryKey: ['sales', 'settings'],
  queryFn: async () => unwrap(await api.GET('/api/v1/sales/settings')),
});

/** The sales order an invoice came from (the chain: order → deliveries → invoice). */
export const orderQuery = (id: string) =>
  queryOptions({
    queryKey: ['sales', 'orders', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/sales-orders/{id}', { params: { path: { id } } })),
  });

export const orderDeliveriesQuery = (salesOrderId: string) =>
  queryOptions({
    queryKey: ['sales', 'deliveries', 'order', salesOrderId],
    queryFn: async () => unwrap(await api.GET('/api/v1/delivery-notes', { params: { query: { limit: 100, salesOrderId } } })).items,
  });

/** Open (issued or partly paid) invoices of a customer, oldest due first: what a payment can settle. */
export const openInvoicesQuery = (customerId: string) =>
  queryOptions({
    queryKey: ['sales', 'invoices', 'open', customerId],
    queryFn: async () => {
      const [issued, partly] = await Promise.all(
        (['issued', 'partly_paid'] as const).map(async (status) => unwrap(await api.GET('/api/v1/invoices', { params: { query: { limit: 200, customerId, status } } })).items),
      );
      return [...(issued ?? []), ...(partly ?? [])].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || (a.number ?? '').localeCompare(b.number ?? ''));
    },
  });

/**
 * Fetches a PDF with the session's token (an `<iframe>` cannot send it, and the app's CSP allows
 * no framing) and hands back an object URL for a new tab or a download.
 */
export async function fetchPdf(path: string): Promise<{ url: string; filename: string }> {
  const response = await session.fetch(new Request(path, { headers: { accept: 'application/pdf' } }));
  if (!response.ok || !(response.headers.get('content-type') ?? '').startsWith('application/pdf')) throw new Error(`The PDF could not be loaded (${response.status})`);
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'document.pdf';
  return { url: URL.createObjectURL(await response.blob()), filename };
}

export const STATUS_LABELS: Record<InvoiceStatus, string> = { draft: 'Draft', issued: 'Issued', partly_paid: 'Partly paid', paid: 'Paid', void: 'Void' };

export const PAYMENT_MODES: { value: PaymentMode; label: string }[] = [
  { value: 'bank_transfer', label: 'Bank transfer' },
  { value: 'upi', label: 'UPI' },
  { value: 'cash', label: 'Cash' },
  { value: 'cheque', label: 'Cheque' },
  { value: 'card', label: 'Card' },
];
export const modeLabel = (mode: string) => PAYMENT_MODES.find((m) => m.value === mode)?.label ?? mode;

/**
 * The purchases module's API calls and query definitions (purchase orders → goods receipts →
 * bills → vendor payments, debit notes). Keys start with `purchases` so any write invalidates
 * every purchase screen at once (an order's received quantities change with a receipt, a bill's
 * status with a payment).
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { session } from '../../api/session';

type Json<P extends keyof paths, M extends 'get' | 'post' | 'put', S extends number> = paths[P][M] extends { responses: { [K in S]: { content: { 'application/json': infer T } } } } ? T : never;
type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

export type Order = Json<'/api/v1/purchase-orders/{id}', 'get', 200>;
export type OrderLine = Order['lines'][number];
export type Receipt = Json<'/api/v1/goods-receipts/{id}', 'get', 200>;
export type Bill = Json<'/api/v1/bills/{id}', 'get', 200>;
export type BillLine = Bill['lines'][number];
export type Payment = Json<'/api/v1/vendor-payments/{id}', 'get', 200>;
export type DebitNote = Json<'/api/v1/vendor-debit-notes/{id}', 'get', 200>;
export type OrderBody = paths['/api/v1/purchase-orders']['post']['requestBody']['content']['application/json'];
export type BillBody = paths['/api/v1/bills']['post']['requestBody']['content']['application/json'];
export type PaymentBody = paths['/api/v1/vendor-payments']['post']['requestBody']['content']['application/json'];
export type DebitNoteBody = paths['/api/v1/vendor-debit-notes']['post']['requestBody']['content']['application/json'];
export type OrderStatus = NonNullable<Query<'/api/v1/purchase-orders'>['status']>;
export type BillStatus = NonNullable<Query<'/api/v1/bills'>['status']>;

/** `If-Match` for a resource read at `version` (the server's ETag is `"v<version>"`). */
export const ifMatch = (version: number) => ({ 'If-Match': `"v${version}"` });

/** After any purchase write: every purchase screen reloads (and stock, which receipts and returns move). */
export async function invalidatePurchases(queryClient: QueryClient) {
  await Promise.all([queryClient.invalidateQueries({ queryKey: ['purchases'] }), queryClient.invalidateQueries({ queryKey: ['inventory'] })]);
}

export const ordersQuery = (query: Omit<Query<'/api/v1/purchase-orders'>, 'limit'>) =>
  queryOptions({
    queryKey: ['purchases', 'orders', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/purchase-orders', { params: { query: { limit: 50, ...query } } })),
  });

export const orderQuery = (id: string) =>
  queryOptions({
    queryKey: ['purchases', 'orders', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/purchase-orders/{id}', { params: { path: { id } } })),
  });

export const receiptsQuery = (query: Omit<Query<'/api/v1/goods-receipts'>, 'limit'>) =>
  queryOptions({
    queryKey: ['purchases', 'receipts', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/goods-receipts', { params: { query: { limit: 50, ...query } } })),
  });

export const receiptQuery = (id: string) =>
  queryOptions({
    queryKey: ['purchases', 'receipts', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/goods-receipts/{id}', { params: { path: { id } } })),
  });

export const billsQuery = (query: Omit<Query<'/api/v1/bills'>, 'limit'> & { limit?: number }) =>
  queryOptions({
    queryKey: ['purchases', 'bills', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/bills', { params: { query: { limit: 50, ...query } } })),
  });

export const billQuery = (id: string) =>
  queryOptions({
    queryKey: ['purchases', 'bills', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/bills/{id}', { params: { path: { id } } })),
  });

export const paymentsQuery = (query: Omit<Query<'/api/v1/vendor-payments'>, 'limit'> & { limit?: number }) =>
  queryOptions({
    queryKey: ['purchases', 'payments', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/vendor-payments', { params: { query: { limit: 50, ...query } } })),
  });

export const debitNotesQuery = (query: Omit<Query<'/api/v1/vendor-debit-notes'>, 'limit'>) =>
  queryOptions({
    queryKey: ['purchases', 'debit-notes', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/vendor-debit-notes', { params: { query: { limit: 50, ...query } } })),
  });

export const ORDER_STATUS: Record<string, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  confirmed: { label: 'Confirmed', color: 'blue' },
  partly_received: { label: 'Partly received', color: 'orange' },
  received: { label: 'Received', color: 'teal' },
  cancelled: { label: 'Cancelled', color: 'red' },
};

export const BILL_STATUS: Record<string, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  posted: { label: 'Posted', color: 'blue' },
  partly_paid: { label: 'Partly paid', color: 'orange' },
  paid: { label: 'Paid', color: 'teal' },
  void: { label: 'Void', color: 'red' },
};

export const PAYMENT_STATUS: Record<string, { label: string; color: string }> = {
  posted: { label: 'Recorded', color: 'teal' },
  reversed: { label: 'Reversed', color: 'red' },
};

/**
 * Fetches a PDF with the session's token (a plain link cannot send it) and downloads it (the
 * browser opens it with its PDF viewer).
 */
export async function downloadPdf(path: string): Promise<void> {
  const response = await session.fetch(new Request(path, { headers: { accept: 'application/pdf' } }));
  if (!response.ok || !(response.headers.get('content-type') ?? '').startsWith('application/pdf')) throw new Error(`The PDF could not be loaded (${response.status})`);
  const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'purchase-order.pdf';
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

/**
 * The inventory module's API calls and query definitions. Keys start with `inventory` so a stock
 * move invalidates every stock screen at once (stock, ledger, transfers, counts, reorder report).
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Json<P extends keyof paths, M extends 'get' | 'post' | 'put', S extends number> = paths[P][M] extends { responses: { [K in S]: { content: { 'application/json': infer T } } } } ? T : never;
type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

export type Balance = Json<'/api/v1/stock', 'get', 200>['items'][number];
export type LedgerLine = Json<'/api/v1/products/{id}/stock-ledger', 'get', 200>['items'][number];
export type Transfer = Json<'/api/v1/stock/transfers/{id}', 'get', 200>;
export type CountSummary = Json<'/api/v1/stock/counts', 'get', 200>['items'][number];
export type Count = Json<'/api/v1/stock/counts/{id}', 'get', 200>;
export type ReorderItem = Json<'/api/v1/stock/reorder-levels', 'get', 200>['items'][number];
export type Settings = Json<'/api/v1/inventory/settings', 'get', 200>;
export type StoreSummary = Json<'/api/v1/stores/{id}/summary', 'get', 200>;
export type TransferBody = paths['/api/v1/stores/transfer']['post']['requestBody']['content']['application/json'];
export type ReceiptBody = paths['/api/v1/stock/receipts']['post']['requestBody']['content']['application/json'];
export type AdjustmentBody = paths['/api/v1/stock/adjustments']['post']['requestBody']['content']['application/json'];

/** `If-Match` for a resource read at `version` (the server's ETag is `"v<version>"`). */
export const ifMatch = (version: number) => ({ 'If-Match': `"v${version}"` });

/** After any stock change: every stock screen reloads what it shows. */
export const invalidateStock = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: ['inventory'] });

export const stockQuery = (query: Omit<Query<'/api/v1/stock'>, 'limit'>) =>
  queryOptions({
    queryKey: ['inventory', 'stock', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/stock', { params: { query: { limit: 100, ...query } } })),
  });

export const storeSummaryQuery = (storeId: string) =>
  queryOptions({
    queryKey: ['inventory', 'summary', storeId],
    queryFn: async () => unwrap(await api.GET('/api/v1/stores/{id}/summary', { params: { path: { id: storeId }, query: { top: 5 } } })),
  });

export const stockLedgerQuery = (productId: string, query: Omit<Query<'/api/v1/products/{id}/stock-ledger'>, 'limit'>) =>
  queryOptions({
    queryKey: ['inventory', 'ledger', productId, query],
    queryFn: async () => unwrap(await api.GET('/api/v1/products/{id}/stock-ledger', { params: { path: { id: productId }, query: { limit: 100, ...query } } })),
  });

export const transfersQuery = (query: Omit<Query<'/api/v1/stock/transfers'>, 'limit'>) =>
  queryOptions({
    queryKey: ['inventory', 'transfers', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/stock/transfers', { params: { query: { limit: 50, ...query } } })),
  });

export const countsQuery = (query: Omit<Query<'/api/v1/stock/counts'>, 'limit'>) =>
  queryOptions({
    queryKey: ['inventory', 'counts', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/stock/counts', { params: { query: { limit: 50, ...query } } })),
  });

export const countQuery = (id: string) =>
  queryOptions({
    queryKey: ['inventory', 'counts', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/stock/counts/{id}', { params: { path: { id } } })),
  });

export const reorderQuery = (query: { storeId?: string; lowOnly?: 'true' | 'false' }) =>
  queryOptions({
    queryKey: ['inventory', 'reorder', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/stock/reorder-levels', { params: { query } })).items,
  });

export const settingsQuery = queryOptions({
  queryKey: ['inventory', 'settings'],
  queryFn: async () => unwrap(await api.GET('/api/v1/inventory/settings')),
});

export const MOVE_KINDS: Record<string, string> = {
  opening: 'Opening stock',
  receipt: 'Receipt',
  issue: 'Issue',
  transfer_out: 'Transfer out',
  transfer_in: 'Transfer in',
  adjustment: 'Adjustment',
};

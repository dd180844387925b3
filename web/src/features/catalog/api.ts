/**
 * The catalog's API calls and query definitions. Keys start with `catalog` so a write
 * invalidates what it touched (products, categories, price lists).
 */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Json<P extends keyof paths, M extends 'get' | 'post' | 'put', S extends number> = paths[P][M] extends { responses: { [K in S]: { content: { 'application/json': infer T } } } } ? T : never;

export type Product = Json<'/api/v1/products/{id}', 'get', 200>;
export type ProductBody = paths['/api/v1/products']['post']['requestBody']['content']['application/json'];
export type ProductUpdate = paths['/api/v1/products/{id}']['put']['requestBody']['content']['application/json'];
export type ProductUnits = Json<'/api/v1/products/{id}/units', 'get', 200>;
export type Supplier = Json<'/api/v1/products/{id}/suppliers', 'get', 200>['items'][number];
export type Unit = Json<'/api/v1/units', 'get', 200>['items'][number];
export type Category = Json<'/api/v1/categories', 'get', 200>['items'][number];
export type PriceList = Json<'/api/v1/price-lists/{id}', 'get', 200>;
export type PriceItems = Json<'/api/v1/price-lists/{id}/items', 'get', 200>;
export type PriceCheck = Json<'/api/v1/products/{id}/price', 'get', 200>;
export type ProductListQuery = NonNullable<paths['/api/v1/products']['get']['parameters']['query']>;

/** `If-Match` for a resource read at `version` (the server's ETag is `"v<version>"`). */
export const ifMatch = (version: number) => ({ 'If-Match': `"v${version}"` });

export const productsQuery = (query: Omit<ProductListQuery, 'limit'>) =>
  queryOptions({
    queryKey: ['catalog', 'products', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/products', { params: { query: { limit: 50, ...query } } })),
  });

export const productQuery = (id: string) =>
  queryOptions({
    queryKey: ['catalog', 'products', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/products/{id}', { params: { path: { id } } })),
  });

export const productUnitsQuery = (id: string) =>
  queryOptions({
    queryKey: ['catalog', 'products', id, 'units'],
    queryFn: async () => unwrap(await api.GET('/api/v1/products/{id}/units', { params: { path: { id } } })),
  });

export const suppliersQuery = (id: string) =>
  queryOptions({
    queryKey: ['catalog', 'products', id, 'suppliers'],
    queryFn: async () => unwrap(await api.GET('/api/v1/products/{id}/suppliers', { params: { path: { id } } })).items,
  });

export const priceQuery = (id: string, query: { quantity: string; unit?: string; customerGroup?: string; date?: string }) =>
  queryOptions({
    queryKey: ['catalog', 'products', id, 'price', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/products/{id}/price', { params: { path: { id }, query } })),
  });

export const unitsQuery = queryOptions({
  queryKey: ['catalog', 'units'],
  queryFn: async () => unwrap(await api.GET('/api/v1/units')).items,
});

export const categoriesQuery = queryOptions({
  queryKey: ['catalog', 'categories'],
  queryFn: async () => unwrap(await api.GET('/api/v1/categories')).items,
});

export const priceListsQuery = (query: { cursor?: string; status?: 'active' | 'archived' }) =>
  queryOptions({
    queryKey: ['catalog', 'price-lists', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/price-lists', { params: { query: { limit: 50, ...query } } })),
  });

export const priceListQuery = (id: string) =>
  queryOptions({
    queryKey: ['catalog', 'price-lists', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/price-lists/{id}', { params: { path: { id } } })),
  });

export const priceItemsQuery = (id: string) =>
  queryOptions({
    queryKey: ['catalog', 'price-lists', id, 'items'],
    queryFn: async () => unwrap(await api.GET('/api/v1/price-lists/{id}/items', { params: { path: { id } } })),
  });

/** GST rates in use in India, as the server's percent strings. */
export const GST_RATES = ['0', '0.1', '0.25', '1.5', '3', '5', '12', '18', '28', '40'] as const;

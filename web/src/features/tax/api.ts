/**
 * The tax module's API types and query definitions. Keys start with `tax` so a write can
 * invalidate what it touched (`['tax', 'rates']`, `['tax', 'hsn']`, …).
 */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Json<P extends keyof paths, M extends 'get' | 'post', S extends number> = paths[P][M] extends { responses: { [K in S]: { content: { 'application/json': infer T } } } } ? T : never;

export type HsnCode = Json<'/api/v1/tax/hsn-codes', 'get', 200>['items'][number];
export type HsnDetail = Json<'/api/v1/tax/hsn-codes/{code}', 'get', 200>;
export type CustomHsn = Json<'/api/v1/tax/custom-hsn-codes/{id}', 'get', 200>;
export type TaxRate = Json<'/api/v1/tax/rates/{id}', 'get', 200>;
export type TaxGroup = Json<'/api/v1/tax/groups/{id}', 'get', 200>;
export type Exemption = Json<'/api/v1/tax/exemptions/{id}', 'get', 200>;
export type TdsSection = Json<'/api/v1/tax/tds/sections', 'get', 200>['items'][number];
export type TdsResult = Json<'/api/v1/tax/tds/compute', 'post', 200>;
export type Deduction = Json<'/api/v1/tax/tds/deductions/{id}', 'get', 200>;
export type GstinInfo = Json<'/api/v1/tax/gstin/{gstin}', 'get', 200>;
export type CalculateBody = paths['/api/v1/tax/calculate']['post']['requestBody']['content']['application/json'];
export type Calculation = Json<'/api/v1/tax/calculate', 'post', 200>;

/** The `If-Match` header for a write on a row read at `version`. */
export const ifMatch = (version: number) => ({ 'If-Match': `"v${version}"` });

/** Every page of a cursor-paginated list (tax lists are small). */
async function allPages<T>(fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

export const ratesQuery = (archived: boolean) =>
  queryOptions({
    queryKey: ['tax', 'rates', { archived }],
    queryFn: () => allPages(async (cursor) => unwrap(await api.GET('/api/v1/tax/rates', { params: { query: { limit: 200, archived: archived ? 'true' : 'false', ...(cursor && { cursor }) } } }))),
  });

export const groupsQuery = queryOptions({
  queryKey: ['tax', 'groups'],
  queryFn: () => allPages(async (cursor) => unwrap(await api.GET('/api/v1/tax/groups', { params: { query: { limit: 200, ...(cursor && { cursor }) } } }))),
});

export const exemptionsQuery = queryOptions({
  queryKey: ['tax', 'exemptions'],
  queryFn: () => allPages(async (cursor) => unwrap(await api.GET('/api/v1/tax/exemptions', { params: { query: { limit: 200, ...(cursor && { cursor }) } } }))),
});

export const hsnSearchQuery = (q: string, limit = 20) =>
  queryOptions({
    queryKey: ['tax', 'hsn', 'search', q, limit],
    queryFn: async () => unwrap(await api.GET('/api/v1/tax/hsn-codes', { params: { query: { limit, ...(q && { q }) } } })),
    staleTime: 60_000,
  });

export const hsnDetailQuery = (code: string) =>
  queryOptions({
    queryKey: ['tax', 'hsn', 'detail', code],
    queryFn: async () => unwrap(await api.GET('/api/v1/tax/hsn-codes/{code}', { params: { path: { code } } })),
  });

export const tdsSectionsQuery = (date: string) =>
  queryOptions({
    queryKey: ['tax', 'tds', 'sections', date],
    queryFn: async () => unwrap(await api.GET('/api/v1/tax/tds/sections', { params: { query: date ? { date } : {} } })),
    staleTime: 5 * 60_000,
  });

export const deductionsQuery = (cursor: string | undefined) =>
  queryOptions({
    queryKey: ['tax', 'deductions', cursor ?? ''],
    queryFn: async () => unwrap(await api.GET('/api/v1/tax/tds/deductions', { params: { query: { limit: 50, ...(cursor && { cursor }) } } })),
  });

/** "18" → "18%", "0.25" → "0.25%"; null stays a dash. */
export const percentLabel = (rate: string | null | undefined) => (rate === null || rate === undefined || rate === '' ? '—' : `${rate}%`);

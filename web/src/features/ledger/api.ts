/**
 * The ledger's API calls and query definitions. Keys start with the resource (`accounts`,
 * `journal-entries`, `transactions`, `ledger`, `reports`) so a write invalidates what it touched.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Json<P extends keyof paths, M extends 'get' | 'post', S extends number> = paths[P][M] extends { responses: { [K in S]: { content: { 'application/json': infer T } } } } ? T : never;

export type Account = Json<'/api/v1/accounts/{id}', 'get', 200>;
export type AccountType = Account['type'];
export type Entry = Json<'/api/v1/journal-entries/{id}', 'get', 200>;
export type EntryLine = Entry['lines'][number];
export type Transaction = Json<'/api/v1/transactions/{id}', 'get', 200>;
export type TransactionType = Transaction['type'];
export type NewAccount = paths['/api/v1/accounts']['post']['requestBody']['content']['application/json'];
export type AccountSubtype = NonNullable<NewAccount['subtype']>;
export type NewEntry = paths['/api/v1/journal-entries']['post']['requestBody']['content']['application/json'];
export type NewTransaction = paths['/api/v1/transactions']['post']['requestBody']['content']['application/json'];

export type AccountBalance = Json<'/api/v1/accounts/{id}/balance', 'get', 200>;
export type TrialBalance = Json<'/api/v1/reports/trial-balance', 'get', 200>;
export type GeneralLedger = Json<'/api/v1/ledger', 'get', 200>;
export type LedgerLine = GeneralLedger['items'][number];
export type LedgerSettings = Json<'/api/v1/ledger/settings', 'get', 200>;

export const ACCOUNT_TYPES: readonly AccountType[] = ['asset', 'liability', 'equity', 'income', 'expense'];

export const TYPE_LABELS: Record<AccountType, string> = { asset: 'Assets', liability: 'Liabilities', equity: 'Equity', income: 'Income', expense: 'Expenses' };

/** Subtypes per account type (src/modules/ledger/domain/accounts.ts); `other` fits all. */
export const SUBTYPES: Record<AccountType, readonly AccountSubtype[]> = {
  asset: ['bank', 'cash', 'receivable', 'inventory', 'fixed_asset', 'current_asset', 'prepaid', 'investment', 'tax', 'other'],
  liability: ['payable', 'credit_card', 'loan', 'current_liability', 'customer_wallet', 'tax', 'other'],
  equity: ['capital', 'drawings', 'retained_earnings', 'opening_balance', 'other'],
  income: ['sales', 'other_income', 'round_off', 'other'],
  expense: ['cost_of_goods_sold', 'operating_expense', 'round_off', 'other'],
};

export const subtypeLabel = (subtype: string | null) => (subtype ? subtype.replace(/_/g, ' ') : '');

/** Every account (the chart is small: all pages of 200). */
export const accountsQuery = queryOptions({
  queryKey: ['accounts', 'all'],
  queryFn: async () => {
    const all: Account[] = [];
    let cursor: string | undefined;
    do {
      const page = unwrap(await api.GET('/api/v1/accounts', { params: { query: { limit: 200, ...(cursor && { cursor }) } } }));
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return all;
  },
});

export const accountQuery = (id: string) =>
  queryOptions({
    queryKey: ['accounts', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/accounts/{id}', { params: { path: { id } } })),
  });

export const balanceQuery = (id: string, asOf: string) =>
  queryOptions({
    queryKey: ['ledger', 'balance', id, asOf],
    queryFn: async () => unwrap(await api.GET('/api/v1/accounts/{id}/balance', { params: { path: { id }, query: { asOf } } })),
  });

export const entriesQuery = (query: { cursor?: string; status?: 'draft' | 'posted'; from?: string; to?: string; accountId?: string }) =>
  queryOptions({
    queryKey: ['journal-entries', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/journal-entries', { params: { query: { limit: 50, ...query } } })),
  });

export const entryQuery = (id: string) =>
  queryOptions({
    queryKey: ['journal-entries', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/journal-entries/{id}', { params: { path: { id } } })),
  });

export const transactionsQuery = (query: { cursor?: string; type?: TransactionType; accountId?: string; from?: string; to?: string; q?: string; includeDeleted?: 'true' }) =>
  queryOptions({
    queryKey: ['transactions', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/transactions', { params: { query: { limit: 50, ...query } } })),
  });

export const generalLedgerQuery = (query: { cursor?: string; accountId?: string; from?: string; to?: string; limit?: number }) =>
  queryOptions({
    queryKey: ['ledger', 'lines', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/ledger', { params: { query: { limit: 100, ...query } } })),
  });

export const trialBalanceQuery = (asOf: string) =>
  queryOptions({
    queryKey: ['reports', 'trial-balance', asOf],
    queryFn: async () => unwrap(await api.GET('/api/v1/reports/trial-balance', { params: { query: { asOf } } })),
  });

export const settingsQuery = queryOptions({
  queryKey: ['ledger', 'settings'],
  queryFn: async () => unwrap(await api.GET('/api/v1/ledger/settings')),
});

/** After any posting: balances, reports, lists. */
export async function invalidateLedger(queryClient: QueryClient): Promise<void> {
  await Promise.all(['journal-entries', 'transactions', 'ledger', 'reports', 'accounts'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
}

/** `If-Match` for a resource read at `version` (the server's ETag is `"v<version>"`). */
export const ifMatch = (version: number) => ({ 'If-Match': `"v${version}"` });

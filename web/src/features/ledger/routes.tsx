import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shell } from '../../app/routes-base';
import { CURRENCY_CODES } from '../../lib/list/decimal';
import { listSearch } from '../../lib/list/search';

/**
 * The ledger's screens, children of the app shell. Components load lazily (the shell's first load
 * stays small); search params are validated here so links and `useSearch` are typed.
 */
const DATE = (s: Record<string, unknown>, key: string) => (typeof s[key] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s[key]) ? s[key] : undefined);

export const accountsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/ledger/accounts',
  validateSearch: listSearch({ status: ['active', 'archived', 'all'] }),
  component: lazyRouteComponent(() => import('./AccountsScreen'), 'AccountsScreen'),
});

export const accountDetailRoute = createRoute({
  getParentRoute: () => shell,
  path: '/ledger/accounts/$accountId',
  component: lazyRouteComponent(() => import('./AccountDetail'), 'AccountDetail'),
});

export const entriesRoute = createRoute({
  getParentRoute: () => shell,
  path: '/ledger/entries',
  validateSearch: listSearch({ status: ['draft', 'posted'], from: 'date', to: 'date', accountId: 'uuid' }, { sortable: ['date', 'reference'] }),
  component: lazyRouteComponent(() => import('./EntriesList'), 'EntriesList'),
});

export const newEntryRoute = createRoute({
  getParentRoute: () => shell,
  path: '/ledger/entries/new',
  component: lazyRouteComponent(() => import('./EntryForm'), 'EntryForm'),
});

export const entryDetailRoute = createRoute({
  getParentRoute: () => shell,
  path: '/ledger/entries/$entryId',
  component: lazyRouteComponent(() => import('./EntryDetail'), 'EntryDetail'),
});

export const editEntryRoute = createRoute({
  getParentRoute: () => shell,
  path: '/ledger/entries/$entryId/edit',
  component: lazyRouteComponent(() => import('./EntryForm'), 'EditEntryForm'),
});

export const transactionsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/ledger/transactions',
  validateSearch: listSearch({ type: ['income', 'expense', 'transfer'], accountId: 'uuid', from: 'date', to: 'date', includeDeleted: ['true'] }, { sortable: ['date', 'amount', 'description'] }),
  component: lazyRouteComponent(() => import('./TransactionsList'), 'TransactionsList'),
});

export const quickEntryRoute = createRoute({
  getParentRoute: () => shell,
  path: '/ledger/transactions/new',
  validateSearch: (s: Record<string, unknown>): { type?: 'income' | 'expense' | 'transfer' } => ({
    type: s.type === 'income' || s.type === 'expense' || s.type === 'transfer' ? s.type : undefined,
  }),
  component: lazyRouteComponent(() => import('./QuickEntry'), 'QuickEntry'),
});

export const editTransactionRoute = createRoute({
  getParentRoute: () => shell,
  path: '/ledger/transactions/$transactionId/edit',
  component: lazyRouteComponent(() => import('./QuickEntry'), 'EditTransaction'),
});

export const generalLedgerRoute = createRoute({
  getParentRoute: () => shell,
  path: '/ledger/general-ledger',
  validateSearch: listSearch({ accountId: 'uuid', from: 'date', to: 'date' }),
  component: lazyRouteComponent(() => import('./GeneralLedger'), 'GeneralLedger'),
});

export const trialBalanceRoute = createRoute({
  getParentRoute: () => shell,
  path: '/ledger/trial-balance',
  validateSearch: (s: Record<string, unknown>): { asOf?: string } => ({ asOf: DATE(s, 'asOf') }),
  component: lazyRouteComponent(() => import('./TrialBalance'), 'TrialBalance'),
});

export const ledgerSettingsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/ledger/settings',
  component: lazyRouteComponent(() => import('./LedgerSettings'), 'LedgerSettings'),
});

export const exchangeRatesRoute = createRoute({
  getParentRoute: () => shell,
  path: '/ledger/exchange-rates',
  validateSearch: listSearch({ currency: CURRENCY_CODES, from: 'date', to: 'date' }),
  component: lazyRouteComponent(() => import('./ExchangeRates'), 'ExchangeRates'),
});

/** Children of the app shell, as a tuple so typed `<Link to>` knows every path. */
export const ledgerRoutes = [
  accountsRoute,
  accountDetailRoute,
  entriesRoute,
  newEntryRoute,
  entryDetailRoute,
  editEntryRoute,
  transactionsRoute,
  quickEntryRoute,
  editTransactionRoute,
  generalLedgerRoute,
  trialBalanceRoute,
  ledgerSettingsRoute,
  exchangeRatesRoute,
] as const;

import type { NavItem } from '../../app/nav';

/** The ledger's entries in the main navigation. */
export const LEDGER_NAV: NavItem[] = [
  { to: '/ledger/transactions', label: 'Transactions', permission: 'ledger.transaction.read' },
  { to: '/ledger/accounts', label: 'Chart of accounts', permission: 'ledger.account.read' },
  { to: '/ledger/entries', label: 'Journal entries', permission: 'ledger.entry.read' },
  { to: '/ledger/general-ledger', label: 'General ledger', permission: 'ledger.report.read' },
  { to: '/ledger/trial-balance', label: 'Trial balance', permission: 'ledger.report.read' },
  { to: '/ledger/exchange-rates', label: 'Exchange rates', permission: 'ledger.rates.read' },
  { to: '/ledger/settings', label: 'Ledger settings', permission: 'ledger.settings.read' },
];

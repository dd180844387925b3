import { LEDGER_NAV } from '../features/ledger/nav';

export interface NavItem {
  to: string;
  label: string;
  /** Shown only to members holding this permission (`module.resource.action`); always shown when absent. */
  permission?: string;
}

/** Only screens that exist are listed; feature areas add theirs in their own `nav.ts`. */
export const NAV: NavItem[] = [
  { to: '/', label: 'Overview' },
  ...LEDGER_NAV,
  { to: '/settings/profile', label: 'Profile' },
  { to: '/settings/sessions', label: 'Sessions' },
];

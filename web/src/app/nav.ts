import { CATALOG_NAV } from '../features/catalog/nav';
import { INVENTORY_NAV } from '../features/inventory/nav';
import { LEDGER_NAV } from '../features/ledger/nav';
import { ORDERS_NAV } from '../features/orders/nav';
import { PARTIES_NAV } from '../features/parties/nav';
import { PURCHASES_NAV } from '../features/purchases/nav';
import { SALES_NAV } from '../features/sales/nav';
import { TAX_NAV } from '../features/tax/nav';

/** Sections of the main navigation, in the order they are shown. */
export const NAV_SECTIONS = ['Sales', 'Purchases', 'Contacts and products', 'Stock', 'Settings'] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

export interface NavItem {
  to: string;
  label: string;
  /** Shown only to members holding this permission (`module.resource.action`); always shown when absent. */
  permission?: string;
  /** The nav section it is listed under; items without one come first, unlabelled. */
  section?: NavSection;
  /** A `g <key>` shortcut that opens it (listed in the `?` overlay). */
  shortcut?: string;
}

/** Only screens that exist are listed; feature areas add theirs in their own `nav.ts`. */
export const NAV: NavItem[] = [
  { to: '/', label: 'Overview', shortcut: 'g o' },
  ...LEDGER_NAV,
  ...ORDERS_NAV,
  ...SALES_NAV,
  ...PURCHASES_NAV,
  ...PARTIES_NAV,
  ...CATALOG_NAV,
  ...INVENTORY_NAV,
  ...TAX_NAV,
  { to: '/settings/members', label: 'Members', permission: 'identity.members.read', section: 'Settings', shortcut: 'g m' },
  { to: '/settings/roles', label: 'Roles', permission: 'identity.roles.read', section: 'Settings', shortcut: 'g r' },
  { to: '/settings/api-keys', label: 'API keys', permission: 'identity.api_keys.read', section: 'Settings', shortcut: 'g k' },
  { to: '/settings/stores', label: 'Stores', permission: 'identity.stores.read', section: 'Settings', shortcut: 'g s' },
  { to: '/settings/plan', label: 'Plan and limits', permission: 'identity.subscription.read', section: 'Settings', shortcut: 'g l' },
  { to: '/settings/profile', label: 'Profile', section: 'Settings', shortcut: 'g p' },
  { to: '/settings/sessions', label: 'Sessions', section: 'Settings' },
];

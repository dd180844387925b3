import type { NavItem } from '../../app/nav';

/** The parties screens in the main navigation. */
export const PARTIES_NAV: NavItem[] = [
  { to: '/customers', label: 'Customers', permission: 'parties.customer.read', section: 'Contacts and products', shortcut: 'g c' },
  { to: '/vendors', label: 'Vendors', permission: 'parties.vendor.read', section: 'Contacts and products', shortcut: 'g v' },
];

import type { NavItem } from '../../app/nav';

/** The parties screens in the main navigation. */
export const PARTIES_NAV: NavItem[] = [
  { to: '/customers', label: 'Customers', permission: 'parties.customer.read', section: 'Sales and purchases', shortcut: 'g c' },
  { to: '/vendors', label: 'Vendors', permission: 'parties.vendor.read', section: 'Sales and purchases', shortcut: 'g v' },
];

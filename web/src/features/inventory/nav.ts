import type { NavItem } from '../../app/nav';

/** The inventory screens in the main navigation. */
export const INVENTORY_NAV: NavItem[] = [
  { to: '/stock/on-hand', label: 'Stock on hand', permission: 'inventory.stock.read', section: 'Stock', shortcut: 'g t' },
  { to: '/stock/transfers', label: 'Transfers', permission: 'inventory.stock.read', section: 'Stock' },
  { to: '/stock/counts', label: 'Stock counts', permission: 'inventory.stock.read', section: 'Stock' },
  { to: '/stock/reorder', label: 'Reorder report', permission: 'inventory.stock.read', section: 'Stock' },
  { to: '/stock/settings', label: 'Inventory settings', permission: 'inventory.stock.read', section: 'Stock' },
];

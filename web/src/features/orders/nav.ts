import type { NavItem } from '../../app/nav';

/** Quotations, the approvals inbox, sales orders and delivery notes in the main navigation (section 'Sales'). */
export const ORDERS_NAV: NavItem[] = [
  { to: '/sales/quotations', label: 'Quotations', permission: 'sales.quotation.read', section: 'Sales', shortcut: 'g q' },
  { to: '/sales/approvals', label: 'Approvals', permission: 'sales.quotation.approve', section: 'Sales' },
  { to: '/sales/orders', label: 'Sales orders', permission: 'sales.order.read', section: 'Sales' },
  { to: '/sales/deliveries', label: 'Delivery notes', permission: 'sales.delivery.read', section: 'Sales' },
];

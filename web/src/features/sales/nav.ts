import type { NavItem } from '../../app/nav';

/** The sales screens in the main navigation. */
export const SALES_NAV: NavItem[] = [
  { to: '/sales/invoices', label: 'Invoices', permission: 'sales.invoice.read', section: 'Sales', shortcut: 'g n' },
  { to: '/sales/credit-notes', label: 'Credit notes', permission: 'sales.invoice.read', section: 'Sales' },
  { to: '/sales/debit-notes', label: 'Debit notes', permission: 'sales.invoice.read', section: 'Sales' },
  { to: '/sales/payments', label: 'Payments received', permission: 'sales.payment.read', section: 'Sales', shortcut: 'g y' },
  { to: '/sales/settings', label: 'Sales settings', permission: 'sales.invoice.read', section: 'Sales' },
];

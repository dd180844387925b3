import type { NavItem } from '../../app/nav';

/** The purchases screens in the main navigation. */
export const PURCHASES_NAV: NavItem[] = [
  { to: '/purchases/orders', label: 'Purchase orders', permission: 'purchases.order.read', section: 'Purchases' },
  { to: '/purchases/receipts', label: 'Goods receipts', permission: 'purchases.receipt.read', section: 'Purchases' },
  { to: '/purchases/bills', label: 'Bills', permission: 'purchases.bill.read', section: 'Purchases', shortcut: 'g b' },
  { to: '/purchases/payments', label: 'Vendor payments', permission: 'purchases.payment.read', section: 'Purchases' },
  { to: '/purchases/debit-notes', label: 'Vendor debit notes', permission: 'purchases.bill.read', section: 'Purchases' },
];

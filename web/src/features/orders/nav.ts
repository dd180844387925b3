import type { NavItem } from '../../app/nav';

/** Quotations, sales orders, delivery notes and approvals in the main navigation (section 'Sales'). */
export const ORDERS_NAV: NavItem[] = [];

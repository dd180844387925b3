import type { NavItem } from '../../app/nav';

/** The sales screens in the main navigation. */
export const SALES_NAV: NavItem[] = [];

import type { NavItem } from '../../app/nav';

/** The tax screens in the main navigation. */
export const TAX_NAV: NavItem[] = [];

import type { NavItem } from '../../app/nav';

/** The purchases screens in the main navigation. */
export const PURCHASES_NAV: NavItem[] = [];

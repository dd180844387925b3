import type { NavItem } from '../../app/nav';

/** The inventory screens in the main navigation. */
export const INVENTORY_NAV: NavItem[] = [];

import type { NavItem } from '../../app/nav';

/** The catalog screens in the main navigation. */
export const CATALOG_NAV: NavItem[] = [];

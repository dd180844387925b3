import type { NavItem } from '../../app/nav';

/** The parties screens in the main navigation. */
export const PARTIES_NAV: NavItem[] = [];

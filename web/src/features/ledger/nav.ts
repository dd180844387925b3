import type { NavItem } from '../../app/nav';

/** The ledger's entries in the main navigation. */
export const LEDGER_NAV: NavItem[] = [];

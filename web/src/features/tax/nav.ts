import type { NavItem } from '../../app/nav';

/** The tax screens in the main navigation: the everyday tools first, the set-up under Settings. */
export const TAX_NAV: NavItem[] = [
  { to: '/tax/calculator', label: 'Tax calculator', permission: 'tax.calculation.run' },
  { to: '/tax/hsn', label: 'HSN/SAC codes', permission: 'tax.hsn.read' },
  { to: '/tax/tds', label: 'TDS/TCS', permission: 'tax.tds.read' },
  { to: '/tax/registration', label: 'Tax registration', permission: 'identity.tenant.read', section: 'Settings' },
  { to: '/tax/rates', label: 'Tax rates', permission: 'tax.rates.read', section: 'Settings' },
];

import type { NavItem } from '../../app/nav';

/** The catalog screens in the main navigation. */
export const CATALOG_NAV: NavItem[] = [
  { to: '/catalog/products', label: 'Products and services', permission: 'catalog.product.read', section: 'Contacts and products', shortcut: 'g i' },
  { to: '/catalog/categories', label: 'Categories', permission: 'catalog.product.read', section: 'Contacts and products' },
  { to: '/catalog/price-lists', label: 'Price lists', permission: 'catalog.pricelist.read', section: 'Contacts and products' },
];

import type { NavItem } from '../../app/nav';

/** The catalog screens in the main navigation. */
export const CATALOG_NAV: NavItem[] = [
  { to: '/catalog/products', label: 'Products and services', permission: 'catalog.product.read', section: 'Sales and purchases', shortcut: 'g i' },
  { to: '/catalog/categories', label: 'Categories', permission: 'catalog.product.read', section: 'Sales and purchases' },
  { to: '/catalog/price-lists', label: 'Price lists', permission: 'catalog.pricelist.read', section: 'Sales and purchases' },
];

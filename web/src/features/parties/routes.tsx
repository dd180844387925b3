import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shell } from '../../app/routes-base';
import { listSearch } from '../../lib/list/search';

/**
 * Customers and vendors, children of the app shell; the screens are shared and told the kind by
 * their named export. Search params are validated here so links and `useSearch` are typed.
 */
const listFilters = listSearch({ status: ['active', 'suspended', 'archived'], registrationType: ['registered', 'unregistered', 'composition', 'sez', 'overseas'], tag: 'text' }, { sortable: ['name', 'createdAt'] });
const statementRange = listSearch({ from: 'date', to: 'date' });

export const customersRoute = createRoute({
  getParentRoute: () => shell,
  path: '/customers',
  validateSearch: listFilters,
  component: lazyRouteComponent(() => import('./PartiesList'), 'CustomersList'),
});
export const newCustomerRoute = createRoute({ getParentRoute: () => shell, path: '/customers/new', component: lazyRouteComponent(() => import('./PartyForm'), 'NewCustomer') });
export const customerRoute = createRoute({
  getParentRoute: () => shell,
  path: '/customers/$partyId',
  validateSearch: statementRange,
  component: lazyRouteComponent(() => import('./PartyDetail'), 'CustomerDetail'),
});
export const editCustomerRoute = createRoute({ getParentRoute: () => shell, path: '/customers/$partyId/edit', component: lazyRouteComponent(() => import('./PartyForm'), 'EditCustomer') });

export const vendorsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/vendors',
  validateSearch: listFilters,
  component: lazyRouteComponent(() => import('./PartiesList'), 'VendorsList'),
});
export const newVendorRoute = createRoute({ getParentRoute: () => shell, path: '/vendors/new', component: lazyRouteComponent(() => import('./PartyForm'), 'NewVendor') });
export const vendorRoute = createRoute({
  getParentRoute: () => shell,
  path: '/vendors/$partyId',
  validateSearch: statementRange,
  component: lazyRouteComponent(() => import('./PartyDetail'), 'VendorDetail'),
});
export const editVendorRoute = createRoute({ getParentRoute: () => shell, path: '/vendors/$partyId/edit', component: lazyRouteComponent(() => import('./PartyForm'), 'EditVendor') });

/** Children of the app shell, as a tuple so typed `<Link to>` knows every path. */
export const partiesRoutes = [customersRoute, newCustomerRoute, customerRoute, editCustomerRoute, vendorsRoute, newVendorRoute, vendorRoute, editVendorRoute] as const;

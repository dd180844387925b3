import type { QueryClient } from '@tanstack/react-query';
import { createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { catalogRoutes } from '../features/catalog/routes';
import { inventoryRoutes } from '../features/inventory/routes';
import { ordersRoutes } from '../features/orders/routes';
import { purchasesRoutes } from '../features/purchases/routes';
import { salesRoutes } from '../features/sales/routes';
import { ledgerRoutes } from '../features/ledger/routes';
import { partiesRoutes } from '../features/parties/routes';
import { taxRoutes } from '../features/tax/routes';
import { acceptInvitation, authed, forgotPassword, onboarding, resetPassword, rootRoute, shell, signIn, signUp, verify } from './routes-base';

export type { RouterContext } from './routes-base';

/**
 * Screens load lazily (`lazyRouteComponent`): the first load carries the shell and the router,
 * each screen is its own chunk, fetched on navigation or on link hover (`defaultPreload: 'intent'`).
 */
const overview = createRoute({ getParentRoute: () => shell, path: '/', component: lazyRouteComponent(() => import('../features/shell/Overview'), 'Overview') });
const profile = createRoute({ getParentRoute: () => shell, path: '/settings/profile', component: lazyRouteComponent(() => import('../features/account/Profile'), 'Profile') });
const sessions = createRoute({ getParentRoute: () => shell, path: '/settings/sessions', component: lazyRouteComponent(() => import('../features/account/Sessions'), 'Sessions') });
const members = createRoute({ getParentRoute: () => shell, path: '/settings/members', component: lazyRouteComponent(() => import('../features/settings/Members'), 'Members') });
const roles = createRoute({ getParentRoute: () => shell, path: '/settings/roles', component: lazyRouteComponent(() => import('../features/settings/Roles'), 'Roles') });
const apiKeys = createRoute({ getParentRoute: () => shell, path: '/settings/api-keys', component: lazyRouteComponent(() => import('../features/settings/ApiKeys'), 'ApiKeys') });
const stores = createRoute({ getParentRoute: () => shell, path: '/settings/stores', component: lazyRouteComponent(() => import('../features/settings/Stores'), 'Stores') });
const plan = createRoute({ getParentRoute: () => shell, path: '/settings/plan', component: lazyRouteComponent(() => import('../features/settings/Plan'), 'Plan') });

const routeTree = rootRoute.addChildren([
  signIn,
  signUp,
  verify,
  forgotPassword,
  resetPassword,
  acceptInvitation,
  authed.addChildren([onboarding, shell.addChildren([overview, profile, sessions, members, roles, apiKeys, stores, plan, ...ledgerRoutes, ...ordersRoutes, ...salesRoutes, ...purchasesRoutes, ...partiesRoutes, ...catalogRoutes, ...inventoryRoutes, ...taxRoutes])]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent' });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

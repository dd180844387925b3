import type { QueryClient } from '@tanstack/react-query';
import { createRoute, createRouter } from '@tanstack/react-router';
import { Profile } from '../features/account/Profile';
import { Sessions } from '../features/account/Sessions';
import { ledgerRoutes } from '../features/ledger/routes';
import { Overview } from '../features/shell/Overview';
import { authed, forgotPassword, onboarding, resetPassword, rootRoute, shell, signIn, signUp, verify } from './routes-base';

export type { RouterContext } from './routes-base';

const overview = createRoute({ getParentRoute: () => shell, path: '/', component: Overview });
const profile = createRoute({ getParentRoute: () => shell, path: '/settings/profile', component: Profile });
const sessions = createRoute({ getParentRoute: () => shell, path: '/settings/sessions', component: Sessions });

const routeTree = rootRoute.addChildren([
  signIn,
  signUp,
  verify,
  forgotPassword,
  resetPassword,
  authed.addChildren([onboarding, shell.addChildren([overview, profile, sessions, ...ledgerRoutes])]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent' });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

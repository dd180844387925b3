import { Alert, Box } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { session } from '../api/session';
import { Profile } from '../features/account/Profile';
import { Sessions } from '../features/account/Sessions';
import { ForgotPassword } from '../features/auth/ForgotPassword';
import { ResetPassword } from '../features/auth/ResetPassword';
import { SignIn } from '../features/auth/SignIn';
import { SignUp } from '../features/auth/SignUp';
import { Verify } from '../features/auth/Verify';
import { Onboarding } from '../features/onboarding/Onboarding';
import { Overview } from '../features/shell/Overview';
import { Shell } from '../features/shell/Shell';

export interface RouterContext {
  queryClient: QueryClient;
}

function OfflineBanner() {
  const { online } = useNetwork();
  if (online) return null;
  return (
    <Alert color="yellow" radius={0} role="status" title="You are offline" data-testid="offline-banner">
      Changes cannot be saved until the connection is back.
    </Alert>
  );
}

function Root() {
  return (
    <Box>
      <OfflineBanner />
      <Outlet />
    </Box>
  );
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);

/** Signed-out screens send a signed-in user home. */
function publicOnly() {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects are thrown
  if (session.getSnapshot().status === 'signed-in') throw redirect({ to: '/' });
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Root });

const signIn = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (s: Record<string, unknown>): { redirect?: string; email?: string; notice?: string } => ({
    redirect: str(s.redirect),
    email: str(s.email),
    notice: str(s.notice),
  }),
  beforeLoad: publicOnly,
  component: SignIn,
});
const signUp = createRoute({ getParentRoute: () => rootRoute, path: '/sign-up', beforeLoad: publicOnly, component: SignUp });
const verify = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify',
  validateSearch: (s: Record<string, unknown>): { email?: string } => ({ email: str(s.email) }),
  component: Verify,
});
const forgotPassword = createRoute({ getParentRoute: () => rootRoute, path: '/forgot-password', beforeLoad: publicOnly, component: ForgotPassword });
const resetPassword = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: (s: Record<string, unknown>): { email?: string } => ({ email: str(s.email) }),
  component: ResetPassword,
});

/** Everything below needs a signed-in user. */
const authed = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  beforeLoad: ({ location }) => {
    if (session.getSnapshot().status !== 'signed-in') {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects are thrown
      throw redirect({ to: '/sign-in', search: { redirect: location.href === '/' ? undefined : location.href } });
    }
  },
  component: Outlet,
});
const onboarding = createRoute({ getParentRoute: () => authed, path: '/onboarding', component: Onboarding });

/** The app shell needs a business to work in: without one, onboarding comes first. */
const shell = createRoute({
  getParentRoute: () => authed,
  id: 'shell',
  beforeLoad: () => {
    const state = session.getSnapshot();
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects are thrown
    if (state.status === 'signed-in' && !state.tenant) throw redirect({ to: '/onboarding' });
  },
  component: Shell,
});
const overview = createRoute({ getParentRoute: () => shell, path: '/', component: Overview });
const profile = createRoute({ getParentRoute: () => shell, path: '/settings/profile', component: Profile });
const sessions = createRoute({ getParentRoute: () => shell, path: '/settings/sessions', component: Sessions });

const routeTree = rootRoute.addChildren([
  signIn,
  signUp,
  verify,
  forgotPassword,
  resetPassword,
  authed.addChildren([onboarding, shell.addChildren([overview, profile, sessions])]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent' });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

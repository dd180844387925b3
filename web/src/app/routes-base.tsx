/** The route skeleton: root, signed-out screens, the signed-in guard and the app shell. Feature
 * areas hang their screens under `shell` in their own `routes.tsx`; `router.tsx` assembles the tree. */
import { Alert, Box } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import { session } from '../api/session';
import { pendingInvitation } from '../features/invitations/pending';
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

export const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Root });

export const signIn = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (s: Record<string, unknown>): { redirect?: string; email?: string; notice?: string } => ({
    redirect: str(s.redirect),
    email: str(s.email),
    notice: str(s.notice),
  }),
  beforeLoad: publicOnly,
  component: lazyRouteComponent(() => import('../features/auth/SignIn'), 'SignIn'),
});
export const signUp = createRoute({ getParentRoute: () => rootRoute, path: '/sign-up', beforeLoad: publicOnly, component: lazyRouteComponent(() => import('../features/auth/SignUp'), 'SignUp') });
export const verify = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify',
  validateSearch: (s: Record<string, unknown>): { email?: string } => ({ email: str(s.email) }),
  component: lazyRouteComponent(() => import('../features/auth/Verify'), 'Verify'),
});
export const forgotPassword = createRoute({ getParentRoute: () => rootRoute, path: '/forgot-password', beforeLoad: publicOnly, component: lazyRouteComponent(() => import('../features/auth/ForgotPassword'), 'ForgotPassword') });
export const resetPassword = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: (s: Record<string, unknown>): { email?: string } => ({ email: str(s.email) }),
  component: lazyRouteComponent(() => import('../features/auth/ResetPassword'), 'ResetPassword'),
});

/** Everything below needs a signed-in user. */
export const authed = createRoute({
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

/** The invitation link from the mail (`/invitations/accept#token=…`); signed in or not. */
export const acceptInvitation = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invitations/accept',
  component: lazyRouteComponent(() => import('../features/invitations/AcceptInvitation'), 'AcceptInvitation'),
});

/** A user who opened an invitation link before signing in (or up) comes back to it first. */
function resumeInvitation() {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects are thrown
  if (pendingInvitation.get()) throw redirect({ to: '/invitations/accept' });
}

export const onboarding = createRoute({
  getParentRoute: () => authed,
  path: '/onboarding',
  beforeLoad: resumeInvitation,
  component: lazyRouteComponent(() => import('../features/onboarding/Onboarding'), 'Onboarding'),
});

/** The app shell needs a business to work in: without one, onboarding comes first. */
export const shell = createRoute({
  getParentRoute: () => authed,
  id: 'shell',
  beforeLoad: () => {
    resumeInvitation();
    const state = session.getSnapshot();
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects are thrown
    if (state.status === 'signed-in' && !state.tenant) throw redirect({ to: '/onboarding' });
  },
  component: Shell,
});

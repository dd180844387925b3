import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { session } from '../../api/session';
import { useSession } from '../../api/use-session';
import { useSubmit } from '../../lib/use-submit';
import { AuthLayout } from '../auth/AuthLayout';
import { signOut } from '../shell/sign-out';
import { pendingInvitation, tokenFromHash } from './pending';

/** Reads the token from the link's fragment once, keeps it for after sign-in, and drops it from the address bar. */
function useInvitationToken(): string | null {
  const [token] = useState(() => {
    const fromLink = tokenFromHash(window.location.hash);
    if (fromLink) {
      pendingInvitation.set(fromLink);
      window.history.replaceState(window.history.state, '', window.location.pathname);
    }
    return fromLink ?? pendingInvitation.get();
  });
  return token;
}

/**
 * The page the invitation mail links to. Signed out: sign in or create an account with the
 * invited address, then come back here (the token waits in this tab). Signed in: accept, which
 * joins the business and switches to it.
 */
export function AcceptInvitation() {
  const token = useInvitationToken();
  const state = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useSubmit();

  if (!token) {
    return (
      <AuthLayout title="Invitation link incomplete">
        <Text>This link has no invitation in it. Open the link from the invitation mail again, or ask for a new invitation.</Text>
        <Anchor component={Link} to="/">
          Go to Kontor
        </Anchor>
      </AuthLayout>
    );
  }

  if (state.status !== 'signed-in') {
    return (
      <AuthLayout title="You have been invited" subtitle="Join a business on Kontor.">
        <Text>Sign in with the email address the invitation was sent to, or create an account with it. You will come back here to accept.</Text>
        <Group>
          <Button renderRoot={(props) => <Link to="/sign-in" search={{ redirect: '/invitations/accept' }} {...props} />}>
            Sign in
          </Button>
          <Button renderRoot={(props) => <Link to="/sign-up" {...props} />} variant="default">
            Create an account
          </Button>
        </Group>
      </AuthLayout>
    );
  }

  function accept() {
    void form.run(async () => {
      const { tenantId } = unwrap(await api.POST('/api/v1/invitations/accept', { body: { token: token! } }));
      pendingInvitation.clear();
      session.accept(unwrap(await api.POST('/api/v1/auth/switch-tenant', { body: { tenantId } })));
      queryClient.clear();
      await navigate({ to: '/' });
    });
  }

  async function notNow() {
    pendingInvitation.clear();
    await navigate({ to: '/' });
  }

  async function otherAccount() {
    await signOut(queryClient);
    await navigate({ to: '/sign-in', search: { redirect: '/invitations/accept' } });
  }

  return (
    <AuthLayout title="Join the business" subtitle={`You are signed in as ${state.user.email}.`}>
      {form.message && (
        <Alert color="red" role="alert" title="Could not accept the invitation">
          {form.message}
        </Alert>
      )}
      <Text>Accepting adds you to the business with the role you were invited as, and switches to it. The invitation must have been sent to this address.</Text>
      <Stack gap="xs">
        <Button onClick={accept} loading={form.submitting}>
          Accept invitation
        </Button>
        <Button variant="default" onClick={() => void otherAccount()}>
          Use another account
        </Button>
        <Button variant="subtle" onClick={() => void notNow()}>
          Not now
        </Button>
      </Stack>
    </AuthLayout>
  );
}

import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { session, type Grant } from '../../api/session';
import { RouterAnchor } from '../../lib/RouterAnchor';
import { useSubmit } from '../../lib/use-submit';
import { AuthLayout } from './AuthLayout';
import { OidcButtons } from './OidcButtons';
import { TwoFactorStep } from './TwoFactorStep';

/** Whether the business signed in to requires two-factor of this user, who has not set it up. */
async function mustSetUpTwoFactor(tenantId: string): Promise<boolean> {
  const { data } = await api.GET('/api/v1/auth/2fa');
  return data ? !data.enabled && data.requiredBy.some((r) => r.tenantId === tenantId) : false;
}

/** After a provider sign-in, an account with two-factor on lands here with `#mfa=<challenge>&redirect=<path>`. */
function takeProviderChallenge(): { challenge: string | null; redirect: string | null } {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const challenge = fragment.get('mfa');
  if (challenge) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  return { challenge, redirect: fragment.get('redirect') };
}

export function SignIn() {
  const search = useSearch({ from: '/sign-in' });
  const [fromProvider] = useState(takeProviderChallenge);
  const navigate = useNavigate();
  const [email, setEmail] = useState(search.email ?? '');
  const [password, setPassword] = useState('');
  const form = useSubmit();
  /** Set when the password was right and the account has two-factor on: the code step follows. */
  const [challenge, setChallenge] = useState<string | null>(fromProvider.challenge);

  async function signedIn(grant: Grant, checkPolicy: boolean) {
    session.accept(grant);
    const wanted = search.redirect ?? fromProvider.redirect;
    const target = wanted && wanted.startsWith('/') && !wanted.startsWith('//') ? wanted : '/';
    if (!grant.tenant) await navigate({ to: '/onboarding' });
    // A business that requires two-factor for this role blocks its data until it is set up.
    else if (checkPolicy && (await mustSetUpTwoFactor(grant.tenant.id))) await navigate({ to: '/settings/profile' });
    else await navigate({ to: target });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.run(async () => {
      const outcome = unwrap(await api.POST('/api/v1/auth/login', { body: { email, password } }));
      if ('mfaRequired' in outcome) {
        setChallenge(outcome.challenge);
        return;
      }
      await signedIn(outcome, true);
    });
  }

  if (challenge) {
    return (
      <AuthLayout
        title="Two-step verification"
        subtitle="Your password was right. Now confirm it is you."
        footer={
          <Anchor component="button" type="button" size="sm" onClick={() => setChallenge(null)}>
            Back to sign in
          </Anchor>
        }
      >
        <TwoFactorStep
          challenge={challenge}
          onSignedIn={(grant) => signedIn(grant, false)}
          onRestart={(message) => {
            setChallenge(null);
            setPassword('');
            form.setMessage(message);
          }}
        />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title="Sign in"
      subtitle="Welcome back to Kontor."
      footer={
        <>
          New here? <RouterAnchor to="/sign-up">Create an account</RouterAnchor>
        </>
      }
    >
      {search.notice && <Alert color="green" title={search.notice} role="status" />}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {form.message && (
            <Alert color="red" role="alert" title="Could not sign in">
              {form.message}
            </Alert>
          )}
          <TextInput label="Email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={form.errors.email} />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={form.errors.password}
          />
          <Group justify="space-between" mt="xs">
            <RouterAnchor to="/forgot-password" size="sm">
              Forgot password?
            </RouterAnchor>
            <Button type="submit" loading={form.submitting}>
              Sign in
            </Button>
          </Group>
        </Stack>
      </form>
      <OidcButtons redirect={search.redirect} />
    </AuthLayout>
  );
}

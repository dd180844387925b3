import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { RouterAnchor } from '../../lib/RouterAnchor';
import { useSubmit } from '../../lib/use-submit';
import { AuthLayout } from './AuthLayout';

/** Step two of sign-up: the 6-digit code mailed to the address. */
export function Verify() {
  const search = useSearch({ from: '/verify' });
  const navigate = useNavigate();
  const [email, setEmail] = useState(search.email ?? '');
  const [code, setCode] = useState('');
  const [resent, setResent] = useState(false);
  const form = useSubmit();
  const resend = useSubmit();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.run(async () => {
      unwrap(await api.POST('/api/v1/auth/verify-otp', { body: { email, code, purpose: 'verify_email' } }));
      await navigate({ to: '/sign-in', search: { email, notice: 'Email verified. Sign in to continue.' } });
    });
  }

  function onResend() {
    void resend.run(async () => {
      unwrap(await api.POST('/api/v1/auth/resend-verification', { body: { email } }));
      setResent(true);
    });
  }

  return (
    <AuthLayout
      title="Check your email"
      subtitle="We sent a 6-digit code to your address. Enter it to verify your account."
      footer={
        <>
          Verified already? <RouterAnchor to="/sign-in">Sign in</RouterAnchor>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {form.message && (
            <Alert color="red" role="alert" title="Could not verify">
              {form.message}
            </Alert>
          )}
          {resent && <Alert color="green" role="status" title="A new code is on its way" />}
          {!search.email && (
            <TextInput label="Email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={form.errors.email} />
          )}
          <TextInput
            label="Verification code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={32}
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={form.errors.code}
          />
          <Group justify="space-between" mt="xs">
            <Button variant="subtle" onClick={onResend} loading={resend.submitting} disabled={!email}>
              Send a new code
            </Button>
            <Button type="submit" loading={form.submitting}>
              Verify
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthLayout>
  );
}

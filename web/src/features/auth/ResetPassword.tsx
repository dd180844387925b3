import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { RouterAnchor } from '../../lib/RouterAnchor';
import { useSubmit } from '../../lib/use-submit';
import { AuthLayout } from './AuthLayout';

export function ResetPassword() {
  const search = useSearch({ from: '/reset-password' });
  const navigate = useNavigate();
  const [email, setEmail] = useState(search.email ?? '');
  const [code, setCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const form = useSubmit();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.run(async () => {
      unwrap(await api.POST('/api/v1/auth/reset-password', { body: { email, code, newPassword } }));
      await navigate({ to: '/sign-in', search: { email, notice: 'Password changed. Sign in with the new one.' } });
    });
  }

  return (
    <AuthLayout
      title="Choose a new password"
      subtitle="Enter the code from the email and a new password. Every signed-in device will be signed out."
      footer={<RouterAnchor to="/sign-in">Back to sign in</RouterAnchor>}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {form.message && (
            <Alert color="red" role="alert" title="Could not reset the password">
              {form.message}
            </Alert>
          )}
          <TextInput label="Email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={form.errors.email} />
          <TextInput
            label="Reset code"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={form.errors.code}
          />
          <PasswordInput
            label="New password"
            autoComplete="new-password"
            required
            value={newPassword}
            onChange={(e) => setNewPassword(e.currentTarget.value)}
            error={form.errors.newPassword}
          />
          <Button type="submit" loading={form.submitting} mt="xs">
            Set new password
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { RouterAnchor } from '../../lib/RouterAnchor';
import { useSubmit } from '../../lib/use-submit';
import { AuthLayout } from './AuthLayout';

export function ForgotPassword() {
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const form = useSubmit();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.run(async () => {
      unwrap(await api.POST('/api/v1/auth/forgot-password', { body: { email } }));
      await navigate({ to: '/reset-password', search: { email } });
    });
  }

  return (
    <AuthLayout
      title="Reset your password"
      subtitle="Enter your email and we will send you a reset code."
      footer={
        <>
          Remembered it? <RouterAnchor to="/sign-in">Sign in</RouterAnchor>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {form.message && (
            <Alert color="red" role="alert" title="Could not send the code">
              {form.message}
            </Alert>
          )}
          <TextInput label="Email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={form.errors.email} />
          <Button type="submit" loading={form.submitting} mt="xs">
            Send reset code
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

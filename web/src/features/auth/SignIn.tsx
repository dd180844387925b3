import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { session } from '../../api/session';
import { RouterAnchor } from '../../lib/RouterAnchor';
import { useSubmit } from '../../lib/use-submit';
import { AuthLayout } from './AuthLayout';

export function SignIn() {
  const search = useSearch({ from: '/sign-in' });
  const navigate = useNavigate();
  const [email, setEmail] = useState(search.email ?? '');
  const [password, setPassword] = useState('');
  const form = useSubmit();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.run(async () => {
      const grant = unwrap(await api.POST('/api/v1/auth/login', { body: { email, password } }));
      session.accept(grant);
      const target = search.redirect && search.redirect.startsWith('/') && !search.redirect.startsWith('//') ? search.redirect : '/';
      await navigate({ to: grant.tenant ? target : '/onboarding' });
    });
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
    </AuthLayout>
  );
}

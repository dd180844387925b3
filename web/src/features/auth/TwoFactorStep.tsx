import { Alert, Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import type { Grant } from '../../api/session';
import { useSubmit } from '../../lib/use-submit';

/**
 * The second step of signing in when two-factor is on: the 6-digit code from the authenticator
 * app, or one of the recovery codes. An expired or used-up challenge sends the user back to the
 * password step.
 */
export function TwoFactorStep({
  challenge,
  onSignedIn,
  onRestart,
}: {
  challenge: string;
  onSignedIn: (grant: Grant) => Promise<void>;
  onRestart: (message: string) => void;
}) {
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const form = useSubmit();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.run(async () => {
      const body = recovery ? { challenge, recoveryCode: code.trim() } : { challenge, code: code.replace(/\s/g, '') };
      const result = await api.POST('/api/v1/auth/login/2fa', { body });
      if (result.response.status === 401) {
        onRestart('That sign-in took too long or too many tries. Enter your password again.');
        return;
      }
      await onSignedIn(unwrap(result));
    });
  }

  function toggle() {
    setRecovery((r) => !r);
    setCode('');
    form.setMessage(null);
  }

  const error = recovery ? (form.errors.recoveryCode ?? form.errors.code) : form.errors.code;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {form.message && (
          <Alert color="red" role="alert" title="Could not sign in">
            {form.message}
          </Alert>
        )}
        {recovery ? (
          <TextInput
            key="recovery"
            label="Recovery code"
            description="One of the codes you saved when you turned on two-factor authentication. Each works once."
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={error}
          />
        ) : (
          <TextInput
            key="totp"
            label="Authentication code"
            description="The 6-digit code your authenticator app shows for Kontor."
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={error}
          />
        )}
        <Group justify="space-between" mt="xs">
          <Anchor component="button" type="button" size="sm" onClick={toggle}>
            {recovery ? 'Use the code from your app' : 'Use a recovery code'}
          </Anchor>
          <Button type="submit" loading={form.submitting}>
            Verify
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

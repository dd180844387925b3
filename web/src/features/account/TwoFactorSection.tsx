import { Alert, Badge, Button, Card, Code, Group, Image, Loader, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api, unwrap } from '../../api/client';
import { useSubmit } from '../../lib/use-submit';
import { TwoFactorRecoveryCodes } from './TwoFactorRecoveryCodes';

export const twoFactorQuery = queryOptions({
  queryKey: ['two-factor'],
  queryFn: async () => unwrap(await api.GET('/api/v1/auth/2fa')),
});

type Stage =
  | { kind: 'idle' }
  | { kind: 'password' }
  | { kind: 'scan'; secret: string; uri: string }
  | { kind: 'codes'; codes: string[] }
  | { kind: 'disable' }
  | { kind: 'regenerate' };

const digitsOnly = (code: string) => code.replace(/\s/g, '');

/** The otpauth:// URI drawn as a QR code (a data URL, allowed by the CSP's img-src). */
function QrCode({ value }: { value: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(value, { margin: 1, width: 192, errorCorrectionLevel: 'M' }).then((url) => live && setSrc(url));
    return () => {
      live = false;
    };
  }, [value]);
  if (!src) return <Loader size="sm" aria-label="Drawing the QR code" />;
  return <Image src={src} w={192} h={192} fit="contain" alt="QR code to scan with your authenticator app" data-testid="totp-qr" />;
}

function StepForm({
  onSubmit,
  children,
  submit,
  onCancel,
  danger,
  loading,
}: {
  onSubmit: (e: FormEvent) => void;
  children: ReactNode;
  submit: string;
  onCancel: () => void;
  danger?: boolean;
  loading: boolean;
}) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm" maw={420}>
        {children}
        <Group gap="sm">
          <Button type="submit" color={danger ? 'red' : undefined} loading={loading}>
            {submit}
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Two-factor authentication on the profile: set up (password → QR code and key → first code →
 * recovery codes, shown once), new recovery codes, turn off.
 */
export function TwoFactorSection() {
  const queryClient = useQueryClient();
  const { data: status, error, isPending } = useQuery(twoFactorQuery);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const form = useSubmit();

  function go(next: Stage) {
    setStage(next);
    setPassword('');
    setCode('');
    form.setMessage(null);
  }
  const refresh = () => queryClient.invalidateQueries({ queryKey: twoFactorQuery.queryKey });

  function startSetup(event: FormEvent) {
    event.preventDefault();
    void form.run(async () => {
      const setup = unwrap(await api.POST('/api/v1/auth/2fa/setup', { body: { password } }));
      go({ kind: 'scan', secret: setup.secret, uri: setup.otpauthUri });
    });
  }

  function turnOn(event: FormEvent) {
    event.preventDefault();
    void form.run(async () => {
      const enabled = unwrap(await api.POST('/api/v1/auth/2fa/enable', { body: { code: digitsOnly(code) } }));
      go({ kind: 'codes', codes: enabled.recoveryCodes });
      await refresh();
    });
  }

  function turnOff(event: FormEvent) {
    event.preventDefault();
    void form.run(async () => {
      const typed = digitsOnly(code);
      const factor = /^\d{6}$/.test(typed) ? { code: typed } : { recoveryCode: code.trim() };
      unwrap(await api.POST('/api/v1/auth/2fa/disable', { body: { password, ...factor } }));
      go({ kind: 'idle' });
      await refresh();
    });
  }

  function regenerate(event: FormEvent) {
    event.preventDefault();
    void form.run(async () => {
      const fresh = unwrap(await api.POST('/api/v1/auth/2fa/recovery-codes', { body: { code: digitsOnly(code) } }));
      go({ kind: 'codes', codes: fresh.recoveryCodes });
      await refresh();
    });
  }

  const message = form.message && (
    <Alert color="red" role="alert" title="That did not work">
      {form.message}
    </Alert>
  );
  const codeField = (label: string, description?: string) => (
    <TextInput
      label={label}
      description={description}
      inputMode={label.includes('recovery') ? 'text' : 'numeric'}
      autoComplete="one-time-code"
      required
      value={code}
      onChange={(e) => setCode(e.currentTarget.value)}
      error={form.errors.code ?? form.errors.recoveryCode}
    />
  );
  const passwordField = (
    <PasswordInput label="Current password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={form.errors.password} />
  );

  return (
    <Card withBorder component="section" aria-labelledby="two-factor-title">
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={2} size="h3" id="two-factor-title">
            Two-factor authentication
          </Title>
          {status && (
            <Badge color={status.enabled ? '#1b6e2d' : 'gray.7'} variant="filled">
              {status.enabled ? 'On' : 'Off'}
            </Badge>
          )}
        </Group>
        {isPending && <Loader aria-label="Loading" size="sm" />}
        {error && (
          <Alert color="red" role="alert" title="Could not load two-factor settings">
            {error.message}
          </Alert>
        )}
        {status && !status.enabled && status.requiredBy.length > 0 && (
          <Alert color="orange" role="status" title="Required by your business">
            {status.requiredBy.map((r) => r.tenantName).join(', ')} requires two-factor authentication for your role. Set it up to keep
            working there.
          </Alert>
        )}
        {message}

        {status && stage.kind === 'idle' && !status.enabled && (
          <>
            <Text>Protect your account with a code from an authenticator app (Google Authenticator, Microsoft Authenticator, 1Password…) each time you sign in.</Text>
            <Group>
              <Button onClick={() => go({ kind: 'password' })}>Set up two-factor authentication</Button>
            </Group>
          </>
        )}
        {status && stage.kind === 'idle' && status.enabled && (
          <>
            <Text>
              Signing in asks for a code from your authenticator app. Recovery codes left: <strong data-testid="recovery-codes-left">{status.recoveryCodesRemaining}</strong>
            </Text>
            {status.recoveryCodesRemaining <= 2 && (
              <Alert color="yellow" role="status" title="Few recovery codes left">
                Get new recovery codes so you can still sign in if you lose your phone.
              </Alert>
            )}
            <Group gap="sm">
              <Button variant="light" onClick={() => go({ kind: 'regenerate' })}>
                New recovery codes
              </Button>
              <Button variant="light" color="red" onClick={() => go({ kind: 'disable' })}>
                Turn off
              </Button>
            </Group>
          </>
        )}

        {stage.kind === 'password' && (
          <StepForm onSubmit={startSetup} submit="Continue" onCancel={() => go({ kind: 'idle' })} loading={form.submitting}>
            <Text>Enter your password to start.</Text>
            {passwordField}
          </StepForm>
        )}
        {stage.kind === 'scan' && (
          <StepForm onSubmit={turnOn} submit="Turn on" onCancel={() => go({ kind: 'idle' })} loading={form.submitting}>
            <Text>1. Scan this QR code with your authenticator app.</Text>
            <QrCode value={stage.uri} />
            <Text>
              Can't scan it? Enter this key in the app instead:{' '}
              <Code fz="sm" data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
                {stage.secret}
              </Code>
            </Text>
            <Text>2. Enter the 6-digit code the app shows.</Text>
            {codeField('Code from the app')}
          </StepForm>
        )}
        {stage.kind === 'codes' && <TwoFactorRecoveryCodes codes={stage.codes} onDone={() => go({ kind: 'idle' })} />}
        {stage.kind === 'regenerate' && (
          <StepForm onSubmit={regenerate} submit="Get new codes" onCancel={() => go({ kind: 'idle' })} loading={form.submitting}>
            <Text>Your current recovery codes stop working.</Text>
            {codeField('Code from the app')}
          </StepForm>
        )}
        {stage.kind === 'disable' && (
          <StepForm onSubmit={turnOff} submit="Turn off two-factor" onCancel={() => go({ kind: 'idle' })} loading={form.submitting} danger>
            {passwordField}
            {codeField('Code from the app or a recovery code')}
          </StepForm>
        )}
      </Stack>
    </Card>
  );
}

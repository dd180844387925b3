import { Alert, Button, Code, CopyButton, Group, SimpleGrid, Stack, Text } from '@mantine/core';

/** Recovery codes, shown once: copy them, download them as a text file, then confirm. */
export function TwoFactorRecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const text = `Kontor recovery codes (each works once)\n\n${codes.join('\n')}\n`;
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
  return (
    <Stack gap="sm">
      <Alert color="yellow" title="Save your recovery codes now" role="status">
        If you lose your phone, each of these codes signs you in once instead of a code from the app. They will not be shown
        again.
      </Alert>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <Code fz="md" data-testid="recovery-code">
              {code}
            </Code>
          </li>
        ))}
      </SimpleGrid>
      <Group gap="sm">
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy}>
              {copied ? 'Copied' : 'Copy codes'}
            </Button>
          )}
        </CopyButton>
        <Button variant="light" component="a" href={download} download="kontor-recovery-codes.txt">
          Download
        </Button>
        <Button onClick={onDone}>I have saved them</Button>
      </Group>
      <Text size="sm">
        Keep them somewhere safe, apart from your phone.
      </Text>
    </Stack>
  );
}

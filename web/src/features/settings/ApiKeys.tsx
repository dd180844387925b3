import { Alert, Badge, Button, Code, CopyButton, Group, Modal, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { errorText, QueryState, RequirePermission } from '../../lib/Forbidden';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { useSubmit } from '../../lib/use-submit';
import { PermissionPicker } from './PermissionPicker';
import { apiKeysQuery, formatDate, formatDateTime, rolesQuery } from './queries';

export function ApiKeys() {
  return (
    <RequirePermission permission="identity.api_keys.read">
      <ApiKeysScreen />
    </RequirePermission>
  );
}

/** The business's API keys: create one with chosen permissions (its secret is shown once), revoke. */
function ApiKeysScreen() {
  const can = useCan();
  const manage = can('identity.api_keys.manage');
  const queryClient = useQueryClient();
  const confirm = useConfirm();
  const keys = useQuery(apiKeysQuery);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ name: string; key: string } | null>(null);
  useShortcut('n', () => manage && setCreating(true), { description: 'New API key' });
  const revoke = useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiKeysQuery.queryKey }),
  });

  async function onRevoke(key: { id: string; name: string }) {
    const yes = await confirm({ title: 'Revoke API key', message: `Programs using “${key.name}” stop working at once. This cannot be undone.`, confirmLabel: 'Revoke key', destructive: true });
    if (yes) revoke.mutate(key.id);
  }

  const active = (keys.data?.items ?? []).filter((k) => !k.revokedAt);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          API keys
        </Title>
        {manage && <Button onClick={() => setCreating(true)}>New API key</Button>}
      </Group>
      {secret && (
        <Alert color="green" title={`API key “${secret.name}” created`} data-testid="api-key-secret">
          <Stack gap="xs">
            <Text>
              Copy the key now: it is shown only this once. Programs send it as <Code>Authorization: Bearer &lt;key&gt;</Code>.
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Code style={{ overflowWrap: 'anywhere' }} data-testid="api-key-value">
                {secret.key}
              </Code>
              <CopyButton value={secret.key}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="default" onClick={copy}>
                    {copied ? 'Copied' : 'Copy'}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Group>
              <Button size="xs" variant="subtle" onClick={() => setSecret(null)}>
                I have copied it
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {revoke.error && (
        <Alert color="red" role="alert" title="Could not revoke the key">
          {errorText(revoke.error)}
        </Alert>
      )}
      <QueryState error={keys.error} isPending={keys.isPending} what="API keys" />
      {keys.data && active.length === 0 && <Text>No API keys yet.</Text>}
      {active.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="api-keys-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Permissions</Table.Th>
                <Table.Th scope="col">Last used</Table.Th>
                <Table.Th scope="col">Created</Table.Th>
                {manage && (
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {active.map((k) => (
                <Table.Tr key={k.id} data-testid="api-key-row">
                  <Table.Td>
                    <Text fw={500}>{k.name}</Text>
                    <Text size="xs" ff="monospace">
                      {k.prefix}…
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Group gap={4}>
                      {k.permissions.map((p) => (
                        <Badge key={p} variant="dot" tt="none">
                          {p}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDateTime(k.lastUsedAt)}</Table.Td>
                  <Table.Td>{formatDate(k.createdAt)}</Table.Td>
                  {manage && (
                    <Table.Td>
                      <Button size="xs" variant="subtle" color="red" onClick={() => void onRevoke(k)} aria-label={`Revoke ${k.name}`}>
                        Revoke
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={creating} onClose={() => setCreating(false)} title="New API key" size="lg">
        {creating && (
          <ApiKeyForm
            onCreated={async (created) => {
              setCreating(false);
              setSecret(created);
              await queryClient.invalidateQueries({ queryKey: apiKeysQuery.queryKey });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function ApiKeyForm({ onCreated }: { onCreated: (created: { name: string; key: string }) => Promise<void> }) {
  const can = useCan();
  // The catalogue comes with the roles list; a key can hold only what its creator holds.
  const catalogue = useQuery({ ...rolesQuery, enabled: can('identity.roles.read') });
  const [name, setName] = useState('');
  const [permissions, setPermissions] = useState<string[]>([]);
  const form = useSubmit();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.run(async () => {
      const created = unwrap(await api.POST('/api/v1/api-keys', { body: { name, permissions } }));
      await onCreated({ name: created.name, key: created.key });
    });
  }

  const permissionError = Object.entries(form.errors).find(([field]) => field.startsWith('permissions'))?.[1];
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {form.message && (
          <Alert color="red" role="alert" title="Could not create the key">
            {form.message}
          </Alert>
        )}
        <TextInput label="Name" description="What uses the key, e.g. “Shop till”" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={form.errors.name} data-autofocus />
        <PermissionPicker catalogue={(catalogue.data?.permissions ?? []).filter(can)} value={permissions} onChange={setPermissions} error={permissionError} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Create key
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

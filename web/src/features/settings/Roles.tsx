import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { errorText, QueryState, RequirePermission } from '../../lib/Forbidden';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { useSubmit } from '../../lib/use-submit';
import { PermissionPicker } from './PermissionPicker';
import { ifMatch, rolesQuery, type RoleView } from './queries';

export function Roles() {
  return (
    <RequirePermission permission="identity.roles.read">
      <RolesScreen />
    </RequirePermission>
  );
}

/** Built-in roles (read-only) and the business's custom roles, made from the permission catalogue. */
function RolesScreen() {
  const can = useCan();
  const manage = can('identity.roles.manage');
  const queryClient = useQueryClient();
  const confirm = useConfirm();
  const roles = useQuery(rolesQuery);
  // null: closed; 'new': creating; a role: editing it.
  const [editing, setEditing] = useState<RoleView | 'new' | null>(null);
  useShortcut('n', () => manage && setEditing('new'), { description: 'New custom role' });
  const remove = useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/api/v1/roles/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: rolesQuery.queryKey }),
  });

  async function onDelete(role: RoleView) {
    if (!role.id) return;
    const yes = await confirm({ title: 'Delete role', message: `Delete the custom role “${role.name}”? Only a role nobody holds can be deleted.`, confirmLabel: 'Delete role', destructive: true });
    if (yes) remove.mutate(role.id);
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          Roles
        </Title>
        {manage && <Button onClick={() => setEditing('new')}>New custom role</Button>}
      </Group>
      {remove.error && (
        <Alert color="red" role="alert" title="Could not delete the role">
          {errorText(remove.error)}
        </Alert>
      )}
      <QueryState error={roles.error} isPending={roles.isPending} what="roles" />
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {roles.data?.items.map((role) => (
          <Card withBorder component="li" key={role.id ?? role.name} data-testid="role">
            <Group justify="space-between" align="flex-start" gap="sm">
              <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
                <Group gap="xs">
                  <Text fw={600}>{role.name}</Text>
                  <Badge variant="dot" color={role.builtIn ? 'gray' : 'blue'}>
                    {role.builtIn ? 'Built-in' : 'Custom'}
                  </Badge>
                </Group>
                {role.description && <Text size="sm">{role.description}</Text>}
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {role.permissions.includes('*') ? 'Everything' : role.permissions.join(', ')}
                </Text>
              </Stack>
              {manage && !role.builtIn && (
                <Group gap="xs">
                  <Button size="xs" variant="default" onClick={() => setEditing(role)}>
                    Edit
                  </Button>
                  <Button size="xs" variant="subtle" color="red" onClick={() => void onDelete(role)}>
                    Delete
                  </Button>
                </Group>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'New custom role' : 'Edit role'} size="lg">
        {editing !== null && (
          <RoleForm
            role={editing === 'new' ? null : editing}
            catalogue={roles.data?.permissions ?? []}
            onDone={async () => {
              setEditing(null);
              await queryClient.invalidateQueries({ queryKey: rolesQuery.queryKey });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function RoleForm({ role, catalogue, onDone }: { role: RoleView | null; catalogue: string[]; onDone: () => Promise<void> }) {
  const [name, setName] = useState(role?.name ?? '');
  const [description, setDescription] = useState(role?.description ?? '');
  const [permissions, setPermissions] = useState<string[]>(role?.permissions ?? []);
  const form = useSubmit();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.run(async () => {
      const body = { name, description: description.trim() || null, permissions };
      if (role?.id && role.version !== null) {
        unwrap(await api.PUT('/api/v1/roles/{id}', { params: { path: { id: role.id } }, body, headers: ifMatch(role.version) }));
      } else {
        unwrap(await api.POST('/api/v1/roles', { body }));
      }
      await onDone();
    });
  }

  const permissionError = Object.entries(form.errors).find(([field]) => field.startsWith('permissions'))?.[1];
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {form.message && (
          <Alert color="red" role="alert" title="Could not save the role">
            {form.message}
          </Alert>
        )}
        <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={form.errors.name} data-autofocus />
        <Textarea label="Description" value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={form.errors.description} autosize minRows={2} />
        <PermissionPicker catalogue={catalogue} value={permissions} onChange={setPermissions} error={permissionError} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {role ? 'Save role' : 'Create role'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
